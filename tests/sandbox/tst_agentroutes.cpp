// The sandbox's agent routes over HTTP: list and paging, create, update and patch one by one and
// in bulk, downgrade to end user, presence and teams.
#include "sandboxfixture.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace {
QString messageOf(const SandboxFixture::Reply &reply)
{
    return reply.object().value(u"message"_s).toString();
}

bool isUuid(const QJsonValue &value)
{
    return !QUuid::fromString(value.toString()).isNull();
}

QString randomUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QStringList idsOf(const QJsonArray &items)
{
    QStringList ids;
    for (const QJsonValue &item : items)
        ids.append(item.toObject().value(u"id"_s).toString());
    return ids;
}

QJsonObject errorOf(const QJsonValue &outcome)
{
    return outcome.toObject().value(u"error"_s).toObject();
}

QString errorMessage(const QJsonValue &outcome)
{
    return errorOf(outcome).value(u"message"_s).toString();
}

QString idOf(const QJsonObject &record)
{
    return record.value(u"id"_s).toString();
}

QString typeOf(const QJsonValue &value)
{
    return value.toObject().value(u"_type"_s).toString();
}
} // namespace

class TestAgentRoutes : public QObject
{
    Q_OBJECT

private:
    SandboxFixture m_sandbox;
    int m_serial = 0;

    // A fresh agent with a full profile, so that tests never step on each other or on the seed.
    QJsonObject createAgent()
    {
        const int n = ++m_serial;
        const QJsonObject input{
            {u"displayName"_s, u"Test Agent %1"_s.arg(n)},
            {u"email"_s, u"test.agent.%1@routes.example"_s.arg(n)},
            {u"phoneNumber"_s, u"+4599%1"_s.arg(100000 + n)},
            {u"firstName"_s, u"Test"_s},
            {u"lastName"_s, u"Agent%1"_s.arg(n)},
            {u"middleNames"_s, QJsonArray{u"M"_s}},
            {u"additionalEmails"_s, QJsonArray{u"other.%1@routes.example"_s.arg(n)}},
            {u"additionalPhoneNumbers"_s, QJsonArray{u"+4588%1"_s.arg(100000 + n)}},
            {u"avatarUrl"_s, u"https://avatars.example/%1.png"_s.arg(n)},
        };
        const auto reply = m_sandbox.post(u"/v1/agents"_s, input);
        if (reply.status != 201)
            qWarning() << "creating an agent failed" << reply.status << reply.body;
        return reply.data().toObject();
    }

    QJsonObject agent(const QString &id)
    {
        return m_sandbox.get(u"/v1/agents/"_s + id).data().toObject();
    }

    // Follows meta.next from `first`; every page must hold at most `limit` items.
    QStringList walk(const QString &first, int limit, int *pages)
    {
        QStringList ids;
        QString next = first;
        *pages = 0;
        while (!next.isEmpty() && *pages < 10000) {
            const auto reply = m_sandbox.get(next);
            if (reply.status != 200) {
                qWarning() << "page failed" << next << reply.status << reply.body;
                return {};
            }
            const QJsonArray items = reply.data().toArray();
            if (items.size() > limit)
                return {};
            ids += idsOf(items);
            ++*pages;
            next = reply.object().value(u"meta"_s)["next"_L1].toString();
        }
        return ids;
    }

private slots:
    void initTestCase() { QVERIFY(m_sandbox.isRunning()); }

    void cleanup() { m_sandbox.send("DELETE", u"/_sandbox/faults"_s); }

    void paginationWalksEveryAgentOnce()
    {
        createAgent(); // at least one record even while the seed is small
        const auto all = m_sandbox.get(u"/v1/agents?pageLimit=500"_s);
        QCOMPARE(all.status, 200);
        const QStringList expected = idsOf(all.data().toArray());
        QVERIFY(!expected.isEmpty());
        QVERIFY2(!all.object().contains(u"meta"_s) ||
                     !all.object().value(u"meta"_s).toObject().contains(u"next"_s),
                 "the organisation is expected to have fewer than 500 agents");

        int pages = 0;
        const QStringList walked = walk(u"/v1/agents?pageLimit=7"_s, 7, &pages);
        QCOMPARE(walked, expected);
        QCOMPARE(QSet<QString>(walked.cbegin(), walked.cend()).size(), walked.size());
        QCOMPARE(pages, int((expected.size() + 6) / 7));
    }

