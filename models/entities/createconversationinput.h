#pragma once

#include "channel.h"
#include "conversation.h"
#include "jsonreader.h"
#include "messageinput.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Dixa {

// The kinds of conversation the API can create (`_type`).
enum class CreateConversationType { Unknown, Callback, Chat, ContactForm, Email, Sms };

template<>
struct EnumNames<CreateConversationType>
{
    static constexpr std::u16string_view names[] = {u"Callback", u"Chat", u"ContactForm", u"Email",
                                                    u"Sms"};
};

// The body of POST /conversations, one of (by `_type`):
//   Callback:    requesterId, direction, contactEndpointId, queueId
//   Chat:        requesterId, widgetId, message [, browserInfo, language]
//   ContactForm: requesterId, emailIntegrationId, subject, message [, language]
//   Email:       requesterId, emailIntegrationId, subject, message [, language]
//   Sms:         requesterId, contactEndpointId, message (Outbound only)
struct CreateConversationInput
{
    OpenEnum<CreateConversationType> type; // "_type"
    QString requesterId;
    std::optional<OpenEnum<Direction>> direction;
    std::optional<QString> contactEndpointId;
    std::optional<QString> queueId;
    std::optional<QString> widgetId;
    std::optional<QString> emailIntegrationId;
    std::optional<QString> subject;
    std::optional<CreateMessageInput> message;
    std::optional<BrowserInfo> browserInfo;
    std::optional<QString> language;
    QJsonObject extra; // members this version does not know, written back unchanged

    static std::optional<CreateConversationInput> fromJson(const QJsonValue &json,
                                                           JsonReader &reader);
    QJsonObject toJson() const;
};

} // namespace Dixa
