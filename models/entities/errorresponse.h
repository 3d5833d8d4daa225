#pragma once

#include "jsonreader.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Dixa {

// Dixa's error body ({"message": ...}) of every 4xx/5xx answer; also one failed bulk note.
struct ErrorResponse
{
    QString message;
    QJsonObject extra; // members this version does not know, written back unchanged

    static std::optional<ErrorResponse> fromJson(const QJsonValue &json, JsonReader &reader);
    QJsonObject toJson() const;
};

} // namespace Dixa
