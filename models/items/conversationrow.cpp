#include "conversationrow.h"

#include <QJsonDocument>

#include <algorithm>

namespace {

qint64 msOf(const Dixa::DixaTime &time)
{
    return time.isValid() ? time.toUtc().toMSecsSinceEpoch() : 0;
}

qint64 msOf(const std::optional<Dixa::DixaTime> &time)
{
    return time ? msOf(*time) : 0;
}

} // namespace

ConversationRow ConversationRow::loading(qint64 id)
{
    ConversationRow row;
    row.id = id;
    row.flags = Loading;
    return row;
}

ConversationRow ConversationRow::fromConversation(const Dixa::Conversation &conversation,
                                                  const QList<Dixa::Tag> &tags)
{
    ConversationRow row;
    row.id = conversation.id;
    row.createdAtMs = msOf(conversation.createdAt);
    row.subject = conversation.subject.value_or(QString());
    row.requesterId = conversation.requesterId;
    if (conversation.queue)
        row.queueId = conversation.queue->id;
    if (conversation.assignment)
        row.assigneeId = conversation.assignment->agentId;
    row.tagIds.reserve(tags.size());
    for (const Dixa::Tag &tag : tags)
        row.tagIds.append(tag.id);
    row.channel = conversation.channel.value();
    if (conversation.direction)
        row.direction = conversation.direction->value();
    if (conversation.state)
        row.state = conversation.state->value();

    row.lastActivityMs = std::max(
        {row.createdAtMs, msOf(conversation.stateUpdatedAt), msOf(conversation.anonymizedAt)});
    if (conversation.assignment)
        row.lastActivityMs =
            std::max(row.lastActivityMs, msOf(conversation.assignment->assignedAt));
    if (conversation.queue)
        row.lastActivityMs = std::max(row.lastActivityMs, msOf(conversation.queue->queuedAt));

    // Compressed: a row is read once and shown many times, its entity asked for rarely.
    row.entityJson =
        qCompress(QJsonDocument(conversation.toJson()).toJson(QJsonDocument::Compact), 1);
    return row;
}

std::optional<Dixa::Conversation> ConversationRow::entity() const
{
    if (entityJson.isEmpty())
        return std::nullopt;
    return Dixa::Json::decode<Dixa::Conversation>(
        QJsonDocument::fromJson(qUncompress(entityJson)).object());
}

QString ConversationRow::channelText() const
{
    if (channel != Dixa::Channel::Unknown)
        return Dixa::OpenEnum<Dixa::Channel>::nameOf(channel);
    const auto read = entity(); // rare: a channel this version does not know
    return read ? read->channel.text() : QString();
}

QString ConversationRow::stateText() const
{
    if (state != Dixa::ConversationState::Unknown)
        return Dixa::OpenEnum<Dixa::ConversationState>::nameOf(state);
    const auto read = entity();
    return read && read->state ? read->state->text() : QString();
}

QString ConversationNames::requester(const QString &id) const
{
    QString found = name(Kind::EndUser, id);
    if (found.isEmpty())
        found = name(Kind::Agent, id);
    return found.isEmpty() ? id : found;
}

QStringList ConversationNames::tagNames(const ConversationRow &row) const
{
    QStringList names;
    names.reserve(row.tagIds.size());
    for (const QString &id : row.tagIds) {
        const QString name = this->name(Kind::Tag, id);
        names.append(name.isEmpty() ? id : name);
    }
    return names;
}

QString ConversationNames::searchText(const ConversationRow &row) const
{
    const QChar separator = QLatin1Char('\n');
    QString text = QString::number(row.id) + separator + row.subject + separator;
    QString requesterName = name(Kind::EndUser, row.requesterId);
    if (requesterName.isEmpty())
        requesterName = name(Kind::Agent, row.requesterId);
    text += requesterName;
    for (const QString &id : row.tagIds)
        text += separator + name(Kind::Tag, id);
    QString folded = std::move(text).toCaseFolded();
    folded.squeeze(); // the row keeps it: no spare capacity times 100,000
    return folded;
}

QString ConversationNames::intern(const QString &id)
{
    if (id.isEmpty())
        return {};
    return *m_pool.insert(id);
}

void ConversationNames::internIds(ConversationRow &row)
{
    row.requesterId = intern(row.requesterId);
    row.queueId = intern(row.queueId);
    row.assigneeId = intern(row.assigneeId);
    for (QString &tagId : row.tagIds)
        tagId = intern(tagId);
}
