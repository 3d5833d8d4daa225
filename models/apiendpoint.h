#pragma once

#include <QString>
#include <QUrl>

// Where the console talks to: a Dixa base URL, the API version prefix and the API key.
struct ApiEndpoint
{
    QUrl baseUrl = QUrl(QStringLiteral("https://dev.dixa.io"));
    QString versionPrefix = QStringLiteral("/v1");
    QString apiKey;
    bool isSandbox = false;

    // Empty when the console may send the API key to `url`; otherwise why it must not. Plain
    // http is refused except to the loopback interface, so a key never crosses a network in clear.
    static QString refusalReason(const QUrl &url);

    // baseUrl + versionPrefix + path ("/organization").
    QUrl url(const QString &path) const;
};
