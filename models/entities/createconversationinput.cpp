#include "createconversationinput.h"

namespace Dixa {

std::optional<CreateConversationInput> CreateConversationInput::fromJson(const QJsonValue &json,
                                                                         JsonReader &reader)
{
    using Type = CreateConversationType;
    JsonObjectReader in(reader, json);
    CreateConversationInput input;
    input.type = in.typeTag<CreateConversationType>();
    const Type type = input.type.value();
    const bool callback = type == Type::Callback;
    const bool emailLike = type == Type::Email || type == Type::ContactForm;
    const bool withMessage = emailLike || type == Type::Chat || type == Type::Sms;
    // Members required by this `_type` are read as required, the others as optional.
    const auto string = [&in](QStringView key, bool required) -> std::optional<QString> {
        return required ? in.required<QString>(key) : in.optional<QString>(key);
    };

    input.requesterId = in.required<QString>(u"requesterId");
    input.direction = callback ? in.required<OpenEnum<Direction>>(u"direction")
                               : in.optional<OpenEnum<Direction>>(u"direction");
    input.contactEndpointId = string(u"contactEndpointId", callback || type == Type::Sms);
    input.queueId = string(u"queueId", callback);
    input.widgetId = string(u"widgetId", type == Type::Chat);
    input.emailIntegrationId = string(u"emailIntegrationId", emailLike);
    input.subject = string(u"subject", emailLike);
    input.message = withMessage ? in.required<CreateMessageInput>(u"message")
                                : in.optional<CreateMessageInput>(u"message");
    input.browserInfo = in.optional<BrowserInfo>(u"browserInfo");
    input.language = in.optional<QString>(u"language");
    input.extra = in.rest();
    return in.finish(std::move(input));
}

QJsonObject CreateConversationInput::toJson() const
{
    QJsonObject out = extra;
    Json::putType(out, u"_type", type);
    Json::put(out, u"requesterId", requesterId);
    Json::putOptional(out, u"direction", direction);
    Json::putOptional(out, u"contactEndpointId", contactEndpointId);
    Json::putOptional(out, u"queueId", queueId);
    Json::putOptional(out, u"widgetId", widgetId);
    Json::putOptional(out, u"emailIntegrationId", emailIntegrationId);
    Json::putOptional(out, u"subject", subject);
    Json::putOptional(out, u"message", message);
    Json::putOptional(out, u"browserInfo", browserInfo);
    Json::putOptional(out, u"language", language);
    return out;
}

} // namespace Dixa
