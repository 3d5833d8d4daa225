#include "enduserinput.h"

namespace Dixa {

UpdateEndUserInput UpdateEndUserInput::fromEndUser(const EndUser &user)
{
    UpdateEndUserInput input;
    input.displayName = user.displayName.value_or(QString());
    input.email = user.email.value_or(QString());
    input.phoneNumber = user.phoneNumber.value_or(QString());
    input.additionalEmails = user.additionalEmails.value_or(QStringList());
    input.additionalPhoneNumbers = user.additionalPhoneNumbers.value_or(QStringList());
    input.firstName = user.firstName.value_or(QString());
    input.lastName = user.lastName.value_or(QString());
    input.middleNames = user.middleNames.value_or(QStringList());
    input.avatarUrl = user.avatarUrl.value_or(QString());
    input.externalId = user.externalId.value_or(QString());
    return input;
}

void UpdateEndUserInput::readFields(JsonObjectReader &in)
{
    displayName = in.required<QString>(u"displayName");
    email = in.optional<QString>(u"email").value_or(QString());
    phoneNumber = in.optional<QString>(u"phoneNumber").value_or(QString());
    additionalEmails = in.optional<QStringList>(u"additionalEmails").value_or(QStringList());
    additionalPhoneNumbers =
        in.optional<QStringList>(u"additionalPhoneNumbers").value_or(QStringList());
    firstName = in.optional<QString>(u"firstName").value_or(QString());
    lastName = in.optional<QString>(u"lastName").value_or(QString());
    middleNames = in.optional<QStringList>(u"middleNames").value_or(QStringList());
    avatarUrl = in.optional<QString>(u"avatarUrl").value_or(QString());
    externalId = in.optional<QString>(u"externalId").value_or(QString());
    extra = in.rest();
}

void UpdateEndUserInput::writeFields(QJsonObject &out) const
{
    Json::put(out, u"displayName", displayName);
    Json::put(out, u"email", email);
    Json::put(out, u"phoneNumber", phoneNumber);
    Json::put(out, u"additionalEmails", additionalEmails);
    Json::put(out, u"additionalPhoneNumbers", additionalPhoneNumbers);
    Json::put(out, u"firstName", firstName);
    Json::put(out, u"lastName", lastName);
    Json::put(out, u"middleNames", middleNames);
    Json::put(out, u"avatarUrl", avatarUrl);
    Json::put(out, u"externalId", externalId);
}

std::optional<UpdateEndUserInput> UpdateEndUserInput::fromJson(const QJsonValue &json,
                                                               JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    UpdateEndUserInput input;
    input.readFields(in);
    return in.finish(std::move(input));
}

QJsonObject UpdateEndUserInput::toJson() const
{
    QJsonObject out = extra;
    writeFields(out);
    return out;
}

std::optional<BulkUpdateEndUserInput> BulkUpdateEndUserInput::fromJson(const QJsonValue &json,
                                                                       JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    BulkUpdateEndUserInput input;
    input.id = in.required<QString>(u"id");
    input.readFields(in);
    return in.finish(std::move(input));
}

QJsonObject BulkUpdateEndUserInput::toJson() const
{
    QJsonObject out = extra;
    Json::put(out, u"id", id);
    writeFields(out);
    return out;
}

bool PatchEndUserInput::isEmpty() const
{
    return !displayName && !email && !phoneNumber && !additionalEmails && !additionalPhoneNumbers &&
           !firstName && !lastName && !middleNames && !avatarUrl && !externalId && extra.isEmpty();
}

void PatchEndUserInput::readFields(JsonObjectReader &in)
{
    displayName = in.optional<QString>(u"displayName");
    email = in.optional<QString>(u"email");
    phoneNumber = in.optional<QString>(u"phoneNumber");
    additionalEmails = in.optional<QStringList>(u"additionalEmails");
    additionalPhoneNumbers = in.optional<QStringList>(u"additionalPhoneNumbers");
    firstName = in.optional<QString>(u"firstName");
    lastName = in.optional<QString>(u"lastName");
    middleNames = in.optional<QStringList>(u"middleNames");
    avatarUrl = in.optional<QString>(u"avatarUrl");
    externalId = in.optional<QString>(u"externalId");
    extra = in.rest();
}

void PatchEndUserInput::writeFields(QJsonObject &out) const
{
    Json::putOptional(out, u"displayName", displayName);
    Json::putOptional(out, u"email", email);
    Json::putOptional(out, u"phoneNumber", phoneNumber);
    Json::putOptional(out, u"additionalEmails", additionalEmails);
    Json::putOptional(out, u"additionalPhoneNumbers", additionalPhoneNumbers);
    Json::putOptional(out, u"firstName", firstName);
    Json::putOptional(out, u"lastName", lastName);
    Json::putOptional(out, u"middleNames", middleNames);
    Json::putOptional(out, u"avatarUrl", avatarUrl);
    Json::putOptional(out, u"externalId", externalId);
}

std::optional<PatchEndUserInput> PatchEndUserInput::fromJson(const QJsonValue &json,
                                                             JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    PatchEndUserInput input;
    input.readFields(in);
    return in.finish(std::move(input));
}

QJsonObject PatchEndUserInput::toJson() const
{
    QJsonObject out = extra;
    writeFields(out);
    return out;
}

std::optional<BulkPatchEndUserInput> BulkPatchEndUserInput::fromJson(const QJsonValue &json,
                                                                     JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    BulkPatchEndUserInput input;
    input.id = in.required<QString>(u"id");
    input.readFields(in);
    return in.finish(std::move(input));
}

QJsonObject BulkPatchEndUserInput::toJson() const
{
    QJsonObject out = extra;
    Json::put(out, u"id", id);
    writeFields(out);
    return out;
}

} // namespace Dixa
