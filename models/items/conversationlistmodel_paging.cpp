// ConversationListModel, the network half: search pages, refresh in place, row reads and
// requester names. The item-model half is in conversationlistmodel.cpp.
#include "api/dixaapi.h"
#include "conversationlistmodel.h"
#include "conversationreader.h"

#include <bit>

namespace {

using Column = ConversationListModel::Column;

// The columns whose value differs between two reads of a row (bit n = column n); `other` is set
// when something no column shows changed (the direction, the entity's other members).
quint32 changedColumns(const ConversationRow &a, const ConversationRow &b, bool *other)
{
    quint32 columns = 0;
    const auto mark = [&columns](bool differs, Column column) {
        if (differs)
            columns |= 1u << column;
    };
    mark(a.subject != b.subject, Column::Subject);
    mark(a.requesterId != b.requesterId, Column::Requester);
    mark(a.channel != b.channel || a.channelText() != b.channelText(), Column::Channel);
    mark(a.state != b.state, Column::State);
    mark(a.queueId != b.queueId, Column::Queue);
    mark(a.assigneeId != b.assigneeId, Column::Assignee);
    mark(a.tagIds != b.tagIds, Column::Tags);
    mark(a.createdAtMs != b.createdAtMs, Column::Created);
    mark(a.lastActivityMs != b.lastActivityMs, Column::LastActivity);
    *other = a.direction != b.direction || (columns == 0 && a.entityJson != b.entityJson);
    return columns;
}

} // namespace

bool ConversationListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_pageCall.isNull() && !m_refresh && !m_failed &&
           (!m_started || !m_nextPage.isEmpty());
}

void ConversationListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_started = true;
    requestPage(m_nextPage);
}

void ConversationListModel::requestPage(const QString &link)
{
    const quint64 generation = m_pageGeneration;
    m_pageCall = api().searchConversations(m_search, m_pageLimit, link);
    updateLoading();
    m_pageCall.then(this, [this, generation](const ApiOutcome<Page<Dixa::SearchHit>> &outcome) {
        if (generation != m_pageGeneration)
            return; // dropped by setSearch() or refresh()
        m_pageCall = {};
        if (m_refresh)
            onRefreshPage(outcome);
        else
            onPage(outcome);
        updateLoading();
    });
}

void ConversationListModel::onPage(const ApiOutcome<Page<Dixa::SearchHit>> &outcome)
{
    if (!outcome.ok()) {
        m_failed = true; // a view would ask again at once: wait for refresh()
        setError(outcome.error);
        Q_EMIT loadFinished();
        return;
    }
    setError({});
    ++m_pagesLoaded;
    m_nextPage = outcome->nextPage;
    QList<ConversationRow> rows;
    rows.reserve(outcome->items.size());
    for (const Dixa::SearchHit &hit : outcome->items)
        rows.append(ConversationRow::loading(hit.id));
    const int first = int(m_rows.size());
    appendRows(std::move(rows));
    for (int row = first; row < m_rows.size(); ++row)
        read(m_rows.at(row).id);
    Q_EMIT pageLoaded(int(m_rows.size()) - first);
    Q_EMIT loadFinished();
}

void ConversationListModel::refresh()
{
    if (!m_started) {
        m_failed = false;
        fetchMore({});
        return;
    }
    ++m_pageGeneration; // a page in flight is dropped: the walk covers what was loaded
    std::exchange(m_pageCall, {}).cancel();
    m_failed = false;
    m_refresh = RefreshWalk{};
    m_refresh->pagesLeft = qMax(1, m_pagesLoaded);

    // Until the walk and the reads end, every row may show something out of date.
    for (ConversationRow &row : m_rows)
        row.flags |= ConversationRow::Stale;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1),
                           {ItemRoles::StaleRole});
    setStale(true);
    requestPage({});
}

