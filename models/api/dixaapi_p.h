#pragma once

#include "entities/jsonreader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrlQuery>

// Helpers shared by the DixaApi implementation files: request bodies and query strings.
namespace DixaApiDetail {

// A bare JSON array of the inputs (PUT/PATCH /agents).
template<class T>
QJsonValue array(const QList<T> &inputs)
{
    return Dixa::Json::encode(inputs);
}

// {"data": [...]}: the envelope of most bulk bodies.
template<class T>
QJsonValue dataArray(const QList<T> &inputs)
{
    return QJsonObject{{QStringLiteral("data"), Dixa::Json::encode(inputs)}};
}

// Adds `key=value`, percent-encoding the value so that `+` in a phone number is not read as a
// space on the server.
void addQuery(QUrlQuery &query, const QString &key, const QString &value);

} // namespace DixaApiDetail
