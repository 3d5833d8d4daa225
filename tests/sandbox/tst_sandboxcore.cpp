// The request pipeline every route shares: API key, version prefixes, routing errors, the fault
// plan, the rate limit and the control routes.
#include "sandboxfixture.h"

#include <QJsonArray>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

class TestSandboxCore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;

    QList<int> statusesOf(int count)
    {
        QList<int> statuses;
        for (int i = 0; i < count; ++i)
            statuses.append(m_sandbox->get(QStringLiteral("/v1/organization")).status);
        return statuses;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxFixture>();
        QVERIFY(m_sandbox->isRunning());
        QCOMPARE(m_sandbox->baseUrl().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(m_sandbox->baseUrl().port() > 0);
    }

    void cleanup()
    {
        QVERIFY(m_sandbox->del(QStringLiteral("/_sandbox/faults")).status == 204);
        m_sandbox->put(QStringLiteral("/_sandbox/settings"),
                       QJsonObject{{QStringLiteral("rateLimit"), 0}});
    }

    void servesBothVersionPrefixes()
    {
        const auto v1 = m_sandbox->get(QStringLiteral("/v1/organization"));
        const auto beta = m_sandbox->get(QStringLiteral("/beta/organization"));
        QCOMPARE(v1.status, 200);
        QCOMPARE(beta.status, 200);
        QVERIFY(!v1.data().toObject().value(QStringLiteral("name")).toString().isEmpty());
        QCOMPARE(v1.body, beta.body);
        QCOMPARE(v1.header("Content-Type"), QByteArray("application/json"));
    }

    void refusesMissingOrWrongKey()
    {
        const auto missing = m_sandbox->send("GET", QStringLiteral("/v1/organization"), {}, false);
        QCOMPARE(missing.status, 401);
        QVERIFY(!missing.object().value(QStringLiteral("message")).toString().isEmpty());

        QNetworkRequest request(
            m_sandbox->baseUrl().resolved(QUrl(QStringLiteral("/v1/organization"))));
        request.setRawHeader("Authorization", "not-the-key");
        QNetworkReply *reply = m_sandbox->network().get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
        QCOMPARE(QJsonDocument::fromJson(reply->readAll())
                     .object()
                     .value(QStringLiteral("message"))
                     .toString(),
                 QStringLiteral("User is unauthorized to perform an underlying operation"));
        reply->deleteLater();

        // The control routes need the key too.
        QCOMPARE(m_sandbox->send("GET", QStringLiteral("/_sandbox/faults"), {}, false).status, 401);
    }

    void answersRoutingErrorsWithMessages()
    {
        const auto unknown = m_sandbox->get(QStringLiteral("/v1/no-such-thing"));
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.object().value(QStringLiteral("message")).toString(),
                 QStringLiteral("The requested resource could not be found"));
        QCOMPARE(m_sandbox->get(QStringLiteral("/v2/organization")).status, 404);
        QCOMPARE(m_sandbox->send("POST", QStringLiteral("/v1/organization"), "{}").status, 405);
        QCOMPARE(m_sandbox->get(QStringLiteral("/v1/organization/")).status, 200);
    }

    void logsRequests()
    {
        m_sandbox->clearRequestLog();
        m_sandbox->get(QStringLiteral("/v1/organization"));
        m_sandbox->get(QStringLiteral("/beta/nothing"));
        const QJsonArray log = m_sandbox->requestLog();
        QCOMPARE(log.size(), 2);
        QCOMPARE(log.at(0)[QStringLiteral("path")].toString(), QStringLiteral("/v1/organization"));
        QCOMPARE(log.at(0)[QStringLiteral("status")].toInt(), 200);
        QCOMPARE(log.at(1)[QStringLiteral("path")].toString(), QStringLiteral("/beta/nothing"));
        QCOMPARE(log.at(1)[QStringLiteral("status")].toInt(), 404);
    }

    void randomFaultsAreDeterministicForASeed()
    {
        const QJsonObject plan{
            {QStringLiteral("seed"), 42},
            {QStringLiteral("rate"), 0.5},
            {QStringLiteral("kinds"),
             QJsonArray{QStringLiteral("server-error"), QStringLiteral("unavailable")}}};
        QVERIFY(m_sandbox->setFaults(plan));
        const QList<int> first = statusesOf(40);
        QVERIFY(m_sandbox->setFaults(plan));
        const QList<int> second = statusesOf(40);
        QCOMPARE(first, second);
        QVERIFY(first.contains(200));
        QVERIFY(first.contains(500));
        QVERIFY(first.contains(503));

        QJsonObject other = plan;
        other.insert(QStringLiteral("seed"), 43);
        QVERIFY(m_sandbox->setFaults(other));
        QVERIFY(statusesOf(40) != first);
    }

    void scriptedFaultsHitMatchingRequestsOnly()
    {
        QVERIFY(m_sandbox->setFaults(QJsonObject{
            {QStringLiteral("script"),
             QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("server-error")},
                                    {QStringLiteral("count"), 2},
                                    {QStringLiteral("method"), QStringLiteral("GET")},
                                    {QStringLiteral("path"), QStringLiteral("/organization")}}}}}));
        QCOMPARE(m_sandbox->get(QStringLiteral("/v1/custom-attributes")).status, 200);
        QCOMPARE(m_sandbox->get(QStringLiteral("/v1/organization")).status, 500);
        QCOMPARE(m_sandbox->get(QStringLiteral("/v1/organization")).status, 500);
        QCOMPARE(m_sandbox->get(QStringLiteral("/v1/organization")).status, 200);
    }

    void rateLimitedBurstsCarryRetryAfter()
    {
        QVERIFY(m_sandbox->setFaults(QJsonObject{
            {QStringLiteral("burstLength"), 3},
            {QStringLiteral("script"),
             QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("rate-limited")},
                                    {QStringLiteral("count"), 2},
                                    {QStringLiteral("retryAfter"), 2}}}}}));
        const auto limited = m_sandbox->get(QStringLiteral("/v1/organization"));
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.header("Retry-After"), QByteArray("2"));
        QCOMPARE(m_sandbox->get(QStringLiteral("/v1/organization")).status, 429);
        QCOMPARE(m_sandbox->get(QStringLiteral("/v1/organization")).status, 200);

        // A random rate-limited fault comes as a burst of burstLength answers.
        QVERIFY(m_sandbox->setFaults(
            QJsonObject{{QStringLiteral("rate"), 1.0},
                        {QStringLiteral("burstLength"), 3},
                        {QStringLiteral("kinds"), QJsonArray{QStringLiteral("rate-limited")}}}));
        for (int i = 0; i < 3; ++i) {
            const auto reply = m_sandbox->get(QStringLiteral("/v1/organization"));
            QCOMPARE(reply.status, 429);
            QVERIFY(reply.header("Retry-After").toInt() >= 1);
        }
    }

    void dropsTheConnection()
    {
        // Qt's network stack silently resends once when a reused connection closes early, so the
        // plan drops two in a row to make the client see the failure.
        QVERIFY(m_sandbox->setFaults(
            QJsonObject{{QStringLiteral("script"),
                         QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("drop")},
                                                {QStringLiteral("count"), 2}}}}}));
        m_sandbox->clearRequestLog();
        const auto dropped = m_sandbox->get(QStringLiteral("/v1/organization"));
        QCOMPARE(dropped.status, 0);
        QVERIFY(!dropped.networkError.isEmpty());
        const QJsonArray log = m_sandbox->requestLog();
        QVERIFY(log.size() >= 1);
        QCOMPARE(log.first()[QStringLiteral("status")].toInt(), 0);
        QCOMPARE(m_sandbox->get(QStringLiteral("/v1/organization")).status, 200);
    }

    void servesMalformedAndTruncatedJson()
    {
        const QByteArray good = m_sandbox->get(QStringLiteral("/v1/organization")).body;
        QVERIFY(m_sandbox->setFaults(QJsonObject{
            {QStringLiteral("script"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("kind"), QStringLiteral("malformed-json")}},
                 QJsonObject{{QStringLiteral("kind"), QStringLiteral("truncated-json")}}}}}));
        const auto malformed = m_sandbox->get(QStringLiteral("/v1/organization"));
        QCOMPARE(malformed.status, 200);
        QVERIFY(malformed.json().isNull());
        const auto truncated = m_sandbox->get(QStringLiteral("/v1/organization"));
        QCOMPARE(truncated.status, 200);
        QVERIFY(truncated.json().isNull());
        QVERIFY(good.startsWith(truncated.body));
        QVERIFY(truncated.body.size() < good.size());
    }

    void addsLatency()
    {
        QVERIFY(m_sandbox->setFaults(QJsonObject{{QStringLiteral("latencyMs"), 400}}));
        QNetworkRequest request(
            m_sandbox->baseUrl().resolved(QUrl(QStringLiteral("/v1/organization"))));
        request.setRawHeader("Authorization", m_sandbox->apiKey().toUtf8());
        request.setTransferTimeout(100);
        QNetworkReply *reply = m_sandbox->network().get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait());
        QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
        reply->deleteLater();
    }

    void rejectsBadFaultPlans()
    {
        QCOMPARE(
            m_sandbox
                ->put(QStringLiteral("/_sandbox/faults"), QJsonObject{{QStringLiteral("rate"), 2}})
                .status,
            400);
        QCOMPARE(m_sandbox
                     ->put(QStringLiteral("/_sandbox/faults"),
                           QJsonObject{
                               {QStringLiteral("kinds"), QJsonArray{QStringLiteral("gremlins")}}})
                     .status,
                 400);
        QCOMPARE(m_sandbox->send("PUT", QStringLiteral("/_sandbox/faults"), "{nope").status, 400);
        const auto plan = m_sandbox->get(QStringLiteral("/_sandbox/faults"));
        QCOMPARE(plan.data().toObject().value(QStringLiteral("rate")).toDouble(), 0.0);
    }

    void enforcesTheRateLimitPerKey()
    {
        const auto settings = m_sandbox->put(QStringLiteral("/_sandbox/settings"),
                                             QJsonObject{{QStringLiteral("rateLimit"), 2}});
        QCOMPARE(settings.data().toObject().value(QStringLiteral("rateLimit")).toInt(), 2);
        QList<int> statuses = statusesOf(8);
        QVERIFY2(statuses.count(429) >= 4, qPrintable(QString::number(statuses.count(429))));
        QCOMPARE(statuses.first(), 200);
        const auto limited = m_sandbox->get(QStringLiteral("/v1/organization"));
        if (limited.status == 429)
            QVERIFY(limited.header("Retry-After").toInt() >= 1);
        // The control routes stay reachable, so a test can always turn the limit off.
        QCOMPARE(m_sandbox
                     ->put(QStringLiteral("/_sandbox/settings"),
                           QJsonObject{{QStringLiteral("rateLimit"), 0}})
                     .status,
                 200);
        QCOMPARE(statusesOf(5), QList<int>(5, 200));
    }

    void listsItsRoutes()
    {
        const QJsonArray routes =
            m_sandbox->get(QStringLiteral("/_sandbox/routes")).data().toArray();
        QVERIFY(routes.contains(QStringLiteral("GET /organization")));
        QVERIFY(routes.contains(QStringLiteral("GET /anonymization/request/{requestId}")));
    }
};

QTEST_GUILESS_MAIN(TestSandboxCore)
#include "tst_sandboxcore.moc"
