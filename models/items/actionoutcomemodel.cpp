#include "actionoutcomemodel.h"

#include "conversationlistmodel.h"
#include "itemroles.h"

ActionOutcomeModel::ActionOutcomeModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ActionOutcomeModel::setJob(ActionJob *job)
{
    beginResetModel();
    unfollow();
    m_rows.clear();
    m_rowOf.clear();
    m_counts = {};
    m_runs = 0;
    if (job) {
        const QList<qint64> ids = job->conversationIds();
        m_rows.reserve(ids.size());
        for (const qint64 id : ids) {
            m_rowOf.insert(id, int(m_rows.size()));
            m_rows.append(Row{id, RowState::Waiting, std::nullopt});
        }
        m_counts.at(std::size_t(RowState::Waiting)) = int(m_rows.size());
        // A job may be handed over after some (or all) of its outcomes landed.
        for (const ActionOutcome &outcome : job->outcomes()) {
            const int row = rowOf(outcome.conversationId);
            if (row >= 0)
                setOutcome(row, outcome);
        }
        m_runs = 1;
        follow(job);
    }
    endResetModel();
    Q_EMIT countsChanged();
    Q_EMIT jobChanged(job);
}

void ActionOutcomeModel::setConversations(const ConversationListModel *conversations)
{
    for (const auto &connection : std::as_const(m_listConnections))
        disconnect(connection);
    m_listConnections.clear();
    m_conversations = conversations;
    if (conversations) {
        // Subjects land as the list reads its rows; any change of the list may bring one.
        const auto changed = [this] { emitSubjectsChanged(); };
        m_listConnections = {
            connect(conversations, &QAbstractItemModel::dataChanged, this, changed),
            connect(conversations, &QAbstractItemModel::rowsInserted, this, changed),
            connect(conversations, &QAbstractItemModel::rowsRemoved, this, changed),
            connect(conversations, &QAbstractItemModel::modelReset, this, changed),
            connect(conversations, &QAbstractItemModel::layoutChanged, this, changed),
            connect(conversations, &QObject::destroyed, this, changed),
        };
    }
    emitSubjectsChanged();
}

int ActionOutcomeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ActionOutcomeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionOutcomeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const bool failed = row.state == RowState::Failed || row.state == RowState::Cancelled;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Outcome)
            return outcomeText(row);
        if (const QString subject = subjectOf(row.id); !subject.isEmpty())
            return tr("%1 · %2", "conversation id, subject").arg(row.id).arg(subject);
        return QString::number(row.id);
    case Qt::ToolTipRole:
        if (index.column() == Outcome)
            return failed ? outcomeText(row) : QVariant();
        return subjectOf(row.id).isEmpty() ? QVariant() : QVariant(subjectOf(row.id));
    case ItemRoles::RawValueRole:
        return index.column() == Outcome ? QVariant(int(row.state)) : QVariant(row.id);
    case ItemRoles::ConversationIdRole:
        return row.id;
    case ItemRoles::SubjectRole:
        return subjectOf(row.id);
    case ItemRoles::LoadingRole:
        return row.state == RowState::Waiting;
    case ItemRoles::ErrorRole:
        return failed ? outcomeText(row) : QString();
    default:
        return {};
    }
}

QVariant ActionOutcomeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Conversation:
        return tr("Conversation");
    case Outcome:
        return tr("Outcome");
    default:
        return {};
    }
}

QHash<int, QByteArray> ActionOutcomeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ItemRoles::names());
    return names;
}

void ActionOutcomeModel::follow(ActionJob *job)
{
    m_job = job;
    m_jobConnections = {
        connect(job, &ActionJob::itemFinished, this, &ActionOutcomeModel::onItemFinished),
        connect(job, &ActionJob::retryCreated, this, &ActionOutcomeModel::onRetryCreated),
    };
}

void ActionOutcomeModel::unfollow()
{
    for (const auto &connection : std::as_const(m_jobConnections))
        disconnect(connection);
    m_jobConnections.clear();
    m_job = nullptr;
}

void ActionOutcomeModel::onItemFinished(qint64 conversationId, const ActionOutcome &outcome)
{
    const int row = rowOf(conversationId);
    if (row < 0)
        return;
    setOutcome(row, outcome);
    emitRowsChanged(row, row);
    Q_EMIT countsChanged();
}

void ActionOutcomeModel::onRetryCreated(ActionJob *retry)
{
    unfollow();
    ++m_runs;
    // The retried rows wait again, in place; the rows that succeeded keep their outcome.
    int first = -1;
    int last = -1;
    for (const qint64 id : retry->conversationIds()) {
        const int row = rowOf(id);
        if (row < 0 || m_rows.at(row).state == RowState::Waiting)
            continue;
        setOutcome(row, std::nullopt);
        first = first < 0 ? row : qMin(first, row);
        last = qMax(last, row);
    }
    follow(retry);
    if (first >= 0)
        emitRowsChanged(first, last);
    Q_EMIT countsChanged();
    Q_EMIT jobChanged(retry);
}

void ActionOutcomeModel::setOutcome(int row, const std::optional<ActionOutcome> &outcome)
{
    Row &stored = m_rows[row];
    --m_counts.at(std::size_t(stored.state));
    stored.outcome = outcome;
    if (!outcome)
        stored.state = RowState::Waiting;
    else if (outcome->ok)
        stored.state = RowState::Done;
    else if (outcome->isCancelled())
        stored.state = RowState::Cancelled;
    else
        stored.state = RowState::Failed;
    ++m_counts.at(std::size_t(stored.state));
}

void ActionOutcomeModel::emitRowsChanged(int first, int last)
{
    static const QList<int> roles{Qt::DisplayRole, Qt::ToolTipRole, ItemRoles::RawValueRole,
                                  ItemRoles::LoadingRole, ItemRoles::ErrorRole};
    Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1), roles);
}

void ActionOutcomeModel::emitSubjectsChanged()
{
    if (m_rows.isEmpty())
        return;
    static const QList<int> roles{Qt::DisplayRole, Qt::ToolTipRole, ItemRoles::SubjectRole};
    Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1), roles);
}

QString ActionOutcomeModel::subjectOf(qint64 conversationId) const
{
    if (!m_conversations)
        return {};
    const int row = m_conversations->rowOf(conversationId);
    return row < 0 ? QString() : m_conversations->row(row).subject;
}

QString ActionOutcomeModel::outcomeText(const Row &row) const
{
    switch (row.state) {
    case RowState::Waiting:
        return tr("Waiting");
    case RowState::Done:
        return tr("Done");
    case RowState::Cancelled:
        return tr("Cancelled", "the action was not sent");
    case RowState::Failed:
        return row.outcome->message.isEmpty() ? row.outcome->error.message() : row.outcome->message;
    }
    return {};
}
