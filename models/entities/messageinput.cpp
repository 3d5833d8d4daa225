#include "messageinput.h"

namespace Dixa {

std::optional<CreateMessageInput> CreateMessageInput::fromJson(const QJsonValue &json,
                                                               JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    CreateMessageInput input;
    input.type = in.typeTag<MessageInputType>();
    const bool inbound = input.type == MessageInputType::Inbound;
    const bool outbound = input.type == MessageInputType::Outbound;
    input.content = inbound ? in.required<Content>(u"content") : in.optional<Content>(u"content");
    input.agentId = outbound ? in.required<QString>(u"agentId") : in.optional<QString>(u"agentId");
    input.attachments = in.optional<QList<File>>(u"attachments");
    input.integrationEmail = in.optional<QString>(u"integrationEmail");
    input.externalId = in.optional<QString>(u"externalId");
    input.cc = in.optional<QStringList>(u"cc");
    input.bcc = in.optional<QStringList>(u"bcc");
    input.extra = in.rest();
    return in.finish(std::move(input));
}

QJsonObject CreateMessageInput::toJson() const
{
    QJsonObject out = extra;
    Json::putType(out, u"_type", type);
    Json::putOptional(out, u"content", content);
    Json::putOptional(out, u"agentId", agentId);
    Json::putOptional(out, u"attachments", attachments);
    Json::putOptional(out, u"integrationEmail", integrationEmail);
    Json::putOptional(out, u"externalId", externalId);
    Json::putOptional(out, u"cc", cc);
    Json::putOptional(out, u"bcc", bcc);
    return out;
}

} // namespace Dixa
