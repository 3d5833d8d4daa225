// AnonymizationTracker against the sandbox over real HTTP: it polls a request with a growing
// interval until the status endpoint says it was processed, and gives up on requests Dixa does
// not know.
#include "actions/anonymizationtracker.h"
#include "api/dixaapi.h"
#include "api/dixaclient.h"
#include "sandboxfixture.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

class TestAnonymizationTracker : public QObject
{
    Q_OBJECT

private:
    SandboxFixture m_sandbox;
    std::unique_ptr<DixaClient> m_client;
    std::optional<DixaApi> m_api;

    static AnonymizationTracker::Options fastPolling()
    {
        AnonymizationTracker::Options options;
        options.firstDelayMs = 20;
        options.maxDelayMs = 80;
        return options;
    }

    // A fresh open email conversation.
    qint64 createConversation()
    {
        const QString requester =
            m_sandbox.get(u"/v1/endusers?pageLimit=1"_s).data()[0][u"id"_s].toString();
        const auto reply = m_sandbox.post(
            u"/v1/conversations"_s,
            QJsonObject{
                {u"_type"_s, u"Email"_s},
                {u"requesterId"_s, requester},
                {u"emailIntegrationId"_s, u"support@email.dixa.io"_s},
                {u"subject"_s, u"Please forget me"_s},
                {u"message"_s, QJsonObject{{u"_type"_s, u"Inbound"_s},
                                           {u"content"_s, QJsonObject{{u"value"_s, u"Hello"_s},
                                                                      {u"_type"_s, u"Text"_s}}}}}});
        return reply.status == 201 ? reply.data()[u"id"_s].toInteger() : 0;
    }

    // Asks the sandbox directly to anonymize a conversation; the accepted request.
    std::optional<Dixa::AnonymizationRequestStatus> requestAnonymization(qint64 id)
    {
        const auto reply =
            m_sandbox.send("PATCH", u"/v1/conversations/%1/anonymize?force=true"_s.arg(id));
        if (reply.status != 202)
            return std::nullopt;
        return Dixa::Json::decode<Dixa::AnonymizationRequestStatus>(reply.data());
    }

