#include "apiendpoint.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace {
bool isLoopback(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}
} // namespace

QString ApiEndpoint::refusalReason(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return QCoreApplication::translate("ApiEndpoint", "The server address is not a valid URL.");
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http") && isLoopback(url.host()))
        return {};
    if (scheme == QLatin1String("http")) {
        return QCoreApplication::translate(
            "ApiEndpoint",
            "Plain http:// would send the API key unencrypted; use an https:// address.");
    }
    return QCoreApplication::translate("ApiEndpoint",
                                       "Only https:// server addresses are supported.");
}

QUrl ApiEndpoint::url(const QString &path) const
{
    // `path` arrives percent-encoded (ids escaped by the caller) and is kept exactly as given.
    QUrl result = baseUrl;
    QString base = result.path(QUrl::FullyEncoded);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    result.setPath(base + versionPrefix + path, QUrl::TolerantMode);
    return result;
}
