#pragma once

#include <QList>
#include <QTableView>
#include <QTimer>

class QMenu;

// The conversation list as a table: rows selected whole and many at once, columns sortable,
// movable and hideable (their layout saved and restored as one blob), ages kept current, and
// the selection read as conversation ids whatever the proxy's sort.
class ConversationTable final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationTable)

public:
    explicit ConversationTable(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;

    QList<qint64> selectedConversationIds() const;
    qint64 currentConversationId() const;
    // Selects the rows of these ids (those shown), the first becoming current.
    void selectConversations(const QList<qint64> &ids);

    // The header's layout (order, widths, hidden columns, sort), for the settings.
    QByteArray columnLayout() const;
    bool restoreColumnLayout(const QByteArray &layout);
    // A menu of check boxes, one per column, to show and hide them.
    QMenu *columnsMenu(QWidget *parent);

Q_SIGNALS:
    // The header's layout changed (moved, resized, hidden, re-sorted): time to save it.
    void columnLayoutChanged();
    void selectedConversationsChanged();
    void currentConversationChanged(qint64 conversationId);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void setDefaultColumnWidths();

    QTimer m_ageTimer;
    qint64 m_current = 0;
};
