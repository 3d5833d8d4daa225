#include "dixaclient.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>

struct DixaClient::Call
{
    enum class State { Queued, InFlight, Waiting, Done };
    State state = State::Waiting;
    QPointer<ApiJob> job;
    ApiRequest request; // the page being fetched now
    ApiResult result;
    int retries = 0; // for the current page
    QPointer<QNetworkReply> reply;
};

namespace {
// Retry-After is either seconds or an HTTP date.
int retryAfterMs(const QByteArray &header)
{
    bool ok = false;
    const int seconds = header.trimmed().toInt(&ok);
    if (ok)
        return qMax(0, seconds) * 1000;
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(header), Qt::RFC2822Date);
    if (when.isValid())
        return int(qMax<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when)));
    return -1;
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(a.scheme() == QLatin1String("https") ? 443 : 80) ==
               b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}
} // namespace

DixaClient::DixaClient(QNetworkAccessManager &network, const ApiEndpoint &endpoint,
                       const Options &options, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_endpoint(endpoint)
    , m_options(options)
    , m_gate(options.limits)
{
    m_pumpTimer.setSingleShot(true);
    connect(&m_pumpTimer, &QTimer::timeout, this, &DixaClient::pump);
}

DixaClient::DixaClient(QNetworkAccessManager &network, const ApiEndpoint &endpoint, QObject *parent)
    : DixaClient(network, endpoint, Options(), parent)
{}

DixaClient::~DixaClient()
{
    // Aborting finishes each reply at once: nothing queued may start and no answer may reach a
    // handler while the client (and whatever owns it) is being taken apart.
    m_closing = true;
    m_queue.clear();
    m_pumpTimer.stop();
    for (QNetworkReply *reply : findChildren<QNetworkReply *>())
        reply->abort();
}

int DixaClient::pendingCount() const
{
    return m_live;
}

ApiJob *DixaClient::send(const ApiRequest &request)
{
    auto *job = new ApiJob(request, this);
    auto call = std::make_shared<Call>();
    ++m_live;
    call->job = job;
    call->request = request;
    connect(job, &ApiJob::cancelRequested, this, [this, call] {
        if (call->state == Call::State::InFlight && call->reply && !call->reply->isFinished())
            call->reply->abort(); // onFinished sees the cancel and ends the job
        else
            finish(call, ApiError{ApiError::Kind::Cancelled, 0, {}, {}});
    });

    const QString refusal = ApiEndpoint::refusalReason(m_endpoint.baseUrl);
    if (!refusal.isEmpty()) {
        QTimer::singleShot(0, this, [this, call, refusal] {
            finish(call, ApiError{ApiError::Kind::Refused, 0, {}, refusal});
        });
        return job;
    }
    enqueue(call);
    return job;
}

void DixaClient::enqueue(const std::shared_ptr<Call> &call)
{
    call->state = Call::State::Queued;
    m_queue.push_back(call);
    Q_EMIT activityChanged(pendingCount());
    // Deferred so that send() returns before anything can finish.
    if (!m_pumpTimer.isActive())
        m_pumpTimer.start(0);
}

void DixaClient::pump()
{
    while (!m_closing && !m_queue.empty()) {
        const std::shared_ptr<Call> call = m_queue.front();
        if (call->state != Call::State::Queued || !call->job) {
            m_queue.pop_front();
            continue;
        }
        const qint64 wait = m_gate.tryAcquire();
        if (wait < 0)
            return; // at the in-flight cap: a finishing call pumps again
        if (wait > 0) {
            m_pumpTimer.start(int(wait));
            return;
        }
        m_queue.pop_front();
        call->state = Call::State::InFlight;
        start(call);
    }
}

QUrl DixaClient::urlFor(const ApiRequest &request, QString *refusal) const
{
    if (request.pageLink.isEmpty()) {
        QUrl url = m_endpoint.url(request.path);
        if (!request.query.isEmpty())
            url.setQuery(request.query);
        return url;
    }
    // The link is used as the server wrote it: its page key is opaque and must not be re-encoded.
    const QUrl link = QUrl::fromEncoded(request.pageLink.toUtf8(), QUrl::StrictMode);
    const QUrl url = link.isRelative() ? m_endpoint.baseUrl.resolved(link) : link;
    if (!url.isValid() || !sameOrigin(url, m_endpoint.baseUrl)) {
        *refusal = tr("Dixa's next-page link points away from %1; it was not followed, so the "
                      "API key stays with Dixa.")
                       .arg(m_endpoint.baseUrl.host());
        return {};
    }
    return url;
}

void DixaClient::start(const std::shared_ptr<Call> &call)
{
    QString refusal;
    const QUrl url = urlFor(call->request, &refusal);
    if (!refusal.isEmpty()) {
        m_gate.release();
        call->state = Call::State::Waiting;
        finish(call, ApiError{ApiError::Kind::Refused, 0, {}, refusal});
        pump();
        return;
    }
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", m_endpoint.apiKey.toUtf8());
    request.setRawHeader("Accept", "application/json");
    const QByteArray body = call->request.encodedBody();
    if (call->request.body)
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    request.setTransferTimeout(m_options.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);

    ++call->result.attempts;
    QNetworkReply *reply = m_network.sendCustomRequest(request, call->request.verb(), body);
    reply->setParent(this);
    call->reply = reply;
    connect(reply, &QNetworkReply::finished, this,
            [this, call, reply] { onFinished(call, reply); });
}

int DixaClient::backoffMs(int attempt) const
{
    const qint64 delay = qint64(m_options.backoffBaseMs) << qMin(attempt, 16);
    return int(qMin<qint64>(delay, m_options.maxBackoffMs));
}

void DixaClient::retryLater(const std::shared_ptr<Call> &call, int delayMs)
{
    ++call->retries;
    call->state = Call::State::Waiting;
    QTimer::singleShot(delayMs, this, [this, call] {
        if (call->state != Call::State::Waiting)
            return; // cancelled meanwhile
        enqueue(call);
    });
}

void DixaClient::onFinished(const std::shared_ptr<Call> &call, QNetworkReply *reply)
{
    reply->deleteLater();
    call->reply = nullptr;
    m_gate.release();
    if (m_closing)
        return;
    if (call->state == Call::State::Done) {
        pump(); // cancelled after the answer arrived but before it was handled
        return;
    }
    call->state = Call::State::Waiting;
    pump();

    if (!call->job)
        return finish(call, ApiError{ApiError::Kind::Cancelled, 0, {}, {}});
    if (call->job->isCancelled())
        return finish(call, ApiError{ApiError::Kind::Cancelled, 0, {}, {}});

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray bytes = reply->readAll();
    const bool mayRetry = call->retries < m_options.maxRetries;
    call->result.httpStatus = status;

    if (status == 0) {
        const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError ||
                              reply->error() == QNetworkReply::TimeoutError;
        ApiError error{timedOut ? ApiError::Kind::Timeout : ApiError::Kind::Network,
                       0,
                       {},
                       reply->errorString()};
        if (mayRetry && call->request.isIdempotent())
            return retryLater(call, backoffMs(call->retries));
        return finish(call, error);
    }

    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (status < 200 || status > 299) {
        const QString message = document.object().value(QStringLiteral("message")).toString();
        const ApiError error = ApiError::fromHttpStatus(status, message);
        if (status == 429 && mayRetry) {
            int delay = retryAfterMs(reply->rawHeader("Retry-After"));
            if (delay < 0)
                delay = backoffMs(call->retries);
            return retryLater(call, qMin(delay, m_options.maxRetryAfterMs));
        }
        if (error.kind == ApiError::Kind::Server && mayRetry && call->request.isIdempotent())
            return retryLater(call, backoffMs(call->retries));
        return finish(call, error);
    }

    if (bytes.trimmed().isEmpty()) {
        call->result.body = QJsonValue(QJsonValue::Undefined);
        return finish(call, ApiError());
    }
    if (parseError.error != QJsonParseError::NoError) {
        return finish(call, ApiError::decode(QString(), tr("not valid JSON (%1 at byte %2)")
                                                            .arg(parseError.errorString())
                                                            .arg(parseError.offset)));
    }

    const QJsonValue body =
        document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    call->result.body = body;
    const QJsonValue data = body.toObject().value(QStringLiteral("data"));
    call->result.nextPage = body.toObject()
                                .value(QStringLiteral("meta"))
                                .toObject()
                                .value(QStringLiteral("next"))
                                .toString();
    ++call->result.pages;
    if (data.isArray()) {
        const QJsonArray items = data.toArray();
        for (const QJsonValue &item : items)
            call->result.items.append(item);
        Q_EMIT call->job->pageLoaded(items);
    }
    if (call->request.allPages && !call->result.nextPage.isEmpty()) {
        if (!data.isArray())
            return finish(call, ApiError::decode(QStringLiteral("data"), tr("expected a list")));
        call->request = call->request.nextPage(call->result.nextPage);
        call->retries = 0;
        return enqueue(call);
    }
    finish(call, ApiError());
}

void DixaClient::finish(const std::shared_ptr<Call> &call, const ApiError &error)
{
    if (call->state == Call::State::Done)
        return;
    call->state = Call::State::Done; // a queued entry is skipped by pump()
    --m_live;
    Q_EMIT activityChanged(pendingCount());
    if (!call->job)
        return;
    call->result.error = error;
    call->job->finish(call->result);
}
