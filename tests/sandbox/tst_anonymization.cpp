// Anonymization of conversations, single messages and end users: the 202 status at once, the
// scrubbing after the sandbox's delay, the request status, and the refusals.
#include "sandboxfixture.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QUuid>

#include <functional>
#include <map>

using namespace Qt::StringLiterals;

namespace {
QString messageOf(const SandboxFixture::Reply &reply)
{
    return reply.object().value(u"message"_s).toString();
}

QString stringOf(const QJsonValue &object, const QString &key)
{
    return object.toObject().value(key).toString();
}

// The texts a message shows, wherever its attributes variant keeps them.
QString messageText(const QJsonValue &message)
{
    const QJsonObject attributes = message.toObject().value(u"attributes"_s).toObject();
    const QString content = stringOf(attributes.value(u"content"_s), u"value"_s);
    if (!content.isEmpty())
        return content;
    return stringOf(attributes.value(u"emailContent"_s).toObject().value(u"content"_s), u"value"_s);
}
} // namespace

class TestAnonymization : public QObject
{
    Q_OBJECT

private:
    SandboxFixture m_sandbox;
    std::map<qint64, QJsonObject> m_conversations;
    QSet<qint64> m_used;

    qint64 pick(const std::function<bool(const QJsonObject &)> &accept)
    {
        for (const auto &[id, conversation] : m_conversations) {
            if (!m_used.contains(id) && accept(conversation)) {
                m_used.insert(id);
                return id;
            }
        }
        return 0;
    }
    static bool isClosed(const QJsonObject &conversation)
    {
        return conversation.value(u"state"_s).toString() == QLatin1String("Closed");
    }
    QString path(qint64 id, const QString &tail = {}) const
    {
        return u"/v1/conversations/%1%2"_s.arg(id).arg(tail);
    }
    QJsonArray list(qint64 id, const QString &tail)
    {
        return m_sandbox.get(path(id, tail)).data().toArray();
    }
    QJsonObject conversation(qint64 id) { return m_sandbox.get(path(id)).data().toObject(); }
    // Ids of the conversations free-text search finds for `text` (first page).
    QList<qint64> search(const QString &text)
    {
        const auto reply = m_sandbox.post(
            u"/v1/search/conversations?pageLimit=50"_s,
            QJsonObject{{u"query"_s, QJsonObject{{u"value"_s, text}, {u"exactMatch"_s, true}}}});
        QList<qint64> ids;
        for (const QJsonValue &hit : reply.data().toArray())
            ids.append(hit.toObject().value(u"id"_s).toInteger());
        return ids;
    }
    QJsonObject status(const QString &requestId)
    {
        return m_sandbox.get(u"/v1/anonymization/request/"_s + requestId).data().toObject();
    }
    // Every text of a conversation that anonymization must remove.
    QStringList personalTexts(qint64 id)
    {
        QStringList texts;
        for (const QJsonValue &message : list(id, u"/messages"_s)) {
            if (messageText(message).size() > 3)
                texts.append(messageText(message));
        }
        for (const QJsonValue &note : list(id, u"/notes"_s))
            texts.append(stringOf(note, u"message"_s));
        return texts;
    }
    // Whether any of `texts` still appears in the conversation's messages, notes or activity log.
    bool stillContains(qint64 id, const QStringList &texts)
    {
        QByteArray everything = m_sandbox.get(path(id, u"/messages"_s)).body;
        everything += m_sandbox.get(path(id, u"/notes"_s)).body;
        everything += m_sandbox.get(path(id, u"/activitylog"_s)).body;
        const QString all = QString::fromUtf8(everything);
        for (const QString &text : texts) {
            // Compare as JSON-escaped text, the form the bodies carry.
            const QByteArray escaped =
                QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
            if (all.contains(QString::fromUtf8(escaped.mid(1, escaped.size() - 2))))
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.isRunning());
        for (qint64 id = 1; id <= 400; ++id) {
            const auto reply = m_sandbox.get(path(id));
            if (reply.status == 200)
                m_conversations.emplace(id, reply.data().toObject());
        }
        QVERIFY(m_conversations.size() > 100);
    }

