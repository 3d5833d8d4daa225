// The conversation lifecycle routes of the sandbox over HTTP: read, create, claim, close, reopen,
// transfer and follow up, with the activity each one logs. Tags, custom attributes and links are
// in tst_conversationdetailroutes.cpp.
#include "conversationroutestest.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>

using namespace ConversationTest;

class TestConversationRoutes : public ConversationRoutesTest
{
    Q_OBJECT

private slots:
    void initTestCase();
    void getConversation();
    void invalidConversationIdOnEveryRoute_data();
    void invalidConversationIdOnEveryRoute();
    void createEachType_data();
    void createEachType();
    void createRejectsInvalidBodies_data();
    void createRejectsInvalidBodies();
    void claim();
    void claimErrors();
    void claimWaitingOrClosed();
    void close();
    void reopen();
    void reopenFallsBackToDefaultQueue();
    void transfer();
    void followUp();
    void anonymizedConversationRefusesChanges();
};

void TestConversationRoutes::initTestCase()
{
    QVERIFY(loadOrganisation());
}

void TestConversationRoutes::getConversation()
{
    // Seeded conversations are served as stored, on /v1 and /beta alike.
    const Reply seeded = m_sandbox.get(path(1));
    QCOMPARE(seeded.status, 200);
    const QJsonObject json = seeded.data().toObject();
    QCOMPARE(json.value(u"id"_s).toInteger(), 1);
    QVERIFY(str(json, u"_type"_s).endsWith(u"Conversation"_s));
    QVERIFY(json.value(u"customAttributes"_s).isArray());
    QVERIFY(!QUuid::fromString(str(json, u"requesterId"_s)).isNull());
    QCOMPARE(m_sandbox.get(u"/beta/conversations/1"_s).data().toObject(), json);

    const Reply unknown = m_sandbox.get(path(UnknownId));
    QCOMPARE(unknown.status, 404);
    QCOMPARE(messageOf(unknown), u"The requested resource could not be found"_s);
    const Reply invalid = m_sandbox.get(u"/v1/conversations/abc"_s);
    QCOMPARE(invalid.status, 400);
    QCOMPARE(messageOf(invalid), u"Invalid value for: path parameter conversationId"_s);
}

void TestConversationRoutes::invalidConversationIdOnEveryRoute_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("rest");
    QTest::addColumn<QByteArray>("body");
    const QByteArray claimBody = SandboxFixture::toJson(QJsonObject{{u"agentId"_s, randomUuid()}});
    QTest::newRow("claim") << QByteArray("PUT") << u"/claim"_s << claimBody;
    QTest::newRow("close") << QByteArray("PUT") << u"/close"_s << QByteArray();
    QTest::newRow("reopen") << QByteArray("PUT") << u"/reopen"_s << QByteArray();
    QTest::newRow("transfer") << QByteArray("PUT") << u"/transfer/queue"_s << QByteArray();
    QTest::newRow("followup") << QByteArray("PUT") << u"/followup"_s << QByteArray();
    QTest::newRow("tag") << QByteArray("PUT") << u"/tags/"_s + randomUuid() << QByteArray();
    QTest::newRow("untag") << QByteArray("DELETE") << u"/tags/"_s + randomUuid() << QByteArray();
    QTest::newRow("tags") << QByteArray("GET") << u"/tags"_s << QByteArray();
    QTest::newRow("bulk tag") << QByteArray("POST") << u"/tags/bulk"_s << QByteArray("{}");
    QTest::newRow("attributes") << QByteArray("PATCH") << u"/custom-attributes"_s
                                << QByteArray("{}");
    QTest::newRow("link") << QByteArray("PUT") << u"/link"_s << QByteArray();
    QTest::newRow("linked") << QByteArray("GET") << u"/linked"_s << QByteArray();
}

void TestConversationRoutes::invalidConversationIdOnEveryRoute()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, rest);
    QFETCH(QByteArray, body);
    const Reply invalid = m_sandbox.send(method, u"/v1/conversations/x1"_s + rest, body);
    QCOMPARE(invalid.status, 400);
    QCOMPARE(messageOf(invalid), u"Invalid value for: path parameter conversationId"_s);
}

