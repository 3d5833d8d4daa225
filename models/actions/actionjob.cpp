#include "actionjob.h"

#include <QSet>

#include <utility>

ActionJob::ActionJob(const QList<qint64> &conversationIds, const Step &step, int window,
                     QObject *parent)
    : QObject(parent)
    , m_step(step)
    , m_window(qMax(1, window))
{
    QSet<qint64> seen;
    for (const qint64 id : conversationIds) {
        if (!seen.contains(id)) {
            seen.insert(id);
            m_ids.append(id);
        }
    }
    m_outcomes.resize(m_ids.size());
    m_changeTimer.setSingleShot(true);
    m_changeTimer.setInterval(ChangeBatchDelayMs);
    connect(&m_changeTimer, &QTimer::timeout, this, &ActionJob::flushChanges);
    QMetaObject::invokeMethod(this, &ActionJob::start, Qt::QueuedConnection);
}

QList<ActionOutcome> ActionJob::outcomes() const
{
    QList<ActionOutcome> done;
    for (const auto &outcome : m_outcomes) {
        if (outcome)
            done.append(*outcome);
    }
    return done;
}

QList<qint64> ActionJob::failedIds() const
{
    QList<qint64> ids;
    for (const auto &outcome : m_outcomes) {
        if (outcome && !outcome->ok)
            ids.append(outcome->conversationId);
    }
    return ids;
}

QList<qint64> ActionJob::succeededIds() const
{
    QList<qint64> ids;
    for (const auto &outcome : m_outcomes) {
        if (outcome && outcome->ok)
            ids.append(outcome->conversationId);
    }
    return ids;
}

void ActionJob::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    for (qsizetype index = m_next; index < m_ids.size(); ++index)
        complete(index, ActionOutcome::cancelled(m_ids.at(index)));
    m_next = m_ids.size();
    finishIfDone();
}

ActionJob *ActionJob::retryFailed()
{
    if (!m_finished)
        return nullptr;
    QList<qint64> ids;
    QList<ActionOutcome> previous;
    for (const auto &outcome : m_outcomes) {
        if (outcome && !outcome->ok) {
            ids.append(outcome->conversationId);
            previous.append(*outcome);
        }
    }
    if (ids.isEmpty())
        return nullptr;
    auto *retry = new ActionJob(ids, m_step, m_window, parent());
    retry->m_previous = previous;
    Q_EMIT retryCreated(retry);
    return retry;
}

void ActionJob::start()
{
    if (m_started)
        return;
    m_started = true;
    Q_EMIT progress(m_doneCount, total());
    pump();
    finishIfDone();
}

void ActionJob::pump()
{
    while (!m_cancelled && m_inFlight < m_window && m_next < m_ids.size()) {
        const qsizetype index = m_next++;
        ++m_inFlight;
        const ActionOutcome previous =
            index < m_previous.size() ? m_previous.at(index) : ActionOutcome();
        m_step(m_ids.at(index), previous, this, [this, index](const ActionOutcome &outcome) {
            if (m_outcomes.at(index))
                return; // a step that reports twice: the first report stands
            --m_inFlight;
            complete(index, outcome);
            pump();
            finishIfDone();
        });
    }
}

void ActionJob::complete(qsizetype index, const ActionOutcome &outcome)
{
    if (m_outcomes.at(index))
        return;
    ActionOutcome stored = outcome;
    stored.conversationId = m_ids.at(index);
    m_outcomes[index] = stored;
    ++m_doneCount;
    if (stored.changed) {
        m_changed.append(stored.conversationId);
        if (m_changed.size() >= ChangeBatchSize)
            flushChanges();
        else if (!m_changeTimer.isActive())
            m_changeTimer.start();
    }
    Q_EMIT itemFinished(stored.conversationId, stored);
    Q_EMIT progress(m_doneCount, total());
}

void ActionJob::finishIfDone()
{
    if (m_finished || !m_started || m_inFlight > 0 || m_doneCount < total())
        return;
    m_finished = true;
    flushChanges();
    Q_EMIT finished();
}

void ActionJob::flushChanges()
{
    m_changeTimer.stop();
    if (m_changed.isEmpty())
        return;
    const QList<qint64> changed = std::exchange(m_changed, {});
    Q_EMIT conversationsChanged(changed);
}
