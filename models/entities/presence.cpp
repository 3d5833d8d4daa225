#include "presence.h"

namespace Dixa {

std::optional<UserPresence> UserPresence::fromJson(const QJsonValue &json, JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    UserPresence presence;
    presence.userId = in.required<QString>(u"userId");
    presence.requestTime = in.required<DixaTime>(u"requestTime");
    presence.lastSeen = in.optional<DixaTime>(u"lastSeen");
    presence.presenceStatus = in.optional<OpenEnum<PresenceStatus>>(u"presenceStatus");
    presence.connectionStatus = in.required<OpenEnum<ConnectionStatus>>(u"connectionStatus");
    presence.activeChannels = in.optional<QList<OpenEnum<Channel>>>(u"activeChannels");
    presence.extra = in.rest();
    return in.finish(std::move(presence));
}

QJsonObject UserPresence::toJson() const
{
    QJsonObject out = extra;
    Json::put(out, u"userId", userId);
    Json::put(out, u"requestTime", requestTime);
    Json::putOptional(out, u"lastSeen", lastSeen);
    Json::putOptional(out, u"presenceStatus", presenceStatus);
    Json::put(out, u"connectionStatus", connectionStatus);
    Json::putOptional(out, u"activeChannels", activeChannels);
    return out;
}

std::optional<WorkingChannelInput> WorkingChannelInput::fromJson(const QJsonValue &json,
                                                                 JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    WorkingChannelInput input;
    input.channel = in.required<OpenEnum<WorkingChannel>>(u"channel");
    input.working = in.required<bool>(u"working");
    input.extra = in.rest();
    return in.finish(std::move(input));
}

QJsonObject WorkingChannelInput::toJson() const
{
    QJsonObject out = extra;
    Json::put(out, u"channel", channel);
    Json::put(out, u"working", working);
    return out;
}

} // namespace Dixa
