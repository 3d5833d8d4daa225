#include "queueinput.h"

namespace Dixa {

std::optional<QueueSettingsInput> QueueSettingsInput::fromJson(const QJsonValue &json,
                                                               JsonReader &reader)
{
    using IntMap = QMap<QString, int>;
    JsonObjectReader in(reader, json);
    QueueSettingsInput input;
    input.name = in.required<QString>(u"name");
    input.callFunctionality = in.required<bool>(u"callFunctionality");
    input.isDefault = in.required<bool>(u"isDefault");
    input.isDoNotOfferEnabled = in.required<bool>(u"isDoNotOfferEnabled");
    input.queueThresholds = in.optional<IntMap>(u"queueThresholds");
    input.offerTimeout = in.optional<int>(u"offerTimeout");
    input.offerAlgorithm = in.optional<OpenEnum<OfferingAlgorithm>>(u"offerAlgorithm");
    input.wrapupTimeout = in.optional<int>(u"wrapupTimeout");
    input.priority = in.optional<int>(u"priority");
    input.offerAbandonedConversations = in.optional<bool>(u"offerAbandonedConversations");
    input.doNotOfferTimeouts = in.optional<IntMap>(u"doNotOfferTimeouts");
    input.preferredAgentTimeouts = in.optional<IntMap>(u"preferredAgentTimeouts");
    input.isPreferredAgentEnabled = in.optional<bool>(u"isPreferredAgentEnabled");
    input.preferredAgentOfflineTimeout = in.optional<int>(u"preferredAgentOfflineTimeout");
    input.personalAgentOfflineTimeout = in.optional<int>(u"personalAgentOfflineTimeout");
    input.isRestricted = in.optional<bool>(u"isRestricted");
    input.extra = in.rest();
    return in.finish(std::move(input));
}

QJsonObject QueueSettingsInput::toJson() const
{
    QJsonObject out = extra;
    Json::put(out, u"name", name);
    Json::put(out, u"callFunctionality", callFunctionality);
    Json::put(out, u"isDefault", isDefault);
    Json::put(out, u"isDoNotOfferEnabled", isDoNotOfferEnabled);
    Json::putOptional(out, u"queueThresholds", queueThresholds);
    Json::putOptional(out, u"offerTimeout", offerTimeout);
    Json::putOptional(out, u"offerAlgorithm", offerAlgorithm);
    Json::putOptional(out, u"wrapupTimeout", wrapupTimeout);
    Json::putOptional(out, u"priority", priority);
    Json::putOptional(out, u"offerAbandonedConversations", offerAbandonedConversations);
    Json::putOptional(out, u"doNotOfferTimeouts", doNotOfferTimeouts);
    Json::putOptional(out, u"preferredAgentTimeouts", preferredAgentTimeouts);
    Json::putOptional(out, u"isPreferredAgentEnabled", isPreferredAgentEnabled);
    Json::putOptional(out, u"preferredAgentOfflineTimeout", preferredAgentOfflineTimeout);
    Json::putOptional(out, u"personalAgentOfflineTimeout", personalAgentOfflineTimeout);
    Json::putOptional(out, u"isRestricted", isRestricted);
    return out;
}

std::optional<CreateQueueInput> CreateQueueInput::fromJson(const QJsonValue &json,
                                                           JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    CreateQueueInput input;
    input.request = in.required<QueueSettingsInput>(u"request");
    input.extra = in.rest();
    return in.finish(std::move(input));
}

QJsonObject CreateQueueInput::toJson() const
{
    QJsonObject out = extra;
    Json::put(out, u"request", request);
    return out;
}

std::optional<AgentIdsInput> AgentIdsInput::fromJson(const QJsonValue &json, JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    AgentIdsInput input;
    input.agentIds = in.required<QStringList>(u"agentIds");
    input.extra = in.rest();
    return in.finish(std::move(input));
}

QJsonObject AgentIdsInput::toJson() const
{
    QJsonObject out = extra;
    Json::put(out, u"agentIds", agentIds);
    return out;
}

} // namespace Dixa
