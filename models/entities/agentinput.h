#pragma once

#include "agent.h"
#include "jsonreader.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Dixa {

// The body of PUT /agents/{id}: a full replace, so every editable field is written, set or not
// (the primary e-mail is not editable).
struct UpdateAgentInput
{
    QString displayName;
    QString firstName;
    QString lastName;
    QStringList middleNames;
    QString phoneNumber;
    QStringList additionalEmails;
    QStringList additionalPhoneNumbers;
    QString avatarUrl;
    QJsonObject extra; // members this version does not know, written back unchanged

    // The editable fields of `agent` as they are now.
    static UpdateAgentInput fromAgent(const Agent &agent);
    static std::optional<UpdateAgentInput> fromJson(const QJsonValue &json, JsonReader &reader);
    QJsonObject toJson() const;

protected:
    void readFields(JsonObjectReader &in);
    void writeFields(QJsonObject &out) const;
};

// One item of PUT /agents (bulk update, a bare array): the agent's id plus a full update.
struct BulkUpdateAgentInput : UpdateAgentInput
{
    QString id;

    static std::optional<BulkUpdateAgentInput> fromJson(const QJsonValue &json, JsonReader &reader);
    QJsonObject toJson() const;
};

// The body of PATCH /agents/{id}: only the fields that are set are written.
struct PatchAgentInput
{
    std::optional<QString> displayName;
    std::optional<QString> firstName;
    std::optional<QString> lastName;
    std::optional<QStringList> middleNames;
    std::optional<QString> phoneNumber;
    std::optional<QStringList> additionalEmails;
    std::optional<QStringList> additionalPhoneNumbers;
    std::optional<QString> avatarUrl;
    QJsonObject extra;

    bool isEmpty() const;
    static std::optional<PatchAgentInput> fromJson(const QJsonValue &json, JsonReader &reader);
    QJsonObject toJson() const;

protected:
    void readFields(JsonObjectReader &in);
    void writeFields(QJsonObject &out) const;
};

// One item of PATCH /agents (bulk patch, a bare array): the agent's id plus a patch.
struct BulkPatchAgentInput : PatchAgentInput
{
    QString id;

    static std::optional<BulkPatchAgentInput> fromJson(const QJsonValue &json, JsonReader &reader);
    QJsonObject toJson() const;
};

// The body of POST /agents (and one item of POST /agents/bulk).
struct CreateAgentInput
{
    QString displayName;
    QString email;
    std::optional<QString> phoneNumber;
    std::optional<QStringList> additionalEmails;
    std::optional<QStringList> additionalPhoneNumbers;
    std::optional<QString> firstName;
    std::optional<QString> lastName;
    std::optional<QStringList> middleNames;
    std::optional<QString> avatarUrl;
    QJsonObject extra;

    static std::optional<CreateAgentInput> fromJson(const QJsonValue &json, JsonReader &reader);
    QJsonObject toJson() const;
};

} // namespace Dixa
