#include "datastore.h"

#include "sandboxtime.h"

#include <QDateTime>
#include <QUuid>

DataStore::DataStore() = default;
DataStore::~DataStore() = default;

void DataStore::setContentSource(std::unique_ptr<ContentSource> source)
{
    m_contentSource = std::move(source);
}

ConversationRecord *DataStore::conversation(qint64 id)
{
    const auto it = conversations.find(id);
    return it == conversations.end() ? nullptr : &it->second;
}

const ConversationRecord *DataStore::conversation(qint64 id) const
{
    const auto it = conversations.find(id);
    return it == conversations.end() ? nullptr : &it->second;
}

ConversationContent &DataStore::content(qint64 id)
{
    ConversationRecord &record = conversations.at(id);
    if (!record.content)
        record.content = peekContent(id);
    return *record.content;
}

ConversationContent DataStore::peekContent(qint64 id) const
{
    const ConversationRecord &record = conversations.at(id);
    if (record.content)
        return *record.content;
    if (m_contentSource)
        return m_contentSource->generate(record.json);
    return {};
}

void DataStore::logActivity(qint64 conversationId, const QString &type, const QString &authorId,
                            const QJsonObject &attributes)
{
    QJsonObject entry{
        {QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("conversationId"), conversationId},
        {QStringLiteral("activityTimestamp"), SandboxTime::zoned(QDateTime::currentDateTimeUtc())},
        {QStringLiteral("activityType"), QString(type + QStringLiteral("ActivityType"))},
        {QStringLiteral("_type"), type},
    };
    if (!authorId.isEmpty())
        entry.insert(QStringLiteral("author"), activityUser(authorId));
    if (!attributes.isEmpty())
        entry.insert(QStringLiteral("attributes"), attributes);
    content(conversationId).activity.append(entry);
}

QJsonObject DataStore::activityUser(const QString &userId) const
{
    const QJsonObject *user = agents.find(userId);
    if (!user)
        user = endUsers.find(userId);
    QJsonObject out{{QStringLiteral("id"), userId}};
    if (!user)
        return out;
    const QString name = user->value(QStringLiteral("displayName")).toString();
    if (!name.isEmpty())
        out.insert(QStringLiteral("name"), name);
    for (const QString &key : {QStringLiteral("email"), QStringLiteral("phoneNumber")}) {
        const QString value = user->value(key).toString();
        if (!value.isEmpty())
            out.insert(key, value);
    }
    return out;
}

bool DataStore::isAgentOrAdmin(const QString &userId) const
{
    return agents.contains(userId);
}
