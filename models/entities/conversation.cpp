#include "conversation.h"

namespace Dixa {

namespace {

// A known `_type` is read strictly; an unknown one takes what fits and keeps the rest raw, so a
// conversation of a channel newer than this build still lists.
template<class T>
T take(JsonObjectReader &in, QStringView key, bool strict)
{
    return strict ? in.required<T>(key) : in.lenient<T>(key).value_or(T{});
}

template<class T>
std::optional<T> maybe(JsonObjectReader &in, QStringView key, bool strict)
{
    return strict ? in.optional<T>(key) : in.lenient<T>(key);
}

bool hasAssignment(ConversationType type)
{
    return type != ConversationType::AnonymizedConversation;
}

} // namespace

std::optional<Assignment> Assignment::fromJson(const QJsonValue &json, JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    Assignment assignment;
    assignment.agentId = in.required<QString>(u"agentId");
    assignment.assignedAt = in.required<DixaTime>(u"assignedAt");
    assignment.extra = in.rest();
    return in.finish(std::move(assignment));
}

QJsonObject Assignment::toJson() const
{
    QJsonObject out = extra;
    Json::put(out, u"agentId", agentId);
    Json::put(out, u"assignedAt", assignedAt);
    return out;
}

std::optional<QueueRef> QueueRef::fromJson(const QJsonValue &json, JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    QueueRef queue;
    queue.id = in.required<QString>(u"id");
    queue.queuedAt = in.optional<DixaTime>(u"queuedAt");
    queue.extra = in.rest();
    return in.finish(std::move(queue));
}

QJsonObject QueueRef::toJson() const
{
    QJsonObject out = extra;
    Json::put(out, u"id", id);
    Json::putOptional(out, u"queuedAt", queuedAt);
    return out;
}

std::optional<BrowserInfo> BrowserInfo::fromJson(const QJsonValue &json, JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    BrowserInfo info;
    info.name = in.required<QString>(u"name");
    info.version = in.optional<QString>(u"version");
    info.ipAddress = in.optional<QString>(u"ipAddress");
    info.originatingUrl = in.optional<QString>(u"originatingUrl");
    info.extra = in.rest();
    return in.finish(std::move(info));
}

QJsonObject BrowserInfo::toJson() const
{
    QJsonObject out = extra;
    Json::put(out, u"name", name);
    Json::putOptional(out, u"version", version);
    Json::putOptional(out, u"ipAddress", ipAddress);
    Json::putOptional(out, u"originatingUrl", originatingUrl);
    return out;
}

std::optional<ConversationLink> ConversationLink::fromJson(const QJsonValue &json,
                                                           JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    ConversationLink link;
    link.type = in.typeTag<ConversationLinkType>();
    // All known link types carry just the parent; an unknown one stays raw in extra.
    if (link.type.isKnown())
        link.parentId = in.required<qint64>(u"parentId");
    link.extra = in.rest();
    return in.finish(std::move(link));
}

QJsonObject ConversationLink::toJson() const
{
    QJsonObject out = extra;
    Json::putType(out, u"_type", type);
    if (type.isKnown())
        Json::put(out, u"parentId", parentId);
    return out;
}

std::optional<Conversation> Conversation::fromJson(const QJsonValue &json, JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    Conversation c;
    c.type = in.typeTag<ConversationType>();
    const ConversationType type = c.type.value();
    const bool strict = c.type.isKnown();

    c.id = take<qint64>(in, u"id", strict);
    c.requesterId = take<QString>(in, u"requesterId", strict);
    c.channel = take<OpenEnum<Channel>>(in, u"channel", strict);
    c.createdAt = take<DixaTime>(in, u"createdAt", strict);
    c.direction = maybe<OpenEnum<Direction>>(in, u"direction", strict);
    c.state = maybe<OpenEnum<ConversationState>>(in, u"state", strict);
    c.stateUpdatedAt = maybe<DixaTime>(in, u"stateUpdatedAt", strict);
    c.link = maybe<ConversationLink>(in, u"link", strict);
    c.customAttributes = maybe<QList<CustomAttribute>>(in, u"customAttributes", strict);
    c.transportExpiresAt = maybe<DixaTime>(in, u"transportExpiresAt", strict);

    if (hasAssignment(type)) {
        c.assignment = maybe<Assignment>(in, u"assignment", strict);
        c.queue = maybe<QueueRef>(in, u"queue", strict);
    }
    c.browserInfo = maybe<BrowserInfo>(in, u"browserInfo", strict);
    c.language = maybe<QString>(in, u"language", strict);
    c.subject = maybe<QString>(in, u"subject", strict);
    const bool email = type == ConversationType::EmailConversation;
    const bool contactForm = type == ConversationType::ContactFormConversation;
    c.toEmail = email ? in.required<QString>(u"toEmail") : maybe<QString>(in, u"toEmail", strict);
    c.fromEmail = (email || contactForm) ? in.required<QString>(u"fromEmail")
                                         : maybe<QString>(in, u"fromEmail", strict);
    c.integrationEmail = email ? in.required<QString>(u"integrationEmail")
                               : maybe<QString>(in, u"integrationEmail", strict);
    c.fromNumber = maybe<QString>(in, u"fromNumber", strict);
    c.toNumber = maybe<QString>(in, u"toNumber", strict);
    if (type == ConversationType::TwitterConversation)
        c.conversationType = in.required<OpenEnum<TwitterConversationType>>(u"conversationType");
    else
        c.conversationType =
            maybe<OpenEnum<TwitterConversationType>>(in, u"conversationType", strict);
    c.contactPointTwitterId = maybe<QString>(in, u"contactPointTwitterId", strict);
    c.endUserTwitterId = maybe<QString>(in, u"endUserTwitterId", strict);
    c.fromContactPointId = maybe<QString>(in, u"fromContactPointId", strict);
    c.toContactPointId = maybe<QString>(in, u"toContactPointId", strict);
    if (type == ConversationType::AnonymizedConversation)
        c.anonymizedAt = in.required<DixaTime>(u"anonymizedAt");
    else
        c.anonymizedAt = maybe<DixaTime>(in, u"anonymizedAt", strict);

    c.extra = in.rest();
    return in.finish(std::move(c));
}

QJsonObject Conversation::toJson() const
{
    QJsonObject out = extra;
    Json::putType(out, u"_type", type);
    // Always set on a decoded conversation; skipped when a conversation of an unknown `_type`
    // came without them (or with a shape this build does not know), so it still round-trips.
    if (!extra.contains(u"id"))
        Json::put(out, u"id", id);
    if (!requesterId.isEmpty())
        Json::put(out, u"requesterId", requesterId);
    Json::putType(out, u"channel", channel);
    if (!createdAt.isNull())
        Json::put(out, u"createdAt", createdAt);
    Json::putOptional(out, u"direction", direction);
    Json::putOptional(out, u"state", state);
    Json::putOptional(out, u"stateUpdatedAt", stateUpdatedAt);
    Json::putOptional(out, u"link", link);
    Json::putOptional(out, u"customAttributes", customAttributes);
    Json::putOptional(out, u"transportExpiresAt", transportExpiresAt);
    Json::putOptional(out, u"assignment", assignment);
    Json::putOptional(out, u"queue", queue);
    Json::putOptional(out, u"browserInfo", browserInfo);
    Json::putOptional(out, u"language", language);
    Json::putOptional(out, u"subject", subject);
    Json::putOptional(out, u"toEmail", toEmail);
    Json::putOptional(out, u"fromEmail", fromEmail);
    Json::putOptional(out, u"integrationEmail", integrationEmail);
    Json::putOptional(out, u"fromNumber", fromNumber);
    Json::putOptional(out, u"toNumber", toNumber);
    Json::putOptional(out, u"conversationType", conversationType);
    Json::putOptional(out, u"contactPointTwitterId", contactPointTwitterId);
    Json::putOptional(out, u"endUserTwitterId", endUserTwitterId);
    Json::putOptional(out, u"fromContactPointId", fromContactPointId);
    Json::putOptional(out, u"toContactPointId", toContactPointId);
    Json::putOptional(out, u"anonymizedAt", anonymizedAt);
    return out;
}

std::optional<CreatedConversation> CreatedConversation::fromJson(const QJsonValue &json,
                                                                 JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    CreatedConversation created;
    created.id = in.required<qint64>(u"id");
    created.extra = in.rest();
    return in.finish(std::move(created));
}

QJsonObject CreatedConversation::toJson() const
{
    QJsonObject out = extra;
    Json::put(out, u"id", id);
    return out;
}

} // namespace Dixa
