#include "sandboxhttp.h"

#include <QJsonDocument>
#include <QJsonParseError>

std::optional<QJsonValue> SandboxRequest::json() const
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || doc.isNull())
        return std::nullopt;
    if (doc.isArray())
        return QJsonValue(doc.array());
    return QJsonValue(doc.object());
}

SandboxResponse SandboxResponse::json(int status, const QJsonValue &value)
{
    SandboxResponse response;
    response.status = status;
    if (value.isArray())
        response.body = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    else
        response.body = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    response.headers.append(
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    return response;
}

SandboxResponse SandboxResponse::data(const QJsonValue &value, int status)
{
    return json(status, QJsonObject{{QStringLiteral("data"), value}});
}

SandboxResponse SandboxResponse::page(const QJsonArray &items, const QString &nextLink)
{
    QJsonObject envelope{{QStringLiteral("data"), items}};
    if (!nextLink.isEmpty())
        envelope.insert(QStringLiteral("meta"), QJsonObject{{QStringLiteral("next"), nextLink}});
    return json(200, envelope);
}

SandboxResponse SandboxResponse::message(int status, const QString &text)
{
    return json(status, QJsonObject{{QStringLiteral("message"), text}});
}

SandboxResponse SandboxResponse::noContent()
{
    SandboxResponse response;
    response.status = 204;
    return response;
}

SandboxResponse SandboxResponse::accepted()
{
    SandboxResponse response;
    response.status = 202;
    return response;
}

QString SandboxText::invalidPathParameter(const QString &name)
{
    return QStringLiteral("Invalid value for: path parameter ") + name;
}

QString SandboxText::invalidQueryParameter(const QString &name)
{
    return QStringLiteral("Invalid value for: query parameter ") + name;
}

QString SandboxText::invalidBody(const QString &detail)
{
    if (detail.isEmpty())
        return QStringLiteral("Invalid value for: body");
    return QStringLiteral("Invalid value for: body (") + detail + QLatin1Char(')');
}
