#include "messageattributes.h"

namespace Dixa {

void ChatAttributes::read(JsonObjectReader &in)
{
    content = in.optional<Content>(u"content");
    direction = in.optional<OpenEnum<Direction>>(u"direction");
    attachments = in.optional<QList<File>>(u"attachments");
    isAutomated = in.required<bool>(u"isAutomated");
}

void ChatAttributes::write(QJsonObject &out) const
{
    Json::putOptional(out, u"content", content);
    Json::putOptional(out, u"direction", direction);
    Json::putOptional(out, u"attachments", attachments);
    Json::put(out, u"isAutomated", isAutomated);
}

void EmailAttributes::read(JsonObjectReader &in, bool fromRequired)
{
    emailContent = in.optional<EmailContent>(u"emailContent");
    from = fromRequired ? in.required<EmailContact>(u"from") : in.optional<EmailContact>(u"from");
    to = in.optional<QList<EmailContact>>(u"to");
    cc = in.optional<QList<EmailContact>>(u"cc");
    bcc = in.optional<QList<EmailContact>>(u"bcc");
    replyDefaultToEmails = in.optional<QList<EmailContact>>(u"replyDefaultToEmails");
    isAutoReply = in.required<bool>(u"isAutoReply");
    inlineImages = in.optional<QList<File>>(u"inlineImages");
    attachments = in.optional<QList<File>>(u"attachments");
    deliveryFailureReason = in.optional<QString>(u"deliveryFailureReason");
    direction = in.optional<OpenEnum<Direction>>(u"direction");
    originalContentUrl = in.optional<File>(u"originalContentUrl");
}

void EmailAttributes::write(QJsonObject &out) const
{
    Json::putOptional(out, u"emailContent", emailContent);
    Json::putOptional(out, u"from", from);
    Json::putOptional(out, u"to", to);
    Json::putOptional(out, u"cc", cc);
    Json::putOptional(out, u"bcc", bcc);
    Json::putOptional(out, u"replyDefaultToEmails", replyDefaultToEmails);
    Json::put(out, u"isAutoReply", isAutoReply);
    Json::putOptional(out, u"inlineImages", inlineImages);
    Json::putOptional(out, u"attachments", attachments);
    Json::putOptional(out, u"deliveryFailureReason", deliveryFailureReason);
    Json::putOptional(out, u"direction", direction);
    Json::putOptional(out, u"originalContentUrl", originalContentUrl);
}

void TextMessageAttributes::read(JsonObjectReader &in)
{
    content = in.optional<Content>(u"content");
    direction = in.optional<OpenEnum<Direction>>(u"direction");
    attachments = in.optional<QList<File>>(u"attachments");
}

void TextMessageAttributes::write(QJsonObject &out) const
{
    Json::putOptional(out, u"content", content);
    Json::putOptional(out, u"direction", direction);
    Json::putOptional(out, u"attachments", attachments);
}

void PhoneAttributes::read(JsonObjectReader &in)
{
    from = in.required<QString>(u"from");
    const QJsonValue rawTo = in.peek(u"to");
    toWasNumber = rawTo.isDouble();
    if (toWasNumber)
        to = QString::number(in.required<qint64>(u"to"));
    else
        to = in.required<QString>(u"to");
    direction = in.optional<OpenEnum<Direction>>(u"direction");
    duration = in.optional<int>(u"duration");
}

void PhoneAttributes::write(QJsonObject &out) const
{
    Json::put(out, u"from", from);
    if (toWasNumber)
        Json::put(out, u"to", to.toLongLong());
    else
        Json::put(out, u"to", to);
    Json::putOptional(out, u"direction", direction);
    Json::putOptional(out, u"duration", duration);
}

void CallRecordingAttributes::read(JsonObjectReader &in)
{
    recording = in.required<QString>(u"recording");
    duration = in.optional<int>(u"duration");
}

void CallRecordingAttributes::write(QJsonObject &out) const
{
    Json::put(out, u"recording", recording);
    Json::putOptional(out, u"duration", duration);
}

void MessengerFormAttributes::read(JsonObjectReader &in)
{
    formSubmission = in.required<QJsonObject>(u"formSubmission");
    if (!formSubmission.value(u"values").isObject() && !in.reader().failed()) {
        const JsonReader::Scope scope(in.reader(), u"formSubmission");
        in.reader().failMember(u"values", QStringLiteral("expected an object"));
    }
    direction = in.optional<OpenEnum<Direction>>(u"direction");
    content = in.optional<Content>(u"content");
}

void MessengerFormAttributes::write(QJsonObject &out) const
{
    Json::put(out, u"formSubmission", formSubmission);
    Json::putOptional(out, u"direction", direction);
    Json::putOptional(out, u"content", content);
}

void TranscriptAttributes::read(JsonObjectReader &in)
{
    content = in.optional<Content>(u"content");
    utteranceStartMs = in.optional<qint64>(u"utterance_start_ms");
    utteranceEndMs = in.optional<qint64>(u"utterance_end_ms");
    direction = in.optional<OpenEnum<Direction>>(u"direction");
}

void TranscriptAttributes::write(QJsonObject &out) const
{
    Json::putOptional(out, u"content", content);
    Json::putOptional(out, u"utterance_start_ms", utteranceStartMs);
    Json::putOptional(out, u"utterance_end_ms", utteranceEndMs);
    Json::putOptional(out, u"direction", direction);
}

std::optional<MessageAttributes> MessageAttributes::fromJson(const QJsonValue &json,
                                                             JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    MessageAttributes attributes;
    attributes.type = in.typeTag<MessageAttributesType>();
    // Reads variant T from `in` into the attributes.
    const auto readAs = [&]<class T>(T variant) {
        variant.read(in);
        attributes.body = std::move(variant);
    };
    switch (attributes.type.value()) {
    case MessageAttributesType::ChatAttributes:
        readAs(ChatAttributes());
        break;
    case MessageAttributesType::EmailAttributes:
    case MessageAttributesType::ContactFormAttributes: {
        EmailAttributes email;
        email.read(in, attributes.type == MessageAttributesType::EmailAttributes);
        attributes.body = std::move(email);
        break;
    }
    case MessageAttributesType::SmsAttributes:
    case MessageAttributesType::FacebookMessengerAttributes:
    case MessageAttributesType::WhatsAppAttributes:
    case MessageAttributesType::GenericAttributes:
    case MessageAttributesType::TwitterAttributes:
        readAs(TextMessageAttributes());
        break;
    case MessageAttributesType::PhoneAttributes:
        readAs(PhoneAttributes());
        break;
    case MessageAttributesType::CallRecordingAttributes:
        readAs(CallRecordingAttributes());
        break;
    case MessageAttributesType::MessengerFormAttributes:
        readAs(MessengerFormAttributes());
        break;
    case MessageAttributesType::TranscriptAttributes:
        readAs(TranscriptAttributes());
        break;
    case MessageAttributesType::Unknown:
        break;
    }
    attributes.extra = in.rest();
    return in.finish(std::move(attributes));
}

QJsonObject MessageAttributes::toJson() const
{
    QJsonObject out = extra;
    Json::putType(out, u"_type", type);
    std::visit(
        [&out]<class T>(const T &variant) {
            if constexpr (!std::is_same_v<T, std::monostate>)
                variant.write(out);
        },
        body);
    return out;
}

std::optional<Content> MessageAttributes::content() const
{
    return std::visit(
        []<class T>(const T &variant) -> std::optional<Content> {
            if constexpr (std::is_same_v<T, EmailAttributes>)
                return variant.emailContent ? variant.emailContent->content : std::nullopt;
            else if constexpr (requires { variant.content; })
                return variant.content;
            else
                return std::nullopt;
        },
        body);
}

std::optional<OpenEnum<Direction>> MessageAttributes::direction() const
{
    return std::visit(
        []<class T>(const T &variant) -> std::optional<OpenEnum<Direction>> {
            if constexpr (requires { variant.direction; })
                return variant.direction;
            else
                return std::nullopt;
        },
        body);
}

QList<File> MessageAttributes::attachments() const
{
    return std::visit(
        []<class T>(const T &variant) -> QList<File> {
            if constexpr (requires { variant.attachments; })
                return variant.attachments.value_or(QList<File>());
            else
                return {};
        },
        body);
}

} // namespace Dixa
