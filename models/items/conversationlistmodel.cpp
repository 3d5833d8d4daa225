#include "conversationlistmodel.h"

#include "api/dixaapi.h"
#include "conversationreader.h"
#include "itemtext.h"

namespace {

QVariant timeOrNothing(qint64 ms)
{
    return ms == 0 ? QVariant() : QVariant(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
}

} // namespace

ConversationListModel::ConversationListModel(DixaApi &api, QObject *parent)
    : ApiTableModel(api, parent)
    , m_reader(new ConversationReader(api, this))
{
    connect(m_reader, &ConversationReader::conversationRead, this,
            &ConversationListModel::onConversationRead);
    connect(m_reader, &ConversationReader::readFailed, this, &ConversationListModel::onReadFailed);
    connect(m_reader, &ConversationReader::idle, this, &ConversationListModel::onReaderIdle);
    // Requester names land one by one; one pass over the rows for all that landed together.
    m_namesTimer.setSingleShot(true);
    m_namesTimer.setInterval(0);
    connect(&m_namesTimer, &QTimer::timeout, this, &ConversationListModel::applyPendingNames);
}

ConversationListModel::~ConversationListModel() = default;

const QList<int> &ConversationListModel::contentRoles()
{
    static const QList<int> roles{Qt::DisplayRole,
                                  ItemRoles::RawValueRole,
                                  ItemRoles::EntityRole,
                                  ItemRoles::StateRole,
                                  ItemRoles::QueueIdRole,
                                  ItemRoles::AssigneeIdRole,
                                  ItemRoles::RequesterIdRole,
                                  ItemRoles::ChannelRole,
                                  ItemRoles::DirectionRole,
                                  ItemRoles::TagIdsRole,
                                  ItemRoles::CreatedAtRole,
                                  ItemRoles::LastActivityRole,
                                  ItemRoles::SubjectRole,
                                  ItemRoles::SearchTextRole};
    return roles;
}

const QList<int> &ConversationListModel::stateRoles()
{
    static const QList<int> roles{ItemRoles::LoadingRole, ItemRoles::StaleRole,
                                  ItemRoles::ErrorRole};
    return roles;
}

void ConversationListModel::setSearch(const Dixa::SearchParametersInput &search)
{
    ++m_pageGeneration; // first: a cancelled call reports at once and must be seen as old
    std::exchange(m_pageCall, {}).cancel();
    m_reader->cancelAll();
    beginResetModel();
    m_search = search;
    m_rows.clear();
    m_rowOf.clear();
    m_rowErrors.clear();
    m_searchTexts.clear();
    m_liveSearchChars = 0;
    m_refresh.reset();
    m_nextPage.clear();
    m_pagesLoaded = 0;
    m_started = false;
    m_failed = false;
    m_refreshReads = false;
    endResetModel();
    setError({});
    setStale(false);
    updateLoading();
}

void ConversationListModel::setNames(NameKind kind, const QHash<QString, QString> &names)
{
    m_names.set(kind, names);
    applyNames({}, kind, true);
}

QModelIndex ConversationListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= m_rows.size() || column >= ColumnCount)
        return {};
    return createIndex(row, column);
}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConversationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConversationListModel::columnData(const ConversationRow &row, int column, bool raw) const
{
    const auto nameOrId = [this](NameKind kind, const QString &id) {
        const QString name = m_names.name(kind, id);
        return name.isEmpty() ? id : name;
    };
    switch (Column(column)) {
    case Id:
        return row.id;
    case Subject:
        return row.subject;
    case Requester:
        return m_names.requester(row.requesterId);
    case Channel:
        return raw ? row.channelText() : ItemText::channel(row.channel, row.channelText());
    case State:
        if (raw)
            return int(row.state);
        return ItemText::state(row.state, row.stateText());
    case Queue:
        return nameOrId(NameKind::Queue, row.queueId);
    case Assignee:
        return nameOrId(NameKind::Agent, row.assigneeId);
    case Tags:
        return ItemText::list(m_names.tagNames(row));
    case Created:
        return ItemText::time(row.createdAtMs, raw);
    case LastActivity:
        return ItemText::time(row.lastActivityMs, raw);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConversationRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return columnData(row, index.column(), false);
    case ItemRoles::RawValueRole:
        return columnData(row, index.column(), true);
    case ItemRoles::LoadingRole:
        return row.has(ConversationRow::Loading);
    case ItemRoles::StaleRole:
        return row.has(ConversationRow::Stale);
    case ItemRoles::ErrorRole:
        return row.has(ConversationRow::Failed) ? m_rowErrors.value(row.id).message() : QString();
    case ItemRoles::EntityRole:
        if (const auto entity = row.entity())
            return QVariant::fromValue(*entity);
        return {};
    case ItemRoles::ConversationIdRole:
        return row.id;
    case ItemRoles::StateRole:
        return int(row.state);
    case ItemRoles::QueueIdRole:
        return row.queueId;
    case ItemRoles::AssigneeIdRole:
        return row.assigneeId;
    case ItemRoles::RequesterIdRole:
        return row.requesterId;
    case ItemRoles::ChannelRole:
        return int(row.channel);
    case ItemRoles::DirectionRole:
        return int(row.direction);
    case ItemRoles::TagIdsRole:
        return row.tagIds;
    case ItemRoles::CreatedAtRole:
        return timeOrNothing(row.createdAtMs);
    case ItemRoles::LastActivityRole:
        return timeOrNothing(row.lastActivityMs);
    case ItemRoles::SubjectRole:
        return row.subject;
    case ItemRoles::SearchTextRole:
        return searchText(index.row()).toString();
    default:
        return {};
    }
}

