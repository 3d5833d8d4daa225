#pragma once

#include "sandboxoptions.h"

#include <QObject>
#include <QThread>
#include <QUrl>

class SandboxServer;

// Runs a SandboxServer on a thread of its own, so that seeding and heavy queries never stall the
// thread that owns the host (the app's GUI thread, or a test's).
class SandboxHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxHost)

public:
    explicit SandboxHost(const SandboxOptions &options, QObject *parent = nullptr);
    ~SandboxHost() override;

    // Starts seeding and listening in the background; started() or failed() follows.
    void start();
    // Starts and blocks the calling thread until the server listens (command-line tool, tests).
    bool startAndWait();

    bool isRunning() const { return m_url.isValid(); }
    QUrl url() const { return m_url; }
    QString apiKey() const { return m_apiKey; }
    QString errorString() const { return m_error; }

Q_SIGNALS:
    void started(const QUrl &url);
    void failed(const QString &reason);

private:
    void startServer();
    void onServerStarted(const QUrl &url, const QString &apiKey, const QString &error);

    SandboxOptions m_options;
    QThread m_thread;
    SandboxServer *m_server = nullptr;
    QUrl m_url;
    QString m_apiKey;
    QString m_error;
};
