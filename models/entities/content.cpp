#include "content.h"

namespace Dixa {

std::optional<Content> Content::fromJson(const QJsonValue &json, JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    Content content;
    content.type = in.typeTag<ContentType>();
    content.value = in.required<QString>(u"value");
    content.extra = in.rest();
    return in.finish(std::move(content));
}

QJsonObject Content::toJson() const
{
    QJsonObject out = extra;
    Json::putType(out, u"_type", type);
    Json::put(out, u"value", value);
    return out;
}

std::optional<File> File::fromJson(const QJsonValue &json, JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    File file;
    file.url = in.required<QString>(u"url");
    file.prettyName = in.optional<QString>(u"prettyName");
    file.extra = in.rest();
    return in.finish(std::move(file));
}

QJsonObject File::toJson() const
{
    QJsonObject out = extra;
    Json::put(out, u"url", url);
    Json::putOptional(out, u"prettyName", prettyName);
    return out;
}

std::optional<EmailContact> EmailContact::fromJson(const QJsonValue &json, JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    EmailContact contact;
    contact.email = in.required<QString>(u"email");
    contact.name = in.optional<QString>(u"name");
    contact.extra = in.rest();
    return in.finish(std::move(contact));
}

QJsonObject EmailContact::toJson() const
{
    QJsonObject out = extra;
    Json::put(out, u"email", email);
    Json::putOptional(out, u"name", name);
    return out;
}

std::optional<EmailContent> EmailContent::fromJson(const QJsonValue &json, JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    EmailContent email;
    email.type = in.typeTag<EmailContentType>();
    switch (email.type.value()) {
    case EmailContentType::Regular:
        email.content = in.required<Content>(u"content");
        break;
    case EmailContentType::TooLarge:
        email.file = in.required<File>(u"file");
        break;
    case EmailContentType::Unknown:
        break;
    }
    email.extra = in.rest();
    return in.finish(std::move(email));
}

QJsonObject EmailContent::toJson() const
{
    QJsonObject out = extra;
    Json::putType(out, u"_type", type);
    Json::putOptional(out, u"content", content);
    Json::putOptional(out, u"file", file);
    return out;
}

} // namespace Dixa
