#pragma once

#include "apierror.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QMetaType>
#include <QString>

// What one API call gave back: the error (if any), the HTTP status and the decoded JSON.
struct ApiResult
{
    ApiError error;
    int httpStatus = 0;
    QJsonValue body;  // the whole JSON answer (undefined for 202/204 without a body)
    QJsonArray items; // for paged calls: the "data" items of every page fetched, in order
    QString nextPage; // meta.next of the last page fetched; empty on the last page
    int attempts = 0; // how many times the request went out (retries included)
    int pages = 0;

    bool ok() const { return !error.isError(); }
    // The "data" member of the answer: Dixa's envelope around almost everything.
    QJsonValue data() const { return body.toObject().value(QStringLiteral("data")); }
};
Q_DECLARE_METATYPE(ApiResult)
