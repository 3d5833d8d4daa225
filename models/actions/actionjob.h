#pragma once

#include "actionoutcome.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>

// One run of a conversation action over one or many conversations. It hands the calls to the
// client a few at a time (so cancelling stops what has not been sent), collects one outcome per
// conversation in the order of the ids, and reports progress and the conversations it changed.
// It starts on the next turn of the event loop, so the caller can connect first; it lives until
// it is deleted (its parent is the ConversationActions that made it).
class ActionJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionJob)

public:
    using Report = std::function<void(const ActionOutcome &)>;
    // Sends the action for one conversation and calls `report` exactly once with its outcome.
    // `previous` is the outcome of the run being retried (empty on a first run), so that a step
    // can resend only what failed. Callbacks must be bound to `context`, which dies with the job.
    using Step = std::function<void(qint64 conversationId, const ActionOutcome &previous,
                                    QObject *context, const Report &report)>;

    // How many changed conversation ids are collected before conversationsChanged() is emitted
    // (it is also emitted after a short quiet time and when the run ends).
    static constexpr int ChangeBatchSize = 25;
    static constexpr int ChangeBatchDelayMs = 300;

    // Duplicate ids are acted on once. `window` is how many calls may be with the client at once.
    ActionJob(const QList<qint64> &conversationIds, const Step &step, int window,
              QObject *parent = nullptr);

    QList<qint64> conversationIds() const { return m_ids; }
    int total() const { return int(m_ids.size()); }
    int doneCount() const { return m_doneCount; }
    bool isFinished() const { return m_finished; }
    bool isCancelled() const { return m_cancelled; }

    // The outcomes of the conversations done so far, in the order of the ids (all of them once
    // finished).
    QList<ActionOutcome> outcomes() const;
    QList<qint64> failedIds() const; // not ok, cancelled included
    QList<qint64> succeededIds() const;

    // Sends nothing more; conversations not sent yet end as Cancelled. Calls already with the
    // client run to their end, since Dixa may have acted on them.
    void cancel();
    // A new run, with the same parameters, for every conversation whose outcome is not a success.
    // Returns nullptr when there is none or this run has not finished.
    ActionJob *retryFailed();

Q_SIGNALS:
    void progress(int done, int total);
    void itemFinished(qint64 conversationId, const ActionOutcome &outcome);
    // Conversations whose server state changed, so the models re-read them (batched).
    void conversationsChanged(const QList<qint64> &conversationIds);
    void finished();
    // retryFailed() made `job`; emitted before it starts so its owner can connect to it.
    void retryCreated(ActionJob *job);

private:
    void start();
    void pump();
    void complete(qsizetype index, const ActionOutcome &outcome);
    void finishIfDone();
    void flushChanges();

    QList<qint64> m_ids;
    Step m_step;
    int m_window = 1;
    // A retry's outcomes of the run it repeats, by index; empty otherwise.
    QList<ActionOutcome> m_previous;
    QList<std::optional<ActionOutcome>> m_outcomes;
    qsizetype m_next = 0; // the first index not handed to the client
    int m_inFlight = 0;
    int m_doneCount = 0;
    bool m_started = false;
    bool m_cancelled = false;
    bool m_finished = false;
    QList<qint64> m_changed; // changed ids not reported yet
    QTimer m_changeTimer;
};
