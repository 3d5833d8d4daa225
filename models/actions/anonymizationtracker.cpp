#include "anonymizationtracker.h"

#include <QTimer>

namespace {
// Errors that asking again will not cure.
bool isPermanent(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::NotFound:
    case ApiError::Kind::Unauthorized:
    case ApiError::Kind::BadRequest:
    case ApiError::Kind::Refused:
        return true;
    default:
        return false;
    }
}
} // namespace

AnonymizationTracker::AnonymizationTracker(const DixaApi &api, QObject *parent)
    : AnonymizationTracker(api, Options(), parent)
{}

AnonymizationTracker::AnonymizationTracker(const DixaApi &api, const Options &options,
                                           QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_options(options)
{}

void AnonymizationTracker::track(const Dixa::AnonymizationRequestStatus &status)
{
    if (status.id.isEmpty() || m_requests.contains(status.id))
        return;
    if (status.isProcessed()) {
        QMetaObject::invokeMethod(
            this, [this, status] { Q_EMIT processed(status, conversationIdOf(status)); },
            Qt::QueuedConnection);
        return;
    }
    m_requests.insert(status.id, Request{status, qMax(1, m_options.firstDelayMs), 0});
    m_order.append(status.id);
    Q_EMIT pendingChanged(int(m_order.size()));
    schedule(status.id);
}

QList<Dixa::AnonymizationRequestStatus> AnonymizationTracker::pending() const
{
    QList<Dixa::AnonymizationRequestStatus> statuses;
    for (const QString &id : m_order)
        statuses.append(m_requests.value(id).status);
    return statuses;
}

qint64 AnonymizationTracker::conversationIdOf(const Dixa::AnonymizationRequestStatus &status)
{
    const QString target = status.targetEntityId;
    bool ok = false;
    qint64 id = 0;
    if (status.type == Dixa::AnonymizationType::Conversation)
        id = target.toLongLong(&ok);
    else if (status.type == Dixa::AnonymizationType::Message)
        id = target.section(QLatin1Char('_'), 0, 0).toLongLong(&ok);
    return ok ? id : 0;
}

int AnonymizationTracker::nextDelayMs(int currentMs, const Options &options)
{
    const qint64 doubled = qint64(qMax(1, currentMs)) * 2;
    return int(qMin<qint64>(doubled, qMax(1, options.maxDelayMs)));
}

void AnonymizationTracker::schedule(const QString &requestId)
{
    const int delay = m_requests.value(requestId).delayMs;
    QTimer::singleShot(delay, this, [this, requestId] { poll(requestId); });
}

void AnonymizationTracker::poll(const QString &requestId)
{
    if (!m_requests.contains(requestId))
        return;
    m_api.anonymizationStatus(requestId).then(
        this, [this, requestId](const ApiOutcome<Dixa::AnonymizationRequestStatus> &result) {
            onStatus(requestId, result);
        });
}

void AnonymizationTracker::onStatus(const QString &requestId,
                                    const ApiOutcome<Dixa::AnonymizationRequestStatus> &result)
{
    auto it = m_requests.find(requestId);
    if (it == m_requests.end())
        return;
    if (!result.ok()) {
        if (isPermanent(result.error) || ++it->failures >= m_options.maxFailures) {
            const Dixa::AnonymizationRequestStatus status = it->status;
            drop(requestId);
            Q_EMIT failed(status, result.error);
            return;
        }
    } else {
        it->failures = 0;
        it->status = *result;
        if (it->status.isProcessed()) {
            const Dixa::AnonymizationRequestStatus status = it->status;
            drop(requestId);
            Q_EMIT processed(status, conversationIdOf(status));
            return;
        }
    }
    it->delayMs = nextDelayMs(it->delayMs, m_options);
    schedule(requestId);
}

void AnonymizationTracker::drop(const QString &requestId)
{
    m_requests.remove(requestId);
    m_order.removeOne(requestId);
    Q_EMIT pendingChanged(int(m_order.size()));
}
