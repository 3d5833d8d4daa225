#pragma once

#include "jsonreader.h"

#include <QJsonObject>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace Dixa {

// How a queue offers conversations to its agents.
enum class OfferingAlgorithm {
    Unknown,
    AgentPriorityOneAtATimeRandom,
    AllAtOnce,
    AgentPriorityLongestIdle,
    AgentPriorityAllAtOnce,
    LongestIdle,
    OneAtATimeRandom,
};

template<>
struct EnumNames<OfferingAlgorithm>
{
    static constexpr std::u16string_view names[] = {
        u"AgentPriorityOneAtATimeRandom", u"AllAtOnce",   u"AgentPriorityLongestIdle",
        u"AgentPriorityAllAtOnce",        u"LongestIdle", u"OneAtATimeRandom"};
};

// How a queue's members are chosen.
enum class MemberListType { Unknown, Default, SkillBased };

template<>
struct EnumNames<MemberListType>
{
    static constexpr std::u16string_view names[] = {u"Default", u"SkillBased"};
};

// How a queue computes its SLA.
enum class SlaCalculationMethod { Unknown, AbandonedIgnored };

template<>
struct EnumNames<SlaCalculationMethod>
{
    static constexpr std::u16string_view names[] = {u"AbandonedIgnored"};
};

// Which contact endpoints route into a queue, per channel (channel name -> endpoints).
struct QueueUsages
{
    QString queueId;
    QMap<QString, QStringList> usages;
    QJsonObject extra; // members this version does not know, written back unchanged

    static std::optional<QueueUsages> fromJson(const QJsonValue &json, JsonReader &reader);
    QJsonObject toJson() const;
};

// A queue's configuration (Dixa's schema Queue1). Maps are keyed by Dixa's own names:
// thresholds by SlaTimeLimit, AvailableAgents..., timeouts by channel (WidgetChat, Email...).
struct Queue
{
    QString id;
    QString name;
    bool isDefault = false;
    QString organizationId;
    QMap<QString, int> queueThresholds;
    OpenEnum<SlaCalculationMethod> slaCalculationMethod;
    std::optional<int> offerTimeout;
    std::optional<OpenEnum<OfferingAlgorithm>> offeringAlgorithm;
    std::optional<OpenEnum<MemberListType>> memberListType;
    std::optional<QueueUsages> usages;
    std::optional<int> wrapupTimeout;
    std::optional<int> priority;
    std::optional<bool> offerAbandonedConversations;
    QMap<QString, int> doNotOfferTimeouts;
    bool isDoNotOfferEnabled = false;
    std::optional<bool> isPreferredAgentEnabled;
    std::optional<QMap<QString, int>> preferredAgentTimeouts;
    std::optional<int> preferredAgentOfflineTimeout;
    std::optional<int> personalAgentOfflineTimeout;
    std::optional<bool> isRestricted;
    QJsonObject extra;

    static std::optional<Queue> fromJson(const QJsonValue &json, JsonReader &reader);
    QJsonObject toJson() const;
};

// One agent of a queue and its priority there.
struct QueueMember
{
    QString agentId;
    std::optional<int> priority;
    QJsonObject extra;

    static std::optional<QueueMember> fromJson(const QJsonValue &json, JsonReader &reader);
    QJsonObject toJson() const;
};

// Where a conversation waits in its queue (the position is approximate).
struct QueuePosition
{
    std::optional<int> position;
    DixaTime queuedAt;
    QJsonObject extra;

    static std::optional<QueuePosition> fromJson(const QJsonValue &json, JsonReader &reader);
    QJsonObject toJson() const;
};

} // namespace Dixa

Q_DECLARE_METATYPE(Dixa::Queue)
Q_DECLARE_METATYPE(Dixa::QueueMember)