    int pollsOf(const QString &requestId)
    {
        int count = 0;
        for (const QJsonValue &entry : m_sandbox.requestLog()) {
            if (entry[u"method"_s].toString() == u"GET"_s &&
                entry[u"path"_s].toString() == u"/v1/anonymization/request/"_s + requestId)
                ++count;
        }
        return count;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.isRunning());
        ApiEndpoint endpoint;
        endpoint.baseUrl = m_sandbox.baseUrl();
        endpoint.apiKey = m_sandbox.apiKey();
        DixaClient::Options options;
        options.backoffBaseMs = 10;
        options.limits.perSecond = 0;
        m_client = std::make_unique<DixaClient>(m_sandbox.network(), endpoint, options);
        m_api.emplace(*m_client);
    }

    void init()
    {
        QCOMPARE(m_sandbox.del(u"/_sandbox/faults"_s).status, 204);
        m_sandbox.clearRequestLog();
    }

    void cleanup()
    {
        m_sandbox.put(u"/_sandbox/settings"_s, QJsonObject{{u"anonymizeDelayMs"_s, 100}});
    }

    void backoffDoublesUpToTheCap()
    {
        const AnonymizationTracker::Options options; // 0.5 s doubling to 10 s
        QList<int> delays{options.firstDelayMs};
        while (delays.size() < 8)
            delays.append(AnonymizationTracker::nextDelayMs(delays.last(), options));
        QCOMPARE(delays, (QList<int>{500, 1000, 2000, 4000, 8000, 10000, 10000, 10000}));
    }

    void conversationIdOfEachKind()
    {
        Dixa::AnonymizationRequestStatus status;
        status.type = Dixa::AnonymizationType::Conversation;
        status.targetEntityId = u"10749"_s;
        QCOMPARE(AnonymizationTracker::conversationIdOf(status), 10749);
        status.type = Dixa::AnonymizationType::Message;
        status.targetEntityId = u"10749_1b9adc49-a7a5-4a8d-9b4f-3bd2e1b6d4a1"_s;
        QCOMPARE(AnonymizationTracker::conversationIdOf(status), 10749);
        status.type = Dixa::AnonymizationType::User;
        status.targetEntityId = u"b165fdaa-51d6-44b0-bfcd-5f431d623fa7"_s;
        QCOMPARE(AnonymizationTracker::conversationIdOf(status), 0);
    }

    void pollsUntilProcessed()
    {
        // Long enough that several polls see the request still pending.
        QCOMPARE(m_sandbox.put(u"/_sandbox/settings"_s, QJsonObject{{u"anonymizeDelayMs"_s, 500}})
                     .status,
                 200);
        const qint64 id = createConversation();
        QVERIFY(id > 0);
        const auto status = requestAnonymization(id);
        QVERIFY(status);
        QVERIFY(!status->isProcessed());

        AnonymizationTracker tracker(*m_api, fastPolling());
        QSignalSpy processed(&tracker, &AnonymizationTracker::processed);
        QSignalSpy pendingChanged(&tracker, &AnonymizationTracker::pendingChanged);
        tracker.track(*status);
        tracker.track(*status); // tracked once
        QCOMPARE(tracker.pending().size(), 1);
        QCOMPARE(tracker.pending().first().id, status->id);
        QVERIFY(tracker.isTracking(status->id));
        QCOMPARE(pendingChanged.size(), 1);

        QVERIFY(processed.wait(10000));
        QCOMPARE(processed.size(), 1);
        const auto done = processed.first().at(0).value<Dixa::AnonymizationRequestStatus>();
        QCOMPARE(done.id, status->id);
        QVERIFY(done.isProcessed());
        QCOMPARE(processed.first().at(1).toLongLong(), id);
        QVERIFY(tracker.pending().isEmpty());
        QVERIFY(!tracker.isTracking(status->id));
        QCOMPARE(pendingChanged.last().first().toInt(), 0);
        QCOMPARE(m_sandbox.get(u"/v1/conversations/%1"_s.arg(id)).data()[u"_type"_s].toString(),
                 u"AnonymizedConversation"_s);

        // 20, 40, 80, 80... ms over about half a second: several polls, but not a flood.
        const int polls = pollsOf(status->id);
        QVERIFY2(polls >= 3 && polls <= 15, qPrintable(QString::number(polls)));
    }

    void processedStatusIsReportedWithoutPolling()
    {
        Dixa::AnonymizationRequestStatus status;
        status.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        status.type = Dixa::AnonymizationType::Conversation;
        status.targetEntityId = u"42"_s;
        status.processedAt = Dixa::DixaTime(QDateTime::currentDateTimeUtc());

        AnonymizationTracker tracker(*m_api, fastPolling());
        QSignalSpy processed(&tracker, &AnonymizationTracker::processed);
        tracker.track(status);
        QVERIFY(processed.isEmpty()); // queued, never from inside track()
        QVERIFY(processed.wait(2000));
        QCOMPARE(processed.first().at(1).toLongLong(), 42);
        QVERIFY(tracker.pending().isEmpty());
        QCOMPARE(pollsOf(status.id), 0);
    }

    void unknownRequestIsGivenUp()
    {
        Dixa::AnonymizationRequestStatus status;
        status.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        status.type = Dixa::AnonymizationType::Conversation;
        status.targetEntityId = u"1"_s;

        AnonymizationTracker tracker(*m_api, fastPolling());
        QSignalSpy failed(&tracker, &AnonymizationTracker::failed);
        QSignalSpy processed(&tracker, &AnonymizationTracker::processed);
        tracker.track(status);
        QVERIFY(failed.wait(5000));
        const auto error = failed.first().at(1).value<ApiError>();
        QCOMPARE(error.kind, ApiError::Kind::NotFound);
        QVERIFY(tracker.pending().isEmpty());
        QVERIFY(processed.isEmpty());
        QCOMPARE(pollsOf(status.id), 1);
    }

    void failingPollIsAskedAgain()
    {
        const qint64 id = createConversation();
        QVERIFY(id > 0);
        const auto status = requestAnonymization(id);
        QVERIFY(status);
        // Every attempt of the first poll fails (the client's own retries included).
        const int attempts = m_client->options().maxRetries + 1;
        QVERIFY(m_sandbox.setFaults(QJsonObject{
            {u"script"_s, QJsonArray{QJsonObject{{u"kind"_s, u"server-error"_s},
                                                 {u"method"_s, u"GET"_s},
                                                 {u"path"_s, u"/anonymization/request/"_s},
                                                 {u"count"_s, attempts}}}}}));

        AnonymizationTracker tracker(*m_api, fastPolling());
        QSignalSpy processed(&tracker, &AnonymizationTracker::processed);
        QSignalSpy failed(&tracker, &AnonymizationTracker::failed);
        tracker.track(*status);
        QVERIFY(processed.wait(10000));
        QVERIFY(failed.isEmpty());
        QCOMPARE(processed.first().at(1).toLongLong(), id);
        QVERIFY(pollsOf(status->id) > attempts);
    }

    void givesUpAfterRepeatedFailures()
    {
        const qint64 id = createConversation();
        QVERIFY(id > 0);
        const auto status = requestAnonymization(id);
        QVERIFY(status);
        AnonymizationTracker::Options options = fastPolling();
        options.maxFailures = 2;
        const int attempts = (m_client->options().maxRetries + 1) * options.maxFailures;
        QVERIFY(m_sandbox.setFaults(QJsonObject{
            {u"script"_s, QJsonArray{QJsonObject{{u"kind"_s, u"unavailable"_s},
                                                 {u"method"_s, u"GET"_s},
                                                 {u"path"_s, u"/anonymization/request/"_s},
                                                 {u"count"_s, attempts}}}}}));

        AnonymizationTracker tracker(*m_api, options);
        QSignalSpy failed(&tracker, &AnonymizationTracker::failed);
        tracker.track(*status);
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().at(1).value<ApiError>().kind, ApiError::Kind::Server);
        QVERIFY(tracker.pending().isEmpty());
        QCOMPARE(pollsOf(status->id), attempts);
    }
};

QTEST_GUILESS_MAIN(TestAnonymizationTracker)
#include "tst_anonymizationtracker.moc"
