#include "conversationfilterproxy.h"

#include "conversationlistmodel.h"
#include "itemroles.h"

#include <algorithm>

namespace {

// Above this many changed rows one layout change is cheaper than QSortFilterProxyModel's
// per-range removals and insertions, whose cost grows with rows times ranges.
constexpr int PreciseChangeLimit = 64;

// The source row states of the text match cache.
constexpr char NoMatch = 0;
constexpr char Match = 1;
constexpr char Unknown = 2;

template<class E>
quint32 bitsOf(const QList<E> &values)
{
    quint32 bits = 0;
    for (const E value : values) {
        const int index = int(value);
        if (index >= 0 && index < 32)
            bits |= 1u << index;
    }
    return bits;
}

} // namespace

ConversationFilterProxy::ConversationFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ItemRoles::RawValueRole);
    setDynamicSortFilter(true);
    // lessThan() runs a million times a sort: it reads a flag, not sortRole().
    connect(this, &QSortFilterProxyModel::sortRoleChanged, this,
            [this](int role) { m_sortsByRawValue = role == ItemRoles::RawValueRole; });
}

ConversationFilterProxy::~ConversationFilterProxy() = default;

void ConversationFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    m_conversations = qobject_cast<const ConversationListModel *>(model);
    dropTextMatches();
    m_rankValid = false;

    if (model) {
        // Connected before the base class connects its own handlers, so that the cache follows
        // the source's rows before the proxy tests them again.
        m_sourceConnections.append(connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this,
                                           [this](const QModelIndex &parent, int first, int last) {
                                               if (parent.isValid() || !m_textMatchesValid)
                                                   return;
                                               if (first > int(m_textMatches.size()))
                                                   return dropTextMatches();
                                               m_textMatches.insert(m_textMatches.begin() + first,
                                                                    std::size_t(last - first + 1),
                                                                    Unknown);
                                           }));
        m_sourceConnections.append(connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                                           [this](const QModelIndex &parent, int first, int last) {
                                               if (parent.isValid() || !m_textMatchesValid)
                                                   return;
                                               if (last >= int(m_textMatches.size()))
                                                   return dropTextMatches();
                                               m_textMatches.erase(m_textMatches.begin() + first,
                                                                   m_textMatches.begin() + last +
                                                                       1);
                                           }));
        m_sourceConnections.append(
            connect(model, &QAbstractItemModel::dataChanged, this,
                    [this](const QModelIndex &topLeft, const QModelIndex &bottomRight,
                           const QList<int> &roles) {
                        if (!m_textMatchesValid ||
                            (!roles.isEmpty() && !roles.contains(ItemRoles::SearchTextRole)))
                            return;
                        const int end = qMin(bottomRight.row() + 1, int(m_textMatches.size()));
                        for (int row = topLeft.row(); row < end; ++row)
                            m_textMatches[std::size_t(row)] = Unknown;
                    }));
        const auto drop = [this] {
            dropTextMatches();
            m_rankValid = false;
        };
        m_sourceConnections.append(
            connect(model, &QAbstractItemModel::rowsAboutToBeMoved, this, drop));
        m_sourceConnections.append(
            connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, drop));
        m_sourceConnections.append(
            connect(model, &QAbstractItemModel::modelAboutToBeReset, this, drop));
    }
    QSortFilterProxyModel::setSourceModel(model);
}

void ConversationFilterProxy::setStates(const QList<Dixa::ConversationState> &states)
{
    m_states = bitsOf(states);
    refilter();
}

void ConversationFilterProxy::setQueueIds(const QStringList &queueIds)
{
    m_queueIds = QSet<QString>(queueIds.cbegin(), queueIds.cend());
    refilter();
}

void ConversationFilterProxy::setChannels(const QList<Dixa::Channel> &channels)
{
    m_channels = bitsOf(channels);
    refilter();
}

void ConversationFilterProxy::setDirections(const QList<Dixa::Direction> &directions)
{
    m_directions = bitsOf(directions);
    refilter();
}

void ConversationFilterProxy::setAssignees(const QStringList &agentIds, bool unassigned)
{
    m_assigneeIds = QSet<QString>(agentIds.cbegin(), agentIds.cend());
    m_unassigned = unassigned;
    refilter();
}

void ConversationFilterProxy::setTagIds(const QStringList &tagIds)
{
    m_tagIds = QSet<QString>(tagIds.cbegin(), tagIds.cend());
    refilter();
}

void ConversationFilterProxy::clearCriteria()
{
    m_states = m_channels = m_directions = 0;
    m_queueIds.clear();
    m_assigneeIds.clear();
    m_unassigned = false;
    m_tagIds.clear();
    m_text.clear();
    m_needle.clear();
    m_matcher.setPattern(QString());
    dropTextMatches();
    refilter();
}

bool ConversationFilterProxy::hasCriteria() const
{
    return m_states || m_channels || m_directions || !m_queueIds.isEmpty() ||
           !m_assigneeIds.isEmpty() || m_unassigned || !m_tagIds.isEmpty() || !m_needle.isEmpty();
}