void TestConversationRoutes::createEachType_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("variant");
    QTest::addColumn<QString>("channel");
    QTest::addColumn<QString>("direction");
    QTest::addColumn<QString>("attributesType");
    QTest::newRow("Email") << "Email"
                           << "EmailConversation"
                           << "Email"
                           << "Inbound"
                           << "EmailAttributes";
    QTest::newRow("ContactForm") << "ContactForm"
                                 << "ContactFormConversation"
                                 << "ContactForm"
                                 << "Inbound"
                                 << "ContactFormAttributes";
    QTest::newRow("Chat") << "Chat"
                          << "ChatConversation"
                          << "WidgetChat"
                          << "Inbound"
                          << "ChatAttributes";
    QTest::newRow("Sms") << "Sms"
                         << "SmsConversation"
                         << "Sms"
                         << "Outbound"
                         << "SmsAttributes";
    QTest::newRow("Callback") << "Callback"
                              << "PstnPhoneConversation"
                              << "Callback"
                              << "Inbound"
                              << "";
}

void TestConversationRoutes::createEachType()
{
    QFETCH(QString, type);
    QFETCH(QString, variant);
    QFETCH(QString, channel);
    QFETCH(QString, direction);
    QFETCH(QString, attributesType);
    const QString agent = m_agents.at(0);
    // A word no other conversation has, to find this one by free-text search.
    const QString word = u"zq"_s + randomUuid().remove(u'-');
    QJsonObject body{{u"_type"_s, type}, {u"requesterId"_s, m_endUser}};
    if (type == u"Email"_s || type == u"ContactForm"_s) {
        body.insert(u"emailIntegrationId"_s, u"support@email.dixa.io"_s);
        body.insert(u"subject"_s, u"Order #123"_s);
        body.insert(u"language"_s, u"en"_s);
        body.insert(u"message"_s, inboundMessage(u"My order hasn't shipped "_s + word));
    } else if (type == u"Chat"_s) {
        body.insert(u"widgetId"_s, randomUuid());
        body.insert(u"browserInfo"_s, QJsonObject{{u"name"_s, u"Firefox"_s}});
        body.insert(u"message"_s, inboundMessage(u"Hi, anyone there? "_s + word));
    } else if (type == u"Sms"_s) {
        body.insert(u"contactEndpointId"_s, u"+4512345678"_s);
        body.insert(u"message"_s, outboundMessage(agent, u"Your parcel is on its way "_s + word));
    } else {
        body.insert(u"direction"_s, u"Inbound"_s);
        body.insert(u"contactEndpointId"_s, u"+4512345678"_s);
        body.insert(u"queueId"_s, m_queues.last());
    }
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const Reply created = m_sandbox.post(u"/v1/conversations"_s, body);
    QCOMPARE(created.status, 201);
    const qint64 id = created.data().toObject().value(u"id"_s).toInteger();
    QVERIFY(id > 0);
    QVERIFY(created.data().toObject().value(u"id"_s).isDouble());

    const QJsonObject json = conversation(id);
    QCOMPARE(json.value(u"id"_s).toInteger(), id);
    QCOMPARE(str(json, u"_type"_s), variant);
    QCOMPARE(str(json, u"channel"_s), channel);
    QCOMPARE(str(json, u"direction"_s), direction);
    QCOMPARE(str(json, u"state"_s), u"Open"_s);
    QCOMPARE(str(json, u"requesterId"_s), m_endUser);
    QVERIFY(QDateTime::fromString(str(json, u"createdAt"_s), Qt::ISODate) >= before);
    const QString queue = str(json.value(u"queue"_s).toObject(), u"id"_s);
    QCOMPARE(queue, type == u"Callback"_s ? m_queues.last() : m_defaultQueue);
    if (type == u"Email"_s) {
        QCOMPARE(str(json, u"subject"_s), u"Order #123"_s);
        QCOMPARE(str(json, u"fromEmail"_s), m_endUserEmail);
        QCOMPARE(str(json, u"toEmail"_s), u"support@email.dixa.io"_s);
        QCOMPARE(str(json, u"integrationEmail"_s), u"support@email.dixa.io"_s);
        QCOMPARE(str(lastAttributes(id, u"MessageAddedByCustomer"_s), u"fromEndpoint"_s),
                 m_endUserEmail);
    }
    if (type == u"Chat"_s)
        QCOMPARE(str(json.value(u"browserInfo"_s).toObject(), u"name"_s), u"Firefox"_s);
    // An agent's outbound conversation is the agent's own; an inbound one waits in its queue.
    const QString assignee = str(json.value(u"assignment"_s).toObject(), u"agentId"_s);
    QCOMPARE(assignee, direction == u"Outbound"_s ? agent : QString());

    const QJsonArray messages = m_sandbox.get(path(id, u"/messages"_s)).data().toArray();
    QCOMPARE(messages.size(), attributesType.isEmpty() ? 0 : 1);
    if (!attributesType.isEmpty()) {
        const QJsonObject message = messages.at(0).toObject();
        QVERIFY(!QUuid::fromString(str(message, u"id"_s)).isNull());
        QCOMPARE(str(message, u"authorId"_s), direction == u"Outbound"_s ? agent : m_endUser);
        const QJsonObject attributes = message.value(u"attributes"_s).toObject();
        QCOMPARE(str(attributes, u"_type"_s), attributesType);
        QCOMPARE(str(attributes, u"direction"_s), direction);
    }

    const QStringList types = activityTypes(id, 0);
    QVERIFY(!types.isEmpty());
    QCOMPARE(types.first(), direction == u"Outbound"_s ? u"ConversationCreatedByAgent"_s
                                                       : u"ConversationCreatedByCustomer"_s);
    if (!attributesType.isEmpty())
        QVERIFY(types.contains(direction == u"Outbound"_s ? u"MessageAddedByAgent"_s
                                                          : u"MessageAddedByCustomer"_s));
    QCOMPARE(types.last(),
             direction == u"Outbound"_s ? u"ConversationAssigned"_s : u"ConversationOffered"_s);
    QCOMPARE(m_sandbox.get(path(id, u"/tags"_s)).data().toArray().size(), 0);

    // Free-text search finds it by its first message.
    if (!attributesType.isEmpty()) {
        const QJsonArray hits =
            m_sandbox
                .post(u"/v1/search/conversations"_s,
                      QJsonObject{{u"query"_s, QJsonObject{{u"value"_s, word}}}})
                .data()
                .toArray();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.at(0).toObject().value(u"id"_s).toInteger(), id);
    }
}

