#include "tag.h"

namespace Dixa {

std::optional<Tag> Tag::fromJson(const QJsonValue &json, JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    Tag tag;
    tag.id = in.required<QString>(u"id");
    tag.name = in.required<QString>(u"name");
    tag.color = in.optional<QString>(u"color");
    tag.state = in.required<OpenEnum<TagState>>(u"state");
    tag.extra = in.rest();
    return in.finish(std::move(tag));
}

QJsonObject Tag::toJson() const
{
    QJsonObject out = extra;
    Json::put(out, u"id", id);
    Json::put(out, u"name", name);
    Json::putOptional(out, u"color", color);
    Json::put(out, u"state", state);
    return out;
}

std::optional<CreateTagInput> CreateTagInput::fromJson(const QJsonValue &json, JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    CreateTagInput input;
    input.name = in.required<QString>(u"name");
    input.color = in.optional<QString>(u"color");
    input.extra = in.rest();
    return in.finish(std::move(input));
}

QJsonObject CreateTagInput::toJson() const
{
    QJsonObject out = extra;
    Json::put(out, u"name", name);
    Json::putOptional(out, u"color", color);
    return out;
}

std::optional<TagNameInput> TagNameInput::fromJson(const QJsonValue &json, JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    TagNameInput input;
    input.name = in.required<QString>(u"name");
    input.extra = in.rest();
    return in.finish(std::move(input));
}

QJsonObject TagNameInput::toJson() const
{
    QJsonObject out = extra;
    Json::put(out, u"name", name);
    return out;
}

} // namespace Dixa
