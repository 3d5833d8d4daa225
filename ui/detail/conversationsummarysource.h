#pragma once

#include "conversationheader.h"
#include "entities/conversation.h"
#include "entities/tag.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

class ConversationReader;
class Workspace;

// What the detail pane's header shows of one conversation, in words: taken from the workspace's
// conversation list when that row has its details (and again whenever the list updates the row),
// read otherwise (the conversation and its tags), with names and tag colours from the
// directories (again when they change) and the requester read once for the name and e-mail.
class ConversationSummarySource final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationSummarySource)

public:
    explicit ConversationSummarySource(Workspace &workspace, QObject *parent = nullptr);
    ~ConversationSummarySource() override;

    // 0: nothing (an answer still under way is dropped).
    void setConversation(qint64 conversationId);
    qint64 conversationId() const { return m_id; }
    // Reads the conversation and its tags again.
    void reload();
    // The text of the thread's first message: its first line stands in for a missing subject.
    void setThreadText(const QString &text);

    // Agents and end users by id as far as the directories know them, with the requesters read
    // here: the names for the authors of messages, notes, activity and ratings.
    QHash<QString, QString> personNames() const;

Q_SIGNALS:
    void summaryChanged(const ConversationSummary &summary);
    void loading(qint64 conversationId);
    void failed(const QString &message);
    // personNames() changed (a directory, or a requester that landed).
    void personNamesChanged();

private:
    struct Person
    {
        QString name;
        QString email;
    };

    // The conversation from the list row; false when the list has no details for it.
    bool takeFromList();
    void readConversation();
    void readRequester(const QString &requesterId);
    QString title() const;
    void emitSummary();
    void onListDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);

    Workspace &m_workspace;
    qint64 m_id = 0;
    std::optional<Dixa::Conversation> m_conversation;
    // The tags as last read (from the list: ids only); names and colours are looked up when shown.
    QList<Dixa::Tag> m_tags;
    QString m_threadText;
    ConversationReader *m_reader = nullptr;
    QHash<QString, Person> m_requesters; // read end users (empty when the read failed)
};
