#include "enduser.h"

namespace Dixa {

std::optional<EndUser> EndUser::fromJson(const QJsonValue &json, JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    EndUser user;
    user.id = in.required<QString>(u"id");
    user.createdAt = in.required<DixaTime>(u"createdAt");
    user.displayName = in.optional<QString>(u"displayName");
    user.email = in.optional<QString>(u"email");
    user.phoneNumber = in.optional<QString>(u"phoneNumber");
    user.additionalEmails = in.optional<QStringList>(u"additionalEmails");
    user.additionalPhoneNumbers = in.optional<QStringList>(u"additionalPhoneNumbers");
    user.firstName = in.optional<QString>(u"firstName");
    user.lastName = in.optional<QString>(u"lastName");
    user.middleNames = in.optional<QStringList>(u"middleNames");
    user.avatarUrl = in.optional<QString>(u"avatarUrl");
    user.externalId = in.optional<QString>(u"externalId");
    user.customAttributes = in.optional<QList<CustomAttribute>>(u"customAttributes");
    user.extra = in.rest();
    return in.finish(std::move(user));
}

QJsonObject EndUser::toJson() const
{
    QJsonObject out = extra;
    Json::put(out, u"id", id);
    Json::put(out, u"createdAt", createdAt);
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
    Json::putOptional(out, u"customAttributes", customAttributes);
    return out;
}

} // namespace Dixa