void TestConversationRoutes::createRejectsInvalidBodies_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("reason");
    const QJsonObject email{{u"_type"_s, u"Email"_s},
                            {u"requesterId"_s, QString()},
                            {u"emailIntegrationId"_s, u"support@email.dixa.io"_s},
                            {u"subject"_s, u"Hello"_s},
                            {u"message"_s, inboundMessage(u"Hi"_s)}};
    QJsonObject noSubject = email;
    noSubject.remove(u"subject"_s);
    QTest::newRow("Email without subject") << noSubject << "Invalid value for: body";
    QJsonObject fax = email;
    fax.insert(u"_type"_s, u"Fax"_s);
    QTest::newRow("unknown _type") << fax << "Invalid value for: body";
    QJsonObject noType = email;
    noType.remove(u"_type"_s);
    QTest::newRow("no _type") << noType << "Invalid value for: body";
    QJsonObject sms{{u"_type"_s, u"Sms"_s},
                    {u"contactEndpointId"_s, u"+4512345678"_s},
                    {u"message"_s, inboundMessage(u"Hi"_s)}};
    QTest::newRow("Sms with Inbound message") << sms << "Invalid value for: body";
    QJsonObject smsBadNumber = sms;
    smsBadNumber.insert(u"contactEndpointId"_s, u"12345"_s);
    smsBadNumber.insert(u"message"_s, outboundMessage(u"AGENT"_s, u"Hi"_s));
    QTest::newRow("Sms number not E.164") << smsBadNumber << "Invalid value for: body";
    QJsonObject chatNoWidget{{u"_type"_s, u"Chat"_s}, {u"message"_s, inboundMessage(u"Hi"_s)}};
    QTest::newRow("Chat without widgetId") << chatNoWidget << "Invalid value for: body";
    QJsonObject unknownUser = email;
    unknownUser.insert(u"requesterId"_s, randomUuid());
    QTest::newRow("unknown requester") << unknownUser << "User not found";
    QJsonObject callback{{u"_type"_s, u"Callback"_s},
                         {u"direction"_s, u"Outbound"_s},
                         {u"contactEndpointId"_s, u"+4512345678"_s},
                         {u"queueId"_s, randomUuid()}};
    QTest::newRow("Callback to unknown queue") << callback << "Queue does not exist";
    QJsonObject byEndUser = email;
    byEndUser.insert(u"message"_s, outboundMessage(u"END_USER"_s, u"Hi"_s));
    QTest::newRow("outbound by an end user") << byEndUser << "User is not agent/admin";
    QJsonObject byNobody = email;
    byNobody.insert(u"message"_s, outboundMessage(randomUuid(), u"Hi"_s));
    QTest::newRow("outbound by nobody") << byNobody << "User not found";
    QJsonObject noContent = email;
    noContent.insert(u"message"_s, outboundMessage(u"AGENT"_s, QString()));
    QTest::newRow("outbound without content") << noContent << "Invalid input for Message";
    QJsonObject badAttachment = email;
    QJsonObject withFile = inboundMessage(u"See attached"_s);
    withFile.insert(u"attachments"_s, QJsonArray{QJsonObject{{u"url"_s, u"not a url"_s}}});
    badAttachment.insert(u"message"_s, withFile);
    QTest::newRow("attachment that cannot be fetched")
        << badAttachment << "Failure to download attachment";
}