    void cleanup()
    {
        m_sandbox.put(u"/_sandbox/settings"_s, QJsonObject{{u"anonymizeDelayMs"_s, 100}});
    }

    void anonymizeClosedConversation()
    {
        const qint64 id = pick([this](const QJsonObject &c) {
            const qint64 cid = c.value(u"id"_s).toInteger();
            return isClosed(c) && c.contains(u"subject"_s) && c.contains(u"fromEmail"_s) &&
                   list(cid, u"/messages"_s).size() >= 2 && !list(cid, u"/notes"_s).isEmpty();
        });
        QVERIFY(id > 0);
        const QJsonObject before = conversation(id);
        const QString email = stringOf(before, u"fromEmail"_s);
        QVERIFY(search(email).contains(id));
        const QStringList texts = personalTexts(id);
        QVERIFY(texts.size() >= 3);
        QVERIFY(!stillContains(id, {u"no such text anywhere"_s}));
        QVERIFY(stillContains(id, texts));

        // A longer delay, so that "not yet processed" is not a race.
        QCOMPARE(m_sandbox.put(u"/_sandbox/settings"_s, QJsonObject{{u"anonymizeDelayMs"_s, 1500}})
                     .status,
                 200);
        auto reply = m_sandbox.send("PATCH", path(id, u"/anonymize"_s));
        QCOMPARE(reply.status, 202);
        const QJsonObject accepted = reply.data().toObject();
        QVERIFY(!QUuid::fromString(stringOf(accepted, u"id"_s)).isNull());
        QCOMPARE(stringOf(accepted, u"_type"_s), u"Conversation"_s);
        QCOMPARE(stringOf(accepted, u"entityType"_s), u"ConversationAnonymizationType"_s);
        QCOMPARE(stringOf(accepted, u"targetEntityId"_s), QString::number(id));
        QVERIFY(stringOf(accepted, u"initiatedAt"_s).endsWith(u"Z[GMT]"_s));
        QVERIFY(accepted.contains(u"requestedBy"_s));
        QVERIFY(!accepted.contains(u"processedAt"_s));
        const QString requestId = stringOf(accepted, u"id"_s);

        // Nothing is scrubbed yet; a second request for the same conversation conflicts.
        QCOMPARE(conversation(id), before);
        QVERIFY(stillContains(id, texts));
        QVERIFY(!status(requestId).contains(u"processedAt"_s));
        reply = m_sandbox.send("PATCH", path(id, u"/anonymize?force=true"_s));
        QCOMPARE(reply.status, 409);

        QTRY_VERIFY_WITH_TIMEOUT(status(requestId).contains(u"processedAt"_s), 10000);
        const QJsonObject done = status(requestId);
        QCOMPARE(stringOf(done, u"targetEntityId"_s), QString::number(id));
        QVERIFY(stringOf(done, u"processedAt"_s).endsWith(u"Z[GMT]"_s));

        const QJsonObject after = conversation(id);
        QCOMPARE(stringOf(after, u"_type"_s), u"AnonymizedConversation"_s);
        QCOMPARE(after.value(u"id"_s).toInteger(), id);
        for (const QString &key : {u"requesterId"_s, u"channel"_s, u"createdAt"_s, u"state"_s})
            QCOMPARE(after.value(key), before.value(key));
        QVERIFY(!stringOf(after, u"anonymizedAt"_s).isEmpty());
        for (const QString &key : {u"subject"_s, u"fromEmail"_s, u"toEmail"_s, u"fromNumber"_s,
                                   u"toNumber"_s, u"browserInfo"_s, u"assignment"_s, u"queue"_s})
            QVERIFY2(!after.contains(key), qPrintable(key));
        for (const QJsonValue &attribute : after.value(u"customAttributes"_s).toArray())
            QVERIFY(!attribute.toObject().contains(u"value"_s));
        QVERIFY(!stillContains(id, texts));
        for (const QJsonValue &message : list(id, u"/messages"_s)) {
            QCOMPARE(messageText(message), u"[anonymized]"_s);
            const QJsonObject attributes = message.toObject().value(u"attributes"_s).toObject();
            QVERIFY(attributes.value(u"attachments"_s).toArray().isEmpty());
        }
        for (const QJsonValue &note : list(id, u"/notes"_s))
            QCOMPARE(stringOf(note, u"message"_s), u"[anonymized]"_s);
        QVERIFY(!search(email).contains(id));

        // An anonymized conversation takes no more messages or notes.
        reply = m_sandbox.post(path(id, u"/notes"_s), QJsonObject{{u"message"_s, u"late"_s}});
        QCOMPARE(reply.status, 400);
        reply = m_sandbox.post(path(id, u"/messages"_s),
                               QJsonObject{{u"_type"_s, u"Inbound"_s},
                                           {u"content"_s, QJsonObject{{u"value"_s, u"late"_s}}}});
        QCOMPARE(reply.status, 400);
    }

