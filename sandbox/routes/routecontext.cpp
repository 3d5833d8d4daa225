#include "routecontext.h"

#include <QUuid>

std::optional<QJsonValue> RouteContext::body(const SandboxRequest &request, const QString &schema,
                                             SandboxResponse *error,
                                             std::optional<QJsonValue> emptyAs) const
{
    if (request.bodyIsEmpty() && emptyAs)
        return emptyAs;
    const auto json = request.json();
    if (!json) {
        *error = SandboxResponse::badRequest(SandboxText::invalidBody(QStringLiteral("not JSON")));
        return std::nullopt;
    }
    const QStringList problems = spec.check(schema, *json);
    if (!problems.isEmpty()) {
        *error = SandboxResponse::badRequest(
            SandboxText::invalidBody(problems.join(QStringLiteral("; "))));
        return std::nullopt;
    }
    return json;
}

std::optional<qint64> RouteContext::conversationId(const SandboxRequest &request,
                                                   SandboxResponse *error, const QString &name)
{
    bool ok = false;
    const qint64 id = request.param(name).toLongLong(&ok);
    if (!ok) {
        *error = SandboxResponse::badRequest(SandboxText::invalidPathParameter(name));
        return std::nullopt;
    }
    return id;
}

std::optional<QString> RouteContext::uuidParam(const SandboxRequest &request, const QString &name,
                                               SandboxResponse *error)
{
    const QString text = request.param(name);
    if (QUuid::fromString(text).isNull()) {
        *error = SandboxResponse::badRequest(SandboxText::invalidPathParameter(name));
        return std::nullopt;
    }
    return text.toLower();
}

QJsonObject BulkOutcome::success(const QJsonValue &data)
{
    return QJsonObject{{QStringLiteral("_type"), QStringLiteral("BulkActionSuccess")},
                       {QStringLiteral("data"), data}};
}

QJsonObject BulkOutcome::failure(const QString &type, const QString &id, const QString &message)
{
    QJsonObject error{{QStringLiteral("message"), message}};
    if (!type.isEmpty())
        error.insert(QStringLiteral("_type"), type);
    if (!id.isEmpty())
        error.insert(QStringLiteral("id"), id);
    return QJsonObject{{QStringLiteral("_type"), QStringLiteral("BulkActionFailure")},
                       {QStringLiteral("error"), error}};
}