void TestConversationRoutes::createRejectsInvalidBodies()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, reason);
    // Placeholders: the data function runs before initTestCase has found the organisation's people.
    if (body.contains(u"requesterId"_s) && str(body, u"requesterId"_s).isEmpty())
        body.insert(u"requesterId"_s, m_endUser);
    if (!body.contains(u"requesterId"_s))
        body.insert(u"requesterId"_s, m_endUser);
    QJsonObject message = body.value(u"message"_s).toObject();
    if (str(message, u"agentId"_s) == u"AGENT"_s)
        message.insert(u"agentId"_s, m_agents.at(0));
    if (str(message, u"agentId"_s) == u"END_USER"_s)
        message.insert(u"agentId"_s, m_endUser);
    if (!message.isEmpty())
        body.insert(u"message"_s, message);

    const qint64 before = createEmail();
    const Reply reply = m_sandbox.post(u"/v1/conversations"_s, body);
    QCOMPARE(reply.status, 400);
    QVERIFY2(messageOf(reply).startsWith(reason), qPrintable(messageOf(reply)));
    // Nothing was created: the next conversation takes the id after `before`'s.
    QCOMPARE(createEmail(), before + 1);
}

void TestConversationRoutes::claim()
{
    const qint64 id = createEmail();
    const QString first = m_agents.at(0);
    const QString second = m_agents.at(1);
    qsizetype seen = activity(id).size();

    Reply reply = m_sandbox.put(path(id, u"/claim"_s), QJsonObject{{u"agentId"_s, first}});
    QCOMPARE(reply.status, 204);
    QVERIFY(reply.body.isEmpty());
    QJsonObject assignment = conversation(id).value(u"assignment"_s).toObject();
    QCOMPARE(str(assignment, u"agentId"_s), first);
    QVERIFY(QDateTime::fromString(str(assignment, u"assignedAt"_s), Qt::ISODate).isValid());
    QCOMPARE(activityTypes(id, seen),
             (QStringList{u"ConversationClaimed"_s, u"ConversationAssigned"_s}));
    const QJsonObject claimed = lastEntry(id, u"ConversationClaimed"_s);
    QCOMPARE(str(claimed.value(u"author"_s).toObject(), u"id"_s), first);
    QCOMPARE(str(claimed, u"activityType"_s), u"ConversationClaimedActivityType"_s);
    QCOMPARE(str(claimed.value(u"attributes"_s).toObject(), u"claimedFromType"_s), u"Queue"_s);
    const QJsonObject assigned =
        lastEntry(id, u"ConversationAssigned"_s).value(u"attributes"_s).toObject();
    QCOMPARE(str(assigned, u"agentId"_s), first);
    QCOMPARE(str(assigned, u"agentName"_s), m_agentNames.value(first));
    seen = activity(id).size();

    // Claiming for the current assignee changes nothing.
    QCOMPARE(m_sandbox.put(path(id, u"/claim"_s), QJsonObject{{u"agentId"_s, first}}).status, 204);
    QCOMPARE(activity(id).size(), seen);

    // Someone else's conversation is only taken over with force.
    for (const QJsonObject &body : {QJsonObject{{u"agentId"_s, second}},
                                    QJsonObject{{u"agentId"_s, second}, {u"force"_s, false}}}) {
        reply = m_sandbox.put(path(id, u"/claim"_s), body);
        QCOMPARE(reply.status, 409);
        QCOMPARE(messageOf(reply),
                 u"Conversation is already assigned to %1"_s.arg(m_agentNames.value(first)));
    }
    QCOMPARE(str(conversation(id).value(u"assignment"_s).toObject(), u"agentId"_s), first);
    QCOMPARE(activity(id).size(), seen);

    reply = m_sandbox.put(path(id, u"/claim"_s),
                          QJsonObject{{u"agentId"_s, second.toUpper()}, {u"force"_s, true}});
    QCOMPARE(reply.status, 204);
    QCOMPARE(str(conversation(id).value(u"assignment"_s).toObject(), u"agentId"_s), second);
    QCOMPARE(activityTypes(id, seen),
             (QStringList{u"ConversationUnassigned"_s, u"ConversationClaimed"_s,
                          u"ConversationAssigned"_s}));
    const QJsonObject unassigned =
        lastEntry(id, u"ConversationUnassigned"_s).value(u"attributes"_s).toObject();
    QCOMPARE(idOf(unassigned.value(u"agent"_s)), first);
    const QJsonObject from =
        lastEntry(id, u"ConversationClaimed"_s).value(u"attributes"_s).toObject();
    QCOMPARE(str(from, u"claimedFromType"_s), u"Agent"_s);
    QCOMPARE(str(from, u"claimedFromLabel"_s), m_agentNames.value(first));
}