    void pagingParametersAreChecked_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("reason");
        QTest::newRow("limit 0") << u"pageLimit=0"_s
                                 << u"Invalid value for: query parameter pageLimit"_s;
        QTest::newRow("limit 501")
            << u"pageLimit=501"_s << u"Invalid value for: query parameter pageLimit"_s;
        QTest::newRow("limit text")
            << u"pageLimit=many"_s << u"Invalid value for: query parameter pageLimit"_s;
        QTest::newRow("garbage key")
            << u"pageKey=%25%25nonsense"_s << u"Invalid value for: query parameter pageKey"_s;
        QTest::newRow("both filters")
            << u"email=a@b.c&phone=%2B4512345678"_s
            << QStringLiteral(
                   "Invalid filters: Cannot provide both phone number and email address");
    }

    void pagingParametersAreChecked()
    {
        QFETCH(QString, query);
        QFETCH(QString, reason);
        const auto reply = m_sandbox.get(u"/v1/agents?"_s + query);
        QCOMPARE(reply.status, 400);
        QVERIFY2(messageOf(reply).startsWith(reason), qPrintable(messageOf(reply)));
    }

    void listFiltersByEmailOrPhone()
    {
        const QJsonObject created = createAgent();
        const QString email = created.value(u"email"_s).toString();
        const QString phone = created.value(u"phoneNumber"_s).toString();

        auto reply = m_sandbox.get(u"/v1/agents?email="_s + email.toUpper());
        QCOMPARE(reply.status, 200);
        QCOMPARE(idsOf(reply.data().toArray()), QStringList{idOf(created)});

        reply = m_sandbox.get(u"/v1/agents?phone="_s +
                              QString::fromLatin1(QUrl::toPercentEncoding(phone)));
        QCOMPARE(reply.status, 200);
        QCOMPARE(idsOf(reply.data().toArray()), QStringList{idOf(created)});

        reply = m_sandbox.get(u"/v1/agents?email=nobody@nowhere.example"_s);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.data().toArray().size(), 0);
    }

    void createAnswersTheNewAgent()
    {
        const QJsonObject created = createAgent();
        QVERIFY(isUuid(created.value(u"id"_s)));
        QVERIFY(!created.value(u"createdAt"_s).toString().isEmpty());
        QCOMPARE(created.value(u"roles"_s).toArray(), QJsonArray{u"Agent"_s});
        QCOMPARE(created.value(u"middleNames"_s).toArray(), QJsonArray{u"M"_s});
        QCOMPARE(agent(idOf(created)), created);

        // The same primary email again is refused, whatever its case.
        auto reply = m_sandbox.post(
            u"/v1/agents"_s,
            QJsonObject{{u"displayName"_s, u"Twin"_s},
                        {u"email"_s, created.value(u"email"_s).toString().toUpper()}});
        QCOMPARE(reply.status, 400);
        QVERIFY2(messageOf(reply).startsWith(u"Validation failure during agent creation"_s),
                 qPrintable(messageOf(reply)));

        reply = m_sandbox.post(u"/v1/agents"_s, QJsonObject{{u"displayName"_s, u"X"_s}});
        QCOMPARE(reply.status, 400);
        QVERIFY(messageOf(reply).startsWith(u"Invalid value for: body"_s));
        QVERIFY(messageOf(reply).contains(u"email"_s));

        reply = m_sandbox.send("POST", u"/v1/agents"_s, "{not json");
        QCOMPARE(reply.status, 400);
        QVERIFY(messageOf(reply).startsWith(u"Invalid value for: body"_s));
    }

    void putReplacesTheEditableFields()
    {
        const QJsonObject before = createAgent();
        const QString id = idOf(before);
        const auto reply = m_sandbox.put(u"/v1/agents/"_s + id,
                                         QJsonObject{{u"displayName"_s, u"Only A Name"_s},
                                                     {u"email"_s, u"ignored@routes.example"_s},
                                                     {u"lastName"_s, u"Kept"_s}});
        QCOMPARE(reply.status, 200);
        const QJsonObject after = reply.data().toObject();
        QCOMPARE(after.value(u"displayName"_s).toString(), u"Only A Name"_s);
        QCOMPARE(after.value(u"lastName"_s).toString(), u"Kept"_s);
        // Omitted fields are cleared...
        for (const char *field : {"firstName", "phoneNumber", "avatarUrl"})
            QVERIFY2(!after.contains(QLatin1String(field)), field);
        for (const char *field : {"middleNames", "additionalEmails", "additionalPhoneNumbers"})
            QVERIFY2(after.value(QLatin1String(field)).toArray().isEmpty(), field);
        // ...while what is not editable stays, the primary email included.
        for (const char *field : {"id", "createdAt", "roles", "email"})
            QCOMPARE(after.value(QLatin1String(field)), before.value(QLatin1String(field)));
        QCOMPARE(agent(id), after);
    }

    void patchChangesOnlyWhatIsSent()
    {
        const QJsonObject before = createAgent();
        const QString id = idOf(before);
        const auto reply = m_sandbox.patch(
            u"/v1/agents/"_s + id,
            QJsonObject{{u"firstName"_s, u"Patched"_s}, {u"additionalEmails"_s, QJsonArray()}});
        QCOMPARE(reply.status, 200);
        QJsonObject expected = before;
        expected.insert(u"firstName"_s, u"Patched"_s);
        expected.insert(u"additionalEmails"_s, QJsonArray());
        QCOMPARE(reply.data().toObject(), expected);
        QCOMPARE(agent(id), expected);
    }

    void duplicatePhoneNumberIsRefused()
    {
        const QJsonObject first = createAgent();
        const QJsonObject second = createAgent();
        const QString secondId = idOf(second);
        const auto reply =
            m_sandbox.patch(u"/v1/agents/"_s + secondId,
                            QJsonObject{{u"phoneNumber"_s, first.value(u"phoneNumber"_s)}});
        QCOMPARE(reply.status, 400);
        QVERIFY2(messageOf(reply).startsWith(u"Validation failure during update"_s),
                 qPrintable(messageOf(reply)));
        QCOMPARE(agent(secondId), second);
    }

    void singleRoutesCheckThePathParameter_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QByteArray>("body");
        const QByteArray profile = R"({"displayName":"Nobody"})";
        QTest::newRow("get") << QByteArray("GET") << QString() << QByteArray();
        QTest::newRow("put") << QByteArray("PUT") << QString() << profile;
        QTest::newRow("patch") << QByteArray("PATCH") << QString() << profile;
        QTest::newRow("delete") << QByteArray("DELETE") << QString() << QByteArray();
        QTest::newRow("presence") << QByteArray("GET") << u"/presence"_s << QByteArray();
        QTest::newRow("working channel") << QByteArray("PUT") << u"/presence/working-channel"_s
                                         << QByteArray(R"({"channel":"Email","working":true})");
        QTest::newRow("teams") << QByteArray("GET") << u"/teams"_s << QByteArray();
    }

    void singleRoutesCheckThePathParameter()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, suffix);
        QFETCH(QByteArray, body);
        auto reply = m_sandbox.send(method, u"/v1/agents/not-a-uuid"_s + suffix, body);
        QCOMPARE(reply.status, 400);
        QCOMPARE(messageOf(reply), u"Invalid value for: path parameter agentId"_s);

        reply = m_sandbox.send(method, u"/v1/agents/"_s + randomUuid() + suffix, body);
        QCOMPARE(reply.status, 404);
        QVERIFY(!messageOf(reply).isEmpty());

        // An end user is not an agent.
        const auto endUser =
            m_sandbox.post(u"/v1/endusers"_s, QJsonObject{{u"displayName"_s, u"Not an agent"_s}});
        QCOMPARE(endUser.status, 201);
        reply = m_sandbox.send(
            method, u"/v1/agents/"_s + endUser.data().toObject().value(u"id"_s).toString() + suffix,
            body);
        QCOMPARE(reply.status, 404);
    }

    void singleUpdatesValidateTheBody()
    {
        const QString id = createAgent().value(u"id"_s).toString();
        auto reply = m_sandbox.put(u"/v1/agents/"_s + id, QJsonObject{{u"firstName"_s, u"A"_s}});
        QCOMPARE(reply.status, 400);
        QVERIFY(messageOf(reply).startsWith(u"Invalid value for: body"_s));
        QVERIFY(messageOf(reply).contains(u"displayName"_s));

        reply = m_sandbox.patch(u"/v1/agents/"_s + id, QJsonObject{{u"middleNames"_s, u"M"_s}});
        QCOMPARE(reply.status, 400);
        QVERIFY(messageOf(reply).contains(u"middleNames"_s));

        reply = m_sandbox.patch(u"/v1/agents/"_s + id, QJsonObject{{u"displayName"_s, u" "_s}});
        QCOMPARE(reply.status, 400);
        QVERIFY(messageOf(reply).contains(u"displayName"_s));

        reply = m_sandbox.send("PATCH", u"/v1/agents/"_s + id);
        QCOMPARE(reply.status, 400);
    }

    void bulkUpdateAnswersPerItemInOrder()
    {
        const QJsonObject a = createAgent();
        const QJsonObject b = createAgent();
        const QJsonObject c = createAgent();
        const QString unknown = randomUuid();
        const QJsonArray body{
            QJsonObject{{u"id"_s, a.value(u"id"_s)}, {u"displayName"_s, u"Bulk A"_s}},
            QJsonObject{{u"id"_s, unknown}, {u"displayName"_s, u"Ghost"_s}},
            QJsonObject{{u"id"_s, b.value(u"id"_s)}, {u"firstName"_s, u"No display name"_s}},
            QJsonObject{{u"id"_s, c.value(u"id"_s)},
                        {u"displayName"_s, u"Bulk C"_s},
                        {u"phoneNumber"_s, a.value(u"phoneNumber"_s)}},
        };
        const auto reply = m_sandbox.put(u"/v1/agents"_s, body);
        QCOMPARE(reply.status, 200);
        const QJsonArray outcomes = reply.data().toArray();
        QCOMPARE(outcomes.size(), 4);

        QCOMPARE(typeOf(outcomes.at(0)), u"BulkActionSuccess"_s);
        const QJsonObject updated = outcomes.at(0).toObject().value(u"data"_s).toObject();
        QCOMPARE(updated.value(u"displayName"_s).toString(), u"Bulk A"_s);
        QVERIFY(!updated.contains(u"phoneNumber"_s)); // replaced: cleared
        QCOMPARE(updated.value(u"email"_s), a.value(u"email"_s));
        QCOMPARE(agent(idOf(a)), updated);

        QCOMPARE(typeOf(outcomes.at(1)), u"BulkActionFailure"_s);
        QCOMPARE(errorOf(outcomes.at(1)), (QJsonObject{{u"_type"_s, u"NotFound"_s},
                                                       {u"id"_s, unknown},
                                                       {u"message"_s, u"Agent not found"_s}}));

        QCOMPARE(typeOf(outcomes.at(2)), u"BulkActionFailure"_s);
        QCOMPARE(typeOf(errorOf(outcomes.at(2))), u"Validation"_s);
        QCOMPARE(errorOf(outcomes.at(2)).value(u"id"_s), b.value(u"id"_s));
        QVERIFY(errorMessage(outcomes.at(2)).contains(u"displayName"_s));
        QCOMPARE(agent(idOf(b)), b);

        // c takes a's old phone number, which a just gave up in the same request.
        QCOMPARE(typeOf(outcomes.at(3)), u"BulkActionSuccess"_s);
        QCOMPARE(outcomes.at(3).toObject().value(u"data"_s).toObject().value(u"phoneNumber"_s),
                 a.value(u"phoneNumber"_s));
    }

    void bulkUpdateReportsTakenPhoneNumbers()
    {
        const QJsonObject a = createAgent();
        const QJsonObject b = createAgent();
        const QString bId = idOf(b);
        const auto reply =
            m_sandbox.put(u"/v1/agents"_s,
                          QJsonArray{QJsonObject{{u"id"_s, bId},
                                                 {u"displayName"_s, u"Clash"_s},
                                                 {u"phoneNumber"_s, a.value(u"phoneNumber"_s)}}});
        QCOMPARE(reply.status, 200);
        const QJsonObject error = errorOf(reply.data().toArray().at(0));
        QCOMPARE(typeOf(error), u"Validation"_s);
        QCOMPARE(error.value(u"message"_s).toString(),
                 u"Updating Agent [id:%1] failed with [errors:PhoneNumberExists]"_s.arg(bId));
        QCOMPARE(agent(bId), b);
    }

    void bulkBodiesMustBeBareArraysOfItemsWithIds_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("put wrapped")
            << QByteArray("PUT") << QByteArray(R"({"data":[{"id":"x","displayName":"X"}]})");
        QTest::newRow("patch wrapped") << QByteArray("PATCH") << QByteArray(R"({"data":[]})");
        QTest::newRow("put missing id")
            << QByteArray("PUT") << QByteArray(R"([{"displayName":"X"}])");
        QTest::newRow("patch missing id")
            << QByteArray("PATCH") << QByteArray(R"([{"displayName":"X"}])");
        QTest::newRow("put item not object") << QByteArray("PUT") << QByteArray(R"([1])");
        QTest::newRow("put not json") << QByteArray("PUT") << QByteArray("[{");
    }

    void bulkBodiesMustBeBareArraysOfItemsWithIds()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, body);
        const auto reply = m_sandbox.send(method, u"/v1/agents"_s, body);
        QCOMPARE(reply.status, 400);
        QVERIFY2(messageOf(reply).startsWith(u"Invalid value for: body"_s),
                 qPrintable(messageOf(reply)));
    }

    void bulkPatchAnswersPerItem()
    {
        const QJsonObject a = createAgent();
        const QJsonObject b = createAgent();
        const QString unknown = randomUuid();
        const auto reply = m_sandbox.patch(
            u"/v1/agents"_s,
            QJsonArray{QJsonObject{{u"id"_s, a.value(u"id"_s)}, {u"displayName"_s, u"AB"_s}},
                       QJsonObject{{u"id"_s, b.value(u"id"_s)}},
                       QJsonObject{{u"id"_s, unknown}, {u"displayName"_s, u"JB"_s}}});
        QCOMPARE(reply.status, 200);
        const QJsonArray outcomes = reply.data().toArray();
        QCOMPARE(outcomes.size(), 3);

        QJsonObject expected = a;
        expected.insert(u"displayName"_s, u"AB"_s);
        QCOMPARE(typeOf(outcomes.at(0)), u"BulkActionSuccess"_s);
        QCOMPARE(outcomes.at(0).toObject().value(u"data"_s).toObject(), expected);
        QCOMPARE(agent(idOf(a)), expected);

        QCOMPARE(typeOf(errorOf(outcomes.at(1))), u"EmptyPatchSet"_s);
        QCOMPARE(errorOf(outcomes.at(1)).value(u"id"_s), b.value(u"id"_s));
        QVERIFY(!errorMessage(outcomes.at(1)).isEmpty());
        QCOMPARE(agent(idOf(b)), b);

        QCOMPARE(typeOf(errorOf(outcomes.at(2))), u"NotFound"_s);
        QCOMPARE(errorMessage(outcomes.at(2)), u"Agent not found"_s);
    }

    void emptyBulkBodiesAnswerNoOutcomes()
    {
        for (const QByteArray &method : {QByteArray("PUT"), QByteArray("PATCH")}) {
            auto reply = m_sandbox.send(method, u"/v1/agents"_s, "[]");
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.data().toArray().size(), 0);
            // The spec marks these bodies "not required".
            reply = m_sandbox.send(method, u"/v1/agents"_s);
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.data().toArray().size(), 0);
        }
    }

    void bulkCreateAnswersPerItem()
    {
        const QJsonObject existing = createAgent();
        const auto reply = m_sandbox.post(
            u"/v1/agents/bulk"_s,
            QJsonObject{{u"data"_s, QJsonArray{
                                        QJsonObject{{u"displayName"_s, u"New 1"_s},
                                                    {u"email"_s, u"bulk.new.1@routes.example"_s}},
                                        QJsonObject{{u"displayName"_s, u"Dup"_s},
                                                    {u"email"_s, existing.value(u"email"_s)}},
                                        QJsonObject{{u"displayName"_s, u"No mail"_s}},
                                    }}});
        QCOMPARE(reply.status, 201);
        const QJsonArray outcomes = reply.data().toArray();
        QCOMPARE(outcomes.size(), 3);
        QCOMPARE(typeOf(outcomes.at(0)), u"BulkActionSuccess"_s);
        const QJsonObject created = outcomes.at(0).toObject().value(u"data"_s).toObject();
        QCOMPARE(created.value(u"email"_s).toString(), u"bulk.new.1@routes.example"_s);
        QCOMPARE(created.value(u"roles"_s).toArray(), QJsonArray{u"Agent"_s});
        QCOMPARE(agent(idOf(created)), created);

        for (int i : {1, 2}) {
            QCOMPARE(typeOf(outcomes.at(i)), u"BulkActionFailure"_s);
            QCOMPARE(typeOf(errorOf(outcomes.at(i))), u"Validation"_s);
        }
        QVERIFY(errorMessage(outcomes.at(1)).contains(u"EmailExists"_s));
        QVERIFY(errorMessage(outcomes.at(2)).contains(u"email"_s));

        const auto bare = m_sandbox.post(u"/v1/agents/bulk"_s, QJsonArray());
        QCOMPARE(bare.status, 400);
    }

    void injectedBulkFailuresLeaveItemsUnchanged()
    {
        const QJsonObject a = createAgent();
        const QJsonObject b = createAgent();
        QVERIFY(m_sandbox.setFaults(QJsonObject{{u"bulkFailureRate"_s, 1.0}}));
        const auto reply = m_sandbox.patch(
            u"/v1/agents"_s,
            QJsonArray{QJsonObject{{u"id"_s, a.value(u"id"_s)}, {u"displayName"_s, u"Never"_s}},
                       QJsonObject{{u"id"_s, b.value(u"id"_s)}, {u"displayName"_s, u"Never"_s}}});
        QCOMPARE(reply.status, 200);
        const QJsonArray outcomes = reply.data().toArray();
        QCOMPARE(outcomes.size(), 2);
        for (int i = 0; i < 2; ++i) {
            const QString id = (i == 0 ? a : b).value(u"id"_s).toString();
            const QJsonObject error = errorOf(outcomes.at(i));
            QCOMPARE(typeOf(error), u"Infrastructure"_s);
            QCOMPARE(idOf(error), id);
            QCOMPARE(error.value(u"message"_s).toString(),
                     u"Temporary failure updating %1, try again"_s.arg(id));
        }
        QVERIFY(m_sandbox.send("DELETE", u"/_sandbox/faults"_s).status < 300);
        QCOMPARE(agent(idOf(a)), a);
        QCOMPARE(agent(idOf(b)), b);
    }

    void presenceListsEveryAgentAsABareArray()
    {
        createAgent();
        const auto all = m_sandbox.get(u"/v1/agents?pageLimit=500"_s);
        QStringList agentIds = idsOf(all.data().toArray());
        const auto reply = m_sandbox.get(u"/v1/agents/presence"_s);
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.json().isArray());
        QStringList presenceIds;
        for (const QJsonValue &value : reply.json().array()) {
            const QJsonObject presence = value.toObject();
            presenceIds.append(presence.value(u"userId"_s).toString());
            QVERIFY(!presence.value(u"requestTime"_s).toString().isEmpty());
            QVERIFY(!presence.value(u"requestTime"_s).toString().endsWith(u'Z'));
            const QString connection = presence.value(u"connectionStatus"_s).toString();
            QVERIFY2(connection == QLatin1String("Online") ||
                         connection == QLatin1String("Offline"),
                     qPrintable(connection));
        }
        agentIds.sort();
        presenceIds.sort();
        QCOMPARE(presenceIds, agentIds);
    }

    void workingChannelChangesActiveChannels()
    {
        const QString id = createAgent().value(u"id"_s).toString();
        const QString path = u"/v1/agents/%1/presence"_s.arg(id);
        auto reply = m_sandbox.get(path);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.data().toObject().value(u"userId"_s).toString(), id);
        QCOMPARE(reply.data().toObject().value(u"activeChannels"_s).toArray(), QJsonArray());

        const auto channels = [&] {
            return m_sandbox.get(path).data().toObject().value(u"activeChannels"_s).toArray();
        };
        const auto set = [&](const char *channel, bool working) {
            return m_sandbox.put(
                path + u"/working-channel"_s,
                QJsonObject{{u"channel"_s, QLatin1String(channel)}, {u"working"_s, working}});
        };

        reply = set("Email", true);
        QCOMPARE(reply.status, 204);
        QVERIFY(reply.body.isEmpty());
        QVERIFY(channels().contains(u"Email"_s));
        QCOMPARE(set("Speak", true).status, 204);
        QVERIFY(channels().contains(u"Email"_s));
        QVERIFY(channels().contains(u"PstnPhone"_s));
        QCOMPARE(set("Email", false).status, 204);
        QVERIFY(!channels().contains(u"Email"_s));
        QVERIFY(channels().contains(u"PstnPhone"_s));

        // The presence list shows the same.
        bool seen = false;
        for (const QJsonValue &value : m_sandbox.get(u"/v1/agents/presence"_s).json().array()) {
            const QJsonObject presence = value.toObject();
            if (presence.value(u"userId"_s).toString() != id)
                continue;
            seen = true;
            QCOMPARE(presence.value(u"activeChannels"_s).toArray(), channels());
        }
        QVERIFY(seen);

        reply = set("Fax", true);
        QCOMPARE(reply.status, 400);
        QVERIFY(messageOf(reply).startsWith(u"Invalid value for: body"_s));
        reply =
            m_sandbox.put(path + u"/working-channel"_s, QJsonObject{{u"channel"_s, u"Email"_s}});
        QCOMPARE(reply.status, 400);
        QVERIFY(messageOf(reply).contains(u"working"_s));
    }

    void teamsOfAnAgent()
    {
        const QString id = createAgent().value(u"id"_s).toString();
        const QString path = u"/v1/agents/%1/teams"_s.arg(id);
        auto reply = m_sandbox.get(path);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.data().toArray(), QJsonArray());

        const auto team =
            m_sandbox.post(u"/v1/teams"_s, QJsonObject{{u"name"_s, u"Agent route testers"_s}});
        QCOMPARE(team.status, 201);
        const QString teamId = team.data().toObject().value(u"id"_s).toString();
        QCOMPARE(m_sandbox
                     .patch(u"/v1/teams/%1/agents"_s.arg(teamId),
                            QJsonObject{{u"agentIds"_s, QJsonArray{id}}})
                     .status,
                 200);
        reply = m_sandbox.get(path);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.data().toArray(), (QJsonArray{QJsonObject{{u"id"_s, teamId}}}));
    }

    void deleteDowngradesToEndUser()
    {
        const QJsonObject before = createAgent();
        const QString id = idOf(before);
        const auto team =
            m_sandbox.post(u"/v1/teams"_s, QJsonObject{{u"name"_s, u"Downgrade testers"_s}});
        const QString teamId = team.data().toObject().value(u"id"_s).toString();
        QCOMPARE(m_sandbox
                     .patch(u"/v1/teams/%1/agents"_s.arg(teamId),
                            QJsonObject{{u"agentIds"_s, QJsonArray{id}}})
                     .status,
                 200);

        auto reply = m_sandbox.del(u"/v1/agents/"_s + id);
        QCOMPARE(reply.status, 204);
        QVERIFY(reply.body.isEmpty());

        QCOMPARE(m_sandbox.get(u"/v1/agents/"_s + id).status, 404);
        reply = m_sandbox.get(u"/v1/endusers/"_s + id);
        QCOMPARE(reply.status, 200);
        const QJsonObject endUser = reply.data().toObject();
        QVERIFY(!endUser.contains(u"roles"_s));
        for (const char *field : {"id", "createdAt", "email", "displayName", "phoneNumber"})
            QCOMPARE(endUser.value(QLatin1String(field)), before.value(QLatin1String(field)));

        const auto members = m_sandbox.get(u"/v1/teams/%1/agents"_s.arg(teamId));
        QCOMPARE(members.data().toArray().size(), 0);
        for (const QJsonValue &value : m_sandbox.get(u"/v1/agents/presence"_s).json().array())
            QVERIFY(value.toObject().value(u"userId"_s).toString() != id);
        QCOMPARE(m_sandbox.get(u"/v1/agents?email="_s + before.value(u"email"_s).toString())
                     .data()
                     .toArray()
                     .size(),
                 0);

        QCOMPARE(m_sandbox.del(u"/v1/agents/"_s + id).status, 404);
    }

    void theTokensOwnAdminCannotBeDowngraded()
    {
        // A note written without an author is written as the token's user: that names it.
        const auto user = m_sandbox.post(u"/v1/endusers"_s, QJsonObject());
        QCOMPARE(user.status, 201);
        const QJsonObject message{
            {u"_type"_s, u"Inbound"_s},
            {u"content"_s, QJsonObject{{u"_type"_s, u"Text"_s}, {u"value"_s, u"Hi"_s}}}};
        const auto conversation =
            m_sandbox.post(u"/v1/conversations"_s,
                           QJsonObject{{u"_type"_s, u"Email"_s},
                                       {u"requesterId"_s, user.data().toObject().value(u"id"_s)},
                                       {u"emailIntegrationId"_s, u"support@email.dixa.io"_s},
                                       {u"subject"_s, u"Who holds the token?"_s},
                                       {u"message"_s, message}});
        QCOMPARE(conversation.status, 201);
        const auto note =
            m_sandbox.post(u"/v1/conversations/%1/notes"_s.arg(
                               conversation.data().toObject().value(u"id"_s).toInteger()),
                           QJsonObject{{u"message"_s, u"by the token"_s}});
        QCOMPARE(note.status, 200);
        const QString tokenUser = note.data().toObject().value(u"authorId"_s).toString();
        const QJsonObject before = agent(tokenUser);
        QVERIFY(!before.isEmpty());

        const auto reply = m_sandbox.del(u"/v1/agents/"_s + tokenUser);
        QCOMPARE(reply.status, 400);
        QCOMPARE(messageOf(reply), u"Validation failure during delete processing"_s);
        QCOMPARE(agent(tokenUser), before);
    }

    void betaPrefixServesTheSameRoutes()
    {
        const QString id = createAgent().value(u"id"_s).toString();
        const auto reply = m_sandbox.get(u"/beta/agents/"_s + id);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.data().toObject(), agent(id));
        const auto page = m_sandbox.get(u"/beta/agents?pageLimit=1"_s);
        QCOMPARE(page.status, 200);
        QVERIFY(
            page.object().value(u"meta"_s)["next"_L1].toString().startsWith(u"/beta/agents?"_s));
    }
};

QTEST_GUILESS_MAIN(TestAgentRoutes)
#include "tst_agentroutes.moc"
