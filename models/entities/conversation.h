#pragma once

#include "channel.h"
#include "customattribute.h"
#include "jsonreader.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Dixa {

// Conversation `_type`s; Dixa's schemas do not declare it but every example carries it.
enum class ConversationType {
    Unknown,
    AnonymizedConversation,
    ChatConversation,
    ContactFormConversation,
    EmailConversation,
    FacebookMessengerConversation,
    GenericConversation,
    MessengerConversation,
    PstnPhoneConversation,
    SmsConversation,
    TwitterConversation,
    WhatsAppConversation,
};

template<>
struct EnumNames<ConversationType>
{
    static constexpr std::u16string_view names[] = {u"AnonymizedConversation",
                                                    u"ChatConversation",
                                                    u"ContactFormConversation",
                                                    u"EmailConversation",
                                                    u"FacebookMessengerConversation",
                                                    u"GenericConversation",
                                                    u"MessengerConversation",
                                                    u"PstnPhoneConversation",
                                                    u"SmsConversation",
                                                    u"TwitterConversation",
                                                    u"WhatsAppConversation"};
};

// Where a conversation stands.
enum class ConversationState { Unknown, AwaitingPending, Closed, Open, Pending };

template<>
struct EnumNames<ConversationState>
{
    static constexpr std::u16string_view names[] = {u"AwaitingPending", u"Closed", u"Open",
                                                    u"Pending"};
};

// How a conversation is linked to its parent (response vocabulary).
enum class ConversationLinkType { Unknown, EmailForward, FollowUp, SideConversation };

template<>
struct EnumNames<ConversationLinkType>
{
    static constexpr std::u16string_view names[] = {u"EmailForward", u"FollowUp",
                                                    u"SideConversation"};
};

// Whether a Twitter conversation is a direct message or a tweet.
enum class TwitterConversationType { Unknown, DirectMessage, Tweet };

template<>
struct EnumNames<TwitterConversationType>
{
    static constexpr std::u16string_view names[] = {u"DirectMessage", u"Tweet"};
};

// Who a conversation is assigned to, and since when.
struct Assignment
{
    QString agentId;
    DixaTime assignedAt;
    QJsonObject extra; // members this version does not know, written back unchanged

    static std::optional<Assignment> fromJson(const QJsonValue &json, JsonReader &reader);
    QJsonObject toJson() const;
};

// The queue a conversation waits in (a reference, not the queue's configuration).
struct QueueRef
{
    QString id;
    std::optional<DixaTime> queuedAt;
    QJsonObject extra;

    static std::optional<QueueRef> fromJson(const QJsonValue &json, JsonReader &reader);
    QJsonObject toJson() const;
};

// The end user's browser in a chat conversation.
struct BrowserInfo
{
    QString name;
    std::optional<QString> version;
    std::optional<QString> ipAddress;
    std::optional<QString> originatingUrl;
    QJsonObject extra;

    static std::optional<BrowserInfo> fromJson(const QJsonValue &json, JsonReader &reader);
    QJsonObject toJson() const;
};

// The parent link of a conversation (`_type` EmailForward, FollowUp or SideConversation).
struct ConversationLink
{
    OpenEnum<ConversationLinkType> type; // "_type"; an unknown one keeps its members in extra
    qint64 parentId = 0;                 // known types only
    QJsonObject extra;

    static std::optional<ConversationLink> fromJson(const QJsonValue &json, JsonReader &reader);
    QJsonObject toJson() const;
};

// A conversation of any channel: the common fields plus every variant's own fields, set only
// for the variants that have them. An unknown `_type` decodes with whatever fits.
struct Conversation
{
    OpenEnum<ConversationType> type; // "_type"; null when absent
    qint64 id = 0;
    QString requesterId;
    OpenEnum<Channel> channel;
    DixaTime createdAt;
    std::optional<OpenEnum<Direction>> direction;
    std::optional<OpenEnum<ConversationState>> state;
    std::optional<DixaTime> stateUpdatedAt;
    std::optional<ConversationLink> link;
    std::optional<QList<CustomAttribute>> customAttributes; // only from GET by id
    std::optional<DixaTime> transportExpiresAt;

    // Every variant but AnonymizedConversation.
    std::optional<Assignment> assignment;
    std::optional<QueueRef> queue;
    // Chat, Messenger.
    std::optional<BrowserInfo> browserInfo;
    // Chat, Messenger, Email, ContactForm.
    std::optional<QString> language;
    // Email, ContactForm (toEmail, fromEmail, integrationEmail required for Email).
    std::optional<QString> subject;
    std::optional<QString> toEmail;
    std::optional<QString> fromEmail;
    std::optional<QString> integrationEmail;
    // Sms.
    std::optional<QString> fromNumber;
    std::optional<QString> toNumber;
    // Twitter (conversationType required).
    std::optional<OpenEnum<TwitterConversationType>> conversationType;
    std::optional<QString> contactPointTwitterId;
    std::optional<QString> endUserTwitterId;
    // Generic.
    std::optional<QString> fromContactPointId;
    std::optional<QString> toContactPointId;
    // Anonymized (required there).
    std::optional<DixaTime> anonymizedAt;

    QJsonObject extra;

    static std::optional<Conversation> fromJson(const QJsonValue &json, JsonReader &reader);
    QJsonObject toJson() const;
};

// The answer to creating a conversation: its new id.
struct CreatedConversation
{
    qint64 id = 0;
    QJsonObject extra;

    static std::optional<CreatedConversation> fromJson(const QJsonValue &json, JsonReader &reader);
    QJsonObject toJson() const;
};

} // namespace Dixa

Q_DECLARE_METATYPE(Dixa::Conversation)
