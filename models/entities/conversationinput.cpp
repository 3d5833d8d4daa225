#include "conversationinput.h"

namespace Dixa {

std::optional<ClaimConversationInput> ClaimConversationInput::fromJson(const QJsonValue &json,
                                                                       JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    ClaimConversationInput input;
    input.agentId = in.required<QString>(u"agentId");
    input.force = in.optional<bool>(u"force");
    input.extra = in.rest();
    return in.finish(std::move(input));
}

QJsonObject ClaimConversationInput::toJson() const
{
    QJsonObject out = extra;
    Json::put(out, u"agentId", agentId);
    Json::putOptional(out, u"force", force);
    return out;
}

std::optional<ConversationActorInput> ConversationActorInput::fromJson(const QJsonValue &json,
                                                                       JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    ConversationActorInput input;
    input.userId = in.optional<QString>(u"userId");
    input.extra = in.rest();
    return in.finish(std::move(input));
}

QJsonObject ConversationActorInput::toJson() const
{
    QJsonObject out = extra;
    Json::putOptional(out, u"userId", userId);
    return out;
}

std::optional<TransferConversationInput> TransferConversationInput::fromJson(const QJsonValue &json,
                                                                             JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    TransferConversationInput input;
    input.queueId = in.required<QString>(u"queueId");
    input.userId = in.optional<QString>(u"userId");
    input.extra = in.rest();
    return in.finish(std::move(input));
}

QJsonObject TransferConversationInput::toJson() const
{
    QJsonObject out = extra;
    Json::put(out, u"queueId", queueId);
    Json::putOptional(out, u"userId", userId);
    return out;
}

std::optional<FollowupConversationInput> FollowupConversationInput::fromJson(const QJsonValue &json,
                                                                             JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    FollowupConversationInput input;
    input.timestamp = in.required<DixaTime>(u"timestamp");
    input.userId = in.optional<QString>(u"userId");
    input.extra = in.rest();
    return in.finish(std::move(input));
}

QJsonObject FollowupConversationInput::toJson() const
{
    QJsonObject out = extra;
    Json::put(out, u"timestamp", timestamp);
    Json::putOptional(out, u"userId", userId);
    return out;
}

std::optional<LinkConversationInput> LinkConversationInput::fromJson(const QJsonValue &json,
                                                                     JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    LinkConversationInput input;
    input.parentId = in.required<qint64>(u"parentId");
    input.linkType = in.required<OpenEnum<LinkType>>(u"linkType");
    input.extra = in.rest();
    return in.finish(std::move(input));
}

QJsonObject LinkConversationInput::toJson() const
{
    QJsonObject out = extra;
    Json::put(out, u"parentId", parentId);
    Json::put(out, u"linkType", linkType);
    return out;
}

} // namespace Dixa
