// The sandbox's end-user routes over HTTP: list and paging, create, update and patch one by one
// and in bulk, custom attributes and the conversations an end user requested.
#include "sandboxfixture.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

#include <functional>
#include <optional>

namespace {
QString messageOf(const SandboxFixture::Reply &reply)
{
    return reply.object().value(u"message"_s).toString();
}

QString randomUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QStringList idsOf(const QJsonArray &items)
{
    QStringList ids;
    for (const QJsonValue &item : items) {
        const QJsonValue id = item.toObject().value(u"id"_s);
        ids.append(id.isString() ? id.toString() : QString::number(id.toInteger()));
    }
    return ids;
}

QJsonObject errorOf(const QJsonValue &outcome)
{
    return outcome.toObject().value(u"error"_s).toObject();
}

QJsonObject successOf(const QJsonValue &outcome)
{
    return outcome.toObject().value(u"data"_s).toObject();
}

QString errorMessage(const QJsonValue &outcome)
{
    return errorOf(outcome).value(u"message"_s).toString();
}

QString typeOf(const QJsonValue &value)
{
    return value.toObject().value(u"_type"_s).toString();
}

QString idOf(const QJsonObject &record)
{
    return record.value(u"id"_s).toString();
}

// The first option value path of a Select definition (one level deep).
QJsonArray firstOptionPath(const QJsonObject &definition)
{
    const QJsonArray options =
        definition.value(u"inputDefinition"_s).toObject().value(u"options"_s).toArray();
    if (options.isEmpty())
        return {};
    return QJsonArray{options.first().toObject().value(u"value"_s)};
}
} // namespace

class TestEndUserRoutes : public QObject
{
    Q_OBJECT

private:
    SandboxFixture m_sandbox;
    int m_serial = 0;

    QJsonObject createEndUser()
    {
        const int n = ++m_serial;
        const QJsonObject input{
            {u"displayName"_s, u"Test User %1"_s.arg(n)},
            {u"email"_s, u"test.user.%1@endusers.example"_s.arg(n)},
            {u"phoneNumber"_s, u"+4577%1"_s.arg(100000 + n)},
            {u"firstName"_s, u"Test"_s},
            {u"lastName"_s, u"User%1"_s.arg(n)},
            {u"middleNames"_s, QJsonArray{u"J."_s}},
            {u"additionalEmails"_s, QJsonArray{u"second.%1@endusers.example"_s.arg(n)}},
            {u"additionalPhoneNumbers"_s, QJsonArray{u"+4566%1"_s.arg(100000 + n)}},
            {u"avatarUrl"_s, u"https://avatars.example/u%1.png"_s.arg(n)},
            {u"externalId"_s, u"#route-%1"_s.arg(n)},
        };
        const auto reply = m_sandbox.post(u"/v1/endusers"_s, input);
        if (reply.status != 201)
            qWarning() << "creating an end user failed" << reply.status << reply.body;
        return reply.data().toObject();
    }

    QJsonObject endUser(const QString &id)
    {
        return m_sandbox.get(u"/v1/endusers/"_s + id).data().toObject();
    }

    // Follows meta.next from `first`; returns nullopt when a page fails or is too long, or when
    // `check` refuses an item.
    std::optional<QStringList> walk(const QString &first, int limit, int *pages,
                                    const std::function<bool(const QJsonObject &)> &check = {})
    {
        QStringList ids;
        QString next = first;
        *pages = 0;
        while (!next.isEmpty() && *pages < 10000) {
            const auto reply = m_sandbox.get(next);
            if (reply.status != 200) {
                qWarning() << "page failed" << next << reply.status << reply.body;
                return std::nullopt;
            }
            const QJsonArray items = reply.data().toArray();
            if (items.size() > limit)
                return std::nullopt;
            for (const QJsonValue &item : items) {
                if (check && !check(item.toObject()))
                    return std::nullopt;
            }
            ids += idsOf(items);
            ++*pages;
            next = reply.object().value(u"meta"_s)["next"_L1].toString();
        }
        return ids;
    }

