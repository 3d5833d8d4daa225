#include "sandboxfixture.h"

#include <QJsonArray>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>

SandboxOptions SandboxFixture::defaultOptions()
{
    SandboxOptions options;
    options.seed = 7;
    options.apiKey = QStringLiteral("test-key");
    options.anonymizeDelayMs = 100;
    return options;
}

SandboxFixture::SandboxFixture(SandboxOptions options)
    : m_host(options)
    , m_network(std::make_unique<QNetworkAccessManager>())
{
    m_host.startAndWait();
}

SandboxFixture::~SandboxFixture() = default;

QByteArray SandboxFixture::Reply::header(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

QByteArray SandboxFixture::toJson(const QJsonValue &value)
{
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

SandboxFixture::Reply SandboxFixture::send(const QByteArray &method, const QString &path,
                                           const QByteArray &body, bool withKey)
{
    QUrl url = QUrl(path);
    if (url.isRelative())
        url = baseUrl().resolved(url);
    QNetworkRequest request(url);
    if (withKey)
        request.setRawHeader("Authorization", apiKey().toUtf8());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_network->sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    Reply result;
    if (!reply->isFinished() && !finished.wait(10000)) {
        reply->abort();
        result.networkError = QStringLiteral("timed out");
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    if (reply->error() != QNetworkReply::NoError && result.status == 0)
        result.networkError = reply->errorString();
    reply->deleteLater();
    return result;
}

SandboxFixture::Reply SandboxFixture::put(const QString &path, const QJsonValue &body)
{
    return send("PUT", path, toJson(body));
}

SandboxFixture::Reply SandboxFixture::patch(const QString &path, const QJsonValue &body)
{
    return send("PATCH", path, toJson(body));
}

SandboxFixture::Reply SandboxFixture::post(const QString &path, const QJsonValue &body)
{
    return send("POST", path, toJson(body));
}

bool SandboxFixture::setFaults(const QJsonObject &plan)
{
    return put(QStringLiteral("/_sandbox/faults"), plan).status == 200;
}

QJsonArray SandboxFixture::requestLog()
{
    return get(QStringLiteral("/_sandbox/requests")).data().toArray();
}

void SandboxFixture::clearRequestLog()
{
    del(QStringLiteral("/_sandbox/requests"));
}
