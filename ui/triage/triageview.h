#pragma once

#include "views/conversationview.h"

#include <QTimer>
#include <QWidget>

class ConversationActionController;
class ConversationDetailPane;
class ConversationFilterBar;
class ConversationFilterProxy;
class ConversationTable;
class QLabel;
class QSplitter;
class ViewList;
class Workspace;

// The window supervisors live in: views at the left, the conversation list with its filters in
// the middle, the current conversation at the right, and every action on the selection. The
// list refreshes itself on an interval without losing the selection or the scroll position.
class TriageView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TriageView)

public:
    explicit TriageView(Workspace &workspace, QWidget *parent = nullptr);
    ~TriageView() override;

    ConversationTable *table() const { return m_table; }
    ConversationFilterProxy *proxy() const { return m_proxy; }
    ConversationDetailPane *detail() const { return m_detail; }
    ConversationFilterBar *filterBar() const { return m_filterBar; }
    ViewList *viewList() const { return m_views; }
    ConversationActionController *actions() const { return m_actions; }

    // The view shown, with the criteria as the filter bar has them now.
    ConversationView currentView() const;
    void showView(const ConversationView &view);
    // Saves the current criteria as a view named `name` and shows it.
    ConversationView saveCurrentView(const QString &name);
    void deleteView(const QString &viewId);
    void setMyQueueIds(const QStringList &queueIds);

    int autoRefreshSeconds() const;
    void setAutoRefreshSeconds(int seconds);
    // The conversation to show (after creating it): selected when in the list, shown anyway.
    void openConversation(qint64 conversationId);

public Q_SLOTS:
    void refresh();
    void focusLocalFilter();
    void focusServerSearch();
    void promptSaveView();

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    void applyCriteria();
    void updateCount();
    void updateListState();
    void saveLayout() const;
    void restoreLayout();

    Workspace &m_workspace;
    ViewList *m_views = nullptr;
    ConversationFilterBar *m_filterBar = nullptr;
    ConversationTable *m_table = nullptr;
    ConversationFilterProxy *m_proxy = nullptr;
    ConversationDetailPane *m_detail = nullptr;
    ConversationActionController *m_actions = nullptr;
    QLabel *m_listState = nullptr;
    QSplitter *m_splitter = nullptr;
    ConversationView m_view;
    QStringList m_myQueueIds;
    QTimer m_autoRefresh;
    QTimer m_countTimer;
};
