#pragma once

// Shared by the conversation route tests: one sandbox per test class, what the tests need to know
// about its demo organisation, and short ways to read a conversation and its activity log.
#include "sandboxfixture.h"

#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QStringList>
#include <QTest>
#include <QUuid>

#include <functional>

using namespace Qt::StringLiterals;

namespace ConversationTest {
using Reply = SandboxFixture::Reply;

inline QString randomUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

inline QString messageOf(const Reply &reply)
{
    return reply.object().value(u"message"_s).toString();
}

inline QString idOf(const QJsonValue &value)
{
    return value.toObject().value(u"id"_s).toString();
}

inline QString str(const QJsonObject &object, const QString &key)
{
    return object.value(key).toString();
}

inline QJsonObject textContent(const QString &text)
{
    return {{u"value"_s, text}, {u"_type"_s, u"Text"_s}};
}

inline QJsonObject inboundMessage(const QString &text)
{
    return {{u"_type"_s, u"Inbound"_s}, {u"content"_s, textContent(text)}};
}

inline QJsonObject outboundMessage(const QString &agentId, const QString &text)
{
    QJsonObject message{{u"_type"_s, u"Outbound"_s}, {u"agentId"_s, agentId}};
    if (!text.isEmpty())
        message.insert(u"content"_s, textContent(text));
    return message;
}

inline QString path(qint64 id, const QString &rest = {})
{
    return u"/v1/conversations/%1%2"_s.arg(id).arg(rest);
}

// An id no conversation has.
inline constexpr qint64 UnknownId = 987654321;
} // namespace ConversationTest

// The base of the conversation route test classes (each derived class is one Qt Test object).
class ConversationRoutesTest : public QObject
{
protected:
    SandboxFixture m_sandbox;
    QStringList m_agents;
    QHash<QString, QString> m_agentNames;
    QString m_endUser; // an end user with an email address and a phone number
    QString m_endUserEmail;
    QString m_defaultQueue;
    QStringList m_queues;
    QHash<QString, QString> m_queueNames;

    // Learns the organisation's agents, an end user and the queues; false when they are missing.
    bool loadOrganisation()
    {
        using namespace ConversationTest;
        if (!m_sandbox.isRunning())
            return false;
        for (const QJsonValue &agent :
             m_sandbox.get(u"/v1/agents?pageLimit=20"_s).data().toArray()) {
            m_agents.append(idOf(agent));
            m_agentNames.insert(idOf(agent), str(agent.toObject(), u"displayName"_s));
        }
        for (const QJsonValue &user :
             m_sandbox.get(u"/v1/endusers?pageLimit=50"_s).data().toArray()) {
            const QJsonObject object = user.toObject();
            if (!str(object, u"email"_s).isEmpty() && !str(object, u"phoneNumber"_s).isEmpty()) {
                m_endUser = idOf(user);
                m_endUserEmail = str(object, u"email"_s);
                break;
            }
        }
        for (const QJsonValue &queue : m_sandbox.get(u"/v1/queues"_s).data().toArray()) {
            m_queues.append(idOf(queue));
            m_queueNames.insert(idOf(queue), str(queue.toObject(), u"name"_s));
            if (queue.toObject().value(u"isDefault"_s).toBool())
                m_defaultQueue = idOf(queue);
        }
        return m_agents.size() >= 3 && !m_endUser.isEmpty() && m_queues.size() >= 2 &&
               !m_defaultQueue.isEmpty();
    }

    QJsonObject conversation(qint64 id)
    {
        const auto reply = m_sandbox.get(ConversationTest::path(id));
        return reply.status == 200 ? reply.data().toObject() : QJsonObject();
    }

    QJsonArray activity(qint64 id)
    {
        return m_sandbox.get(ConversationTest::path(id, u"/activitylog"_s)).data().toArray();
    }

    // The _type of each activity entry after the first `from`.
    QStringList activityTypes(qint64 id, qsizetype from)
    {
        QStringList types;
        const QJsonArray entries = activity(id);
        for (qsizetype i = from; i < entries.size(); ++i)
            types.append(ConversationTest::str(entries.at(i).toObject(), u"_type"_s));
        return types;
    }

    // The newest activity entry of `type`; empty when there is none.
    QJsonObject lastEntry(qint64 id, const QString &type)
    {
        const QJsonArray entries = activity(id);
        for (qsizetype i = entries.size() - 1; i >= 0; --i) {
            if (ConversationTest::str(entries.at(i).toObject(), u"_type"_s) == type)
                return entries.at(i).toObject();
        }
        return {};
    }

    QJsonObject lastAttributes(qint64 id, const QString &type)
    {
        return lastEntry(id, type).value(u"attributes"_s).toObject();
    }

    QString lastAuthor(qint64 id, const QString &type)
    {
        return ConversationTest::idOf(lastEntry(id, type).value(u"author"_s));
    }

    // The first seeded conversation (not anonymized) that `wanted` accepts; 0 when none does.
    qint64 findSeeded(const std::function<bool(const QJsonObject &)> &wanted)
    {
        for (qint64 id = 1; id <= 3000; ++id) {
            const QJsonObject json = conversation(id);
            if (json.isEmpty())
                break;
            if (ConversationTest::str(json, u"_type"_s) != u"AnonymizedConversation" &&
                wanted(json))
                return id;
        }
        return 0;
    }

    // A fresh inbound email conversation, so that each test starts from a known state.
    qint64 createEmail(const QString &subject = u"Where is my order?"_s)
    {
        const auto reply = m_sandbox.post(
            u"/v1/conversations"_s,
            QJsonObject{{u"_type"_s, u"Email"_s},
                        {u"requesterId"_s, m_endUser},
                        {u"emailIntegrationId"_s, u"support@email.dixa.io"_s},
                        {u"subject"_s, subject},
                        {u"message"_s, ConversationTest::inboundMessage(u"Hello there"_s)}});
        return reply.status == 201 ? reply.data().toObject().value(u"id"_s).toInteger() : 0;
    }

    QString createTag(const QString &name)
    {
        return ConversationTest::idOf(
            m_sandbox.post(u"/v1/tags"_s, QJsonObject{{u"name"_s, name}}).data());
    }
};
