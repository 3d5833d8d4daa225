#pragma once

#include "jsonreader.h"
#include "queue.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Dixa {

// The settings of a queue to create (CreateOrUpdateQueueRequest). Note the input key
// `offerAlgorithm` where the queue itself says `offeringAlgorithm`.
struct QueueSettingsInput
{
    QString name;
    bool callFunctionality = false;
    bool isDefault = false;
    bool isDoNotOfferEnabled = false;
    std::optional<QMap<QString, int>> queueThresholds;
    std::optional<int> offerTimeout;
    std::optional<OpenEnum<OfferingAlgorithm>> offerAlgorithm;
    std::optional<int> wrapupTimeout;
    std::optional<int> priority;
    std::optional<bool> offerAbandonedConversations;
    std::optional<QMap<QString, int>> doNotOfferTimeouts;
    std::optional<QMap<QString, int>> preferredAgentTimeouts;
    std::optional<bool> isPreferredAgentEnabled;
    std::optional<int> preferredAgentOfflineTimeout;
    std::optional<int> personalAgentOfflineTimeout;
    std::optional<bool> isRestricted;
    QJsonObject extra; // members this version does not know, written back unchanged

    static std::optional<QueueSettingsInput> fromJson(const QJsonValue &json, JsonReader &reader);
    QJsonObject toJson() const;
};

// The body of POST /queues: the settings wrapped in {"request": ...}.
struct CreateQueueInput
{
    QueueSettingsInput request;
    QJsonObject extra;

    static std::optional<CreateQueueInput> fromJson(const QJsonValue &json, JsonReader &reader);
    QJsonObject toJson() const;
};

// The body naming agents to add to or remove from a queue or a team ({"agentIds": [...]}).
struct AgentIdsInput
{
    QStringList agentIds;
    QJsonObject extra;

    static std::optional<AgentIdsInput> fromJson(const QJsonValue &json, JsonReader &reader);
    QJsonObject toJson() const;
};

} // namespace Dixa
