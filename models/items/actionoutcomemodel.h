#pragma once

#include "actions/actionjob.h"
#include "actions/actionoutcome.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QMetaObject>
#include <QPointer>

#include <array>
#include <optional>

class ConversationListModel;

// One action over many conversations as a table: a row per conversation of the job, in the job's
// order, with what became of it. It follows the job live, and then the retries made from it, whose
// outcomes land in the rows they repeat.
//
// Roles (ItemRoles): RawValueRole (the id; for the Outcome column the RowState as int),
// ConversationIdRole, SubjectRole (empty without a conversation list), LoadingRole (still
// waiting), ErrorRole (the server's message of a failed row, "Cancelled" for a cancelled one,
// empty otherwise).
class ActionOutcomeModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionOutcomeModel)

public:
    enum Column { Conversation, Outcome, ColumnCount };
    Q_ENUM(Column)

    // What became of one conversation so far. Cancelled: the action was never sent for it.
    enum class RowState { Waiting, Done, Failed, Cancelled };
    Q_ENUM(RowState)

    explicit ActionOutcomeModel(QObject *parent = nullptr);

    // Shows `job` (a reset): its conversations, the outcomes it already has, and the rest as they
    // land. nullptr empties the model. The job is not owned.
    void setJob(ActionJob *job);
    // The run followed now: the job given, or the latest retry made from it.
    ActionJob *job() const { return m_job; }
    // 1 for the job given, one more for every retry followed since; 0 without a job.
    int runCount() const { return m_runs; }

    // Where the subjects come from (optional, not owned); rows of conversations the list does not
    // hold show the id only.
    void setConversations(const ConversationListModel *conversations);

    int doneCount() const { return count(RowState::Done); }
    int failedCount() const { return count(RowState::Failed); } // cancelled ones not included
    int cancelledCount() const { return count(RowState::Cancelled); }
    int waitingCount() const { return count(RowState::Waiting); }

    qint64 conversationId(int row) const { return m_rows.at(row).id; }
    RowState state(int row) const { return m_rows.at(row).state; }
    // The latest outcome of the row's conversation; none while it waits.
    std::optional<ActionOutcome> outcome(int row) const { return m_rows.at(row).outcome; }
    int rowOf(qint64 conversationId) const { return m_rowOf.value(conversationId, -1); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    // The done, failed, cancelled or waiting count changed.
    void countsChanged();
    // The model follows another run: setJob(), or a retry made from the run it followed.
    void jobChanged(ActionJob *job);

private:
    struct Row
    {
        qint64 id = 0;
        RowState state = RowState::Waiting;
        std::optional<ActionOutcome> outcome;
    };

    void follow(ActionJob *job);
    void unfollow();
    void onItemFinished(qint64 conversationId, const ActionOutcome &outcome);
    void onRetryCreated(ActionJob *retry);
    // Stores the outcome (or none: waiting again) and keeps the counts; no signals.
    void setOutcome(int row, const std::optional<ActionOutcome> &outcome);
    void emitRowsChanged(int first, int last);
    void emitSubjectsChanged();

    int count(RowState state) const { return m_counts.at(std::size_t(state)); }
    QString subjectOf(qint64 conversationId) const;
    QString outcomeText(const Row &row) const;

    QList<Row> m_rows;
    QHash<qint64, int> m_rowOf;
    std::array<int, 4> m_counts{};
    QPointer<ActionJob> m_job;
    int m_runs = 0;
    QList<QMetaObject::Connection> m_jobConnections;
    QPointer<const ConversationListModel> m_conversations;
    QList<QMetaObject::Connection> m_listConnections;
};
