// Messages, internal notes, activity logs and ratings of the sandbox's conversations, over HTTP.
#include "sandboxfixture.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUuid>

#include <functional>
#include <map>

using namespace Qt::StringLiterals;

namespace {
QDateTime parseTime(const QString &text)
{
    QString trimmed = text;
    trimmed.remove(QRegularExpression(u"\\[[^\\]]*\\]$"_s));
    QDateTime time = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!trimmed.endsWith(QLatin1Char('Z')))
        time.setTimeSpec(Qt::UTC);
    return time.toUTC();
}

bool isUuid(const QJsonValue &value)
{
    return !QUuid::fromString(value.toString()).isNull();
}

QString randomUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject text(const QString &value, const QString &format = u"Text"_s)
{
    return QJsonObject{{u"value"_s, value}, {u"_type"_s, format}};
}

QJsonObject inbound(const QString &value)
{
    return QJsonObject{{u"_type"_s, u"Inbound"_s}, {u"content"_s, text(value)}};
}

QJsonObject outbound(const QString &agentId, const QJsonObject &content)
{
    return QJsonObject{
        {u"_type"_s, u"Outbound"_s}, {u"agentId"_s, agentId}, {u"content"_s, content}};
}

QJsonObject attachment(const QString &url, const QString &name)
{
    return QJsonObject{{u"url"_s, url}, {u"prettyName"_s, name}};
}

QString messageOf(const SandboxFixture::Reply &reply)
{
    return reply.object().value(u"message"_s).toString();
}

QList<QDateTime> timesOf(const QJsonArray &items, const QString &key)
{
    QList<QDateTime> times;
    for (const QJsonValue &item : items)
        times.append(parseTime(item.toObject().value(key).toString()));
    return times;
}

bool nonDecreasing(const QList<QDateTime> &times)
{
    for (qsizetype i = 1; i < times.size(); ++i) {
        if (!times.at(i).isValid() || times.at(i) < times.at(i - 1))
            return false;
    }
    return true;
}
} // namespace

class TestMessageRoutes : public QObject
{
    Q_OBJECT

private:
    SandboxFixture m_sandbox;
    std::map<qint64, QJsonObject> m_conversations; // the first demo conversations, by id
    QSet<qint64> m_used;                           // changed by an earlier test function
    QStringList m_agentIds;
    QString m_endUserId;

    // An unused demo conversation that fits `accept`; 0 when there is none.
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
    qint64 pickChannel(const QString &channel)
    {
        return pick([&channel](const QJsonObject &conversation) {
            return conversation.value(u"channel"_s).toString() == channel;
        });
    }
    QString path(qint64 id, const QString &tail) const
    {
        return u"/v1/conversations/%1%2"_s.arg(id).arg(tail);
    }
    QJsonArray list(qint64 id, const QString &tail)
    {
        const auto reply = m_sandbox.get(path(id, tail));
        return reply.status == 200 ? reply.data().toArray() : QJsonArray();
    }

    QJsonObject lastAttributes(qint64 id)
    {
        return list(id, u"/messages"_s).last().toObject().value(u"attributes"_s).toObject();
    }

