#pragma once

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QStringList>

struct ApiError;
class ApiJob;
class ProfileGridModel;
struct RowOutcome;

// Sends the valid staged rows of a profile grid through its bulk update endpoint, a chunk at a
// time, and maps each item's outcome back to its row (ProfileGridModel::applyOutcomes). Invalid
// rows are skipped and stay staged. Cancel stops before the next chunk: the chunk in flight is
// answered and mapped, since the server may already have applied it.
class BulkApplier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkApplier)

public:
    // 100 items a call. Chunks go one after another and Dixa allows 10 calls a second, so the
    // call count sets the pace: with the real limit, 1,000 end users take about 10 s in chunks of
    // 10, 1.1 s in chunks of 100 and 0.2 s in one call (bench_bulkapply). Beyond 100 the gain is
    // a second at most, while a call that fails as a whole fails (and resends) more rows, progress
    // and Cancel get coarser, and a body of hundreds of items nears the 30 s time-out on a Dixa
    // whose time per item is not documented. A body of 100 items is about 40 KB.
    static constexpr int DefaultChunkSize = 100;

    struct Summary
    {
        int total = 0;     // rows planned
        int succeeded = 0; // confirmed by the server
        int failed = 0;    // refused, item by item or with their whole chunk
        int invalid = 0;   // staged but refused by the spec: not sent, left staged
        int skipped = 0;   // no longer valid or staged when their chunk was sent
        int notSent = 0;   // left unsent by cancel()
        bool cancelled = false;
    };

    explicit BulkApplier(ProfileGridModel &model, QObject *parent = nullptr);
    ~BulkApplier() override;

    int chunkSize() const { return m_chunkSize; }
    void setChunkSize(int size) { m_chunkSize = qMax(1, size); }
    bool isRunning() const { return m_running; }
    const Summary &summary() const { return m_summary; }
    // How many rows apply() would send now (valid, staged, not saving).
    int pendingCount() const;
    int failedCount() const;

    // Sends every valid staged row; false (and no signal) when there is none or a run is going.
    bool apply();
    // Sends only the rows the server refused last time.
    bool retryFailed();
    void cancel();

Q_SIGNALS:
    void started(int total);
    // Rows answered (or skipped) so far.
    void progress(int done, int total);
    void finished(const BulkApplier::Summary &summary);

private:
    bool start(bool failedOnly);
    void sendNext();
    void chunkAnswered(const QStringList &ids, const ApiError &error,
                       const QList<RowOutcome> &outcomes);
    void reportProgress();
    void finish();

    ProfileGridModel &m_model;
    int m_chunkSize = DefaultChunkSize;
    QStringList m_queue; // the ids planned, in row order; those from m_next on are unsent
    qsizetype m_next = 0;
    QPointer<ApiJob> m_job;
    Summary m_summary;
    int m_done = 0;
    int m_reported = 0; // m_done as progress() last said it
    quint64 m_run = 0;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_waiting = false; // a chunk's answer is due
};

Q_DECLARE_METATYPE(BulkApplier::Summary)
