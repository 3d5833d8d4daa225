#include "activitylog.h"

namespace Dixa {

std::optional<ActivityLogUser> ActivityLogUser::fromJson(const QJsonValue &json, JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    ActivityLogUser user;
    user.id = in.required<QString>(u"id");
    user.name = in.optional<QString>(u"name");
    user.email = in.optional<QString>(u"email");
    user.phoneNumber = in.optional<QString>(u"phoneNumber");
    user.extra = in.rest();
    return in.finish(std::move(user));
}

QJsonObject ActivityLogUser::toJson() const
{
    QJsonObject out = extra;
    Json::put(out, u"id", id);
    Json::putOptional(out, u"name", name);
    Json::putOptional(out, u"email", email);
    Json::putOptional(out, u"phoneNumber", phoneNumber);
    return out;
}

std::optional<ActivityLogAttributes> ActivityLogAttributes::fromJson(const QJsonValue &json,
                                                                     JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    ActivityLogAttributes a;
    a.agentId = in.lenient<QString>(u"agentId");
    a.agentName = in.lenient<QString>(u"agentName");
    a.templateName = in.lenient<QString>(u"templateName");
    a.claimedFromLabel = in.lenient<QString>(u"claimedFromLabel");
    a.claimedFromType = in.lenient<QString>(u"claimedFromType");
    a.subject = in.lenient<QString>(u"subject");
    a.oldUser = in.lenient<ActivityLogUser>(u"oldUser");
    a.newUser = in.lenient<ActivityLogUser>(u"newUser");
    a.language = in.lenient<QString>(u"language");
    a.agentNames = in.lenient<QStringList>(u"agentNames");
    a.queueLabel = in.lenient<QString>(u"queueLabel");
    a.agent = in.lenient<ActivityLogUser>(u"agent");
    a.score = in.lenient<int>(u"score");
    a.message = in.lenient<QString>(u"message");
    a.user = in.lenient<ActivityLogUser>(u"user");
    a.ratingScheduledTime = in.lenient<QString>(u"ratingScheduledTime");
    a.queueId = in.lenient<QString>(u"queueId");
    a.queueName = in.lenient<QString>(u"queueName");
    a.reservationType = in.lenient<QString>(u"reservationType");
    a.validUntil = in.lenient<QString>(u"validUntil");
    a.transferType = in.lenient<QString>(u"transferType");
    a.destinationType = in.lenient<QString>(u"destinationType");
    a.destinationId = in.lenient<QString>(u"destinationId");
    a.destinationLabel = in.lenient<QString>(u"destinationLabel");
    a.reason = in.lenient<QString>(u"reason");
    a.messageId = in.lenient<QString>(u"messageId");
    a.fromEndpoint = in.lenient<QString>(u"fromEndpoint");
    a.avatarUrl = in.lenient<QString>(u"avatarUrl");
    a.tag = in.lenient<QString>(u"tag");
    a.channelReference = in.lenient<QString>(u"channelReference");
    a.updatedAttributeIds = in.lenient<QStringList>(u"updatedAttributeIds");
    a.updatedAttributeValues =
        in.lenient<QMap<QString, CustomAttributeValue>>(u"updatedAttributeValues");
    a.child = in.lenient<qint64>(u"child");
    a.parent = in.lenient<qint64>(u"parent");
    a.linkType = in.lenient<QString>(u"linkType");
    a.evaluationFilters = in.lenient<QString>(u"evaluationFilters");
    a.isResolved = in.lenient<bool>(u"isResolved");
    a.oldSubject = in.lenient<QString>(u"oldSubject");
    a.newSubject = in.lenient<QString>(u"newSubject");
    a.isSuccessful = in.lenient<bool>(u"isSuccessful");
    a.failureReason = in.lenient<QString>(u"failureReason");
    a.wasTextRedacted = in.lenient<bool>(u"wasTextRedacted");
    a.numberOfDeletedFiles = in.lenient<int>(u"numberOfDeletedFiles");
    a.extra = in.rest();
    return in.finish(std::move(a));
}

QJsonObject ActivityLogAttributes::toJson() const
{
    QJsonObject out = extra;
    Json::putOptional(out, u"agentId", agentId);
    Json::putOptional(out, u"agentName", agentName);
    Json::putOptional(out, u"templateName", templateName);
    Json::putOptional(out, u"claimedFromLabel", claimedFromLabel);
    Json::putOptional(out, u"claimedFromType", claimedFromType);
    Json::putOptional(out, u"subject", subject);
    Json::putOptional(out, u"oldUser", oldUser);
    Json::putOptional(out, u"newUser", newUser);
    Json::putOptional(out, u"language", language);
    Json::putOptional(out, u"agentNames", agentNames);
    Json::putOptional(out, u"queueLabel", queueLabel);
    Json::putOptional(out, u"agent", agent);
    Json::putOptional(out, u"score", score);
    Json::putOptional(out, u"message", message);
    Json::putOptional(out, u"user", user);
    Json::putOptional(out, u"ratingScheduledTime", ratingScheduledTime);
    Json::putOptional(out, u"queueId", queueId);
    Json::putOptional(out, u"queueName", queueName);
    Json::putOptional(out, u"reservationType", reservationType);
    Json::putOptional(out, u"validUntil", validUntil);
    Json::putOptional(out, u"transferType", transferType);
    Json::putOptional(out, u"destinationType", destinationType);
    Json::putOptional(out, u"destinationId", destinationId);
    Json::putOptional(out, u"destinationLabel", destinationLabel);
    Json::putOptional(out, u"reason", reason);
    Json::putOptional(out, u"messageId", messageId);
    Json::putOptional(out, u"fromEndpoint", fromEndpoint);
    Json::putOptional(out, u"avatarUrl", avatarUrl);
    Json::putOptional(out, u"tag", tag);
    Json::putOptional(out, u"channelReference", channelReference);
    Json::putOptional(out, u"updatedAttributeIds", updatedAttributeIds);
    Json::putOptional(out, u"updatedAttributeValues", updatedAttributeValues);
    Json::putOptional(out, u"child", child);
    Json::putOptional(out, u"parent", parent);
    Json::putOptional(out, u"linkType", linkType);
    Json::putOptional(out, u"evaluationFilters", evaluationFilters);
    Json::putOptional(out, u"isResolved", isResolved);
    Json::putOptional(out, u"oldSubject", oldSubject);
    Json::putOptional(out, u"newSubject", newSubject);
    Json::putOptional(out, u"isSuccessful", isSuccessful);
    Json::putOptional(out, u"failureReason", failureReason);
    Json::putOptional(out, u"wasTextRedacted", wasTextRedacted);
    Json::putOptional(out, u"numberOfDeletedFiles", numberOfDeletedFiles);
    return out;
}

std::optional<ActivityLogEntry> ActivityLogEntry::fromJson(const QJsonValue &json,
                                                           JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    ActivityLogEntry entry;
    entry.id = in.required<QString>(u"id");
    entry.conversationId = in.required<qint64>(u"conversationId");
    entry.activityTimestamp = in.required<DixaTime>(u"activityTimestamp");
    entry.type = in.required<OpenEnum<ActivityType>>(u"_type");
    entry.activityType = in.required<QJsonValue>(u"activityType");
    entry.author = in.optional<ActivityLogUser>(u"author");
    entry.attributes = in.optional<ActivityLogAttributes>(u"attributes");
    entry.extra = in.rest();
    return in.finish(std::move(entry));
}

QJsonObject ActivityLogEntry::toJson() const
{
    QJsonObject out = extra;
    Json::put(out, u"id", id);
    Json::put(out, u"conversationId", conversationId);
    Json::put(out, u"activityTimestamp", activityTimestamp);
    Json::put(out, u"_type", type);
    Json::put(out, u"activityType", activityType);
    Json::putOptional(out, u"author", author);
    Json::putOptional(out, u"attributes", attributes);
    return out;
}

} // namespace Dixa
