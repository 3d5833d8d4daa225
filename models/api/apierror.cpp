#include "apierror.h"

#include <QCoreApplication>

namespace {
QString withReason(const QString &sentence, const QString &reason)
{
    if (reason.isEmpty())
        return sentence;
    return ApiError::tr("%1 Dixa said: “%2”").arg(sentence, reason);
}
} // namespace

ApiError ApiError::fromHttpStatus(int status, const QString &serverMessage)
{
    ApiError error;
    error.httpStatus = status;
    error.serverMessage = serverMessage;
    if (status == 400)
        error.kind = Kind::BadRequest;
    else if (status == 401 || status == 403)
        error.kind = Kind::Unauthorized;
    else if (status == 404)
        error.kind = Kind::NotFound;
    else if (status == 409)
        error.kind = Kind::Conflict;
    else if (status == 429)
        error.kind = Kind::RateLimited;
    else if (status >= 500 && status <= 599)
        error.kind = Kind::Server;
    else
        error.kind = Kind::Unexpected;
    return error;
}

ApiError ApiError::decode(const QString &jsonPath, const QString &what)
{
    ApiError error;
    error.kind = Kind::Decode;
    error.detail = jsonPath.isEmpty() ? what : jsonPath + QStringLiteral(": ") + what;
    return error;
}

QString ApiError::message() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        return tr("Cannot reach Dixa (%1). Check your network connection, then try "
                  "again.")
            .arg(detail);
    case Kind::Timeout:
        return tr("Dixa did not answer in time. Try again in a moment.");
    case Kind::Unauthorized:
        return withReason(tr("The API key was refused. Check it in Dixa under Settings → "
                             "Integrations → API Tokens."),
                          serverMessage);
    case Kind::BadRequest:
        return withReason(tr("Dixa did not accept the request. Correct it and try again."),
                          serverMessage);
    case Kind::NotFound:
        return withReason(tr("Dixa does not know it: it may have been deleted or merged. "
                             "Refresh to see the current state."),
                          serverMessage);
    case Kind::Conflict:
        return withReason(tr("Someone else changed it first. Refresh, then decide again."),
                          serverMessage);
    case Kind::RateLimited:
        return tr("Dixa is limiting how fast this API key may work. Wait a minute, then retry.");
    case Kind::Server:
        return withReason(
            tr("Dixa had a problem of its own (error %1). Try again later.").arg(httpStatus),
            serverMessage);
    case Kind::Decode:
        return tr("Dixa's answer was not in the expected shape (%1). Try again; if it keeps "
                  "happening, report it.")
            .arg(detail);
    case Kind::Refused:
        return detail;
    case Kind::Cancelled:
        return tr("Cancelled.");
    case Kind::Unexpected:
        return withReason(tr("Dixa answered with an unexpected status %1.").arg(httpStatus),
                          serverMessage);
    }
    return {};
}
