#include "sandboxserver.h"

#include "demo/demoorganization.h"
#include "routes/routes.h"

#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

// A connection the fault plan can cut: once dropped it swallows whatever QHttpServer writes, so the
// client sees the connection close with nothing received.
class DroppableSocket final : public QTcpSocket
{
public:
    using QTcpSocket::QTcpSocket;

    void drop()
    {
        m_dropped = true;
        QMetaObject::invokeMethod(this, &QTcpSocket::abort, Qt::QueuedConnection);
    }

protected:
    qint64 writeData(const char *data, qint64 length) override
    {
        if (m_dropped)
            return length;
        return QTcpSocket::writeData(data, length);
    }

private:
    bool m_dropped = false;
};

// Remembers which connection is delivering the request being handled, so that the fault plan can
// drop exactly that connection. Our readyRead connection is made before QHttpServer's, so it runs
// first for every chunk of a request.
class SocketTrackingServer final : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;
    QPointer<DroppableSocket> current;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new DroppableSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { current = socket; });
        addPendingConnection(socket);
    }
};

namespace {
constexpr qsizetype RequestLogLimit = 20000;

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QStringLiteral("OPTIONS");
    default:
        return QStringLiteral("OTHER");
    }
}

QHttpServerResponse toQt(const SandboxResponse &response)
{
    const auto status = QHttpServerResponse::StatusCode(response.status);
    QByteArray mime = QByteArrayLiteral("application/json");
    for (const auto &header : response.headers) {
        if (header.first.compare("Content-Type", Qt::CaseInsensitive) == 0)
            mime = header.second;
    }
    QHttpServerResponse qt = response.body.isEmpty()
                                 ? QHttpServerResponse(status)
                                 : QHttpServerResponse(mime, response.body, status);
    for (const auto &header : response.headers) {
        if (header.first.compare("Content-Type", Qt::CaseInsensitive) != 0)
            qt.addHeader(header.first, header.second);
    }
    return qt;
}

QString bearerFree(const QByteArray &header)
{
    return QString::fromUtf8(header).trimmed();
}
} // namespace

SandboxServer::SandboxServer(const SandboxOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_http(this)
{
    if (m_options.apiKey.isEmpty())
        m_options.apiKey = generateApiKey();
    m_rateLimiter.setRate(m_options.rateLimit);
    FaultInjector::Plan plan;
    plan.seed = m_options.seed;
    plan.rate = m_options.faultRate;
    plan.latencyMs = m_options.latencyMs;
    m_faults.setPlan(plan);

    m_context = std::make_unique<RouteContext>(RouteContext{
        m_store, m_spec, m_faults, m_options, [this](int delayMs, std::function<void()> task) {
            QTimer::singleShot(delayMs, this, std::move(task));
        }});
    registerAllRoutes(m_router, *m_context);

    // One catch-all route: the pipeline below does its own routing, for both /v1 and /beta.
    m_http.router()->addConverter(QMetaType::fromType<QString>(), QLatin1String(".*"));
    m_http.route(QStringLiteral("/<arg>"),
                 [this](const QString &, const QHttpServerRequest &request) {
                     SandboxRequest sandboxRequest;
                     sandboxRequest.method = request.method();
                     // Encoded, so that an escaped "/" inside an id does not split the path; the
                     // router decodes each parameter after matching.
                     sandboxRequest.path = request.url().path(QUrl::FullyEncoded);
                     sandboxRequest.query = request.query();
                     sandboxRequest.body = request.body();
                     for (const auto &header : request.headers()) {
                         if (header.first.compare("Authorization", Qt::CaseInsensitive) == 0)
                             sandboxRequest.apiKey = bearerFree(header.second);
                     }
                     DroppableSocket *socket = m_tcp ? m_tcp->current.data() : nullptr;
                     return toQt(handle(sandboxRequest, socket));
                 });
}

SandboxServer::~SandboxServer() = default;

QString SandboxServer::generateApiKey()
{
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / 4);
    return QStringLiteral("sandbox-") + QString::fromLatin1(bytes.toHex());
}

bool SandboxServer::start()
{
    DemoOrganization::populate(m_store, m_options.seed, m_options.scale);
    m_tcp = new SocketTrackingServer(this);
    if (!m_tcp->listen(QHostAddress::LocalHost, m_options.port)) {
        m_error = m_tcp->errorString();
        return false;
    }
    m_http.bind(m_tcp);
    return true;
}

QUrl SandboxServer::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_tcp ? m_tcp->serverPort() : m_options.port);
    return url;
}

