// The connection check the app runs at start-up, against the sandbox over real HTTP.
#include "apiendpoint.h"
#include "organizationprobe.h"
#include "sandboxfixture.h"

#include <QSignalSpy>
#include <QTest>

class TestOrganizationProbe : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;

    ApiEndpoint sandboxEndpoint() const
    {
        ApiEndpoint endpoint;
        endpoint.baseUrl = m_sandbox->baseUrl();
        endpoint.apiKey = m_sandbox->apiKey();
        return endpoint;
    }

private Q_SLOTS:
    void initTestCase() { m_sandbox = std::make_unique<SandboxFixture>(); }

    void namesTheOrganization()
    {
        OrganizationProbe probe(m_sandbox->network(), sandboxEndpoint());
        QSignalSpy succeeded(&probe, &OrganizationProbe::succeeded);
        probe.probe();
        QVERIFY(succeeded.wait());
        const QString expected = m_sandbox->get(QStringLiteral("/v1/organization"))
                                     .data()
                                     .toObject()
                                     .value(QStringLiteral("name"))
                                     .toString();
        QCOMPARE(succeeded.first().first().toString(), expected);
    }

    void worksOnTheBetaPrefix()
    {
        ApiEndpoint endpoint = sandboxEndpoint();
        endpoint.versionPrefix = QStringLiteral("/beta");
        QCOMPARE(endpoint.url(QStringLiteral("/organization")).path(),
                 QStringLiteral("/beta/organization"));
        OrganizationProbe probe(m_sandbox->network(), endpoint);
        QSignalSpy succeeded(&probe, &OrganizationProbe::succeeded);
        probe.probe();
        QVERIFY(succeeded.wait());
    }

    void explainsARefusedKey()
    {
        ApiEndpoint endpoint = sandboxEndpoint();
        endpoint.apiKey = QStringLiteral("wrong");
        OrganizationProbe probe(m_sandbox->network(), endpoint);
        QSignalSpy failed(&probe, &OrganizationProbe::failed);
        probe.probe();
        QVERIFY(failed.wait());
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("API key was refused")));
    }

    void explainsATimeout()
    {
        QVERIFY(m_sandbox->setFaults(QJsonObject{{QStringLiteral("latencyMs"), 500}}));
        OrganizationProbe probe(m_sandbox->network(), sandboxEndpoint());
        probe.setTimeout(100);
        QSignalSpy failed(&probe, &OrganizationProbe::failed);
        probe.probe();
        QVERIFY(failed.wait());
        QVERIFY(
            failed.first().first().toString().contains(QStringLiteral("did not answer in time")));
        QCOMPARE(m_sandbox->del(QStringLiteral("/_sandbox/faults")).status, 204);
    }

    void refusesPlainHttpBeyondLoopback_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << QStringLiteral("https://dev.dixa.io") << true;
        QTest::newRow("loopback v4") << QStringLiteral("http://127.0.0.1:8765") << true;
        QTest::newRow("loopback name") << QStringLiteral("http://localhost:8765") << true;
        QTest::newRow("loopback v6") << QStringLiteral("http://[::1]:8765") << true;
        QTest::newRow("plain http") << QStringLiteral("http://dev.dixa.io") << false;
        QTest::newRow("private lan") << QStringLiteral("http://192.168.1.4") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://dev.dixa.io") << false;
        QTest::newRow("garbage") << QStringLiteral("not a url") << false;
    }

    void refusesPlainHttpBeyondLoopback()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QCOMPARE(ApiEndpoint::refusalReason(QUrl(url)).isEmpty(), allowed);
    }

    void neverSendsTheKeyToARefusedAddress()
    {
        ApiEndpoint endpoint = sandboxEndpoint();
        endpoint.baseUrl = QUrl(QStringLiteral("http://example.com"));
        OrganizationProbe probe(m_sandbox->network(), endpoint);
        QSignalSpy failed(&probe, &OrganizationProbe::failed);
        probe.probe();
        QCOMPARE(failed.size(), 1); // refused before any request is made
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("https://")));
    }
};

QTEST_GUILESS_MAIN(TestOrganizationProbe)
#include "tst_organizationprobe.moc"
