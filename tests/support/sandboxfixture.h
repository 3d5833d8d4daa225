#pragma once

#include "sandboxhost.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QUrl>

#include <memory>

// A sandbox on 127.0.0.1 (port 0) on its own thread, and a way for tests to talk to it over real
// HTTP through QNetworkAccessManager.
class SandboxFixture
{
public:
    struct Reply
    {
        int status = 0; // 0 when the connection failed
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        QString networkError; // empty when the HTTP exchange completed

        QJsonDocument json() const { return QJsonDocument::fromJson(body); }
        QJsonObject object() const { return json().object(); }
        QJsonValue data() const { return object().value(QStringLiteral("data")); }
        QByteArray header(const QByteArray &name) const;
    };

    explicit SandboxFixture(SandboxOptions options = defaultOptions());
    ~SandboxFixture();

    static SandboxOptions defaultOptions();

    bool isRunning() const { return m_host.isRunning(); }
    QUrl baseUrl() const { return m_host.url(); }
    QString apiKey() const { return m_host.apiKey(); }
    QNetworkAccessManager &network() { return *m_network; }

    // Sends a request and waits (up to 10 s) for the answer. `path` is root-relative
    // ("/v1/agents?pageLimit=5") or absolute. The API key is sent unless `withKey` is false.
    Reply send(const QByteArray &method, const QString &path, const QByteArray &body = {},
               bool withKey = true);
    Reply get(const QString &path) { return send("GET", path); }
    Reply put(const QString &path, const QJsonValue &body);
    Reply patch(const QString &path, const QJsonValue &body);
    Reply post(const QString &path, const QJsonValue &body);
    Reply del(const QString &path) { return send("DELETE", path); }

    // Replaces the fault plan (see FaultInjector::planFromJson) through the control route.
    bool setFaults(const QJsonObject &plan);
    // The requests the sandbox has seen since the last clearRequestLog(), oldest first.
    QJsonArray requestLog();
    void clearRequestLog();

    static QByteArray toJson(const QJsonValue &value);

private:
    SandboxHost m_host;
    std::unique_ptr<QNetworkAccessManager> m_network;
};