SandboxResponse SandboxServer::handle(SandboxRequest &request, DroppableSocket *socket)
{
    QString fullPath = request.path;
    while (fullPath.size() > 1 && fullPath.endsWith(QLatin1Char('/')))
        fullPath.chop(1);

    if (request.apiKey != m_options.apiKey) {
        request.path = fullPath;
        const SandboxResponse response = SandboxResponse::message(
            401, request.apiKey.isEmpty()
                     ? QStringLiteral("Missing Authorization header with an API token")
                     : QStringLiteral("User is unauthorized to perform an underlying operation"));
        logRequest(request, response.status);
        return response;
    }

    if (fullPath == QLatin1String("/_sandbox") ||
        fullPath.startsWith(QLatin1String("/_sandbox/"))) {
        request.path = fullPath;
        return handleControl(request);
    }

    for (const QString &prefix : {QStringLiteral("/v1"), QStringLiteral("/beta")}) {
        if (fullPath == prefix || fullPath.startsWith(prefix + QLatin1Char('/'))) {
            request.apiPrefix = prefix;
            request.path = fullPath.mid(prefix.size());
            break;
        }
    }
    if (request.apiPrefix.isEmpty()) {
        request.path = fullPath;
        logRequest(request, 404);
        return SandboxResponse::notFound();
    }

    int retryAfter = 1;
    if (!m_rateLimiter.admit(request.apiKey, &retryAfter)) {
        SandboxResponse response =
            SandboxResponse::message(429, QStringLiteral("Too many requests"));
        response.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter)});
        logRequest(request, response.status);
        return response;
    }

    const FaultInjector::Decision fault = m_faults.next(methodName(request.method), request.path);
    if (fault.extraLatencyMs > 0)
        QThread::msleep(ulong(fault.extraLatencyMs));

    SandboxResponse response;
    switch (fault.kind) {
    case FaultInjector::Kind::RateLimited:
        response = SandboxResponse::message(429, QStringLiteral("Too many requests"));
        response.headers.append(
            {QByteArrayLiteral("Retry-After"), QByteArray::number(fault.retryAfterSeconds)});
        break;
    case FaultInjector::Kind::ServerError:
        response = SandboxResponse::message(
            500, QStringLiteral("There was an internal server error while processing the request"));
        break;
    case FaultInjector::Kind::Unavailable:
        response = SandboxResponse::message(503, QStringLiteral("Service temporarily unavailable"));
        break;
    case FaultInjector::Kind::Drop:
        if (socket)
            socket->drop();
        response = SandboxResponse::message(500, QStringLiteral("connection dropped"));
        break;
    default:
        response = m_router.dispatch(request);
        break;
    }

    if (fault.kind == FaultInjector::Kind::MalformedJson) {
        response.status = 200;
        response.body = QByteArrayLiteral("{\"data\": [<html>Bad gateway</html>");
    } else if (fault.kind == FaultInjector::Kind::TruncatedJson) {
        if (response.body.isEmpty())
            response.body = QByteArrayLiteral("{\"data\": {}}");
        response.status = 200;
        response.body.truncate(response.body.size() / 2);
        if (response.headers.isEmpty())
            response.headers.append(
                {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    }
    logRequest(request, fault.kind == FaultInjector::Kind::Drop ? 0 : response.status);
    return response;
}

void SandboxServer::logRequest(const SandboxRequest &request, int status)
{
    if (m_requestLog.size() >= RequestLogLimit)
        m_requestLog.removeFirst();
    m_requestLog.append(QJsonObject{
        {QStringLiteral("method"), methodName(request.method)},
        {QStringLiteral("path"), QString(request.apiPrefix + request.path)},
        {QStringLiteral("status"), status},
    });
}

SandboxResponse SandboxServer::handleControl(const SandboxRequest &request)
{
    using Method = QHttpServerRequest::Method;
    const QString &path = request.path;
    if (path == QLatin1String("/_sandbox/faults")) {
        if (request.method == Method::Get)
            return SandboxResponse::data(m_faults.toJson());
        if (request.method == Method::Delete) {
            FaultInjector::Plan plan;
            plan.seed = m_options.seed;
            m_faults.setPlan(plan);
            return SandboxResponse::noContent();
        }
        if (request.method == Method::Put) {
            const auto json = request.json();
            QString error;
            const auto plan = json && json->isObject()
                                  ? FaultInjector::planFromJson(json->toObject(), &error)
                                  : std::nullopt;
            if (!plan) {
                return SandboxResponse::badRequest(
                    error.isEmpty() ? SandboxText::invalidBody(QStringLiteral("not JSON")) : error);
            }
            m_faults.setPlan(*plan);
            return SandboxResponse::data(m_faults.toJson());
        }
    } else if (path == QLatin1String("/_sandbox/requests")) {
        if (request.method == Method::Get)
            return SandboxResponse::data(m_requestLog);
        if (request.method == Method::Delete) {
            m_requestLog = QJsonArray();
            return SandboxResponse::noContent();
        }
    } else if (path == QLatin1String("/_sandbox/settings")) {
        if (request.method == Method::Put) {
            const QJsonObject json = request.json().value_or(QJsonValue()).toObject();
            if (json.contains(QStringLiteral("rateLimit"))) {
                m_options.rateLimit = qMax(0, json.value(QStringLiteral("rateLimit")).toInt());
                m_rateLimiter.setRate(m_options.rateLimit);
            }
            if (json.contains(QStringLiteral("anonymizeDelayMs")))
                m_options.anonymizeDelayMs =
                    qMax(0, json.value(QStringLiteral("anonymizeDelayMs")).toInt());
        }
        if (request.method == Method::Put || request.method == Method::Get) {
            return SandboxResponse::data(QJsonObject{
                {QStringLiteral("rateLimit"), m_options.rateLimit},
                {QStringLiteral("anonymizeDelayMs"), m_options.anonymizeDelayMs},
                {QStringLiteral("seed"), qint64(m_options.seed)},
                {QStringLiteral("scale"), m_options.scale},
            });
        }
    } else if (path == QLatin1String("/_sandbox/routes") && request.method == Method::Get) {
        return SandboxResponse::data(QJsonArray::fromStringList(m_router.routeList()));
    } else {
        return SandboxResponse::notFound();
    }
    return SandboxResponse::message(405, QStringLiteral("Method not allowed"));
}