    void openConversationNeedsForce()
    {
        const qint64 id = pick([](const QJsonObject &c) { return !isClosed(c); });
        QVERIFY(id > 0);
        const QString state = stringOf(conversation(id), u"state"_s);

        auto reply = m_sandbox.send("PATCH", path(id, u"/anonymize"_s));
        QCOMPARE(reply.status, 409);
        QVERIFY(!messageOf(reply).isEmpty());
        reply = m_sandbox.send("PATCH", path(id, u"/anonymize?force=false"_s));
        QCOMPARE(reply.status, 409);
        QCOMPARE(stringOf(conversation(id), u"state"_s), state);

        reply = m_sandbox.send("PATCH", path(id, u"/anonymize?force=yes"_s));
        QCOMPARE(reply.status, 400);
        QCOMPARE(messageOf(reply), u"Invalid value for: query parameter force"_s);

        reply = m_sandbox.send("PATCH", path(id, u"/anonymize?force=true"_s));
        QCOMPARE(reply.status, 202);
        const QString requestId = stringOf(reply.data(), u"id"_s);
        // Closed at once, scrubbed later.
        QCOMPARE(stringOf(conversation(id), u"state"_s), u"Closed"_s);
        bool closedLogged = false;
        for (const QJsonValue &entry : list(id, u"/activitylog"_s))
            closedLogged =
                closedLogged || stringOf(entry, u"_type"_s) == QLatin1String("ConversationClosed");
        QVERIFY(closedLogged);
        QTRY_COMPARE(stringOf(conversation(id), u"_type"_s), u"AnonymizedConversation"_s);
        QTRY_VERIFY(status(requestId).contains(u"processedAt"_s));
        QCOMPARE(stringOf(conversation(id), u"state"_s), u"Closed"_s);
    }

    // What a message said leaves free-text search with it; the rest of the conversation stays.
    void anonymizedMessageLeavesSearch()
    {
        const qint64 id = pick([](const QJsonObject &c) {
            return c.value(u"channel"_s).toString() == QLatin1String("Email");
        });
        QVERIFY(id > 0);
        // The customer's address is in the index and names few conversations.
        const QString email = stringOf(conversation(id), u"fromEmail"_s);
        QVERIFY(search(email).contains(id));
        const QJsonObject message{
            {u"_type"_s, u"Inbound"_s},
            {u"content"_s,
             QJsonObject{{u"value"_s, u"<p>My quokkasaurus pendant arrived broken</p>"_s},
                         {u"_type"_s, u"Html"_s}}}};
        auto reply = m_sandbox.post(path(id, u"/messages"_s), message);
        QCOMPARE(reply.status, 200);
        const QString messageId = stringOf(reply.data(), u"messageId"_s);
        QCOMPARE(search(u"quokkasaurus"_s), QList<qint64>{id});

        reply = m_sandbox.send("PATCH", path(id, u"/messages/%1/anonymize"_s.arg(messageId)));
        QCOMPARE(reply.status, 202);
        const QString requestId = stringOf(reply.data(), u"id"_s);
        QTRY_VERIFY(status(requestId).contains(u"processedAt"_s));
        QVERIFY(search(u"quokkasaurus"_s).isEmpty());
        QVERIFY(search(email).contains(id));
    }

