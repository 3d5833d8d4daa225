#pragma once

#include "entities/channel.h"
#include "entities/conversation.h"

#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringList>
#include <QStringMatcher>

#include <vector>

class ConversationListModel;

// What a view of the conversation list shows: the rows that pass every criterion set (state,
// queue, channel, direction, assignee or unassigned, tag, free text), sorted on any column by
// RawValueRole. Built for 100,000 rows: the free text is matched against the case-folded text the
// source keeps per row, with no allocation per row, and typing a longer word only re-tests the
// rows the shorter one let through.
class ConversationFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationFilterProxy)

public:
    explicit ConversationFilterProxy(QObject *parent = nullptr);
    ~ConversationFilterProxy() override;

    // The source must be a ConversationListModel for the fast paths; any model with the
    // conversation roles works, slower.
    void setSourceModel(QAbstractItemModel *model) override;
    // Also ranks every source row by the column once, so that the many re-sorts of typing
    // compare two integers.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Each criterion: an empty list lets every row through.
    void setStates(const QList<Dixa::ConversationState> &states);
    void setQueueIds(const QStringList &queueIds);
    void setChannels(const QList<Dixa::Channel> &channels);
    void setDirections(const QList<Dixa::Direction> &directions);
    // Rows assigned to one of these agents, or (with `unassigned`) to nobody.
    void setAssignees(const QStringList &agentIds, bool unassigned = false);
    // Rows with at least one of these tags.
    void setTagIds(const QStringList &tagIds);
    // Rows whose id, subject, requester or tag names contain the text, in any case.
    void setText(const QString &text);
    QString text() const { return m_text; }
    void clearCriteria();

    bool hasCriteria() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    static quint32 bit(int value) { return value >= 0 && value < 32 ? 1u << value : 0; }
    // Through the cache when it knows the row.
    bool textMatches(int sourceRow) const;
    bool matchesNeedle(int sourceRow) const;
    void dropTextMatches() { m_textMatchesValid = false; }
    void buildSortRank(int column);
    // Re-filters with precise row signals when few rows change, one layout change otherwise
    // (changedRows < 0: unknown).
    void refilter(int changedRows = -1);

    const ConversationListModel *m_conversations = nullptr;
    bool m_sortsByRawValue = true;
    QList<QMetaObject::Connection> m_sourceConnections;

    quint32 m_states = 0; // bit per Dixa::ConversationState; 0 = any
    quint32 m_channels = 0;
    quint32 m_directions = 0;
    QSet<QString> m_queueIds;
    QSet<QString> m_assigneeIds;
    bool m_unassigned = false;
    QSet<QString> m_tagIds;
    QString m_text;   // as given
    QString m_needle; // case-folded, trimmed
    // Boyer-Moore over m_needle, its table built once per keystroke, not once per row.
    QStringMatcher m_matcher;

    // The place of each source row in the order of m_rankColumn (ties in id order); valid until
    // the source changes, then comparisons go to the source model again.
    std::vector<int> m_rank;
    int m_rankColumn = -1;
    bool m_rankValid = false;

    // Whether each source row contains m_needle; valid until the source changes.
    std::vector<char> m_textMatches;
    bool m_textMatchesValid = false;
};
