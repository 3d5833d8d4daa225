#include "envelope.h"

namespace Dixa {

std::optional<PaginationLinks> PaginationLinks::fromJson(const QJsonValue &json, JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    PaginationLinks links;
    links.previous = in.optional<QString>(u"previous");
    links.next = in.optional<QString>(u"next");
    links.extra = in.rest();
    return in.finish(std::move(links));
}

QJsonObject PaginationLinks::toJson() const
{
    QJsonObject out = extra;
    Json::putOptional(out, u"previous", previous);
    Json::putOptional(out, u"next", next);
    return out;
}

} // namespace Dixa
