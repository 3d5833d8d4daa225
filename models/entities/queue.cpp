#include "queue.h"

namespace Dixa {

std::optional<QueueUsages> QueueUsages::fromJson(const QJsonValue &json, JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    QueueUsages usages;
    usages.queueId = in.required<QString>(u"queueId");
    usages.usages = in.required<QMap<QString, QStringList>>(u"usages");
    usages.extra = in.rest();
    return in.finish(std::move(usages));
}

QJsonObject QueueUsages::toJson() const
{
    QJsonObject out = extra;
    Json::put(out, u"queueId", queueId);
    Json::put(out, u"usages", usages);
    return out;
}

std::optional<Queue> Queue::fromJson(const QJsonValue &json, JsonReader &reader)
{
    using IntMap = QMap<QString, int>;
    JsonObjectReader in(reader, json);
    Queue queue;
    queue.id = in.required<QString>(u"id");
    queue.name = in.required<QString>(u"name");
    queue.isDefault = in.required<bool>(u"isDefault");
    queue.organizationId = in.required<QString>(u"organizationId");
    queue.queueThresholds = in.required<IntMap>(u"queueThresholds");
    queue.slaCalculationMethod =
        in.required<OpenEnum<SlaCalculationMethod>>(u"slaCalculationMethod");
    queue.offerTimeout = in.optional<int>(u"offerTimeout");
    queue.offeringAlgorithm = in.optional<OpenEnum<OfferingAlgorithm>>(u"offeringAlgorithm");
    queue.memberListType = in.optional<OpenEnum<MemberListType>>(u"memberListType");
    queue.usages = in.optional<QueueUsages>(u"usages");
    queue.wrapupTimeout = in.optional<int>(u"wrapupTimeout");
    queue.priority = in.optional<int>(u"priority");
    queue.offerAbandonedConversations = in.optional<bool>(u"offerAbandonedConversations");
    queue.doNotOfferTimeouts = in.required<IntMap>(u"doNotOfferTimeouts");
    queue.isDoNotOfferEnabled = in.required<bool>(u"isDoNotOfferEnabled");
    queue.isPreferredAgentEnabled = in.optional<bool>(u"isPreferredAgentEnabled");
    queue.preferredAgentTimeouts = in.optional<IntMap>(u"preferredAgentTimeouts");
    queue.preferredAgentOfflineTimeout = in.optional<int>(u"preferredAgentOfflineTimeout");
    queue.personalAgentOfflineTimeout = in.optional<int>(u"personalAgentOfflineTimeout");
    queue.isRestricted = in.optional<bool>(u"isRestricted");
    queue.extra = in.rest();
    return in.finish(std::move(queue));
}

QJsonObject Queue::toJson() const
{
    QJsonObject out = extra;
    Json::put(out, u"id", id);
    Json::put(out, u"name", name);
    Json::put(out, u"isDefault", isDefault);
    Json::put(out, u"organizationId", organizationId);
    Json::put(out, u"queueThresholds", queueThresholds);
    Json::put(out, u"slaCalculationMethod", slaCalculationMethod);
    Json::putOptional(out, u"offerTimeout", offerTimeout);
    Json::putOptional(out, u"offeringAlgorithm", offeringAlgorithm);
    Json::putOptional(out, u"memberListType", memberListType);
    Json::putOptional(out, u"usages", usages);
    Json::putOptional(out, u"wrapupTimeout", wrapupTimeout);
    Json::putOptional(out, u"priority", priority);
    Json::putOptional(out, u"offerAbandonedConversations", offerAbandonedConversations);
    Json::put(out, u"doNotOfferTimeouts", doNotOfferTimeouts);
    Json::put(out, u"isDoNotOfferEnabled", isDoNotOfferEnabled);
    Json::putOptional(out, u"isPreferredAgentEnabled", isPreferredAgentEnabled);
    Json::putOptional(out, u"preferredAgentTimeouts", preferredAgentTimeouts);
    Json::putOptional(out, u"preferredAgentOfflineTimeout", preferredAgentOfflineTimeout);
    Json::putOptional(out, u"personalAgentOfflineTimeout", personalAgentOfflineTimeout);
    Json::putOptional(out, u"isRestricted", isRestricted);
    return out;
}

std::optional<QueueMember> QueueMember::fromJson(const QJsonValue &json, JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    QueueMember member;
    member.agentId = in.required<QString>(u"agentId");
    member.priority = in.optional<int>(u"priority");
    member.extra = in.rest();
    return in.finish(std::move(member));
}

QJsonObject QueueMember::toJson() const
{
    QJsonObject out = extra;
    Json::put(out, u"agentId", agentId);
    Json::putOptional(out, u"priority", priority);
    return out;
}

std::optional<QueuePosition> QueuePosition::fromJson(const QJsonValue &json, JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    QueuePosition position;
    position.position = in.optional<int>(u"position");
    position.queuedAt = in.required<DixaTime>(u"queuedAt");
    position.extra = in.rest();
    return in.finish(std::move(position));
}

QJsonObject QueuePosition::toJson() const
{
    QJsonObject out = extra;
    Json::putOptional(out, u"position", position);
    Json::put(out, u"queuedAt", queuedAt);
    return out;
}

} // namespace Dixa