void ConversationFilterProxy::setText(const QString &text)
{
    m_text = text;
    const QString needle = text.trimmed().toCaseFolded();
    if (needle == m_needle)
        return;
    const QAbstractItemModel *source = sourceModel();
    const int rows = source ? source->rowCount() : 0;
    // A longer needle that contains the previous one can only match rows that matched it.
    const bool narrowing = m_textMatchesValid && !m_needle.isEmpty() && needle.contains(m_needle) &&
                           int(m_textMatches.size()) == rows;
    const bool hadNeedle = !m_needle.isEmpty() && m_textMatchesValid;
    m_needle = needle;
    m_matcher.setPattern(needle);
    m_matcher.setCaseSensitivity(Qt::CaseSensitive); // both sides are case-folded
    if (needle.isEmpty()) {
        dropTextMatches();
        refilter();
        return;
    }

    std::vector<char> matches(std::size_t(rows), NoMatch);
    int changed = 0;
    for (int row = 0; row < rows; ++row) {
        const char before =
            hadNeedle && row < int(m_textMatches.size()) ? m_textMatches[std::size_t(row)] : Match;
        if (narrowing && before == NoMatch)
            continue;
        matches[std::size_t(row)] = matchesNeedle(row) ? Match : NoMatch;
        if (matches[std::size_t(row)] != before)
            ++changed;
    }
    m_textMatches = std::move(matches);
    m_textMatchesValid = true;
    refilter(changed);
}

void ConversationFilterProxy::refilter(int changedRows)
{
    const QAbstractItemModel *source = sourceModel();
    if (changedRows < 0)
        changedRows = source ? source->rowCount() : 0; // unknown: assume many
    if (changedRows <= PreciseChangeLimit) {
        invalidateRowsFilter(); // rows removed and inserted one range at a time
        return;
    }
    // One layout change; the proxy sorts every row it keeps again, through the rank.
    if (!m_rankValid && sortColumn() >= 0)
        buildSortRank(sortColumn());
    invalidate();
}

void ConversationFilterProxy::sort(int column, Qt::SortOrder order)
{
    buildSortRank(column);
    QSortFilterProxyModel::sort(column, order);
}

void ConversationFilterProxy::buildSortRank(int column)
{
    m_rankValid = false;
    if (!m_conversations || !m_sortsByRawValue || column < 0 ||
        column >= ConversationListModel::ColumnCount)
        return;
    const int rows = m_conversations->rowCount();
    std::vector<int> order(std::size_t(rows), 0);
    for (int row = 0; row < rows; ++row)
        order[std::size_t(row)] = row;
    std::stable_sort(order.begin(), order.end(), [this, column](int a, int b) {
        const int cmp = m_conversations->compareRows(a, b, column);
        return cmp != 0 ? cmp < 0 : m_conversations->row(a).id < m_conversations->row(b).id;
    });
    m_rank.assign(std::size_t(rows), 0);
    for (int place = 0; place < rows; ++place)
        m_rank[std::size_t(order[std::size_t(place)])] = place;
    m_rankColumn = column;
    m_rankValid = true;
}

bool ConversationFilterProxy::textMatches(int sourceRow) const
{
    if (m_needle.isEmpty())
        return true;
    if (m_textMatchesValid && sourceRow < int(m_textMatches.size())) {
        const char known = m_textMatches[std::size_t(sourceRow)];
        if (known != Unknown)
            return known == Match;
    }
    return matchesNeedle(sourceRow);
}

bool ConversationFilterProxy::matchesNeedle(int sourceRow) const
{
    // Both sides are case-folded: a plain search, no allocation.
    if (m_conversations) {
        const QStringView text = m_conversations->searchText(sourceRow);
        if (m_needle.size() == 1)
            return text.contains(m_needle.front());
        return m_matcher.indexIn(text) >= 0;
    }
    return sourceModel()
        ->index(sourceRow, 0)
        .data(ItemRoles::SearchTextRole)
        .toString()
        .contains(m_needle, Qt::CaseInsensitive);
}

bool ConversationFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    const auto passes = [](quint32 wanted, int value) {
        return wanted == 0 || (wanted & bit(value)) != 0;
    };
    const auto passesAssignee = [this](const QString &assigneeId) {
        if (m_assigneeIds.isEmpty() && !m_unassigned)
            return true;
        return assigneeId.isEmpty() ? m_unassigned : m_assigneeIds.contains(assigneeId);
    };
    const auto passesTags = [this](const QStringList &tagIds) {
        if (m_tagIds.isEmpty())
            return true;
        for (const QString &tagId : tagIds) {
            if (m_tagIds.contains(tagId))
                return true;
        }
        return false;
    };

    if (m_conversations) {
        const ConversationRow &row = m_conversations->row(sourceRow);
        return passes(m_states, int(row.state)) && passes(m_channels, int(row.channel)) &&
               passes(m_directions, int(row.direction)) &&
               (m_queueIds.isEmpty() || m_queueIds.contains(row.queueId)) &&
               passesAssignee(row.assigneeId) && passesTags(row.tagIds) && textMatches(sourceRow);
    }

    const QModelIndex index = sourceModel()->index(sourceRow, 0);
    return passes(m_states, index.data(ItemRoles::StateRole).toInt()) &&
           passes(m_channels, index.data(ItemRoles::ChannelRole).toInt()) &&
           passes(m_directions, index.data(ItemRoles::DirectionRole).toInt()) &&
           (m_queueIds.isEmpty() ||
            m_queueIds.contains(index.data(ItemRoles::QueueIdRole).toString())) &&
           passesAssignee(index.data(ItemRoles::AssigneeIdRole).toString()) &&
           passesTags(index.data(ItemRoles::TagIdsRole).toStringList()) && textMatches(sourceRow);
}

bool ConversationFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_conversations && m_sortsByRawValue) {
        const auto l = std::size_t(left.row());
        const auto r = std::size_t(right.row());
        if (m_rankValid && left.column() == m_rankColumn && l < m_rank.size() && r < m_rank.size())
            return m_rank[l] < m_rank[r];
        const int order = m_conversations->compareRows(left.row(), right.row(), left.column());
        if (order != 0)
            return order < 0;
        // Equal keys in id order, so that a sort is the same every time.
        return m_conversations->row(left.row()).id < m_conversations->row(right.row()).id;
    }
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString)
        return QString::compare(a.toString(), b.toString(), Qt::CaseInsensitive) < 0;
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}
