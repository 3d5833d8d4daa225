// QueueListModel against the sandbox: the organisation's queues, the default one marked.
#include "api/dixaapi.h"
#include "api/dixaclient.h"
#include "items/itemroles.h"
#include "items/queuelistmodel.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestQueueListModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<DixaClient> m_client;
    std::unique_ptr<DixaApi> m_api;

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
    }

    void listsTheQueues()
    {
        QueueListModel model(*m_api);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(&model, &QueueListModel::loadFinished);
        model.reload();
        QVERIFY(finished.wait(10000));
        const QJsonArray queues = m_sandbox->get(u"/v1/queues"_s).data().toArray();
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.rowCount(), queues.size());
        int defaults = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QJsonObject queue = queues.at(row).toObject();
            QCOMPARE(model.index(row, QueueListModel::Name).data().toString(),
                     queue[u"name"_s].toString());
            QCOMPARE(model.index(row, 0).data(ItemRoles::IdRole).toString(),
                     queue[u"id"_s].toString());
            QCOMPARE(model.index(row, QueueListModel::Priority).data(ItemRoles::RawValueRole),
                     queue[u"priority"_s].toVariant());
            QCOMPARE(model.index(row, 0).data(ItemRoles::DefaultRole).toBool(),
                     queue[u"isDefault"_s].toBool());
            QCOMPARE(model.index(row, 0).data(ItemRoles::EntityRole).value<Dixa::Queue>().name,
                     queue[u"name"_s].toString());
            defaults += queue[u"isDefault"_s].toBool() ? 1 : 0;
        }
        QCOMPARE(defaults, 1);
        QCOMPARE(model.rowOfId(queues.at(2)[u"id"_s].toString()), 2);

        // Nothing changed on the server: a reload only marks the rows stale for a while.
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.reload();
        QVERIFY(finished.wait(10000));
        QCOMPARE(inserted.size(), 0);
        for (const auto &change : changes)
            QCOMPARE(change.at(2).value<QList<int>>(), QList<int>{ItemRoles::StaleRole});
    }
};

QTEST_GUILESS_MAIN(TestQueueListModel)
#include "tst_queuelistmodel.moc"
