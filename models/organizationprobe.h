#pragma once

#include "apiendpoint.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;

// Checks an endpoint and its API key by reading GET /organization, and tells the organisation's
// name or a sentence saying what went wrong.
class OrganizationProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrganizationProbe)

public:
    OrganizationProbe(QNetworkAccessManager &network, const ApiEndpoint &endpoint,
                      QObject *parent = nullptr);

    void probe();
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

Q_SIGNALS:
    void succeeded(const QString &organizationName);
    void failed(const QString &message);

private:
    void onFinished(QNetworkReply *reply);

    QNetworkAccessManager &m_network;
    ApiEndpoint m_endpoint;
    QPointer<QNetworkReply> m_reply;
    int m_timeoutMs = 15000;
};
