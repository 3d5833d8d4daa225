#pragma once

#include "jsonreader.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace Dixa {

// A deprecated per-message hit of the old GET search.
struct SearchInnerHit
{
    QString id;
    QMap<QString, QString> highlight;
    QJsonObject extra; // members this version does not know, written back unchanged

    static std::optional<SearchInnerHit> fromJson(const QJsonValue &json, JsonReader &reader);
    QJsonObject toJson() const;
};

// One conversation found by a search: its id and, when a text query was given, the highlighted
// snippets per field (HTML with <em class="highlight">).
struct SearchHit
{
    qint64 id = 0;
    QMap<QString, QStringList> highlights;
    std::optional<QList<SearchInnerHit>> innerHits; // deprecated GET search only
    QJsonObject extra;

    static std::optional<SearchHit> fromJson(const QJsonValue &json, JsonReader &reader);
    QJsonObject toJson() const;
};

} // namespace Dixa

Q_DECLARE_METATYPE(Dixa::SearchHit)
