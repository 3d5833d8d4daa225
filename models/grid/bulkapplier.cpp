#include "bulkapplier.h"

#include "api/apierror.h"
#include "api/apijob.h"
#include "profilegridmodel.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>

BulkApplier::BulkApplier(ProfileGridModel &model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{}

BulkApplier::~BulkApplier() = default;

int BulkApplier::pendingCount() const
{
    return int(m_model.rowsToApply(false).size());
}

int BulkApplier::failedCount() const
{
    return int(m_model.rowsToApply(true).size());
}

bool BulkApplier::apply()
{
    return start(false);
}

bool BulkApplier::retryFailed()
{
    return start(true);
}

void BulkApplier::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    if (!m_waiting)
        sendNext(); // counts what is left and finishes
}

bool BulkApplier::start(bool failedOnly)
{
    if (m_running)
        return false;
    const QList<int> rows = m_model.rowsToApply(failedOnly);
    if (rows.isEmpty())
        return false;
    ++m_run;
    m_summary = {};
    m_summary.total = int(rows.size());
    for (int row : m_model.stagedRows()) {
        if (m_model.rowStatus(row) == GridRoles::RowStatus::Invalid)
            ++m_summary.invalid;
    }
    m_done = 0;
    m_reported = 0;
    m_next = 0;
    m_cancelled = false;
    m_running = true;
    m_queue.clear();
    m_queue.reserve(rows.size());
    for (int row : rows)
        m_queue.append(m_model.idAt(row));
    Q_EMIT started(m_summary.total);
    sendNext();
    return true;
}

void BulkApplier::sendNext()
{
    if (m_cancelled) {
        m_summary.cancelled = true;
        m_summary.notSent = int(m_queue.size() - m_next);
        m_next = m_queue.size();
        finish();
        return;
    }
    // Rows are taken as they are now: an edit made since the start is sent, a row reverted or
    // made invalid meanwhile is skipped.
    const QList<int> ready = m_model.rowsToApply(false);
    const QSet<int> sendable(ready.cbegin(), ready.cend());
    QStringList ids;
    QList<QJsonObject> items;
    while (m_next < m_queue.size() && ids.size() < m_chunkSize) {
        const QString &id = m_queue.at(m_next++);
        const int row = m_model.rowOf(id);
        if (row < 0 || !sendable.contains(row)) {
            ++m_summary.skipped;
            ++m_done;
            continue;
        }
        ids.append(id);
        items.append(m_model.payload(row));
    }
    if (ids.isEmpty()) {
        reportProgress(); // rows skipped at the end
        finish();
        return;
    }
    m_model.markSaving(ids);
    m_waiting = true;
    const quint64 run = m_run;
    m_job = m_model.sendUpdates(
        items, this, [this, run, ids](const ApiError &error, const QList<RowOutcome> &outcomes) {
            if (run == m_run)
                chunkAnswered(ids, error, outcomes);
        });
}

void BulkApplier::chunkAnswered(const QStringList &ids, const ApiError &error,
                                const QList<RowOutcome> &outcomes)
{
    m_waiting = false;
    m_job = nullptr;
    QList<RowOutcome> mapped;
    mapped.reserve(ids.size());
    if (error.isError()) {
        const QString message = error.message();
        for (const QString &id : ids)
            mapped.append(RowOutcome{id, false, {}, message});
    } else if (outcomes.size() == ids.size()) {
        // Dixa answers in request order.
        for (qsizetype i = 0; i < ids.size(); ++i) {
            mapped.append(outcomes.at(i));
            mapped.last().id = ids.at(i);
        }
    } else {
        // Not one answer per item: match what can be matched by id; the rest failed.
        QHash<QString, RowOutcome> byId;
        for (const RowOutcome &outcome : outcomes)
            byId.insert(outcome.id, outcome);
        for (const QString &id : ids) {
            const auto it = byId.constFind(id);
            mapped.append(
                it != byId.cend()
                    ? *it
                    : RowOutcome{id, false, {}, tr("The server did not answer for this profile.")});
        }
    }
    for (const RowOutcome &outcome : std::as_const(mapped)) {
        if (outcome.succeeded)
            ++m_summary.succeeded;
        else
            ++m_summary.failed;
    }
    m_done += int(ids.size());
    m_model.applyOutcomes(mapped);
    reportProgress();
    sendNext();
}

void BulkApplier::reportProgress()
{
    if (m_done == m_reported)
        return;
    m_reported = m_done;
    Q_EMIT progress(m_done, m_summary.total);
}

void BulkApplier::finish()
{
    m_running = false;
    m_waiting = false;
    Q_EMIT finished(m_summary);
}