void TestConversationRoutes::claimErrors()
{
    const qint64 id = createEmail();
    const auto claim = [this](qint64 target, const QByteArray &body) {
        return m_sandbox.send("PUT", path(target, u"/claim"_s), body);
    };
    Reply reply = claim(id, "{}");
    QCOMPARE(reply.status, 400);
    QVERIFY(messageOf(reply).startsWith(u"Invalid value for: body"_s));
    QVERIFY(messageOf(reply).contains(u"agentId"_s));
    QCOMPARE(claim(id, QByteArray()).status, 400);
    QCOMPARE(claim(id, "{\"agentId\": 12}").status, 400);
    QCOMPARE(claim(id, "{\"agentId\": \"not-a-uuid\"}").status, 400);
    QCOMPARE(claim(id, "{oops").status, 400);
    reply = claim(id, SandboxFixture::toJson(QJsonObject{{u"agentId"_s, randomUuid()}}));
    QCOMPARE(reply.status, 400);
    QCOMPARE(messageOf(reply), u"User not found"_s);
    reply = claim(id, SandboxFixture::toJson(QJsonObject{{u"agentId"_s, m_endUser}}));
    QCOMPARE(reply.status, 400);
    QCOMPARE(messageOf(reply), u"User is not agent/admin"_s);
    reply = claim(UnknownId, SandboxFixture::toJson(QJsonObject{{u"agentId"_s, m_agents.at(0)}}));
    QCOMPARE(reply.status, 404);
    // None of the refused claims touched the conversation.
    QVERIFY(!conversation(id).contains(u"assignment"_s));
    QCOMPARE(m_sandbox.get(path(id, u"/claim"_s)).status, 405);
}

void TestConversationRoutes::claimWaitingOrClosed()
{
    // A waiting conversation becomes open when an agent takes it.
    const qint64 pending =
        findSeeded([](const QJsonObject &json) { return str(json, u"state"_s) == u"Pending"; });
    QVERIFY(pending > 0);
    const QString pendingSince = str(conversation(pending), u"stateUpdatedAt"_s);
    QCOMPARE(m_sandbox
                 .put(path(pending, u"/claim"_s),
                      QJsonObject{{u"agentId"_s, m_agents.at(2)}, {u"force"_s, true}})
                 .status,
             204);
    QJsonObject json = conversation(pending);
    QCOMPARE(str(json, u"state"_s), u"Open"_s);
    QVERIFY(str(json, u"stateUpdatedAt"_s) != pendingSince);
    QCOMPARE(str(json.value(u"assignment"_s).toObject(), u"agentId"_s), m_agents.at(2));

    // A closed one stays closed: reopening is an action of its own.
    const qint64 closed = createEmail();
    QCOMPARE(m_sandbox.send("PUT", path(closed, u"/close"_s)).status, 204);
    QCOMPARE(m_sandbox.put(path(closed, u"/claim"_s), QJsonObject{{u"agentId"_s, m_agents.at(2)}})
                 .status,
             204);
    json = conversation(closed);
    QCOMPARE(str(json, u"state"_s), u"Closed"_s);
    QCOMPARE(str(json.value(u"assignment"_s).toObject(), u"agentId"_s), m_agents.at(2));
}

