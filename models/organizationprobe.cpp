#include "organizationprobe.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

OrganizationProbe::OrganizationProbe(QNetworkAccessManager &network, const ApiEndpoint &endpoint,
                                     QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_endpoint(endpoint)
{}

void OrganizationProbe::probe()
{
    const QString refusal = ApiEndpoint::refusalReason(m_endpoint.baseUrl);
    if (!refusal.isEmpty()) {
        Q_EMIT failed(refusal);
        return;
    }
    if (m_reply)
        m_reply->abort();
    QNetworkRequest request(m_endpoint.url(QStringLiteral("/organization")));
    request.setRawHeader("Authorization", m_endpoint.apiKey.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_timeoutMs);
    m_reply = m_network.get(request);
    connect(m_reply, &QNetworkReply::finished, this,
            [this, reply = m_reply.data()] { onFinished(reply); });
}

void OrganizationProbe::onFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
    if (status == 200) {
        const QString name =
            body.value(QStringLiteral("data")).toObject().value(QStringLiteral("name")).toString();
        if (!name.isEmpty()) {
            Q_EMIT succeeded(name);
            return;
        }
        Q_EMIT failed(tr("The server answered, but not like a Dixa API: no organisation name."));
        return;
    }
    if (status == 401 || status == 403) {
        Q_EMIT failed(tr("The API key was refused. Check it in Dixa under Settings → "
                         "Integrations → API Tokens."));
        return;
    }
    if (status != 0) {
        const QString message = body.value(QStringLiteral("message")).toString();
        Q_EMIT failed(tr("The server answered %1: %2").arg(status).arg(message));
        return;
    }
    if (reply->error() == QNetworkReply::OperationCanceledError ||
        reply->error() == QNetworkReply::TimeoutError) {
        Q_EMIT failed(tr("The server did not answer in time. Check the address and your network."));
        return;
    }
    Q_EMIT failed(tr("Cannot reach the server: %1").arg(reply->errorString()));
}
