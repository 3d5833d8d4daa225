#pragma once

#include "entities/conversation.h"

#include <QColor>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QWidget>

class FlowLayout;
class QGridLayout;
class QLabel;
class TagChip;

// What the header of the detail pane shows of one conversation, in words already.
struct ConversationSummary
{
    struct Tag
    {
        QString id;
        QString name;
        QColor color; // invalid when the tag has none
    };

    qint64 id = 0;
    QString title; // the subject, else the first line of the thread
    QString requesterName;
    QString requesterEmail;
    QString channel;
    QString state;
    Dixa::ConversationState stateValue = Dixa::ConversationState::Unknown;
    QString queue;    // empty when in no queue
    QString assignee; // empty when unassigned
    QDateTime created;
    QList<Tag> tags;
};

// The top of the detail pane: subject, requester, channel, state, queue, assignee, created and
// the tags as chips whose × asks for the tag to be removed; also says when the conversation is
// being read or could not be.
class ConversationHeader final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationHeader)

public:
    explicit ConversationHeader(QWidget *parent = nullptr);

    void showSummary(const ConversationSummary &summary);
    // Only the title changes (the first line of the thread landed).
    void setTitle(const QString &title);
    // Reading: the facts shown so far stay, greyed, under a "Loading" line.
    void showLoading(qint64 conversationId);
    void showError(const QString &message);

    const ConversationSummary &summary() const { return m_summary; }
    QList<TagChip *> tagChips() const;

Q_SIGNALS:
    void untagRequested(const QString &tagId);

private:
    QLabel *addFact(QGridLayout *grid, int row, int column, const QString &caption,
                    const QString &objectName);
    void showTags(const QList<ConversationSummary::Tag> &tags);
    void showState(const QString &text, Dixa::ConversationState state);

    ConversationSummary m_summary;
    QLabel *m_title = nullptr;
    QLabel *m_id = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_facts = nullptr;
    QLabel *m_requester = nullptr;
    QLabel *m_channel = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_queue = nullptr;
    QLabel *m_assignee = nullptr;
    QLabel *m_created = nullptr;
    QWidget *m_tags = nullptr;
    FlowLayout *m_tagLayout = nullptr;
    QLabel *m_noTags = nullptr;
};