    // A custom attribute definition of `entityType` whose input is `inputType`.
    std::optional<QJsonObject> definition(const QString &entityType, const QString &inputType)
    {
        const auto reply = m_sandbox.get(u"/v1/custom-attributes"_s);
        for (const QJsonValue &value : reply.data().toArray()) {
            const QJsonObject definition = value.toObject();
            const QJsonObject input = definition.value(u"inputDefinition"_s).toObject();
            if (definition.value(u"entityType"_s).toString() == entityType &&
                input.value(u"_type"_s).toString() == inputType &&
                (inputType != QLatin1String("Select") || !firstOptionPath(definition).isEmpty()))
                return definition;
        }
        return std::nullopt;
    }

    qint64 createConversation(const QString &requesterId, const QString &subject)
    {
        const auto reply = m_sandbox.post(
            u"/v1/conversations"_s,
            QJsonObject{
                {u"_type"_s, u"Email"_s},
                {u"requesterId"_s, requesterId},
                {u"emailIntegrationId"_s, u"support@email.dixa.io"_s},
                {u"subject"_s, subject},
                {u"message"_s, QJsonObject{{u"_type"_s, u"Inbound"_s},
                                           {u"content"_s, QJsonObject{{u"_type"_s, u"Text"_s},
                                                                      {u"value"_s, subject}}}}}});
        if (reply.status != 201)
            qWarning() << "creating a conversation failed" << reply.status << reply.body;
        return reply.data().toObject().value(u"id"_s).toInteger();
    }

private slots:
    void initTestCase() { QVERIFY(m_sandbox.isRunning()); }

    void cleanup() { m_sandbox.send("DELETE", u"/_sandbox/faults"_s); }

    void paginationWalksEveryEndUserOnce()
    {
        createEndUser();
        // The full list in 500-record pages is the reference for the 7-record walk.
        int bigPages = 0;
        const auto expected = walk(u"/v1/endusers?pageLimit=500"_s, 500, &bigPages);
        QVERIFY(expected);
        QVERIFY(!expected->isEmpty());

        int pages = 0;
        const auto noAttributes = [](const QJsonObject &item) {
            return !item.contains(u"customAttributes"_s) && !idOf(item).isEmpty();
        };
        const auto walked = walk(u"/v1/endusers?pageLimit=7"_s, 7, &pages, noAttributes);
        QVERIFY2(walked, "a page failed, was too long or listed custom attributes");
        QCOMPARE(*walked, *expected);
        QCOMPARE(QSet<QString>(walked->cbegin(), walked->cend()).size(), walked->size());
        QCOMPARE(pages, int((expected->size() + 6) / 7));
    }

