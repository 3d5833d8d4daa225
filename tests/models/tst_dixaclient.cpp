// DixaClient against the sandbox over real HTTP: headers, errors, retries, pacing, cancel and
// paging.
#include "api/dixaclient.h"
#include "sandboxfixture.h"

#include <QJsonArray>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

class TestDixaClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;

    ApiEndpoint endpoint() const
    {
        ApiEndpoint endpoint;
        endpoint.baseUrl = m_sandbox->baseUrl();
        endpoint.apiKey = m_sandbox->apiKey();
        return endpoint;
    }

    static DixaClient::Options fastOptions()
    {
        DixaClient::Options options;
        options.backoffBaseMs = 10;
        options.limits.perSecond = 0; // pacing is tested on its own
        options.limits.maxInFlight = 8;
        return options;
    }

    static ApiResult run(DixaClient &client, const ApiRequest &request)
    {
        ApiJob *job = client.send(request);
        QSignalSpy finished(job, &ApiJob::finished);
        if (!finished.wait(15000))
            return {};
        return finished.first().first().value<ApiResult>();
    }

    void script(const QString &kind, const QString &method, const QString &path, int count = 1,
                int retryAfter = 1)
    {
        QVERIFY(m_sandbox->setFaults(
            QJsonObject{{QStringLiteral("script"),
                         QJsonArray{QJsonObject{{QStringLiteral("kind"), kind},
                                                {QStringLiteral("method"), method},
                                                {QStringLiteral("path"), path},
                                                {QStringLiteral("count"), count},
                                                {QStringLiteral("retryAfter"), retryAfter}}}}}));
    }

    int requestsTo(const QString &method, const QString &path)
    {
        int count = 0;
        for (const QJsonValue &entry : m_sandbox->requestLog()) {
            if (entry[QStringLiteral("method")].toString() == method &&
                entry[QStringLiteral("path")].toString() == path)
                ++count;
        }
        return count;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ApiResult>();
        m_sandbox = std::make_unique<SandboxFixture>();
    }

    void init()
    {
        QCOMPARE(m_sandbox->del(QStringLiteral("/_sandbox/faults")).status, 204);
        m_sandbox->clearRequestLog();
    }

    void readsAnEnvelope()
    {
        DixaClient client(m_sandbox->network(), endpoint(), fastOptions());
        const ApiResult result = run(client, ApiRequest::get(QStringLiteral("/organization")));
        QVERIFY2(result.ok(), qPrintable(result.error.message()));
        QCOMPARE(result.httpStatus, 200);
        QCOMPARE(result.attempts, 1);
        QVERIFY(!result.data().toObject().value(QStringLiteral("name")).toString().isEmpty());
        QCOMPARE(client.pendingCount(), 0);
    }

    void usesTheBetaPrefixWhenAsked()
    {
        ApiEndpoint beta = endpoint();
        beta.versionPrefix = QStringLiteral("/beta");
        DixaClient client(m_sandbox->network(), beta, fastOptions());
        QVERIFY(run(client, ApiRequest::get(QStringLiteral("/organization"))).ok());
        QCOMPARE(requestsTo(QStringLiteral("GET"), QStringLiteral("/beta/organization")), 1);
    }

    void mapsHttpErrorsToKinds()
    {
        DixaClient client(m_sandbox->network(), endpoint(), fastOptions());
        const ApiResult missing = run(client, ApiRequest::get(QStringLiteral("/no-such-route")));
        QCOMPARE(missing.error.kind, ApiError::Kind::NotFound);
        QCOMPARE(missing.error.serverMessage,
                 QStringLiteral("The requested resource could not be found"));
        QVERIFY(missing.error.message().contains(missing.error.serverMessage));

        ApiEndpoint wrongKey = endpoint();
        wrongKey.apiKey = QStringLiteral("nope");
        DixaClient refused(m_sandbox->network(), wrongKey, fastOptions());
        const ApiResult unauthorized =
            run(refused, ApiRequest::get(QStringLiteral("/organization")));
        QCOMPARE(unauthorized.error.kind, ApiError::Kind::Unauthorized);
        QCOMPARE(unauthorized.httpStatus, 401);
        QVERIFY(unauthorized.error.message().contains(QStringLiteral("API key")));
    }

    void retriesA429AfterRetryAfter()
    {
        script(QStringLiteral("rate-limited"), QStringLiteral("GET"),
               QStringLiteral("/organization"), 1, 1);
        DixaClient client(m_sandbox->network(), endpoint(), fastOptions());
        const ApiResult result = run(client, ApiRequest::get(QStringLiteral("/organization")));
        QVERIFY2(result.ok(), qPrintable(result.error.message()));
        QCOMPARE(result.attempts, 2);
        QCOMPARE(requestsTo(QStringLiteral("GET"), QStringLiteral("/v1/organization")), 2);
    }

    void retriesA429EvenForPost()
    {
        // A 429 means Dixa did nothing, so even a POST is safe to send again.
        script(QStringLiteral("rate-limited"), QStringLiteral("POST"), QStringLiteral("/no-such"),
               1, 0);
        DixaClient client(m_sandbox->network(), endpoint(), fastOptions());
        const ApiResult result =
            run(client, ApiRequest::post(QStringLiteral("/no-such"), QJsonObject()));
        QCOMPARE(result.attempts, 2);
        QCOMPARE(result.error.kind, ApiError::Kind::NotFound);
    }

    void retriesA500OnGet()
    {
        script(QStringLiteral("server-error"), QStringLiteral("GET"),
               QStringLiteral("/organization"));
        DixaClient client(m_sandbox->network(), endpoint(), fastOptions());
        const ApiResult result = run(client, ApiRequest::get(QStringLiteral("/organization")));
        QVERIFY2(result.ok(), qPrintable(result.error.message()));
        QCOMPARE(result.attempts, 2);
    }

    void neverRetriesA500OnPostOrPatch()
    {
        script(QStringLiteral("server-error"), QString(), QStringLiteral("/organization"), 5);
        DixaClient client(m_sandbox->network(), endpoint(), fastOptions());
        const ApiResult post =
            run(client, ApiRequest::post(QStringLiteral("/organization"), QJsonObject()));
        QCOMPARE(post.error.kind, ApiError::Kind::Server);
        QCOMPARE(post.httpStatus, 500);
        QCOMPARE(post.attempts, 1);
        const ApiResult patch =
            run(client, ApiRequest::patch(QStringLiteral("/organization"), QJsonObject()));
        QCOMPARE(patch.attempts, 1);
        QCOMPARE(requestsTo(QStringLiteral("POST"), QStringLiteral("/v1/organization")), 1);
        QCOMPARE(requestsTo(QStringLiteral("PATCH"), QStringLiteral("/v1/organization")), 1);
    }

    void givesUpAfterThreeRetries()
    {
        script(QStringLiteral("unavailable"), QStringLiteral("GET"),
               QStringLiteral("/organization"), 10);
        DixaClient client(m_sandbox->network(), endpoint(), fastOptions());
        const ApiResult result = run(client, ApiRequest::get(QStringLiteral("/organization")));
        QCOMPARE(result.error.kind, ApiError::Kind::Server);
        QCOMPARE(result.httpStatus, 503);
        QCOMPARE(result.attempts, 4);
        QVERIFY(result.error.message().contains(QStringLiteral("503")));
    }

    void retriesADroppedConnectionOnGet()
    {
        script(QStringLiteral("drop"), QStringLiteral("GET"), QStringLiteral("/organization"), 2);
        DixaClient client(m_sandbox->network(), endpoint(), fastOptions());
        const ApiResult result = run(client, ApiRequest::get(QStringLiteral("/organization")));
        QVERIFY2(result.ok(), qPrintable(result.error.message()));
        QVERIFY(result.attempts >= 2);
    }

    void reportsATimeout()
    {
        QVERIFY(m_sandbox->setFaults(QJsonObject{{QStringLiteral("latencyMs"), 400}}));
        DixaClient::Options options = fastOptions();
        options.timeoutMs = 100;
        options.maxRetries = 0;
        DixaClient client(m_sandbox->network(), endpoint(), options);
        const ApiResult result = run(client, ApiRequest::get(QStringLiteral("/organization")));
        QCOMPARE(result.error.kind, ApiError::Kind::Timeout);
        QVERIFY(result.error.message().contains(QStringLiteral("in time")));
    }

    void reportsMalformedJsonAsADecodeError()
    {
        script(QStringLiteral("malformed-json"), QStringLiteral("GET"),
               QStringLiteral("/organization"));
        DixaClient client(m_sandbox->network(), endpoint(), fastOptions());
        const ApiResult result = run(client, ApiRequest::get(QStringLiteral("/organization")));
        QCOMPARE(result.error.kind, ApiError::Kind::Decode);
        QVERIFY(result.error.message().contains(QStringLiteral("not valid JSON")));
    }

    void cancelEndsAJobWithoutRetry()
    {
        QVERIFY(m_sandbox->setFaults(QJsonObject{{QStringLiteral("latencyMs"), 300}}));
        DixaClient client(m_sandbox->network(), endpoint(), fastOptions());
        ApiJob *job = client.send(ApiRequest::get(QStringLiteral("/organization")));
        QSignalSpy finished(job, &ApiJob::finished);
        QTimer::singleShot(50, job, &ApiJob::cancel);
        QVERIFY(finished.wait());
        QCOMPARE(finished.first().first().value<ApiResult>().error.kind, ApiError::Kind::Cancelled);
        QTest::qWait(400);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(requestsTo(QStringLiteral("GET"), QStringLiteral("/v1/organization")), 1);
        QCOMPARE(client.pendingCount(), 0);
    }

    void cancelOfAQueuedJobSendsNothing()
    {
        DixaClient::Options options = fastOptions();
        options.limits.maxInFlight = 1;
        QVERIFY(m_sandbox->setFaults(QJsonObject{{QStringLiteral("latencyMs"), 100}}));
        DixaClient client(m_sandbox->network(), endpoint(), options);
        ApiJob *first = client.send(ApiRequest::get(QStringLiteral("/organization")));
        ApiJob *second = client.send(ApiRequest::get(QStringLiteral("/custom-attributes")));
        QSignalSpy firstDone(first, &ApiJob::finished);
        QSignalSpy secondDone(second, &ApiJob::finished);
        second->cancel();
        QVERIFY(firstDone.wait());
        QCOMPARE(secondDone.size(), 1);
        QCOMPARE(secondDone.first().first().value<ApiResult>().error.kind,
                 ApiError::Kind::Cancelled);
        QCOMPARE(requestsTo(QStringLiteral("GET"), QStringLiteral("/v1/custom-attributes")), 0);
    }

    void destroyingTheClientStartsNothingAndAnswersNobody()
    {
        DixaClient::Options options = fastOptions();
        options.limits.maxInFlight = 1;
        QVERIFY(m_sandbox->setFaults(QJsonObject{{QStringLiteral("latencyMs"), 100}}));
        int answered = 0;
        {
            DixaClient client(m_sandbox->network(), endpoint(), options);
            // A POST in flight: an aborted one is not retried, so it would be answered at once.
            const QList<ApiRequest> requests{
                ApiRequest::post(QStringLiteral("/search/conversations"),
                                 QJsonObject{{QStringLiteral("query"),
                                              QJsonObject{{QStringLiteral("value"),
                                                           QStringLiteral("parcel")}}}}),
                ApiRequest::get(QStringLiteral("/custom-attributes")),
                ApiRequest::get(QStringLiteral("/tags"))};
            for (const ApiRequest &request : requests) {
                connect(client.send(request), &ApiJob::finished, this, [&answered] { ++answered; });
            }
            QTRY_COMPARE(client.findChildren<QNetworkReply *>().size(), 1);
        }
        // Handlers belong to objects that may be half torn down with the client's owner.
        QCOMPARE(answered, 0);
        QCOMPARE(requestsTo(QStringLiteral("GET"), QStringLiteral("/v1/custom-attributes")), 0);
        QCOMPARE(requestsTo(QStringLiteral("GET"), QStringLiteral("/v1/tags")), 0);
    }

    void refusesUnsafeAddressesWithoutSending()
    {
        ApiEndpoint unsafe = endpoint();
        unsafe.baseUrl = QUrl(QStringLiteral("http://dixa.example.com"));
        DixaClient client(m_sandbox->network(), unsafe, fastOptions());
        ApiJob *job = client.send(ApiRequest::get(QStringLiteral("/organization")));
        QSignalSpy finished(job, &ApiJob::finished);
        QCOMPARE(finished.size(), 0); // never from inside send()
        QVERIFY(finished.wait());
        QCOMPARE(finished.first().first().value<ApiResult>().error.kind, ApiError::Kind::Refused);
    }

    void neverFollowsAPageLinkToAnotherHost()
    {
        DixaClient client(m_sandbox->network(), endpoint(), fastOptions());
        ApiRequest request = ApiRequest::get(QStringLiteral("/agents"));
        request.pageLink = QStringLiteral("https://collector.example.net/v1/agents?pageKey=abc");
        const ApiResult result = run(client, request);
        QCOMPARE(result.error.kind, ApiError::Kind::Refused);
        QVERIFY(result.error.message().contains(QStringLiteral("not followed")));
        QCOMPARE(result.attempts, 0);
    }

    void pacesToTheRateLimit()
    {
        RequestGate gate(RequestLimits{10.0, 4, 100});
        for (int i = 0; i < 4; ++i)
            QCOMPARE(gate.tryAcquire(), 0);
        const qint64 wait = gate.tryAcquire();
        QVERIFY2(wait > 0 && wait <= 100, qPrintable(QString::number(wait)));

        RequestGate capped(RequestLimits{0.0, 4, 2});
        QCOMPARE(capped.tryAcquire(), 0);
        QCOMPARE(capped.tryAcquire(), 0);
        QCOMPARE(capped.tryAcquire(), -1);
        capped.release();
        QCOMPARE(capped.tryAcquire(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDixaClient)
#include "tst_dixaclient.moc"
