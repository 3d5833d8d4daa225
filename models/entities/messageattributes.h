#pragma once

#include "channel.h"
#include "content.h"
#include "jsonreader.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace Dixa {

// The `_type` of a message's attributes: one per channel, plus recordings and forms.
enum class MessageAttributesType {
    Unknown,
    CallRecordingAttributes,
    ChatAttributes,
    ContactFormAttributes,
    EmailAttributes,
    FacebookMessengerAttributes,
    GenericAttributes,
    MessengerFormAttributes,
    PhoneAttributes,
    SmsAttributes,
    TranscriptAttributes,
    TwitterAttributes,
    WhatsAppAttributes,
};

template<>
struct EnumNames<MessageAttributesType>
{
    static constexpr std::u16string_view names[] = {u"CallRecordingAttributes",
                                                    u"ChatAttributes",
                                                    u"ContactFormAttributes",
                                                    u"EmailAttributes",
                                                    u"FacebookMessengerAttributes",
                                                    u"GenericAttributes",
                                                    u"MessengerFormAttributes",
                                                    u"PhoneAttributes",
                                                    u"SmsAttributes",
                                                    u"TranscriptAttributes",
                                                    u"TwitterAttributes",
                                                    u"WhatsAppAttributes"};
};

// Each variant below reads its members from the attributes object and writes them back; the
// enclosing MessageAttributes keeps the `_type` and the members nobody read.

// A widget-chat message.
struct ChatAttributes
{
    std::optional<Content> content;
    std::optional<OpenEnum<Direction>> direction;
    std::optional<QList<File>> attachments;
    bool isAutomated = false;

    void read(JsonObjectReader &in);
    void write(QJsonObject &out) const;
};

// An e-mail, or a contact-form message (then `from` is optional and replyDefaultToEmails set).
struct EmailAttributes
{
    std::optional<EmailContent> emailContent;
    std::optional<EmailContact> from;
    std::optional<QList<EmailContact>> to;
    std::optional<QList<EmailContact>> cc;
    std::optional<QList<EmailContact>> bcc;
    std::optional<QList<EmailContact>> replyDefaultToEmails;
    bool isAutoReply = false;
    std::optional<QList<File>> inlineImages;
    std::optional<QList<File>> attachments;
    std::optional<QString> deliveryFailureReason;
    std::optional<OpenEnum<Direction>> direction;
    std::optional<File> originalContentUrl;

    void read(JsonObjectReader &in, bool fromRequired);
    void write(QJsonObject &out) const;
};

// A text message of SMS, Facebook Messenger, WhatsApp, Twitter or a generic channel.
struct TextMessageAttributes
{
    std::optional<Content> content;
    std::optional<OpenEnum<Direction>> direction;
    std::optional<QList<File>> attachments;

    void read(JsonObjectReader &in);
    void write(QJsonObject &out) const;
};

// A phone call. `to` is a string in the schema but a number in Dixa's example: both are read,
// and a number is written back as a number.
struct PhoneAttributes
{
    QString from;
    QString to;
    bool toWasNumber = false;
    std::optional<OpenEnum<Direction>> direction;
    std::optional<int> duration; // seconds

    void read(JsonObjectReader &in);
    void write(QJsonObject &out) const;
};

// The recording of a call.
struct CallRecordingAttributes
{
    QString recording; // URL
    std::optional<int> duration;

    void read(JsonObjectReader &in);
    void write(QJsonObject &out) const;
};

// A form filled in through Dixa Messenger; `values` maps field label -> string, list, ...
struct MessengerFormAttributes
{
    QJsonObject formSubmission; // {"values": {...}}, kept as sent
    std::optional<OpenEnum<Direction>> direction;
    std::optional<Content> content;

    QJsonObject values() const { return formSubmission.value(u"values").toObject(); }
    void read(JsonObjectReader &in);
    void write(QJsonObject &out) const;
};

// One utterance of a call transcript.
struct TranscriptAttributes
{
    std::optional<Content> content;
    std::optional<qint64> utteranceStartMs; // "utterance_start_ms"
    std::optional<qint64> utteranceEndMs;   // "utterance_end_ms"
    std::optional<OpenEnum<Direction>> direction;

    void read(JsonObjectReader &in);
    void write(QJsonObject &out) const;
};

// The channel-specific part of a message, switched on `_type`; an unknown or absent `_type`
// holds no variant and keeps every member in extra.
struct MessageAttributes
{
    using Variant = std::variant<std::monostate, ChatAttributes, EmailAttributes,
                                 TextMessageAttributes, PhoneAttributes, CallRecordingAttributes,
                                 MessengerFormAttributes, TranscriptAttributes>;

    OpenEnum<MessageAttributesType> type; // "_type"
    Variant body;
    QJsonObject extra; // members this version does not know, written back unchanged

    template<class T>
    const T *as() const
    {
        return std::get_if<T>(&body);
    }
    // The text of the message whatever the variant (Regular e-mail content included).
    std::optional<Content> content() const;
    std::optional<OpenEnum<Direction>> direction() const;
    QList<File> attachments() const;

    static std::optional<MessageAttributes> fromJson(const QJsonValue &json, JsonReader &reader);
    QJsonObject toJson() const;
};

} // namespace Dixa