void TestConversationRoutes::close()
{
    const qint64 id = createEmail();
    QCOMPARE(
        m_sandbox.put(path(id, u"/claim"_s), QJsonObject{{u"agentId"_s, m_agents.at(0)}}).status,
        204);
    Reply reply = m_sandbox.put(path(id, u"/close"_s), QJsonObject{{u"userId"_s, m_endUser}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(messageOf(reply), u"User is not agent/admin"_s);
    reply = m_sandbox.put(path(id, u"/close"_s), QJsonObject{{u"userId"_s, randomUuid()}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(messageOf(reply), u"User not found"_s);
    QCOMPARE(m_sandbox.put(path(id, u"/close"_s), QJsonObject{{u"userId"_s, 5}}).status, 400);
    QCOMPARE(m_sandbox.put(path(UnknownId, u"/close"_s), QJsonObject()).status, 404);
    QCOMPARE(str(conversation(id), u"state"_s), u"Open"_s);

    const qsizetype seen = activity(id).size();
    reply = m_sandbox.put(path(id, u"/close"_s), QJsonObject{{u"userId"_s, m_agents.at(1)}});
    QCOMPARE(reply.status, 204);
    const QJsonObject json = conversation(id);
    QCOMPARE(str(json, u"state"_s), u"Closed"_s);
    QVERIFY(QDateTime::fromString(str(json, u"stateUpdatedAt"_s), Qt::ISODate).isValid());
    // The assignee stays on a closed conversation.
    QCOMPARE(str(json.value(u"assignment"_s).toObject(), u"agentId"_s), m_agents.at(0));
    QCOMPARE(activityTypes(id, seen), QStringList{u"ConversationClosed"_s});
    QCOMPARE(idOf(lastEntry(id, u"ConversationClosed"_s).value(u"author"_s)), m_agents.at(1));

    // Closing again, with no body at all, is fine and logs nothing.
    QCOMPARE(m_sandbox.send("PUT", path(id, u"/close"_s)).status, 204);
    QCOMPARE(activity(id).size(), seen + 1);

    // Without a userId the action is recorded as the API token's user.
    const qint64 other = createEmail();
    QCOMPARE(m_sandbox.send("PUT", path(other, u"/close"_s)).status, 204);
    QCOMPARE(str(conversation(other), u"state"_s), u"Closed"_s);
    QVERIFY(!idOf(lastEntry(other, u"ConversationClosed"_s).value(u"author"_s)).isEmpty());
}

void TestConversationRoutes::reopen()
{
    const qint64 fresh = createEmail();
    QCOMPARE(m_sandbox.send("PUT", path(fresh, u"/close"_s)).status, 204);
    Reply reply = m_sandbox.put(path(fresh, u"/reopen"_s), QJsonObject{{u"userId"_s, m_endUser}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(messageOf(reply), u"User is not agent/admin"_s);
    reply = m_sandbox.put(path(fresh, u"/reopen"_s), QJsonObject{{u"userId"_s, randomUuid()}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(messageOf(reply), u"User not found"_s);
    QCOMPARE(m_sandbox.put(path(fresh, u"/reopen"_s), QJsonObject{{u"userId"_s, 1}}).status, 400);
    QCOMPARE(m_sandbox.send("PUT", path(UnknownId, u"/reopen"_s)).status, 404);
    QCOMPARE(str(conversation(fresh), u"state"_s), u"Closed"_s);
    QCOMPARE(m_sandbox.send("PUT", path(fresh, u"/reopen"_s)).status, 204);
    QCOMPARE(str(conversation(fresh), u"state"_s), u"Open"_s);

    // A seeded conversation closed long ago is offered in its queue again, as of now.
    const qint64 id = findSeeded([](const QJsonObject &json) {
        return str(json, u"state"_s) == u"Closed"_s && json.contains(u"assignment"_s) &&
               json.contains(u"queue"_s);
    });
    QVERIFY(id > 0);
    const QString queue = str(conversation(id).value(u"queue"_s).toObject(), u"id"_s);
    QDateTime before = QDateTime::currentDateTimeUtc();
    before.setTime(QTime(before.time().hour(), before.time().minute(), before.time().second()));
    const qsizetype seen = activity(id).size();
    reply = m_sandbox.put(path(id, u"/reopen"_s), QJsonObject{{u"userId"_s, m_agents.at(2)}});
    QCOMPARE(reply.status, 204);
    const QJsonObject json = conversation(id);
    QCOMPARE(str(json, u"state"_s), u"Open"_s);
    QVERIFY(!json.contains(u"assignment"_s));
    const QJsonObject queued = json.value(u"queue"_s).toObject();
    QCOMPARE(str(queued, u"id"_s), queue);
    QVERIFY(QDateTime::fromString(str(queued, u"queuedAt"_s), Qt::ISODate) >= before);
    QCOMPARE(activityTypes(id, seen),
             (QStringList{u"ConversationReopened"_s, u"ConversationUnassigned"_s,
                          u"ConversationOffered"_s}));
    QCOMPARE(idOf(lastEntry(id, u"ConversationReopened"_s).value(u"author"_s)), m_agents.at(2));
    const QJsonObject offered =
        lastEntry(id, u"ConversationOffered"_s).value(u"attributes"_s).toObject();
    QCOMPARE(str(offered, u"queueLabel"_s), m_queueNames.value(queue));
    QVERIFY(offered.value(u"agentNames"_s).isArray());

    // Reopening an open conversation changes nothing.
    QCOMPARE(m_sandbox.send("PUT", path(id, u"/reopen"_s)).status, 204);
    QCOMPARE(activity(id).size(), seen + 3);
}

void TestConversationRoutes::reopenFallsBackToDefaultQueue()
{
    // A seeded closed conversation that was never queued goes to the default queue.
    const qint64 id = findSeeded([](const QJsonObject &json) {
        return str(json, u"state"_s) == u"Closed"_s && !json.contains(u"queue"_s);
    });
    if (id == 0)
        QSKIP("the demo organisation has no closed conversation without a queue");
    QCOMPARE(m_sandbox.send("PUT", path(id, u"/reopen"_s)).status, 204);
    const QJsonObject json = conversation(id);
    QCOMPARE(str(json, u"state"_s), u"Open"_s);
    QCOMPARE(str(json.value(u"queue"_s).toObject(), u"id"_s), m_defaultQueue);
    QCOMPARE(str(lastEntry(id, u"ConversationOffered"_s).value(u"attributes"_s).toObject(),
                 u"queueLabel"_s),
             m_queueNames.value(m_defaultQueue));
}

void TestConversationRoutes::transfer()
{
    const qint64 id = createEmail();
    const QString target = m_queues.at(m_queues.at(0) == m_defaultQueue ? 1 : 0);
    QCOMPARE(
        m_sandbox.put(path(id, u"/claim"_s), QJsonObject{{u"agentId"_s, m_agents.at(0)}}).status,
        204);

    Reply reply = m_sandbox.put(path(id, u"/transfer/queue"_s), QJsonObject());
    QCOMPARE(reply.status, 400);
    QVERIFY(messageOf(reply).startsWith(u"Invalid value for: body"_s));
    reply =
        m_sandbox.put(path(id, u"/transfer/queue"_s), QJsonObject{{u"queueId"_s, randomUuid()}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(messageOf(reply), u"Queue does not exist"_s);
    reply = m_sandbox.put(path(id, u"/transfer/queue"_s),
                          QJsonObject{{u"queueId"_s, target}, {u"userId"_s, m_endUser}});
    QCOMPARE(messageOf(reply), u"User is not agent/admin"_s);
    reply = m_sandbox.put(path(id, u"/transfer/queue"_s),
                          QJsonObject{{u"queueId"_s, target}, {u"userId"_s, randomUuid()}});
    QCOMPARE(messageOf(reply), u"User not found"_s);
    QCOMPARE(
        m_sandbox.put(path(UnknownId, u"/transfer/queue"_s), QJsonObject{{u"queueId"_s, target}})
            .status,
        404);
    QCOMPARE(str(conversation(id).value(u"assignment"_s).toObject(), u"agentId"_s), m_agents.at(0));

    const qsizetype seen = activity(id).size();
    reply = m_sandbox.put(path(id, u"/transfer/queue"_s),
                          QJsonObject{{u"queueId"_s, target}, {u"userId"_s, m_agents.at(1)}});
    QCOMPARE(reply.status, 204);
    const QJsonObject json = conversation(id);
    QCOMPARE(str(json.value(u"queue"_s).toObject(), u"id"_s), target);
    QVERIFY(!json.contains(u"assignment"_s));
    QCOMPARE(activityTypes(id, seen),
             (QStringList{u"TransferInitiated"_s, u"ConversationUnassigned"_s,
                          u"TransferSuccessful"_s, u"ConversationOffered"_s}));
    const QJsonObject done = lastEntry(id, u"TransferSuccessful"_s);
    QCOMPARE(idOf(done.value(u"author"_s)), m_agents.at(1));
    const QJsonObject attributes = done.value(u"attributes"_s).toObject();
    QCOMPARE(str(attributes, u"destinationType"_s), u"Queue"_s);
    QCOMPARE(str(attributes, u"destinationId"_s), target);
    QCOMPARE(str(attributes, u"destinationLabel"_s), m_queueNames.value(target));
    QVERIFY(!str(attributes, u"transferType"_s).isEmpty());
}

void TestConversationRoutes::followUp()
{
    const qint64 id = createEmail();
    const auto followUp = [this](qint64 target, const QJsonObject &body) {
        return m_sandbox.put(path(target, u"/followup"_s), body);
    };
    QCOMPARE(followUp(id, QJsonObject()).status, 400);
    QCOMPARE(followUp(id, {{u"timestamp"_s, u"next week"_s}}).status, 400);
    Reply reply =
        followUp(id, {{u"timestamp"_s, u"2031-01-08T08:31:25Z"_s}, {u"userId"_s, randomUuid()}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(messageOf(reply), u"User not found"_s);
    QCOMPARE(followUp(UnknownId, {{u"timestamp"_s, u"2031-01-08T08:31:25Z"_s}}).status, 404);

    const qsizetype seen = activity(id).size();
    reply =
        followUp(id, {{u"timestamp"_s, u"2031-01-08T08:31:25Z"_s}, {u"userId"_s, m_agents.at(0)}});
    QCOMPARE(reply.status, 204);
    QCOMPARE(activityTypes(id, seen), QStringList{u"FollowupAdded"_s});
    QCOMPARE(idOf(lastEntry(id, u"FollowupAdded"_s).value(u"author"_s)), m_agents.at(0));
}

void TestConversationRoutes::anonymizedConversationRefusesChanges()
{
    const qint64 id = createEmail();
    const QString tag = createTag(u"Anon %1"_s.arg(randomUuid().left(8)));
    QCOMPARE(m_sandbox.send("PATCH", path(id, u"/anonymize?force=true"_s)).status, 202);
    QTRY_COMPARE(str(conversation(id), u"_type"_s), u"AnonymizedConversation"_s);

    const QList<Reply> refused{
        m_sandbox.put(path(id, u"/claim"_s), QJsonObject{{u"agentId"_s, m_agents.at(0)}}),
        m_sandbox.put(path(id, u"/transfer/queue"_s), QJsonObject{{u"queueId"_s, m_queues.at(0)}}),
        m_sandbox.send("PUT", path(id, u"/tags/"_s + tag)),
        m_sandbox.post(path(id, u"/tags/bulk"_s),
                       QJsonObject{{u"data"_s, QJsonArray{QJsonObject{{u"name"_s, u"x"_s}}}}}),
        m_sandbox.send("PUT", path(id, u"/reopen"_s)),
        m_sandbox.put(path(id, u"/followup"_s),
                      QJsonObject{{u"timestamp"_s, u"2031-01-01T00:00:00Z"_s}}),
    };
    for (const Reply &reply : refused) {
        QCOMPARE(reply.status, 400);
        QVERIFY2(messageOf(reply).contains(u"anonymized"_s), qPrintable(messageOf(reply)));
    }
    // It is closed already, so closing it again is a harmless no-op.
    QCOMPARE(m_sandbox.send("PUT", path(id, u"/close"_s)).status, 204);
    QCOMPARE(str(conversation(id), u"_type"_s), u"AnonymizedConversation"_s);
}

QTEST_GUILESS_MAIN(TestConversationRoutes)
#include "tst_conversationroutes.moc"
