#pragma once

#include "datastore.h"
#include "faultinjector.h"
#include "ratelimiter.h"
#include "router.h"
#include "routes/routecontext.h"
#include "sandboxoptions.h"
#include "specvalidator.h"

#include <QHttpServer>
#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

class DroppableSocket;
class SocketTrackingServer;

// A Dixa-compatible HTTP server on 127.0.0.1 with a seeded demo organisation. Every request goes
// through the same pipeline: version prefix, API key, rate limit, fault plan, route.
// Lives on one thread; SandboxHost runs it on a thread of its own.
class SandboxServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    explicit SandboxServer(const SandboxOptions &options, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Seeds the organisation and starts listening; false (with errorString()) on failure.
    bool start();
    QString errorString() const { return m_error; }

    QUrl url() const;
    QString apiKey() const { return m_options.apiKey; }
    const SandboxOptions &options() const { return m_options; }
    DataStore &store() { return m_store; }
    QStringList routeList() const { return m_router.routeList(); }

    static QString generateApiKey();

private:
    SandboxResponse handle(SandboxRequest &request, DroppableSocket *socket);
    SandboxResponse handleControl(const SandboxRequest &request);
    void logRequest(const SandboxRequest &request, int status);

    SandboxOptions m_options;
    DataStore m_store;
    SpecValidator m_spec;
    FaultInjector m_faults;
    RateLimiter m_rateLimiter;
    Router m_router;
    std::unique_ptr<RouteContext> m_context;
    QHttpServer m_http;
    SocketTrackingServer *m_tcp = nullptr;
    QJsonArray m_requestLog;
    QString m_error;
};
