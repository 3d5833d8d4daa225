#pragma once

#include "views/conversationview.h"

#include <QWidget>

class QListWidget;
class QListWidgetItem;
class QPushButton;

// The list of views at the left of the triage window: the built-in ones, then the views the
// supervisor saved. Choosing one shows its conversations; saved views can be deleted.
class ViewList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ViewList)

public:
    explicit ViewList(QWidget *parent = nullptr);

    void setViews(const QList<ConversationView> &builtIns, const QList<ConversationView> &saved);
    QList<ConversationView> savedViews() const { return m_saved; }
    // Selects the view without emitting viewChosen (false when there is no such view).
    bool setCurrentViewId(const QString &id);
    QString currentViewId() const;
    std::optional<ConversationView> view(const QString &id) const;

Q_SIGNALS:
    void viewChosen(const ConversationView &view);
    void saveRequested();
    void deleteRequested(const QString &viewId);

private:
    void onCurrentChanged(QListWidgetItem *item);
    void updateButtons();

    QListWidget *m_list = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_delete = nullptr;
    QList<ConversationView> m_builtIns;
    QList<ConversationView> m_saved;
    bool m_silent = false;
};
