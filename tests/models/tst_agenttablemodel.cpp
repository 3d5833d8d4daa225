// AgentTableModel against the sandbox: paging through every agent with no duplicates or gaps,
// one column per profile field, Dixa's filter, and a failed page.
#include "api/dixaapi.h"
#include "api/dixaclient.h"
#include "items/agenttablemodel.h"
#include "items/itemroles.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAgentTableModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<DixaClient> m_client;
    std::unique_ptr<DixaApi> m_api;
    QJsonArray m_agents; // every agent, in the sandbox's order

    int listRequests()
    {
        int count = 0;
        for (const QJsonValue &entry : m_sandbox->requestLog()) {
            if (entry[u"method"_s].toString() == u"GET"_s &&
                entry[u"path"_s].toString().startsWith(u"/v1/agents"_s))
                ++count;
        }
        return count;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxFixture>();
        QVERIFY(m_sandbox->isRunning());
        ApiEndpoint endpoint;
        endpoint.baseUrl = m_sandbox->baseUrl();
        endpoint.apiKey = m_sandbox->apiKey();
        DixaClient::Options options;
        options.backoffBaseMs = 10;
        options.limits.perSecond = 0;
        m_client = std::make_unique<DixaClient>(m_sandbox->network(), endpoint, options);
        m_api = std::make_unique<DixaApi>(*m_client);
        const auto reply = m_sandbox->get(u"/v1/agents?pageLimit=500"_s);
        QCOMPARE(reply.status, 200);
        m_agents = reply.data().toArray();
        QCOMPARE(m_agents.size(), 15);
    }

    void init()
    {
        QCOMPARE(m_sandbox->del(u"/_sandbox/faults"_s).status, 204);
        m_sandbox->clearRequestLog();
    }

    void pagesThroughEveryAgent()
    {
        AgentTableModel model(*m_api);
        model.setPageLimit(4);
        QSignalSpy pages(&model, &AgentTableModel::loadFinished);
        // The tester asks for more whenever rows come in, as a scrolled view would.
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(model.atEnd(), 10000);
        QCOMPARE(pages.size(), 4);
        QCOMPARE(listRequests(), 4);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.rowCount(), m_agents.size());
        for (int row = 0; row < model.rowCount(); ++row) {
            const QJsonObject agent = m_agents.at(row).toObject();
            QCOMPARE(model.index(row, AgentTableModel::Id).data().toString(),
                     agent[u"id"_s].toString());
            QCOMPARE(model.index(row, AgentTableModel::DisplayName).data().toString(),
                     agent[u"displayName"_s].toString());
            QCOMPARE(model.index(row, AgentTableModel::Email).data().toString(),
                     agent[u"email"_s].toString());
            QCOMPARE(model.index(row, AgentTableModel::Phone).data().toString(),
                     agent[u"phoneNumber"_s].toString());
            QCOMPARE(model.index(row, AgentTableModel::FirstName).data().toString(),
                     agent[u"firstName"_s].toString());
            QCOMPARE(model.index(row, 0).data(ItemRoles::EntityRole).value<Dixa::Agent>().id,
                     agent[u"id"_s].toString());
            QVERIFY(model.index(row, AgentTableModel::Created).data().toDateTime().isValid());
        }
        for (int column = 0; column < AgentTableModel::ColumnCount; ++column)
            QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
    }

    void filtersByEmail()
    {
        AgentTableModel model(*m_api);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString email = m_agents.at(3)[u"email"_s].toString();
        UserListFilter filter;
        filter.email = email;
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setFilter(filter);
        QCOMPARE(resets.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(model.atEnd(), 10000);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, AgentTableModel::Email).data().toString(), email);
    }

    void failedPageStopsUntilReload()
    {
        QVERIFY(m_sandbox->setFaults(
            QJsonObject{{u"script"_s, QJsonArray{QJsonObject{{u"kind"_s, u"server-error"_s},
                                                             {u"method"_s, u"GET"_s},
                                                             {u"path"_s, u"/agents"_s},
                                                             {u"count"_s, 4}}}}}));
        AgentTableModel model(*m_api);
        model.setPageLimit(5);
        QSignalSpy finished(&model, &AgentTableModel::loadFinished);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(finished.wait(10000));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.error().kind, ApiError::Kind::Server);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(listRequests(), 4); // GET: the first try and three retries

        model.reload();
        QTRY_VERIFY_WITH_TIMEOUT(model.atEnd(), 10000);
        QCOMPARE(model.rowCount(), m_agents.size());
        QCOMPARE(model.errorString(), QString());
    }
};

QTEST_GUILESS_MAIN(TestAgentTableModel)
#include "tst_agenttablemodel.moc"