    void pagingParametersAreChecked_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("reason");
        const QString limit = u"Invalid value for: query parameter pageLimit"_s;
        const QString filters = u"Invalid filters: Cannot provide more than one filter"_s;
        QTest::newRow("limit 0") << u"pageLimit=0"_s << limit;
        QTest::newRow("limit 501") << u"pageLimit=501"_s << limit;
        QTest::newRow("garbage key")
            << u"pageKey=bm9wZQ"_s << u"Invalid value for: query parameter pageKey"_s;
        QTest::newRow("email and phone") << u"email=a@b.c&phone=1"_s << filters;
        QTest::newRow("email and external") << u"email=a@b.c&externalId=1"_s << filters;
        QTest::newRow("phone and external") << u"phone=1&externalId=1"_s << filters;
        QTest::newRow("all three") << u"email=a&phone=1&externalId=1"_s << filters;
    }

    void pagingParametersAreChecked()
    {
        QFETCH(QString, query);
        QFETCH(QString, reason);
        const auto reply = m_sandbox.get(u"/v1/endusers?"_s + query);
        QCOMPARE(reply.status, 400);
        QVERIFY2(messageOf(reply).startsWith(reason), qPrintable(messageOf(reply)));
    }

    void listFiltersByOneField()
    {
        const QJsonObject user = createEndUser();
        const QStringList expected{idOf(user)};
        const auto encoded = [](const QJsonValue &value) {
            return QString::fromLatin1(QUrl::toPercentEncoding(value.toString()));
        };
        auto reply = m_sandbox.get(u"/v1/endusers?email="_s +
                                   encoded(user.value(u"email"_s).toString().toUpper()));
        QCOMPARE(reply.status, 200);
        QCOMPARE(idsOf(reply.data().toArray()), expected);
        QVERIFY(!reply.data().toArray().first().toObject().contains(u"customAttributes"_s));

        reply = m_sandbox.get(u"/v1/endusers?phone="_s + encoded(user.value(u"phoneNumber"_s)));
        QCOMPARE(idsOf(reply.data().toArray()), expected);

        reply = m_sandbox.get(u"/v1/endusers?externalId="_s + encoded(user.value(u"externalId"_s)));
        QCOMPARE(idsOf(reply.data().toArray()), expected);

        reply = m_sandbox.get(u"/v1/endusers?externalId=%23no-such-id"_s);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.data().toArray().size(), 0);
    }

    void createAnswersTheNewEndUser()
    {
        const QJsonObject user = createEndUser();
        QVERIFY(!QUuid::fromString(idOf(user)).isNull());
        QVERIFY(!user.value(u"createdAt"_s).toString().isEmpty());
        QCOMPARE(user.value(u"customAttributes"_s).toArray(), QJsonArray());
        QCOMPARE(user.value(u"externalId"_s).toString().left(7), u"#route-"_s);
        QCOMPARE(endUser(idOf(user)), user);

        // Every field is optional.
        auto reply = m_sandbox.post(u"/v1/endusers"_s, QJsonObject());
        QCOMPARE(reply.status, 201);
        QVERIFY(!idOf(reply.data().toObject()).isEmpty());

        reply =
            m_sandbox.post(u"/v1/endusers"_s, QJsonObject{{u"email"_s, user.value(u"email"_s)}});
        QCOMPARE(reply.status, 400);
        QVERIFY2(messageOf(reply).startsWith(u"Validation failure during enduser creation"_s),
                 qPrintable(messageOf(reply)));

        reply = m_sandbox.post(u"/v1/endusers"_s,
                               QJsonObject{{u"additionalEmails"_s, QJsonArray{u"a"_s, u"a"_s}}});
        QCOMPARE(reply.status, 400);
        QVERIFY(messageOf(reply).startsWith(u"Invalid value for: body"_s));
    }

    void putReplacesTheEditableFields()
    {
        const QJsonObject before = createEndUser();
        const QString id = idOf(before);
        const auto reply = m_sandbox.put(
            u"/v1/endusers/"_s + id,
            QJsonObject{{u"displayName"_s, u"Renamed"_s},
                        {u"email"_s, u"renamed.%1@endusers.example"_s.arg(m_serial)}});
        QCOMPARE(reply.status, 200);
        const QJsonObject after = reply.data().toObject();
        QCOMPARE(after.value(u"displayName"_s).toString(), u"Renamed"_s);
        QCOMPARE(after.value(u"email"_s).toString(),
                 u"renamed.%1@endusers.example"_s.arg(m_serial));
        for (const char *field :
             {"firstName", "lastName", "phoneNumber", "avatarUrl", "externalId"})
            QVERIFY2(!after.contains(QLatin1String(field)), field);
        for (const char *field : {"middleNames", "additionalEmails", "additionalPhoneNumbers"})
            QVERIFY2(after.value(QLatin1String(field)).toArray().isEmpty(), field);
        for (const char *field : {"id", "createdAt", "customAttributes"})
            QCOMPARE(after.value(QLatin1String(field)), before.value(QLatin1String(field)));
        QCOMPARE(endUser(id), after);
    }

    void patchChangesOnlyWhatIsSent()
    {
        const QJsonObject before = createEndUser();
        const QString id = idOf(before);
        const auto reply = m_sandbox.patch(u"/v1/endusers/"_s + id,
                                           QJsonObject{{u"externalId"_s, u"#patched"_s},
                                                       {u"middleNames"_s, QJsonArray()},
                                                       {u"lastName"_s, QJsonValue::Null}});
        QCOMPARE(reply.status, 200);
        QJsonObject expected = before;
        expected.insert(u"externalId"_s, u"#patched"_s);
        expected.insert(u"middleNames"_s, QJsonArray());
        QCOMPARE(reply.data().toObject(), expected);
        QCOMPARE(endUser(id), expected);
    }

    void singleUpdatesRefuseTakenEmailsAndPhones()
    {
        const QJsonObject a = createEndUser();
        const QJsonObject b = createEndUser();
        for (const char *field : {"email", "phoneNumber"}) {
            const auto reply =
                m_sandbox.patch(u"/v1/endusers/"_s + idOf(b),
                                QJsonObject{{QLatin1String(field), a.value(QLatin1String(field))}});
            QCOMPARE(reply.status, 400);
            QVERIFY2(messageOf(reply).startsWith(u"Validation failure during update"_s),
                     qPrintable(messageOf(reply)));
        }
        QCOMPARE(endUser(idOf(b)), b);
        // Keeping one's own email is no clash.
        const auto reply = m_sandbox.put(
            u"/v1/endusers/"_s + idOf(a),
            QJsonObject{{u"displayName"_s, u"Same mail"_s}, {u"email"_s, a.value(u"email"_s)}});
        QCOMPARE(reply.status, 200);
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
        QTest::newRow("custom attributes")
            << QByteArray("PATCH") << u"/custom-attributes"_s << QByteArray("{}");
        QTest::newRow("conversations") << QByteArray("GET") << u"/conversations"_s << QByteArray();
    }

    void singleRoutesCheckThePathParameter()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, suffix);
        QFETCH(QByteArray, body);
        auto reply = m_sandbox.send(method, u"/v1/endusers/12345"_s + suffix, body);
        QCOMPARE(reply.status, 400);
        QCOMPARE(messageOf(reply), u"Invalid value for: path parameter userId"_s);

        reply = m_sandbox.send(method, u"/v1/endusers/"_s + randomUuid() + suffix, body);
        QCOMPARE(reply.status, 404);

        // An agent is not an end user.
        const auto agent = m_sandbox.post(
            u"/v1/agents"_s,
            QJsonObject{{u"displayName"_s, u"An agent"_s},
                        {u"email"_s, u"agent.%1@endusers.example"_s.arg(randomUuid())}});
        QCOMPARE(agent.status, 201);
        reply = m_sandbox.send(method, u"/v1/endusers/"_s + idOf(agent.data().toObject()) + suffix,
                               body);
        QCOMPARE(reply.status, 404);
    }

    void bulkUpdateAnswersPerItemInOrder()
    {
        const QJsonObject a = createEndUser();
        const QJsonObject b = createEndUser();
        const QJsonObject c = createEndUser();
        const QJsonObject d = createEndUser();
        const QString unknown = randomUuid();
        const QJsonArray items{
            QJsonObject{{u"id"_s, idOf(a)},
                        {u"displayName"_s, u"Alice Brown"_s},
                        {u"email"_s, u"alice.%1@brown.example"_s.arg(m_serial)}},
            QJsonObject{{u"id"_s, unknown}, {u"displayName"_s, u"Ghost"_s}},
            QJsonObject{{u"id"_s, idOf(b)}, {u"lastName"_s, u"Without display name"_s}},
            QJsonObject{{u"id"_s, idOf(c)},
                        {u"displayName"_s, u"Clash"_s},
                        {u"phoneNumber"_s, d.value(u"phoneNumber"_s)}},
            QJsonObject{{u"id"_s, idOf(d)},
                        {u"displayName"_s, u"Clash"_s},
                        {u"email"_s, b.value(u"email"_s)}},
        };
        const auto reply = m_sandbox.put(u"/v1/endusers"_s, QJsonObject{{u"data"_s, items}});
        QCOMPARE(reply.status, 200);
        const QJsonArray outcomes = reply.data().toArray();
        QCOMPARE(outcomes.size(), 5);

        QCOMPARE(typeOf(outcomes.at(0)), u"BulkActionSuccess"_s);
        const QJsonObject updated = successOf(outcomes.at(0));
        QCOMPARE(updated.value(u"email"_s).toString(), u"alice.%1@brown.example"_s.arg(m_serial));
        QVERIFY(!updated.contains(u"phoneNumber"_s));
        QVERIFY(updated.value(u"customAttributes"_s).isArray());
        QCOMPARE(updated.value(u"createdAt"_s), a.value(u"createdAt"_s));
        QCOMPARE(endUser(idOf(a)), updated);

        QCOMPARE(errorOf(outcomes.at(1)), (QJsonObject{{u"_type"_s, u"NotFound"_s},
                                                       {u"id"_s, unknown},
                                                       {u"message"_s, u"End user not found"_s}}));

        QCOMPARE(typeOf(errorOf(outcomes.at(2))), u"Validation"_s);
        QCOMPARE(errorOf(outcomes.at(2)).value(u"id"_s).toString(), idOf(b));
        QVERIFY(errorMessage(outcomes.at(2)).contains(u"displayName"_s));

        QCOMPARE(errorOf(outcomes.at(3)),
                 (QJsonObject{{u"_type"_s, u"Validation"_s},
                              {u"id"_s, idOf(c)},
                              {u"message"_s, QStringLiteral("Updating EndUser [id:%1] failed with "
                                                            "[errors:PhoneNumberExists]")
                                                 .arg(idOf(c))}}));
        QCOMPARE(errorMessage(outcomes.at(4)),
                 u"Updating EndUser [id:%1] failed with [errors:EmailExists]"_s.arg(idOf(d)));

        for (const QJsonObject &unchanged : {b, c, d})
            QCOMPARE(endUser(idOf(unchanged)), unchanged);
    }

    void bulkBodiesMustBeWrappedItemsWithIds_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("put bare array") << QByteArray("PUT") << QByteArray("[]");
        QTest::newRow("patch bare array") << QByteArray("PATCH") << QByteArray("[]");
        QTest::newRow("put no data") << QByteArray("PUT") << QByteArray("{}");
        QTest::newRow("put empty body") << QByteArray("PUT") << QByteArray();
        QTest::newRow("put missing id")
            << QByteArray("PUT") << QByteArray(R"({"data":[{"displayName":"X"}]})");
        QTest::newRow("patch id not uuid")
            << QByteArray("PATCH") << QByteArray(R"({"data":[{"id":"42","displayName":"X"}]})");
        QTest::newRow("patch item not object")
            << QByteArray("PATCH") << QByteArray(R"({"data":["x"]})");
    }

    void bulkBodiesMustBeWrappedItemsWithIds()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, body);
        const auto reply = m_sandbox.send(method, u"/v1/endusers"_s, body);
        QCOMPARE(reply.status, 400);
        QVERIFY2(messageOf(reply).startsWith(u"Invalid value for: body"_s),
                 qPrintable(messageOf(reply)));
    }

    void bulkPatchAnswersPerItem()
    {
        const QJsonObject a = createEndUser();
        const QJsonObject b = createEndUser();
        const QString unknown = randomUuid();
        const auto reply = m_sandbox.patch(
            u"/v1/endusers"_s,
            QJsonObject{
                {u"data"_s,
                 QJsonArray{QJsonObject{{u"id"_s, idOf(a)},
                                        {u"phoneNumber"_s, u"+4511%1"_s.arg(m_serial * 7)}},
                            QJsonObject{{u"id"_s, idOf(b)}},
                            QJsonObject{{u"id"_s, unknown}, {u"displayName"_s, u"Nobody"_s}}}}});
        QCOMPARE(reply.status, 200);
        const QJsonArray outcomes = reply.data().toArray();
        QCOMPARE(outcomes.size(), 3);
        QJsonObject expected = a;
        expected.insert(u"phoneNumber"_s, u"+4511%1"_s.arg(m_serial * 7));
        QCOMPARE(successOf(outcomes.at(0)), expected);
        QCOMPARE(endUser(idOf(a)), expected);
        QCOMPARE(typeOf(errorOf(outcomes.at(1))), u"EmptyPatchSet"_s);
        QCOMPARE(errorOf(outcomes.at(1)).value(u"id"_s).toString(), idOf(b));
        QCOMPARE(typeOf(errorOf(outcomes.at(2))), u"NotFound"_s);
        QCOMPARE(endUser(idOf(b)), b);
    }

    void bulkCreateAnswersPerItem()
    {
        const QJsonObject existing = createEndUser();
        const auto reply = m_sandbox.post(
            u"/v1/endusers/bulk"_s,
            QJsonObject{{u"data"_s, QJsonArray{QJsonObject{{u"displayName"_s, u"Bulk person"_s},
                                                           {u"externalId"_s, u"#bulk-1"_s}},
                                               QJsonObject{{u"phoneNumber"_s,
                                                            existing.value(u"phoneNumber"_s)}},
                                               QJsonObject{{u"displayName"_s, 12}}}}});
        QCOMPARE(reply.status, 201);
        const QJsonArray outcomes = reply.data().toArray();
        QCOMPARE(outcomes.size(), 3);
        const QJsonObject created = successOf(outcomes.at(0));
        QCOMPARE(created.value(u"externalId"_s).toString(), u"#bulk-1"_s);
        QCOMPARE(endUser(idOf(created)), created);
        QCOMPARE(typeOf(errorOf(outcomes.at(1))), u"Validation"_s);
        QVERIFY(errorMessage(outcomes.at(1)).contains(u"PhoneNumberExists"_s));
        QCOMPARE(typeOf(errorOf(outcomes.at(2))), u"Validation"_s);

        QCOMPARE(m_sandbox.post(u"/v1/endusers/bulk"_s, QJsonArray()).status, 400);
    }

    void injectedBulkFailuresLeaveItemsUnchanged()
    {
        const QJsonObject a = createEndUser();
        QVERIFY(m_sandbox.setFaults(QJsonObject{{u"bulkFailureRate"_s, 1.0}}));
        const auto reply = m_sandbox.put(
            u"/v1/endusers"_s,
            QJsonObject{{u"data"_s, QJsonArray{QJsonObject{{u"id"_s, idOf(a)},
                                                           {u"displayName"_s, u"Never"_s}}}}});
        QCOMPARE(reply.status, 200);
        const QJsonObject error = errorOf(reply.data().toArray().at(0));
        QCOMPARE(typeOf(error), u"Infrastructure"_s);
        QCOMPARE(idOf(error), idOf(a));
        QCOMPARE(error.value(u"message"_s).toString(),
                 u"Temporary failure updating %1, try again"_s.arg(idOf(a)));
        QVERIFY(m_sandbox.send("DELETE", u"/_sandbox/faults"_s).status < 300);
        QCOMPARE(endUser(idOf(a)), a);
    }

    void customAttributesArePatched()
    {
        const auto text = definition(u"Contact"_s, u"Text"_s);
        const auto select = definition(u"Contact"_s, u"Select"_s);
        QVERIFY2(text && select, "the demo organisation needs Text and Select end-user attributes");
        const QString textId = idOf(*text);
        const QString selectId = idOf(*select);
        const QJsonArray path = firstOptionPath(*select);

        const QJsonObject user = createEndUser();
        const QString attributesPath = u"/v1/endusers/%1/custom-attributes"_s.arg(idOf(user));
        auto reply =
            m_sandbox.patch(attributesPath, QJsonObject{{textId, u"abcdef"_s}, {selectId, path}});
        QCOMPARE(reply.status, 200);
        QJsonArray answer = reply.data().toArray();
        QCOMPARE(answer.size(), 2);
        for (const QJsonValue &value : answer) {
            const QJsonObject attribute = value.toObject();
            const bool isText = idOf(attribute) == textId;
            const QJsonObject &def = isText ? *text : *select;
            QCOMPARE(attribute.value(u"name"_s), def.value(u"label"_s));
            QCOMPARE(attribute.value(u"identifier"_s), def.value(u"identifier"_s));
            QCOMPARE(attribute.value(u"value"_s),
                     isText ? QJsonValue(u"abcdef"_s) : QJsonValue(path));
        }
        QJsonArray stored = endUser(idOf(user)).value(u"customAttributes"_s).toArray();
        QCOMPARE(stored.size(), 2);
        // The list still leaves them out.
        const auto listed =
            m_sandbox.get(u"/v1/endusers?email="_s + user.value(u"email"_s).toString());
        QVERIFY(!listed.data().toArray().first().toObject().contains(u"customAttributes"_s));

        // A new value replaces the old one; null clears.
        reply = m_sandbox.patch(attributesPath,
                                QJsonObject{{textId, u"second"_s}, {selectId, QJsonValue::Null}});
        QCOMPARE(reply.status, 200);
        answer = reply.data().toArray();
        QCOMPARE(answer.size(), 1);
        QCOMPARE(answer.first().toObject().value(u"value"_s).toString(), u"second"_s);
        stored = endUser(idOf(user)).value(u"customAttributes"_s).toArray();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(idOf(stored.first().toObject()), textId);
        QCOMPARE(stored.first().toObject().value(u"value"_s).toString(), u"second"_s);
    }

    void customAttributePatchesAreChecked()
    {
        const auto text = definition(u"Contact"_s, u"Text"_s);
        const auto select = definition(u"Contact"_s, u"Select"_s);
        const auto conversationText = definition(u"Conversation"_s, u"Text"_s);
        const auto conversationSelect = definition(u"Conversation"_s, u"Select"_s);
        QVERIFY(text && select);
        QVERIFY2(conversationText || conversationSelect,
                 "the demo organisation needs a conversation attribute");
        const QString conversationId =
            idOf(conversationText ? *conversationText : *conversationSelect);
        const QJsonObject user = createEndUser();
        const QString path = u"/v1/endusers/%1/custom-attributes"_s.arg(idOf(user));
        const QString patching = u"Invalid input for patching"_s;

        const QList<QJsonObject> refused{
            QJsonObject{{randomUuid(), u"unknown attribute"_s}},
            QJsonObject{{conversationId, conversationText
                                             ? QJsonValue(u"x"_s)
                                             : QJsonValue(firstOptionPath(*conversationSelect))}},
            QJsonObject{{idOf(*text), QJsonArray{u"not"_s, u"text"_s}}},
            QJsonObject{{idOf(*select), QJsonArray{u"no-such-option"_s}}},
            // All or nothing: the good Text value is not stored either.
            QJsonObject{{idOf(*text), u"fine"_s}, {idOf(*select), u"a string for a Select"_s}},
        };
        for (const QJsonObject &body : refused) {
            const auto reply = m_sandbox.patch(path, body);
            QCOMPARE(reply.status, 400);
            QVERIFY2(messageOf(reply).startsWith(patching), qPrintable(messageOf(reply)));
        }
        QCOMPARE(endUser(idOf(user)).value(u"customAttributes"_s).toArray(), QJsonArray());

        for (const QByteArray &body :
             {QByteArray("[]"), QByteArray(R"({"not-a-uuid":"x"})"),
              QByteArray(R"({"%1":12})").replace("%1", idOf(*text).toLatin1()), QByteArray("{")}) {
            const auto reply = m_sandbox.send("PATCH", path, body);
            QCOMPARE(reply.status, 400);
            QVERIFY2(messageOf(reply).startsWith(u"Invalid value for: body"_s),
                     qPrintable(messageOf(reply)));
        }

        const auto empty = m_sandbox.patch(path, QJsonObject());
        QCOMPARE(empty.status, 200);
        QCOMPARE(empty.data().toArray(), QJsonArray());
    }

    void conversationsOfAnEndUserArePaged()
    {
        const QJsonObject user = createEndUser();
        const QJsonObject other = createEndUser();
        QStringList expected;
        for (int i = 0; i < 5; ++i) {
            const qint64 id = createConversation(idOf(user), u"Question %1"_s.arg(i));
            QVERIFY(id > 0);
            expected.append(QString::number(id));
            QVERIFY(createConversation(idOf(other), u"Other %1"_s.arg(i)) > 0);
        }
        const QString userId = idOf(user);
        const auto fits = [userId](const QJsonObject &conversation) {
            return conversation.value(u"requesterId"_s).toString() == userId &&
                   !conversation.contains(u"customAttributes"_s) &&
                   !conversation.value(u"_type"_s).toString().isEmpty();
        };
        int pages = 0;
        const auto walked =
            walk(u"/v1/endusers/%1/conversations?pageLimit=2"_s.arg(userId), 2, &pages, fits);
        QVERIFY2(walked, "a page failed, was too long or held a foreign conversation");
        QCOMPARE(*walked, expected);
        QCOMPARE(pages, 3);

        const auto none =
            m_sandbox.get(u"/v1/endusers/%1/conversations"_s.arg(idOf(createEndUser())));
        QCOMPARE(none.status, 200);
        QCOMPARE(none.data().toArray(), QJsonArray());
        QVERIFY(!none.object().contains(u"meta"_s));

        for (const char *query : {"pageLimit=0", "pageLimit=501", "pageKey=%21%21"}) {
            const auto reply = m_sandbox.get(
                u"/v1/endusers/%1/conversations?%2"_s.arg(userId, QLatin1String(query)));
            QCOMPARE(reply.status, 400);
            QVERIFY(messageOf(reply).startsWith(u"Invalid value for: query parameter"_s));
        }
    }
};

QTEST_GUILESS_MAIN(TestEndUserRoutes)
#include "tst_enduserroutes.moc"
