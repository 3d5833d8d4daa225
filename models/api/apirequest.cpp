#include "apirequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
ApiRequest make(ApiRequest::Method method, const QString &path,
                const std::optional<QJsonValue> &body)
{
    ApiRequest request;
    request.method = method;
    request.path = path;
    request.body = body;
    return request;
}
} // namespace

ApiRequest ApiRequest::get(const QString &path, const QUrlQuery &query)
{
    ApiRequest request = make(Method::Get, path, std::nullopt);
    request.query = query;
    return request;
}

ApiRequest ApiRequest::put(const QString &path, const std::optional<QJsonValue> &body)
{
    return make(Method::Put, path, body);
}

ApiRequest ApiRequest::post(const QString &path, const std::optional<QJsonValue> &body)
{
    return make(Method::Post, path, body);
}

ApiRequest ApiRequest::patch(const QString &path, const std::optional<QJsonValue> &body)
{
    return make(Method::Patch, path, body);
}

ApiRequest ApiRequest::del(const QString &path, const std::optional<QJsonValue> &body)
{
    return make(Method::Delete, path, body);
}

QByteArray ApiRequest::verb() const
{
    switch (method) {
    case Method::Get:
        return QByteArrayLiteral("GET");
    case Method::Post:
        return QByteArrayLiteral("POST");
    case Method::Put:
        return QByteArrayLiteral("PUT");
    case Method::Patch:
        return QByteArrayLiteral("PATCH");
    case Method::Delete:
        return QByteArrayLiteral("DELETE");
    }
    return QByteArrayLiteral("GET");
}

QByteArray ApiRequest::encodedBody() const
{
    if (!body)
        return {};
    if (body->isArray())
        return QJsonDocument(body->toArray()).toJson(QJsonDocument::Compact);
    return QJsonDocument(body->toObject()).toJson(QJsonDocument::Compact);
}

ApiRequest ApiRequest::nextPage(const QString &link) const
{
    ApiRequest next = *this;
    next.pageLink = link;
    return next;
}
