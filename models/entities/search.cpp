#include "search.h"

namespace Dixa {

std::optional<SearchInnerHit> SearchInnerHit::fromJson(const QJsonValue &json, JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    SearchInnerHit hit;
    hit.id = in.required<QString>(u"id");
    hit.highlight = in.required<QMap<QString, QString>>(u"highlight");
    hit.extra = in.rest();
    return in.finish(std::move(hit));
}

QJsonObject SearchInnerHit::toJson() const
{
    QJsonObject out = extra;
    Json::put(out, u"id", id);
    Json::put(out, u"highlight", highlight);
    return out;
}

std::optional<SearchHit> SearchHit::fromJson(const QJsonValue &json, JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    SearchHit hit;
    hit.id = in.required<qint64>(u"id");
    hit.highlights = in.required<QMap<QString, QStringList>>(u"highlights");
    hit.innerHits = in.optional<QList<SearchInnerHit>>(u"innerHits");
    hit.extra = in.rest();
    return in.finish(std::move(hit));
}

QJsonObject SearchHit::toJson() const
{
    QJsonObject out = extra;
    Json::put(out, u"id", id);
    Json::put(out, u"highlights", highlights);
    Json::putOptional(out, u"innerHits", innerHits);
    return out;
}

} // namespace Dixa