    // Every entry of the organisation-wide activity log (pageLimit per page), following meta.next.
    QJsonArray walkOrganizationLog(const QString &query, int *pages = nullptr)
    {
        QJsonArray all;
        QString next = u"/v1/conversations/activitylog?"_s + query;
        int count = 0;
        while (!next.isEmpty() && count < 10000) {
            const auto reply = m_sandbox.get(next);
            if (reply.status != 200)
                return {};
            for (const QJsonValue &entry : reply.data().toArray())
                all.append(entry);
            next = reply.object().value(u"meta"_s).toObject().value(u"next"_s).toString();
            ++count;
        }
        if (pages)
            *pages = count;
        return all;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.isRunning());
        for (qint64 id = 1; id <= 400; ++id) {
            const auto reply = m_sandbox.get(path(id, {}));
            if (reply.status == 200)
                m_conversations.emplace(id, reply.data().toObject());
        }
        QVERIFY2(m_conversations.size() > 100, "the demo organisation has conversations");
        const auto agents = m_sandbox.get(u"/v1/agents?pageLimit=20"_s);
        QCOMPARE(agents.status, 200);
        for (const QJsonValue &agent : agents.data().toArray())
            m_agentIds.append(agent.toObject().value(u"id"_s).toString());
        QVERIFY(m_agentIds.size() >= 2);
        const auto endUsers = m_sandbox.get(u"/v1/endusers?pageLimit=1"_s);
        QCOMPARE(endUsers.status, 200);
        m_endUserId = endUsers.data().toArray().at(0).toObject().value(u"id"_s).toString();
        QVERIFY(isUuid(m_endUserId));
    }

    void cleanup() { m_sandbox.del(u"/_sandbox/faults"_s); }

    // Runs first, before other functions add entries "now".
    void organizationActivityLogWalk()
    {
        int pages = 0;
        const QJsonArray all = walkOrganizationLog(u"pageLimit=500"_s, &pages);
        QVERIFY(all.size() > 500);
        QVERIFY(pages > 1);
        QSet<QString> ids;
        qint64 previousConversation = 0;
        for (const QJsonValue &value : all) {
            const QJsonObject entry = value.toObject();
            QVERIFY(isUuid(entry.value(u"id"_s)));
            ids.insert(entry.value(u"id"_s).toString());
            const qint64 conversation = entry.value(u"conversationId"_s).toInteger();
            QVERIFY(conversation >= previousConversation); // conversations in id order
            previousConversation = conversation;
        }
        QCOMPARE(ids.size(), all.size());

        // The walk holds each conversation's own log, whole and in order.
        for (const qint64 id :
             {m_conversations.begin()->first, std::next(m_conversations.begin(), 7)->first}) {
            QJsonArray fromWalk;
            for (const QJsonValue &entry : all) {
                if (entry.toObject().value(u"conversationId"_s).toInteger() == id)
                    fromWalk.append(entry);
            }
            QVERIFY(!fromWalk.isEmpty());
            QCOMPARE(fromWalk, list(id, u"/activitylog"_s));
        }

        // A window of time, walked in small pages: exactly the entries of the window, once each.
        QList<QDateTime> times = timesOf(all, u"activityTimestamp"_s);
        std::sort(times.begin(), times.end());
        const QDateTime from = times.at(times.size() / 3);
        const QDateTime to = times.at(times.size() / 3 + 60);
        QSet<QString> expected;
        for (const QJsonValue &value : all) {
            const QDateTime when =
                parseTime(value.toObject().value(u"activityTimestamp"_s).toString());
            if (when >= from && when <= to)
                expected.insert(value.toObject().value(u"id"_s).toString());
        }
        QVERIFY(expected.size() >= 61);
        // from in the "…Z[GMT]" form, to in the plain form: both are Dixa date forms.
        const QString query = u"pageLimit=7&fromDatetime=%1&toDatetime=%2"_s.arg(
            QString::fromLatin1(
                QUrl::toPercentEncoding(from.toString(Qt::ISODateWithMs) + u"[GMT]"_s)),
            QString::fromLatin1(QUrl::toPercentEncoding(to.toString(Qt::ISODateWithMs))));
        const QJsonArray window = walkOrganizationLog(query, &pages);
        QSet<QString> seen;
        for (const QJsonValue &value : window) {
            const QString id = value.toObject().value(u"id"_s).toString();
            QVERIFY2(!seen.contains(id), "no entry twice");
            seen.insert(id);
        }
        QCOMPARE(seen, expected);
        QCOMPARE(pages, int((expected.size() + 6) / 7));
    }

    void organizationActivityLogErrors()
    {
        const QString base = u"/v1/conversations/activitylog?"_s;
        auto reply = m_sandbox.get(base + u"fromDatetime=yesterday"_s);
        QCOMPARE(reply.status, 400);
        QCOMPARE(messageOf(reply), u"Invalid value for: query parameter fromDatetime"_s);
        reply = m_sandbox.get(base + u"toDatetime=2024-13-45T00:00:00Z"_s);
        QCOMPARE(reply.status, 400);
        QCOMPARE(messageOf(reply), u"Invalid value for: query parameter toDatetime"_s);
        reply = m_sandbox.get(base + u"pageLimit=0"_s);
        QCOMPARE(reply.status, 400);
        reply = m_sandbox.get(base + u"pageLimit=501"_s);
        QCOMPARE(reply.status, 400);
        reply = m_sandbox.get(base + u"pageKey=%25%25not-a-key"_s);
        QCOMPARE(reply.status, 400);
        QCOMPARE(messageOf(reply), u"Invalid value for: query parameter pageKey"_s);
        // A window in the future is empty and has no next page.
        reply = m_sandbox.get(base + u"fromDatetime=2999-01-01T00:00:00Z"_s);
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.data().toArray().isEmpty());
        QVERIFY(!reply.object().contains(u"meta"_s));
    }

    void conversationActivityLog()
    {
        const qint64 id = m_conversations.begin()->first;
        const auto reply = m_sandbox.get(path(id, u"/activitylog"_s));
        QCOMPARE(reply.status, 200);
        const QJsonArray entries = reply.data().toArray();
        QVERIFY(!entries.isEmpty());
        QVERIFY(nonDecreasing(timesOf(entries, u"activityTimestamp"_s)));
        for (const QJsonValue &entry : entries) {
            QCOMPARE(entry.toObject().value(u"conversationId"_s).toInteger(), id);
            QVERIFY(entry.toObject().value(u"activityTimestamp"_s).toString().endsWith(u"[GMT]"_s));
        }
        QCOMPARE(m_sandbox.get(path(99999999, u"/activitylog"_s)).status, 404);
        QCOMPARE(m_sandbox.get(u"/v1/conversations/x1/activitylog"_s).status, 400);
    }

    void listMessagesOldestFirst()
    {
        const qint64 id = pick([this](const QJsonObject &conversation) {
            return list(conversation.value(u"id"_s).toInteger(), u"/messages"_s).size() >= 3;
        });
        QVERIFY(id > 0);
        const QJsonArray messages = list(id, u"/messages"_s);
        QVERIFY(nonDecreasing(timesOf(messages, u"createdAt"_s)));
        for (const QJsonValue &value : messages) {
            const QJsonObject message = value.toObject();
            QVERIFY(isUuid(message.value(u"id"_s)));
            QVERIFY(isUuid(message.value(u"authorId"_s)));
            QVERIFY(message.value(u"attributes"_s).toObject().contains(u"_type"_s));
        }
        // Served the same way twice (generated content is stable).
        QCOMPARE(list(id, u"/messages"_s), messages);

        auto reply = m_sandbox.get(path(99999999, u"/messages"_s));
        QCOMPARE(reply.status, 404);
        QCOMPARE(messageOf(reply), u"The requested resource could not be found"_s);
        reply = m_sandbox.get(u"/v1/conversations/abc/messages"_s);
        QCOMPARE(reply.status, 400);
        QCOMPARE(messageOf(reply), u"Invalid value for: path parameter conversationId"_s);
    }

    void addMessageToEmailConversation()
    {
        const qint64 id = pickChannel(u"Email"_s);
        QVERIFY(id > 0);
        const QString requester = m_conversations.at(id).value(u"requesterId"_s).toString();
        const qsizetype before = list(id, u"/messages"_s).size();

        QJsonObject in = inbound(u"Where is my zebrawood lamp?"_s);
        in.insert(u"externalId"_s, u"ext-1"_s);
        auto reply = m_sandbox.post(path(id, u"/messages"_s), in);
        QCOMPARE(reply.status, 200);
        QJsonObject data = reply.data().toObject();
        QCOMPARE(data.value(u"direction"_s).toString(), u"Inbound"_s);
        QCOMPARE(data.value(u"authorId"_s).toString(), requester);
        QCOMPARE(data.value(u"externalId"_s).toString(), u"ext-1"_s);
        QCOMPARE(data.value(u"content"_s).toObject(), text(u"Where is my zebrawood lamp?"_s));
        QVERIFY(isUuid(data.value(u"messageId"_s)));
        QVERIFY(parseTime(data.value(u"createdAt"_s).toString()).isValid());
        const QString inboundId = data.value(u"messageId"_s).toString();

        reply = m_sandbox.post(path(id, u"/messages"_s),
                               outbound(m_agentIds.at(1), text(u"<p>On its way</p>"_s, u"Html"_s)));
        QCOMPARE(reply.status, 200);
        data = reply.data().toObject();
        QCOMPARE(data.value(u"direction"_s).toString(), u"Outbound"_s);
        QCOMPARE(data.value(u"authorId"_s).toString(), m_agentIds.at(1));
        QVERIFY(!data.contains(u"externalId"_s));
        const QString outboundId = data.value(u"messageId"_s).toString();

        const QJsonArray messages = list(id, u"/messages"_s);
        QCOMPARE(messages.size(), before + 2);
        const QJsonObject stored = messages.at(before).toObject();
        QCOMPARE(stored.value(u"id"_s).toString(), inboundId);
        QCOMPARE(stored.value(u"externalId"_s).toString(), u"ext-1"_s);
        QVERIFY(stored.value(u"createdAt"_s).toString().endsWith(u"Z[GMT]"_s));
        const QJsonObject attributes = stored.value(u"attributes"_s).toObject();
        QCOMPARE(attributes.value(u"_type"_s).toString(), u"EmailAttributes"_s);
        QCOMPARE(attributes.value(u"direction"_s).toString(), u"Inbound"_s);
        QCOMPARE(attributes.value(u"emailContent"_s).toObject().value(u"content"_s).toObject(),
                 text(u"Where is my zebrawood lamp?"_s));
        QVERIFY(!attributes.value(u"from"_s).toObject().value(u"email"_s).toString().isEmpty());
        QCOMPARE(messages.at(before + 1).toObject().value(u"id"_s).toString(), outboundId);
        QVERIFY(nonDecreasing(timesOf(messages, u"createdAt"_s)));

        const QJsonArray activity = list(id, u"/activitylog"_s);
        const QJsonObject customer = activity.at(activity.size() - 2).toObject();
        const QJsonObject agent = activity.last().toObject();
        QCOMPARE(customer.value(u"_type"_s).toString(), u"MessageAddedByCustomer"_s);
        QCOMPARE(customer.value(u"attributes"_s).toObject().value(u"messageId"_s).toString(),
                 inboundId);
        QCOMPARE(agent.value(u"_type"_s).toString(), u"MessageAddedByAgent"_s);
        QCOMPARE(agent.value(u"author"_s).toObject().value(u"id"_s).toString(), m_agentIds.at(1));

        // externalId is unique within the conversation.
        reply = m_sandbox.post(path(id, u"/messages"_s), in);
        QCOMPARE(reply.status, 400);
        QCOMPARE(messageOf(reply), u"Duplicate externalId"_s);
        QCOMPARE(list(id, u"/messages"_s).size(), before + 2);

        // What the customer wrote is found by free-text search.
        reply =
            m_sandbox.post(u"/v1/search/conversations"_s,
                           QJsonObject{{u"query"_s, QJsonObject{{u"value"_s, u"zebrawood"_s}}}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.data().toArray().size(), 1);
        QCOMPARE(reply.data().toArray().at(0).toObject().value(u"id"_s).toInteger(), id);
    }

    void addMessageChannelRules()
    {
        const QString agent = m_agentIds.at(0);
        const qint64 sms = pickChannel(u"Sms"_s);
        const qint64 whatsApp = pickChannel(u"WhatsApp"_s);
        const qint64 phone = pickChannel(u"PstnPhone"_s);
        const qint64 chat = pickChannel(u"WidgetChat"_s);
        QVERIFY(sms && whatsApp && phone && chat);

        auto reply = m_sandbox.post(path(sms, u"/messages"_s), inbound(u"hi"_s));
        QCOMPARE(reply.status, 400);
        QVERIFY(messageOf(reply).startsWith(u"Invalid input for Message"_s));
        reply = m_sandbox.post(path(sms, u"/messages"_s),
                               outbound(agent, text(u"Your code is 1234"_s)));
        QCOMPARE(reply.status, 200);
        QCOMPARE(lastAttributes(sms).value(u"_type"_s).toString(), u"SmsAttributes"_s);

        reply = m_sandbox.post(path(phone, u"/messages"_s), outbound(agent, text(u"hello"_s)));
        QCOMPARE(reply.status, 400);
        QCOMPARE(messageOf(reply), u"Unsupported ConversationChannel"_s);

        // WhatsApp: Outbound, Markdown, at most one attachment of an allowed type.
        reply = m_sandbox.post(path(whatsApp, u"/messages"_s), inbound(u"hi"_s));
        QCOMPARE(reply.status, 400);
        reply = m_sandbox.post(path(whatsApp, u"/messages"_s), outbound(agent, text(u"plain"_s)));
        QCOMPARE(reply.status, 400);
        QJsonObject two = outbound(agent, text(u"*two*"_s, u"Markdown"_s));
        two.insert(u"attachments"_s,
                   QJsonArray{attachment(u"https://example.com/a.png"_s, u"a.png"_s),
                              attachment(u"https://example.com/b.png"_s, u"b.png"_s)});
        reply = m_sandbox.post(path(whatsApp, u"/messages"_s), two);
        QCOMPARE(reply.status, 400);
        QJsonObject exe = outbound(agent, text(u"*file*"_s, u"Markdown"_s));
        exe.insert(u"attachments"_s,
                   QJsonArray{attachment(u"https://example.com/run.exe"_s, u"run.exe"_s)});
        QCOMPARE(m_sandbox.post(path(whatsApp, u"/messages"_s), exe).status, 400);
        QJsonObject one = outbound(agent, text(u"**receipt**"_s, u"Markdown"_s));
        one.insert(u"attachments"_s,
                   QJsonArray{attachment(u"https://example.com/receipt.pdf"_s, u"receipt.pdf"_s)});
        reply = m_sandbox.post(path(whatsApp, u"/messages"_s), one);
        QCOMPARE(reply.status, 200);
        const QJsonObject attributes = lastAttributes(whatsApp);
        QCOMPARE(attributes.value(u"_type"_s).toString(), u"WhatsAppAttributes"_s);
        QCOMPARE(attributes.value(u"attachments"_s).toArray().size(), 1);
        const QJsonObject file = attributes.value(u"attachments"_s).toArray().at(0).toObject();
        QCOMPARE(file.value(u"prettyName"_s).toString(), u"receipt.pdf"_s);
        QVERIFY(file.value(u"url"_s).toString().startsWith(u"https://files.dixa.io/"_s));
        // An attachment alone is a WhatsApp message too.
        QJsonObject only{
            {u"_type"_s, u"Outbound"_s},
            {u"agentId"_s, agent},
            {u"attachments"_s, QJsonArray{attachment(u"https://example.com/p.jpg"_s, u"p.jpg"_s)}}};
        QCOMPARE(m_sandbox.post(path(whatsApp, u"/messages"_s), only).status, 200);

        // Chat takes both directions.
        reply = m_sandbox.post(path(chat, u"/messages"_s), inbound(u"anyone there?"_s));
        QCOMPARE(reply.status, 200);
        QCOMPARE(lastAttributes(chat).value(u"_type"_s).toString(), u"ChatAttributes"_s);

        // Outbound needs an agent or admin.
        reply = m_sandbox.post(path(chat, u"/messages"_s), outbound(m_endUserId, text(u"x"_s)));
        QCOMPARE(reply.status, 400);
        QCOMPARE(messageOf(reply), u"User is not agent/admin"_s);
        reply = m_sandbox.post(path(chat, u"/messages"_s), outbound(randomUuid(), text(u"x"_s)));
        QCOMPARE(reply.status, 400);
        QCOMPARE(messageOf(reply), u"User not found"_s);
        reply =
            m_sandbox.post(path(chat, u"/messages"_s),
                           QJsonObject{{u"_type"_s, u"Outbound"_s}, {u"content"_s, text(u"x"_s)}});
        QCOMPARE(reply.status, 400);
        QVERIFY(messageOf(reply).startsWith(u"Invalid value for: body"_s));

        // Malformed bodies, unreachable attachments, unknown conversations.
        reply = m_sandbox.send("POST", path(chat, u"/messages"_s), "{not json");
        QCOMPARE(reply.status, 400);
        reply =
            m_sandbox.post(path(chat, u"/messages"_s), QJsonObject{{u"_type"_s, u"Sideways"_s}});
        QCOMPARE(reply.status, 400);
        QJsonObject badFile = inbound(u"see file"_s);
        badFile.insert(u"attachments"_s, QJsonArray{attachment(u"not a url"_s, u"f.png"_s)});
        reply = m_sandbox.post(path(chat, u"/messages"_s), badFile);
        QCOMPARE(reply.status, 400);
        QCOMPARE(messageOf(reply), u"Failure to download attachment"_s);
        QCOMPARE(m_sandbox.post(path(99999999, u"/messages"_s), inbound(u"x"_s)).status, 404);
    }

    void listNotes()
    {
        const qint64 id = pick([this](const QJsonObject &conversation) {
            return list(conversation.value(u"id"_s).toInteger(), u"/notes"_s).size() >= 1;
        });
        QVERIFY(id > 0);
        const QJsonArray notes = list(id, u"/notes"_s);
        QVERIFY(nonDecreasing(timesOf(notes, u"createdAt"_s)));
        for (const QJsonValue &note : notes) {
            QCOMPARE(note.toObject().value(u"csid"_s).toInteger(), id);
            QVERIFY(!note.toObject().value(u"message"_s).toString().isEmpty());
        }
        QCOMPARE(m_sandbox.get(path(99999999, u"/notes"_s)).status, 404);
        QCOMPARE(m_sandbox.get(u"/v1/conversations/1.5/notes"_s).status, 400);
    }

    void addNote()
    {
        const qint64 id = pickChannel(u"Email"_s);
        QVERIFY(id > 0);
        const qsizetype before = list(id, u"/notes"_s).size();
        auto reply = m_sandbox.post(
            path(id, u"/notes"_s), QJsonObject{{u"message"_s, u"Customer called, wants a refund"_s},
                                               {u"agentId"_s, m_agentIds.at(2)}});
        QCOMPARE(reply.status, 200);
        const QJsonObject note = reply.data().toObject();
        QVERIFY(isUuid(note.value(u"id"_s)));
        QCOMPARE(note.value(u"authorId"_s).toString(), m_agentIds.at(2));
        QCOMPARE(note.value(u"csid"_s).toInteger(), id);
        QCOMPARE(note.value(u"message"_s).toString(), u"Customer called, wants a refund"_s);
        QVERIFY(note.value(u"createdAt"_s).toString().endsWith(u"Z[GMT]"_s));
        QCOMPARE(list(id, u"/notes"_s).last().toObject(), note);
        const QJsonObject logged = list(id, u"/activitylog"_s).last().toObject();
        QCOMPARE(logged.value(u"_type"_s).toString(), u"NoteAdded"_s);
        QCOMPARE(logged.value(u"attributes"_s).toObject().value(u"message"_s).toString(),
                 u"Customer called, wants a refund"_s);

        // A createdAt in any Dixa date form is stored in the "…Z[GMT]" form, in time order.
        reply = m_sandbox.post(path(id, u"/notes"_s),
                               QJsonObject{{u"message"_s, u"back-dated"_s},
                                           {u"createdAt"_s, u"2001-02-03T04:05:06Z"_s}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.data().toObject().value(u"createdAt"_s).toString(),
                 u"2001-02-03T04:05:06.000Z[GMT]"_s);
        QVERIFY(isUuid(reply.data().toObject().value(u"authorId"_s)));
        const QJsonArray notes = list(id, u"/notes"_s);
        QCOMPARE(notes.size(), before + 2);
        QCOMPARE(notes.first().toObject().value(u"message"_s).toString(), u"back-dated"_s);
        QVERIFY(nonDecreasing(timesOf(notes, u"createdAt"_s)));
        reply = m_sandbox.post(path(id, u"/notes"_s),
                               QJsonObject{{u"message"_s, u"zoned"_s},
                                           {u"createdAt"_s, u"2021-12-01T12:46:36.581Z[GMT]"_s}});
        QCOMPARE(reply.data().toObject().value(u"createdAt"_s).toString(),
                 u"2021-12-01T12:46:36.581Z[GMT]"_s);

        reply = m_sandbox.post(path(id, u"/notes"_s),
                               QJsonObject{{u"message"_s, u"x"_s}, {u"agentId"_s, randomUuid()}});
        QCOMPARE(reply.status, 400);
        QCOMPARE(messageOf(reply), u"Agent was not found"_s);
        reply =
            m_sandbox.post(path(id, u"/notes"_s), QJsonObject{{u"message"_s, u"x"_s},
                                                              {u"createdAt"_s, u"last Tuesday"_s}});
        QCOMPARE(reply.status, 400);
        QCOMPARE(messageOf(reply), u"Invalid date format"_s);
        reply = m_sandbox.post(path(id, u"/notes"_s), QJsonObject{{u"message"_s, QString()}});
        QCOMPARE(reply.status, 400);
        QVERIFY(messageOf(reply).startsWith(u"Invalid value for: body"_s));
        QCOMPARE(
            m_sandbox.post(path(99999999, u"/notes"_s), QJsonObject{{u"message"_s, u"x"_s}}).status,
            404);
        QCOMPARE(list(id, u"/notes"_s).size(), before + 3);
    }

    void addNotesInBulk()
    {
        const qint64 id = pickChannel(u"Email"_s);
        QVERIFY(id > 0);
        const qsizetype before = list(id, u"/notes"_s).size();
        const QString stranger = randomUuid();
        const QJsonObject body{
            {u"data"_s,
             QJsonArray{QJsonObject{{u"message"_s, u"first"_s},
                                    {u"agentId"_s, m_agentIds.at(0)},
                                    {u"createdAt"_s, u"2021-12-01T12:46:36.581Z[GMT]"_s}},
                        QJsonObject{{u"message"_s, u"second"_s}, {u"agentId"_s, stranger}},
                        QJsonObject{{u"message"_s, u"third"_s}}}}};
        auto reply = m_sandbox.post(path(id, u"/notes/bulk"_s), body);
        QCOMPARE(reply.status, 200);
        const QJsonArray outcomes = reply.data().toArray();
        QCOMPARE(outcomes.size(), 3);
        QCOMPARE(outcomes.at(0).toObject().value(u"_type"_s).toString(), u"BulkActionSuccess"_s);
        QCOMPARE(
            outcomes.at(0).toObject().value(u"data"_s).toObject().value(u"message"_s).toString(),
            u"first"_s);
        QCOMPARE(
            outcomes.at(0).toObject().value(u"data"_s).toObject().value(u"createdAt"_s).toString(),
            u"2021-12-01T12:46:36.581Z[GMT]"_s);
        QCOMPARE(outcomes.at(1).toObject().value(u"_type"_s).toString(), u"BulkActionFailure"_s);
        QCOMPARE(outcomes.at(1).toObject().value(u"error"_s).toObject(),
                 (QJsonObject{{u"message"_s,
                               u"An agent with id:%1 cannot be found in org."_s.arg(stranger)}}));
        QCOMPARE(outcomes.at(2).toObject().value(u"_type"_s).toString(), u"BulkActionSuccess"_s);
        QCOMPARE(
            outcomes.at(2).toObject().value(u"data"_s).toObject().value(u"message"_s).toString(),
            u"third"_s);
        QCOMPARE(outcomes.at(2).toObject().value(u"data"_s).toObject().value(u"csid"_s).toInteger(),
                 id);

        QJsonArray notes = list(id, u"/notes"_s);
        QCOMPARE(notes.size(), before + 2);
        QStringList texts;
        for (const QJsonValue &note : notes)
            texts.append(note.toObject().value(u"message"_s).toString());
        QVERIFY(texts.contains(u"first"_s));
        QCOMPARE(texts.last(), u"third"_s);
        QVERIFY(!texts.contains(u"second"_s));

        // Injected partial failures: each item fails on its own with a bare message.
        QVERIFY(m_sandbox.setFaults(QJsonObject{{u"bulkFailureRate"_s, 1.0}}));
        reply = m_sandbox.post(
            path(id, u"/notes/bulk"_s),
            QJsonObject{{u"data"_s, QJsonArray{QJsonObject{{u"message"_s, u"lost"_s}}}}});
        QCOMPARE(reply.status, 200);
        const QJsonObject failed = reply.data().toArray().at(0).toObject();
        QCOMPARE(failed.value(u"_type"_s).toString(), u"BulkActionFailure"_s);
        QCOMPARE(failed.value(u"error"_s).toObject().keys(), QStringList{u"message"_s});
        QVERIFY(m_sandbox.del(u"/_sandbox/faults"_s).status < 300);
        QCOMPARE(list(id, u"/notes"_s).size(), before + 2);

        reply = m_sandbox.post(path(id, u"/notes/bulk"_s), QJsonObject{{u"data"_s, QJsonArray()}});
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.data().toArray().isEmpty());
        reply = m_sandbox.post(
            path(id, u"/notes/bulk"_s),
            QJsonObject{{u"data"_s, QJsonArray{QJsonObject{{u"agentId"_s, m_agentIds.at(0)}}}}});
        QCOMPARE(reply.status, 400);
        QVERIFY(messageOf(reply).startsWith(u"Invalid value for: body"_s));
        reply = m_sandbox.post(
            path(id, u"/notes/bulk"_s),
            QJsonObject{{u"data"_s, QJsonArray{QJsonObject{{u"message"_s, u"x"_s},
                                                           {u"createdAt"_s, u"soon"_s}}}}});
        QCOMPARE(reply.status, 400);
        QCOMPARE(messageOf(reply), u"Invalid date format"_s);
        QCOMPARE(m_sandbox.post(path(99999999, u"/notes/bulk"_s), body).status, 404);
        QCOMPARE(list(id, u"/notes"_s).size(), before + 2);
    }

    void ratings()
    {
        const qint64 id = pick([this](const QJsonObject &conversation) {
            return !list(conversation.value(u"id"_s).toInteger(), u"/ratings"_s).isEmpty();
        });
        QVERIFY(id > 0);
        const auto reply = m_sandbox.get(path(id, u"/ratings"_s));
        QCOMPARE(reply.status, 200);
        const QJsonArray ratings = reply.data().toArray();
        for (const QJsonValue &value : ratings) {
            const QJsonObject rating = value.toObject();
            QVERIFY(!rating.value(u"id"_s).toString().isEmpty());
            QVERIFY(QStringList({u"Csat"_s, u"Nps"_s, u"ThumbsUpOrDown"_s})
                        .contains(rating.value(u"ratingType"_s).toString()));
        }
        // The deprecated singular path answers the same.
        const auto alias = m_sandbox.get(path(id, u"/rating"_s));
        QCOMPARE(alias.status, 200);
        QCOMPARE(alias.body, reply.body);
        QCOMPARE(m_sandbox.get(path(99999999, u"/ratings"_s)).status, 404);
        QCOMPARE(m_sandbox.get(path(99999999, u"/rating"_s)).status, 404);
        QCOMPARE(m_sandbox.get(u"/v1/conversations/abc/ratings"_s).status, 400);
    }
};

QTEST_GUILESS_MAIN(TestMessageRoutes)
#include "tst_messageroutes.moc"
