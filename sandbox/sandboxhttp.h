#pragma once

#include <QByteArray>
#include <QHash>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <optional>

// One request as the sandbox routes see it: the path below the API version prefix, its captured
// path parameters, the query and the body (parsed once).
struct SandboxRequest
{
    QHttpServerRequest::Method method = QHttpServerRequest::Method::Unknown;
    QString apiPrefix; // "/v1" or "/beta"
    QString path;      // below the prefix, no trailing slash: "/conversations/12/claim"
    QUrlQuery query;
    QByteArray body;
    QHash<QString, QString> params;
    QString apiKey;

    QString param(const QString &name) const { return params.value(name); }
    QString queryValue(const QString &name) const
    {
        return query.queryItemValue(name, QUrl::FullyDecoded);
    }
    bool hasQuery(const QString &name) const { return query.hasQueryItem(name); }

    // The body as JSON; nullopt when it is not valid JSON (an empty body is nullopt too).
    std::optional<QJsonValue> json() const;
    bool bodyIsEmpty() const { return body.trimmed().isEmpty(); }
};

// What a route answers. Kept independent of QHttpServerResponse so that header handling, which
// changes between Qt 6.4 and 6.8, lives in one place (SandboxServer).
struct SandboxResponse
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static SandboxResponse json(int status, const QJsonValue &value);
    static SandboxResponse data(const QJsonValue &value, int status = 200);
    static SandboxResponse page(const QJsonArray &items, const QString &nextLink);
    static SandboxResponse message(int status, const QString &text);
    static SandboxResponse noContent();
    static SandboxResponse accepted();

    static SandboxResponse badRequest(const QString &reason) { return message(400, reason); }
    static SandboxResponse
    notFound(const QString &reason = QStringLiteral("The requested resource could not be found"))
    {
        return message(404, reason);
    }
    static SandboxResponse conflict(const QString &reason) { return message(409, reason); }
};

namespace SandboxText {
// Dixa's documented reasons for a 400.
QString invalidPathParameter(const QString &name);
QString invalidQueryParameter(const QString &name);
QString invalidBody(const QString &detail = {});
} // namespace SandboxText
