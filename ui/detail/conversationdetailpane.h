#pragma once

#include <QString>
#include <QWidget>

#include <array>

class ActivityLogModel;
class ConversationHeader;
class ConversationSummarySource;
class DetailTabPage;
class MessageListModel;
class MessageThreadView;
class NoteListModel;
class QAbstractItemModel;
class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class RatingListModel;
class Workspace;

// The detail of the current conversation: a header with requester, channel, state, queue,
// assignee, created and tag chips, and tabs for its messages, notes, activity and ratings. Tabs
// read lazily: only the visible one reads for the conversation shown, the others when they are
// opened. The header takes the conversation from the workspace's list when that row has its
// details, and reads it otherwise. Loading and errors are said in the pane, never in a box. Its
// requests (untag, anonymize a message, add a note) go out as signals: the owner acts.
class ConversationDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationDetailPane)

public:
    explicit ConversationDetailPane(Workspace &workspace, QWidget *parent = nullptr);
    ~ConversationDetailPane() override;

    // 0: nothing selected (a quiet placeholder text).
    void showConversation(qint64 conversationId);
    qint64 conversationId() const { return m_id; }
    // Reads the current conversation and the tabs read so far again, in place (after an action).
    void reload();

Q_SIGNALS:
    void untagRequested(qint64 conversationId, const QString &tagId);
    void anonymizeMessageRequested(qint64 conversationId, const QString &messageId);
    void addNoteRequested(qint64 conversationId);

private:
    enum Tab { MessagesTab, NotesTab, ActivityTab, RatingsTab, TabCount };

    QWidget *createMessagesTab();
    QWidget *createNotesTab();
    static QTableView *createTable(QAbstractItemModel *model, const QString &objectName);

    void applyPersonNames();

    void loadTab(int tab);
    void onTabChanged(int tab);

    ConversationSummarySource *m_summary = nullptr;
    qint64 m_id = 0;

    MessageListModel *m_messages = nullptr;
    NoteListModel *m_notes = nullptr;
    ActivityLogModel *m_activity = nullptr;
    RatingListModel *m_ratings = nullptr;
    std::array<qint64, TabCount> m_loadedFor{}; // the conversation each tab last read

    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    ConversationHeader *m_header = nullptr;
    QTabWidget *m_tabs = nullptr;
    MessageThreadView *m_thread = nullptr;
    QListView *m_noteList = nullptr;
    QPushButton *m_addNote = nullptr;
};
