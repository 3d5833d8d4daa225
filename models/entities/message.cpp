#include "message.h"

namespace Dixa {

std::optional<Message> Message::fromJson(const QJsonValue &json, JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    Message message;
    message.id = in.required<QString>(u"id");
    message.authorId = in.required<QString>(u"authorId");
    message.externalId = in.optional<QString>(u"externalId");
    message.createdAt = in.required<DixaTime>(u"createdAt");
    message.attributes = in.required<MessageAttributes>(u"attributes");
    message.extra = in.rest();
    return in.finish(std::move(message));
}

QJsonObject Message::toJson() const
{
    QJsonObject out = extra;
    Json::put(out, u"id", id);
    Json::put(out, u"authorId", authorId);
    Json::putOptional(out, u"externalId", externalId);
    Json::put(out, u"createdAt", createdAt);
    Json::put(out, u"attributes", attributes);
    return out;
}

std::optional<CreateMessageOutput> CreateMessageOutput::fromJson(const QJsonValue &json,
                                                                 JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    CreateMessageOutput created;
    created.content = in.optional<Content>(u"content");
    created.direction = in.required<OpenEnum<Direction>>(u"direction");
    created.authorId = in.required<QString>(u"authorId");
    created.externalId = in.optional<QString>(u"externalId");
    created.messageId = in.optional<QString>(u"messageId");
    created.createdAt = in.optional<DixaTime>(u"createdAt");
    created.extra = in.rest();
    return in.finish(std::move(created));
}

QJsonObject CreateMessageOutput::toJson() const
{
    QJsonObject out = extra;
    Json::putOptional(out, u"content", content);
    Json::put(out, u"direction", direction);
    Json::put(out, u"authorId", authorId);
    Json::putOptional(out, u"externalId", externalId);
    Json::putOptional(out, u"messageId", messageId);
    Json::putOptional(out, u"createdAt", createdAt);
    return out;
}

} // namespace Dixa
