#include "sandboxhost.h"

#include "sandboxserver.h"

#include <QSemaphore>

SandboxHost::SandboxHost(const SandboxOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    m_thread.setObjectName(QStringLiteral("sandbox"));
}

SandboxHost::~SandboxHost()
{
    m_thread.quit();
    m_thread.wait();
}

void SandboxHost::start()
{
    if (m_server)
        return;
    m_server = new SandboxServer(m_options);
    m_server->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_server, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(m_server, [this, server = m_server] {
        const bool ok = server->start();
        const QUrl url = ok ? server->url() : QUrl();
        const QString key = server->apiKey();
        const QString error = ok ? QString() : server->errorString();
        QMetaObject::invokeMethod(
            this, [this, url, key, error] { onServerStarted(url, key, error); },
            Qt::QueuedConnection);
    });
}

bool SandboxHost::startAndWait()
{
    if (m_server)
        return isRunning();
    m_server = new SandboxServer(m_options);
    m_server->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_server, &QObject::deleteLater);
    m_thread.start();
    QSemaphore done;
    bool ok = false;
    QMetaObject::invokeMethod(m_server, [&] {
        ok = m_server->start();
        m_url = ok ? m_server->url() : QUrl();
        m_apiKey = m_server->apiKey();
        m_error = ok ? QString() : m_server->errorString();
        done.release();
    });
    done.acquire();
    return ok;
}

void SandboxHost::onServerStarted(const QUrl &url, const QString &apiKey, const QString &error)
{
    m_url = url;
    m_apiKey = apiKey;
    m_error = error;
    if (url.isValid())
        Q_EMIT started(url);
    else
        Q_EMIT failed(error);
}
