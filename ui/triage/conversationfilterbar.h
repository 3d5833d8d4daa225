#pragma once

#include "views/conversationview.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;
class Workspace;

// The two ways to narrow the list, kept visibly apart: the criteria Dixa's search applies
// (state, queue, assignee, channel, tag and a full-text search run on the server, over every
// conversation) and the instant filter over the rows already loaded, which never asks the server.
class ConversationFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationFilterBar)

public:
    explicit ConversationFilterBar(Workspace &workspace, QWidget *parent = nullptr);

    // The server-side criteria as the combos and the search box show them, applied to `base`
    // (which keeps its id, name and kind).
    ConversationView criteria(const ConversationView &base) const;
    // Shows a view's criteria without emitting criteriaChanged().
    void setCriteria(const ConversationView &view);

    QString localText() const;
    void setLocalCount(int shown, int loaded, bool more);

    QLineEdit *localFilter() const { return m_local; }
    QLineEdit *serverSearch() const { return m_server; }

Q_SIGNALS:
    // The user changed a server-side criterion or ran a Dixa search: the list reloads.
    void criteriaChanged();
    void localTextChanged(const QString &text);

private:
    void fillDirectories();
    void fillCombo(QComboBox *combo, const QList<QPair<QString, QString>> &items,
                   const QString &anyText);
    static QString comboValue(const QComboBox *combo);
    static void selectValue(QComboBox *combo, const QString &value);

    Workspace &m_workspace;
    QComboBox *m_state = nullptr;
    QComboBox *m_queue = nullptr;
    QComboBox *m_assignee = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_tag = nullptr;
    QLineEdit *m_server = nullptr;
    QToolButton *m_clearServer = nullptr;
    QLineEdit *m_local = nullptr;
    QLabel *m_count = nullptr;
    QString m_appliedQuery;
    bool m_silent = false;
};
