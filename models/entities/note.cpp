#include "note.h"

namespace Dixa {

std::optional<InternalNote> InternalNote::fromJson(const QJsonValue &json, JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    InternalNote note;
    note.id = in.required<QString>(u"id");
    note.authorId = in.required<QString>(u"authorId");
    note.createdAt = in.required<DixaTime>(u"createdAt");
    note.csid = in.required<qint64>(u"csid");
    note.message = in.required<QString>(u"message");
    note.extra = in.rest();
    return in.finish(std::move(note));
}

QJsonObject InternalNote::toJson() const
{
    QJsonObject out = extra;
    Json::put(out, u"id", id);
    Json::put(out, u"authorId", authorId);
    Json::put(out, u"createdAt", createdAt);
    Json::put(out, u"csid", csid);
    Json::put(out, u"message", message);
    return out;
}

std::optional<CreateInternalNoteInput> CreateInternalNoteInput::fromJson(const QJsonValue &json,
                                                                         JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    CreateInternalNoteInput input;
    input.message = in.required<QString>(u"message");
    input.agentId = in.optional<QString>(u"agentId");
    input.createdAt = in.optional<DixaTime>(u"createdAt");
    input.extra = in.rest();
    return in.finish(std::move(input));
}

QJsonObject CreateInternalNoteInput::toJson() const
{
    QJsonObject out = extra;
    Json::put(out, u"message", message);
    Json::putOptional(out, u"agentId", agentId);
    Json::putOptional(out, u"createdAt", createdAt);
    return out;
}

} // namespace Dixa