    void conversationErrors()
    {
        QCOMPARE(m_sandbox.send("PATCH", path(99999999, u"/anonymize"_s)).status, 404);
        auto reply = m_sandbox.send("PATCH", u"/v1/conversations/abc/anonymize"_s);
        QCOMPARE(reply.status, 400);
        QCOMPARE(messageOf(reply), u"Invalid value for: path parameter conversationId"_s);
        QCOMPARE(m_sandbox
                     .get(u"/v1/anonymization/request/"_s +
                          QUuid::createUuid().toString(QUuid::WithoutBraces))
                     .status,
                 404);
    }

    void anonymizeOneMessage()
    {
        const qint64 id = pick([this](const QJsonObject &c) {
            const QJsonArray messages = list(c.value(u"id"_s).toInteger(), u"/messages"_s);
            return messages.size() >= 2 && messageText(messages.at(0)).size() > 3;
        });
        QVERIFY(id > 0);
        const QJsonArray messages = list(id, u"/messages"_s);
        const QString messageId = stringOf(messages.at(0), u"id"_s);
        const QString secret = messageText(messages.at(0));
        QVERIFY(secret.size() > 3);

        auto reply = m_sandbox.send("PATCH", path(id, u"/messages/%1/anonymize"_s.arg(messageId)));
        QCOMPARE(reply.status, 202);
        const QJsonObject accepted = reply.data().toObject();
        QCOMPARE(stringOf(accepted, u"_type"_s), u"Message"_s);
        QCOMPARE(stringOf(accepted, u"entityType"_s), u"MessageAnonymizationType"_s);
        QCOMPARE(stringOf(accepted, u"targetEntityId"_s), u"%1_%2"_s.arg(id).arg(messageId));
        QVERIFY(!accepted.contains(u"processedAt"_s));
        const QString requestId = stringOf(accepted, u"id"_s);

        QTRY_VERIFY(status(requestId).contains(u"processedAt"_s));
        const QJsonArray after = list(id, u"/messages"_s);
        QCOMPARE(after.size(), messages.size());
        QCOMPARE(messageText(after.at(0)), u"[anonymized]"_s);
        QCOMPARE(stringOf(after.at(0), u"id"_s), messageId);
        for (qsizetype i = 1; i < after.size(); ++i)
            QCOMPARE(after.at(i), messages.at(i));
        QVERIFY(stringOf(conversation(id), u"_type"_s) != QLatin1String("AnonymizedConversation"));
        QCOMPARE(stringOf(list(id, u"/activitylog"_s).last(), u"_type"_s),
                 u"ConversationMessageRedacted"_s);

        const QString unknown = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QCOMPARE(m_sandbox.send("PATCH", path(id, u"/messages/%1/anonymize"_s.arg(unknown))).status,
                 404);
        reply = m_sandbox.send("PATCH", path(id, u"/messages/not-a-uuid/anonymize"_s));
        QCOMPARE(reply.status, 400);
        QCOMPARE(messageOf(reply), u"Invalid value for: path parameter messageId"_s);
        QCOMPARE(m_sandbox.send("PATCH", path(99999999, u"/messages/%1/anonymize"_s.arg(messageId)))
                     .status,
                 404);
    }

