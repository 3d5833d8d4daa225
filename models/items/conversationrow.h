#pragma once

#include "entities/conversation.h"
#include "entities/tag.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTypeInfo>

#include <array>

// One conversation as the conversation list holds it: compact (plain enums, times as ms since
// the epoch, ids shared between rows), with the case-folded text the free-text filter searches.
// A list of 100,000 of them stays under 1.5 KB a row, entity included.
struct ConversationRow
{
    enum Flag : quint8 {
        Loading = 0x1, // the details have not landed yet
        Stale = 0x2,   // a refresh has not re-read the row yet
        Failed = 0x4,  // the last read failed; the row keeps what it showed before
    };

    qint64 id = 0;
    qint64 createdAtMs = 0; // 0 when unknown
    qint64 lastActivityMs = 0;
    QString subject;
    QString requesterId;
    QString queueId;
    QString assigneeId; // empty when unassigned
    QStringList tagIds;
    // Where the model keeps the row's search text (ConversationNames::searchText()) in its
    // SearchTextStore: scanning 100,000 texts then reads memory in order.
    quint32 searchOffset = 0;
    quint32 searchLength = 0;
    // The conversation as read, as compressed compact JSON; empty until the details land.
    // Decoded on demand (EntityRole): kept decoded, the entity alone would cost more than the
    // whole row.
    QByteArray entityJson;
    Dixa::Channel channel = Dixa::Channel::Unknown;
    Dixa::Direction direction = Dixa::Direction::Unknown;
    Dixa::ConversationState state = Dixa::ConversationState::Unknown;
    quint8 flags = 0;

    bool has(Flag flag) const { return (flags & flag) != 0; }

    // A row still waiting for its details.
    static ConversationRow loading(qint64 id);
    // The row for a conversation as read, with the tags of GET /conversations/{id}/tags. The last
    // activity is the latest time the conversation carries (created, state change, assignment,
    // queueing, anonymization): Dixa has no such field on the conversation itself.
    static ConversationRow fromConversation(const Dixa::Conversation &conversation,
                                            const QList<Dixa::Tag> &tags);

    // The conversation as read (nothing while loading).
    std::optional<Dixa::Conversation> entity() const;
    // Dixa's name of the channel and state (also one this version does not know).
    QString channelText() const;
    QString stateText() const;
};
Q_DECLARE_TYPEINFO(ConversationRow, Q_RELOCATABLE_TYPE);

// Display names by id for what conversation rows refer to: agents (assignees, and requesters that
// are agents), end users (requesters), queues and tags. Also keeps ids interned so that 100,000
// rows naming the same queue share one string.
class ConversationNames
{
public:
    enum class Kind { Agent, EndUser, Queue, Tag };

    void set(Kind kind, const QHash<QString, QString> &names) { table(kind) = names; }
    void insert(Kind kind, const QString &id, const QString &name) { table(kind).insert(id, name); }
    bool contains(Kind kind, const QString &id) const { return table(kind).contains(id); }
    // Empty when unknown.
    QString name(Kind kind, const QString &id) const { return table(kind).value(id); }
    // A requester is an end user, sometimes an agent; the id when neither name is known yet.
    QString requester(const QString &id) const;
    // The names of the row's tags, in the row's order (the id when a name is unknown).
    QStringList tagNames(const ConversationRow &row) const;

    // The case-folded text free-text filtering searches: id, subject, requester name, tag names,
    // separated by newlines so that no match spans two fields.
    QString searchText(const ConversationRow &row) const;

    // The pooled copy of `id` (so that equal ids share their characters).
    QString intern(const QString &id);
    void internIds(ConversationRow &row);

private:
    QHash<QString, QString> &table(Kind kind) { return m_tables[std::size_t(kind)]; }
    const QHash<QString, QString> &table(Kind kind) const { return m_tables[std::size_t(kind)]; }

    std::array<QHash<QString, QString>, 4> m_tables;
    QSet<QString> m_pool;
};