QVariant ConversationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Id:
        return tr("Id", "conversation");
    case Subject:
        return tr("Subject", "conversation");
    case Requester:
        return tr("Requester", "conversation");
    case Channel:
        return tr("Channel", "conversation");
    case State:
        return tr("State", "conversation");
    case Queue:
        return tr("Queue", "conversation");
    case Assignee:
        return tr("Assignee", "conversation");
    case Tags:
        return tr("Tags", "conversation");
    case Created:
        return tr("Created", "conversation");
    case LastActivity:
        return tr("Last activity", "conversation");
    case ColumnCount:
        break;
    }
    return {};
}

int ConversationListModel::compareRows(int left, int right, int column) const
{
    const ConversationRow &a = m_rows.at(left);
    const ConversationRow &b = m_rows.at(right);
    const auto number = [](qint64 x, qint64 y) { return x < y ? -1 : (x > y ? 1 : 0); };
    const auto text = [](const QString &x, const QString &y) {
        return QString::compare(x, y, Qt::CaseInsensitive);
    };
    const auto nameOrId = [this](NameKind kind, const QString &id) {
        const QString name = m_names.name(kind, id);
        return name.isEmpty() ? id : name;
    };
    switch (Column(column)) {
    case Id:
        return number(a.id, b.id);
    case Subject:
        return text(a.subject, b.subject);
    case Requester:
        return text(m_names.requester(a.requesterId), m_names.requester(b.requesterId));
    case Channel:
        return text(a.channelText(), b.channelText());
    case State:
        return number(int(a.state), int(b.state));
    case Queue:
        return text(nameOrId(NameKind::Queue, a.queueId), nameOrId(NameKind::Queue, b.queueId));
    case Assignee:
        return text(nameOrId(NameKind::Agent, a.assigneeId),
                    nameOrId(NameKind::Agent, b.assigneeId));
    case Tags:
        return text(ItemText::list(m_names.tagNames(a)), ItemText::list(m_names.tagNames(b)));
    case Created:
        return number(a.createdAtMs, b.createdAtMs);
    case LastActivity:
        return number(a.lastActivityMs, b.lastActivityMs);
    case ColumnCount:
        break;
    }
    return 0;
}

void ConversationListModel::appendRows(QList<ConversationRow> rows)
{
    const int first = int(m_rows.size());
    QList<ConversationRow> fresh;
    fresh.reserve(rows.size());
    for (ConversationRow &row : rows) {
        if (m_rowOf.contains(row.id))
            continue;
        m_rowOf.insert(row.id, first + int(fresh.size()));
        m_names.internIds(row);
        row.searchLength = 0; // a row from outside brings no place in this model's buffer
        setSearchText(row);
        fresh.append(std::move(row));
    }
    if (fresh.isEmpty())
        return;
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    m_rows.append(std::move(fresh));
    endInsertRows();
}

void ConversationListModel::setSearchText(ConversationRow &row)
{
    const qsizetype before = row.searchLength;
    m_searchTexts.store(row.searchOffset, row.searchLength, m_names.searchText(row));
    m_liveSearchChars += qsizetype(row.searchLength) - before;
}

void ConversationListModel::rebuildSearchTexts()
{
    m_searchTexts.clear();
    m_liveSearchChars = 0;
    for (ConversationRow &row : m_rows) {
        row.searchLength = 0;
        setSearchText(row);
    }
}

void ConversationListModel::compactSearchTextsIfWasteful()
{
    if (m_searchTexts.usedChars() > 2 * m_liveSearchChars + SearchTextStore::BlockChars)
        rebuildSearchTexts();
}

void ConversationListModel::rebuildRowIndex()
{
    m_rowOf.clear();
    m_rowOf.reserve(m_rows.size());
    m_liveSearchChars = 0;
    for (int row = 0; row < m_rows.size(); ++row) {
        m_rowOf.insert(m_rows.at(row).id, row);
        m_liveSearchChars += m_rows.at(row).searchLength;
    }
    compactSearchTextsIfWasteful();
    for (auto it = m_rowErrors.begin(); it != m_rowErrors.end();) {
        if (m_rowOf.contains(it.key()))
            ++it;
        else
            it = m_rowErrors.erase(it);
    }
}

void ConversationListModel::setRowFlags(int row, quint8 flags)
{
    if (m_rows.at(row).flags == flags)
        return;
    m_rows[row].flags = flags;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), stateRoles());
}

void ConversationListModel::updateLoading()
{
    setLoading(!m_pageCall.isNull() || m_refresh.has_value() || !m_reader->isIdle());
}