    void anonymizeEndUser()
    {
        // An end user with a conversation that is not closed.
        const qint64 open = pick([](const QJsonObject &c) { return !isClosed(c); });
        QVERIFY(open > 0);
        const QString userId = stringOf(m_conversations.at(open), u"requesterId"_s);
        QList<qint64> theirs;
        for (const auto &[id, c] : m_conversations) {
            if (stringOf(c, u"requesterId"_s) == userId) {
                theirs.append(id);
                m_used.insert(id);
            }
        }
        const QJsonObject profile = m_sandbox.get(u"/v1/endusers/"_s + userId).data().toObject();
        QVERIFY(!stringOf(profile, u"displayName"_s).isEmpty());

        auto reply = m_sandbox.send("PATCH", u"/v1/endusers/%1/anonymize"_s.arg(userId));
        QCOMPARE(reply.status, 409);
        reply = m_sandbox.send("PATCH", u"/v1/endusers/%1/anonymize?force=maybe"_s.arg(userId));
        QCOMPARE(reply.status, 400);
        QCOMPARE(messageOf(reply), u"Invalid value for: query parameter force"_s);
        QCOMPARE(m_sandbox.get(u"/v1/endusers/"_s + userId).data().toObject(), profile);

        reply = m_sandbox.send("PATCH", u"/v1/endusers/%1/anonymize?force=true"_s.arg(userId));
        QCOMPARE(reply.status, 202);
        const QJsonObject accepted = reply.data().toObject();
        QCOMPARE(stringOf(accepted, u"_type"_s), u"User"_s);
        QCOMPARE(stringOf(accepted, u"entityType"_s), u"UserAnonymizationType"_s);
        QCOMPARE(stringOf(accepted, u"targetEntityId"_s), userId);
        const QString requestId = stringOf(accepted, u"id"_s);
        QCOMPARE(
            m_sandbox.send("PATCH", u"/v1/endusers/%1/anonymize?force=true"_s.arg(userId)).status,
            409);

        QTRY_VERIFY(status(requestId).contains(u"processedAt"_s));
        const QJsonObject after = m_sandbox.get(u"/v1/endusers/"_s + userId).data().toObject();
        QCOMPARE(stringOf(after, u"id"_s), userId);
        QCOMPARE(after.value(u"createdAt"_s), profile.value(u"createdAt"_s));
        QCOMPARE(stringOf(after, u"displayName"_s), u"Anonymized user"_s);
        for (const QString &key :
             {u"email"_s, u"phoneNumber"_s, u"firstName"_s, u"lastName"_s, u"additionalEmails"_s,
              u"additionalPhoneNumbers"_s, u"externalId"_s})
            QVERIFY2(!after.contains(key), qPrintable(key));
        for (const QJsonValue &attribute : after.value(u"customAttributes"_s).toArray())
            QVERIFY(!attribute.toObject().contains(u"value"_s));
        for (const qint64 id : std::as_const(theirs)) {
            const QJsonObject c = conversation(id);
            QCOMPARE(stringOf(c, u"_type"_s), u"AnonymizedConversation"_s);
            QCOMPARE(stringOf(c, u"state"_s), u"Closed"_s);
        }
        // Their name is gone from activity-log authors too.
        const QString name = stringOf(profile, u"displayName"_s);
        for (const qint64 id : std::as_const(theirs))
            QVERIFY(!m_sandbox.get(path(id, u"/activitylog"_s)).body.contains(name.toUtf8()));

        QCOMPARE(m_sandbox
                     .send("PATCH", u"/v1/endusers/%1/anonymize"_s.arg(
                                        QUuid::createUuid().toString(QUuid::WithoutBraces)))
                     .status,
                 404);
        reply = m_sandbox.send("PATCH", u"/v1/endusers/nobody/anonymize"_s);
        QCOMPARE(reply.status, 400);
        QCOMPARE(messageOf(reply), u"Invalid value for: path parameter userId"_s);
    }
};

QTEST_GUILESS_MAIN(TestAnonymization)
#include "tst_anonymization.moc"
