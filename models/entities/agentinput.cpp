#include "agentinput.h"

namespace Dixa {

UpdateAgentInput UpdateAgentInput::fromAgent(const Agent &agent)
{
    UpdateAgentInput input;
    input.displayName = agent.displayName;
    input.firstName = agent.firstName.value_or(QString());
    input.lastName = agent.lastName.value_or(QString());
    input.middleNames = agent.middleNames.value_or(QStringList());
    input.phoneNumber = agent.phoneNumber.value_or(QString());
    input.additionalEmails = agent.additionalEmails.value_or(QStringList());
    input.additionalPhoneNumbers = agent.additionalPhoneNumbers.value_or(QStringList());
    input.avatarUrl = agent.avatarUrl.value_or(QString());
    return input;
}

void UpdateAgentInput::readFields(JsonObjectReader &in)
{
    displayName = in.required<QString>(u"displayName");
    firstName = in.optional<QString>(u"firstName").value_or(QString());
    lastName = in.optional<QString>(u"lastName").value_or(QString());
    middleNames = in.optional<QStringList>(u"middleNames").value_or(QStringList());
    phoneNumber = in.optional<QString>(u"phoneNumber").value_or(QString());
    additionalEmails = in.optional<QStringList>(u"additionalEmails").value_or(QStringList());
    additionalPhoneNumbers =
        in.optional<QStringList>(u"additionalPhoneNumbers").value_or(QStringList());
    avatarUrl = in.optional<QString>(u"avatarUrl").value_or(QString());
    extra = in.rest();
}

void UpdateAgentInput::writeFields(QJsonObject &out) const
{
    Json::put(out, u"displayName", displayName);
    Json::put(out, u"firstName", firstName);
    Json::put(out, u"lastName", lastName);
    Json::put(out, u"middleNames", middleNames);
    Json::put(out, u"phoneNumber", phoneNumber);
    Json::put(out, u"additionalEmails", additionalEmails);
    Json::put(out, u"additionalPhoneNumbers", additionalPhoneNumbers);
    Json::put(out, u"avatarUrl", avatarUrl);
}

std::optional<UpdateAgentInput> UpdateAgentInput::fromJson(const QJsonValue &json,
                                                           JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    UpdateAgentInput input;
    input.readFields(in);
    return in.finish(std::move(input));
}

QJsonObject UpdateAgentInput::toJson() const
{
    QJsonObject out = extra;
    writeFields(out);
    return out;
}

std::optional<BulkUpdateAgentInput> BulkUpdateAgentInput::fromJson(const QJsonValue &json,
                                                                   JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    BulkUpdateAgentInput input;
    input.id = in.required<QString>(u"id");
    input.readFields(in);
    return in.finish(std::move(input));
}

QJsonObject BulkUpdateAgentInput::toJson() const
{
    QJsonObject out = extra;
    Json::put(out, u"id", id);
    writeFields(out);
    return out;
}

bool PatchAgentInput::isEmpty() const
{
    return !displayName && !firstName && !lastName && !middleNames && !phoneNumber &&
           !additionalEmails && !additionalPhoneNumbers && !avatarUrl && extra.isEmpty();
}

void PatchAgentInput::readFields(JsonObjectReader &in)
{
    displayName = in.optional<QString>(u"displayName");
    firstName = in.optional<QString>(u"firstName");
    lastName = in.optional<QString>(u"lastName");
    middleNames = in.optional<QStringList>(u"middleNames");
    phoneNumber = in.optional<QString>(u"phoneNumber");
    additionalEmails = in.optional<QStringList>(u"additionalEmails");
    additionalPhoneNumbers = in.optional<QStringList>(u"additionalPhoneNumbers");
    avatarUrl = in.optional<QString>(u"avatarUrl");
    extra = in.rest();
}

void PatchAgentInput::writeFields(QJsonObject &out) const
{
    Json::putOptional(out, u"displayName", displayName);
    Json::putOptional(out, u"firstName", firstName);
    Json::putOptional(out, u"lastName", lastName);
    Json::putOptional(out, u"middleNames", middleNames);
    Json::putOptional(out, u"phoneNumber", phoneNumber);
    Json::putOptional(out, u"additionalEmails", additionalEmails);
    Json::putOptional(out, u"additionalPhoneNumbers", additionalPhoneNumbers);
    Json::putOptional(out, u"avatarUrl", avatarUrl);
}

std::optional<PatchAgentInput> PatchAgentInput::fromJson(const QJsonValue &json, JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    PatchAgentInput input;
    input.readFields(in);
    return in.finish(std::move(input));
}

QJsonObject PatchAgentInput::toJson() const
{
    QJsonObject out = extra;
    writeFields(out);
    return out;
}

std::optional<BulkPatchAgentInput> BulkPatchAgentInput::fromJson(const QJsonValue &json,
                                                                 JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    BulkPatchAgentInput input;
    input.id = in.required<QString>(u"id");
    input.readFields(in);
    return in.finish(std::move(input));
}

QJsonObject BulkPatchAgentInput::toJson() const
{
    QJsonObject out = extra;
    Json::put(out, u"id", id);
    writeFields(out);
    return out;
}

std::optional<CreateAgentInput> CreateAgentInput::fromJson(const QJsonValue &json,
                                                           JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    CreateAgentInput input;
    input.displayName = in.required<QString>(u"displayName");
    input.email = in.required<QString>(u"email");
    input.phoneNumber = in.optional<QString>(u"phoneNumber");
    input.additionalEmails = in.optional<QStringList>(u"additionalEmails");
    input.additionalPhoneNumbers = in.optional<QStringList>(u"additionalPhoneNumbers");
    input.firstName = in.optional<QString>(u"firstName");
    input.lastName = in.optional<QString>(u"lastName");
    input.middleNames = in.optional<QStringList>(u"middleNames");
    input.avatarUrl = in.optional<QString>(u"avatarUrl");
    input.extra = in.rest();
    return in.finish(std::move(input));
}

QJsonObject CreateAgentInput::toJson() const
{
    QJsonObject out = extra;
    Json::put(out, u"displayName", displayName);
    Json::put(out, u"email", email);
    Json::putOptional(out, u"phoneNumber", phoneNumber);
    Json::putOptional(out, u"additionalEmails", additionalEmails);
    Json::putOptional(out, u"additionalPhoneNumbers", additionalPhoneNumbers);
    Json::putOptional(out, u"firstName", firstName);
    Json::putOptional(out, u"lastName", lastName);
    Json::putOptional(out, u"middleNames", middleNames);
    Json::putOptional(out, u"avatarUrl", avatarUrl);
    return out;
}

} // namespace Dixa