void ConversationListModel::onRefreshPage(const ApiOutcome<Page<Dixa::SearchHit>> &outcome)
{
    if (!outcome.ok()) {
        // The rows stay as they were, stale, with the error; the next refresh() tries again.
        m_refresh.reset();
        m_failed = true;
        setError(outcome.error);
        Q_EMIT loadFinished();
        return;
    }
    RefreshWalk &walk = *m_refresh;
    for (const Dixa::SearchHit &hit : outcome->items) {
        if (!walk.seen.contains(hit.id)) {
            walk.seen.insert(hit.id);
            walk.ids.append(hit.id);
        }
    }
    ++walk.pagesWalked;
    walk.link = outcome->nextPage;
    if (--walk.pagesLeft > 0 && !walk.link.isEmpty()) {
        requestPage(walk.link);
        return;
    }
    finishRefreshWalk();
}

void ConversationListModel::finishRefreshWalk()
{
    const RefreshWalk walk = std::move(*m_refresh);
    m_refresh.reset();
    setError({});
    m_nextPage = walk.link;
    m_pagesLoaded = walk.pagesWalked;

    // Vanished rows go, new ones come in at their place in the search's order; the survivors
    // keep their data (and their Stale mark) until their read lands.
    syncRows(
        m_rows, walk.ids, [](const ConversationRow &row) { return row.id; },
        [this, &walk](int row) {
            ConversationRow fresh = ConversationRow::loading(walk.ids.at(row));
            setSearchText(fresh);
            return fresh;
        });
    rebuildRowIndex();

    m_refreshReads = true;
    for (const ConversationRow &row : std::as_const(m_rows))
        read(row.id);
    if (m_reader->isIdle())
        onReaderIdle(); // nothing to read: the refresh is over
    Q_EMIT loadFinished();
}

void ConversationListModel::reloadConversations(const QList<qint64> &ids)
{
    for (const qint64 id : ids) {
        const int row = rowOf(id);
        if (row < 0)
            continue;
        setRowFlags(row, m_rows.at(row).flags | ConversationRow::Stale);
        read(id);
    }
}

void ConversationListModel::read(qint64 id)
{
    m_reader->read(id);
    updateLoading();
}

void ConversationListModel::onConversationRead(qint64 id, const Dixa::Conversation &conversation,
                                               const QList<Dixa::Tag> &tags)
{
    const int row = rowOf(id);
    if (row < 0)
        return; // removed meanwhile
    // A conversation's tags come with their names: good enough until the directory has them.
    for (const Dixa::Tag &tag : tags) {
        if (!m_names.contains(NameKind::Tag, tag.id))
            m_names.insert(NameKind::Tag, tag.id, tag.name);
    }
    ConversationRow fresh = ConversationRow::fromConversation(conversation, tags);
    m_names.internIds(fresh);
    m_rowErrors.remove(id);

    ConversationRow &current = m_rows[row];
    fresh.searchOffset = current.searchOffset; // written over when the new text fits
    fresh.searchLength = current.searchLength;
    setSearchText(fresh);
    const quint8 oldFlags = current.flags;
    bool other = false;
    const quint32 columns = changedColumns(current, fresh, &other);
    current = std::move(fresh);

    if (oldFlags & ConversationRow::Loading) {
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1),
                           contentRoles() + stateRoles());
    } else if (columns != 0 || other || oldFlags != 0) {
        // Precise: the changed columns with the content roles, the whole row when its state
        // or something no column shows changed.
        QList<int> roles;
        if (columns != 0 || other)
            roles = contentRoles();
        if (oldFlags != 0)
            roles += stateRoles();
        int first = 0;
        int last = ColumnCount - 1;
        if (oldFlags == 0 && !other) {
            first = std::countr_zero(columns);
            last = 31 - std::countl_zero(columns);
        }
        Q_EMIT dataChanged(index(row, first), index(row, last), roles);
    }
    requestRequesterName(current.requesterId);
}

