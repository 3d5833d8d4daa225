#pragma once

#include "openenum.h"

#include <string_view>

namespace Dixa {

// Dixa's ConversationChannel: where a conversation (or a rating, a queue usage) lives.
enum class Channel {
    Unknown,
    WhatsApp,
    Voicemail,
    WidgetChat,
    FacebookMessenger,
    Twitter,
    Email,
    ContactForm,
    Callback,
    PstnPhone,
    Sms,
    Messenger,
};

template<>
struct EnumNames<Channel>
{
    static constexpr std::u16string_view names[] = {
        u"WhatsApp",  u"Voicemail", u"WidgetChat",  u"FacebookMessenger",
        u"Twitter",   u"Email",     u"ContactForm", u"Callback",
        u"PstnPhone", u"Sms",       u"Messenger"};
};

// Which way a conversation or message goes.
enum class Direction { Unknown, Inbound, Internal, Outbound };

template<>
struct EnumNames<Direction>
{
    static constexpr std::u16string_view names[] = {u"Inbound", u"Internal", u"Outbound"};
};

} // namespace Dixa
