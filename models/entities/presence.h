#pragma once

#include "channel.h"
#include "jsonreader.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Dixa {

// Whether an online agent is working or away.
enum class PresenceStatus { Unknown, Away, Working };

template<>
struct EnumNames<PresenceStatus>
{
    static constexpr std::u16string_view names[] = {u"Away", u"Working"};
};

// Whether an agent is connected at all.
enum class ConnectionStatus { Unknown, Offline, Online };

template<>
struct EnumNames<ConnectionStatus>
{
    static constexpr std::u16string_view names[] = {u"Offline", u"Online"};
};

// Whether an agent is online and working, and on which channels. Its times carry no offset
// (they are UTC).
struct UserPresence
{
    QString userId;
    DixaTime requestTime;
    std::optional<DixaTime> lastSeen;
    std::optional<OpenEnum<PresenceStatus>> presenceStatus;
    OpenEnum<ConnectionStatus> connectionStatus;
    std::optional<QList<OpenEnum<Channel>>> activeChannels;
    QJsonObject extra; // members this version does not know, written back unchanged

    static std::optional<UserPresence> fromJson(const QJsonValue &json, JsonReader &reader);
    QJsonObject toJson() const;
};

// The channel groups an agent can switch working on or off.
enum class WorkingChannel { Unknown, Email, InteractiveChat, Messaging, Speak };

template<>
struct EnumNames<WorkingChannel>
{
    static constexpr std::u16string_view names[] = {u"Email", u"InteractiveChat", u"Messaging",
                                                    u"Speak"};
};

// The body of PUT /agents/{id}/presence/working-channel.
struct WorkingChannelInput
{
    OpenEnum<WorkingChannel> channel;
    bool working = false;
    QJsonObject extra;

    static std::optional<WorkingChannelInput> fromJson(const QJsonValue &json, JsonReader &reader);
    QJsonObject toJson() const;
};

} // namespace Dixa

Q_DECLARE_METATYPE(Dixa::UserPresence)
