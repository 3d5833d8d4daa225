#pragma once

#include "jsonreader.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Dixa {

// The paging links of a list answer; no `next` means the last page.
struct PaginationLinks
{
    std::optional<QString> previous;
    std::optional<QString> next;
    QJsonObject extra; // members this version does not know, written back unchanged

    static std::optional<PaginationLinks> fromJson(const QJsonValue &json, JsonReader &reader);
    QJsonObject toJson() const;
};

// Dixa's `{"data": ..., "meta": {...}}` wrapper around almost every body, for one value
// (Envelope<Agent>) or a list (Envelope<QList<Agent>>).
template<class T>
struct Envelope
{
    T data{};
    std::optional<PaginationLinks> meta;
    QJsonObject extra;

    static std::optional<Envelope> fromJson(const QJsonValue &json, JsonReader &reader)
    {
        JsonObjectReader in(reader, json);
        Envelope envelope;
        envelope.data = in.template required<T>(u"data");
        envelope.meta = in.template optional<PaginationLinks>(u"meta");
        envelope.extra = in.rest();
        return in.finish(std::move(envelope));
    }

    QJsonObject toJson() const
    {
        QJsonObject out = extra;
        Json::put(out, u"data", data);
        Json::putOptional(out, u"meta", meta);
        return out;
    }
};

} // namespace Dixa
