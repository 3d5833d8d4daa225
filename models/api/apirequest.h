#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

// One call to the Dixa API, as a value: method, path below the version prefix, query and JSON
// body. A request for a further page carries the server's meta.next link instead of a path.
struct ApiRequest
{
    enum class Method { Get, Post, Put, Patch, Delete };

    Method method = Method::Get;
    QString path; // "/conversations/12/claim"
    QUrlQuery query;
    std::optional<QJsonValue> body;
    // When set, the exact link from meta.next (root-relative or absolute), used instead of path
    // and query; the body is sent again as it was (POST /search/conversations needs it).
    QString pageLink;
    // Collect every page by following meta.next until it is absent.
    bool allPages = false;

    static ApiRequest get(const QString &path, const QUrlQuery &query = {});
    static ApiRequest put(const QString &path, const std::optional<QJsonValue> &body = {});
    static ApiRequest post(const QString &path, const std::optional<QJsonValue> &body = {});
    static ApiRequest patch(const QString &path, const std::optional<QJsonValue> &body = {});
    static ApiRequest del(const QString &path, const std::optional<QJsonValue> &body = {});

    // GET, PUT and DELETE may be sent again after a failure that left their effect unknown;
    // POST and PATCH may not, since a second one could act twice.
    bool isIdempotent() const { return method != Method::Post && method != Method::Patch; }
    QByteArray verb() const;
    QByteArray encodedBody() const;
    ApiRequest nextPage(const QString &link) const;
};
