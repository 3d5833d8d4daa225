#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class ActionJob;
class ActionJobDialog;
class QAction;
class QDialog;
class QWidget;
class Workspace;

// Everything a supervisor can do to the selected conversations, as QActions with shortcuts (for
// the menu bar, the toolbar and the list's context menu): each opens its form, starts the
// action as a job, and reports the outcome — in the status bar for one conversation, in a
// progress window with per-conversation outcomes and "Retry failed" for several. A claim that
// meets someone else's conversation says whose it is and asks before forcing it.
class ConversationActionController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationActionController)

public:
    using Selection = std::function<QList<qint64>()>;

    ConversationActionController(Workspace &workspace, QWidget *window, Selection selection,
                                 QObject *parent = nullptr);

    QAction *claimAction() const { return m_claim; }
    QAction *closeAction() const { return m_close; }
    QAction *closeAsAction() const { return m_closeAs; }
    QAction *reopenAction() const { return m_reopen; }
    QAction *reopenAsAction() const { return m_reopenAs; }
    QAction *transferAction() const { return m_transfer; }
    QAction *tagAction() const { return m_tag; }
    QAction *untagAction() const { return m_untag; }
    QAction *noteAction() const { return m_note; }
    QAction *replyAction() const { return m_reply; }
    QAction *followUpAction() const { return m_followUp; }
    QAction *anonymizeAction() const { return m_anonymize; }
    QAction *newConversationAction() const { return m_newConversation; }
    // Every action above, in menu order; nullptr marks a separator.
    QList<QAction *> menuActions() const;

    // Enables what makes sense for the selection (called when it changes).
    void updateEnabled();
    // Off while another page is shown: its single-letter keys must not act on a selection the
    // supervisor cannot see.
    void setActive(bool active);

    // The detail pane's requests.
    void untag(qint64 conversationId, const QString &tagId);
    void addNote(const QList<qint64> &conversationIds);
    void anonymizeMessage(qint64 conversationId, const QString &messageId, const QString &excerpt);

    // The dialog or progress window open now (for tests), or nullptr.
    QDialog *openDialog() const { return m_openDialog; }

Q_SIGNALS:
    // A sentence for the status bar.
    void statusMessage(const QString &text);
    // A new conversation was created: open it.
    void conversationCreated(qint64 conversationId);
    // A job over several conversations got its progress window (owned by the window; delete it
    // when done with it).
    void jobWindowOpened(ActionJobDialog *dialog, const QString &heading);
    // Conversations an action changed (also those whose job failed part-way).
    void conversationsTouched(const QList<qint64> &conversationIds);

private:
    QAction *makeAction(const QString &text, const QKeySequence &shortcut, const QString &tip,
                        void (ConversationActionController::*slot)());
    void claim();
    void close();
    void closeAs();
    void reopen();
    void reopenAs();
    void transfer();
    void tag();
    void untagSelected();
    void note();
    void reply();
    void followUp();
    void anonymize();
    void newConversation();

    // Runs the job and reports it; `heading` names the action ("Close %n conversation(s)").
    void follow(ActionJob *job, const QString &heading,
                const std::function<void(ActionJob *)> &onFinished = {});
    void showDialog(QDialog *dialog);
    void offerForcedClaim(ActionJob *job, const QString &agentId);
    QString assigneeName(qint64 conversationId) const;
    int openCount(const QList<qint64> &ids) const;

    Workspace &m_workspace;
    QWidget *m_window = nullptr;
    Selection m_selection;
    QPointer<QDialog> m_openDialog;
    bool m_active = true;

    QAction *m_claim = nullptr;
    QAction *m_close = nullptr;
    QAction *m_closeAs = nullptr;
    QAction *m_reopen = nullptr;
    QAction *m_reopenAs = nullptr;
    QAction *m_transfer = nullptr;
    QAction *m_tag = nullptr;
    QAction *m_untag = nullptr;
    QAction *m_note = nullptr;
    QAction *m_reply = nullptr;
    QAction *m_followUp = nullptr;
    QAction *m_anonymize = nullptr;
    QAction *m_newConversation = nullptr;
};