void ConversationListModel::onReadFailed(qint64 id, const ApiError &error)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    m_rowErrors.insert(id, error);
    const quint8 flags = m_rows.at(row).flags;
    setRowFlags(row, (flags & ~(ConversationRow::Loading | ConversationRow::Stale)) |
                         ConversationRow::Failed);
    // The error's sentence changes even when the flags do not.
    if (flags & ConversationRow::Failed)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), {ItemRoles::ErrorRole});
}

void ConversationListModel::onReaderIdle()
{
    updateLoading();
    if (!m_refreshReads || m_refresh)
        return;
    m_refreshReads = false;
    if (!error().isError())
        setStale(false);
    Q_EMIT refreshed();
}

void ConversationListModel::requestRequesterName(const QString &requesterId)
{
    if (requesterId.isEmpty() || m_requestedNames.contains(requesterId) ||
        m_names.contains(NameKind::EndUser, requesterId) ||
        m_names.contains(NameKind::Agent, requesterId))
        return;
    m_requestedNames.insert(requesterId);
    api()
        .endUser(requesterId)
        .then(this, [this, requesterId](const ApiOutcome<Dixa::EndUser> &got) {
            if (!got.ok())
                return; // an agent as requester, or gone: the id stays what is shown
            const Dixa::EndUser &user = *got.value;
            const QString name = user.displayName.value_or(
                user.email.value_or(user.phoneNumber.value_or(QString())));
            if (name.isEmpty())
                return;
            m_names.insert(NameKind::EndUser, requesterId, name);
            m_arrivedNames.insert(requesterId);
            m_namesTimer.start();
        });
}

void ConversationListModel::applyPendingNames()
{
    applyNames(std::exchange(m_arrivedNames, {}), NameKind::EndUser, false);
}

void ConversationListModel::applyNames(const QSet<QString> &ids, NameKind kind, bool all)
{
    if (m_rows.isEmpty())
        return;
    int first = Requester;
    int last = Requester;
    switch (kind) {
    case NameKind::Agent: // assignees, and requesters that are agents
        last = Assignee;
        break;
    case NameKind::EndUser:
        break;
    case NameKind::Queue:
        first = last = Queue;
        break;
    case NameKind::Tag:
        first = last = Tags;
        break;
    }
    const bool searched = kind != NameKind::Queue; // requester and tag names are searched
    const QList<int> roles =
        searched ? QList<int>{Qt::DisplayRole, ItemRoles::RawValueRole, ItemRoles::SearchTextRole}
                 : QList<int>{Qt::DisplayRole, ItemRoles::RawValueRole};
    const auto refers = [&ids, kind](const ConversationRow &row) {
        switch (kind) {
        case NameKind::Agent:
            return ids.contains(row.assigneeId) || ids.contains(row.requesterId);
        case NameKind::EndUser:
            return ids.contains(row.requesterId);
        case NameKind::Queue:
            return ids.contains(row.queueId);
        case NameKind::Tag:
            for (const QString &tagId : row.tagIds) {
                if (ids.contains(tagId))
                    return true;
            }
            return false;
        }
        return false;
    };

    // One dataChanged for the whole column span when every row may change (a new directory),
    // one per run of touched rows otherwise.
    int runStart = -1;
    const auto flush = [&](int end) {
        if (runStart >= 0)
            Q_EMIT dataChanged(index(runStart, first), index(end - 1, last), roles);
        runStart = -1;
    };
    if (all) {
        if (searched)
            rebuildSearchTexts();
        runStart = 0;
        flush(int(m_rows.size()));
        return;
    }
    for (int row = 0; row < m_rows.size(); ++row) {
        if (!refers(m_rows.at(row))) {
            flush(row);
            continue;
        }
        if (searched)
            setSearchText(m_rows[row]);
        if (runStart < 0)
            runStart = row;
    }
    flush(int(m_rows.size()));
    compactSearchTextsIfWasteful();
}
