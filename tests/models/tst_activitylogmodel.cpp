// ActivityLogModel against the sandbox: a conversation's activity in the sandbox's order, and
// the entries a claim adds, inserted by a reload in place.
#include "api/dixaapi.h"
#include "api/dixaclient.h"
#include "items/activitylogmodel.h"
#include "items/itemroles.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestActivityLogModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<DixaClient> m_client;
    std::unique_ptr<DixaApi> m_api;
    qint64 m_id = 0;   // an open conversation with some history
    QString m_agentId; // one who does not hold it

    QJsonArray activity(qint64 id)
    {
        return m_sandbox->get(u"/v1/conversations/%1/activitylog"_s.arg(id)).data().toArray();
    }

    static bool load(ActivityLogModel &model, qint64 id)
    {
        QSignalSpy finished(&model, &ActivityLogModel::loadFinished);
        model.load(id);
        return finished.wait(10000);
    }

    void compareWithSandbox(const ActivityLogModel &model)
    {
        const QJsonArray truth = activity(m_id);
        QCOMPARE(model.rowCount(), truth.size());
        for (int row = 0; row < model.rowCount(); ++row) {
            const QJsonObject entry = truth.at(row).toObject();
            QCOMPARE(model.index(row, 0).data(ItemRoles::IdRole).toString(),
                     entry[u"id"_s].toString());
            QCOMPARE(model.index(row, 0).data(ItemRoles::ActivityTypeRole).toString(),
                     entry[u"_type"_s].toString());
            QCOMPARE(model.index(row, ActivityLogModel::Activity)
                         .data(ItemRoles::RawValueRole)
                         .toString(),
                     entry[u"_type"_s].toString());
            QVERIFY(!model.index(row, ActivityLogModel::Activity).data().toString().isEmpty());
            QCOMPARE(model.index(row, 0).data(ItemRoles::ConversationIdRole).toLongLong(), m_id);
        }
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
        QJsonObject conversation;
        for (qint64 id = 3000; id > 2900 && m_id == 0; --id) {
            conversation = m_sandbox->get(u"/v1/conversations/%1"_s.arg(id)).data().toObject();
            if (conversation[u"state"_s].toString() == u"Open"_s && activity(id).size() >= 3)
                m_id = id;
        }
        QVERIFY(m_id != 0);
        const QString holder = conversation[u"assignment"_s][u"agentId"_s].toString();
        for (const QJsonValue &agent : m_sandbox->get(u"/v1/agents"_s).data().toArray()) {
            if (agent[u"id"_s].toString() != holder)
                m_agentId = agent[u"id"_s].toString();
        }
        QVERIFY(!m_agentId.isEmpty());
    }

    void showsTheActivityInOrder()
    {
        ActivityLogModel model(*m_api);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(load(model, m_id));
        compareWithSandbox(model);
    }

    void reloadAddsWhatAClaimLogged()
    {
        ActivityLogModel model(*m_api);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(load(model, m_id));
        const int before = model.rowCount();
        const QPersistentModelIndex first(model.index(0, 0));
        const QString firstId = first.data(ItemRoles::IdRole).toString();
        QCOMPARE(m_sandbox
                     ->put(u"/v1/conversations/%1/claim"_s.arg(m_id),
                           QJsonObject{{u"agentId"_s, m_agentId}, {u"force"_s, true}})
                     .status,
                 204);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QVERIFY(load(model, m_id));
        QCOMPARE(resets.size(), 0);
        QVERIFY(model.rowCount() > before);
        QVERIFY(first.isValid());
        QCOMPARE(first.data(ItemRoles::IdRole).toString(), firstId);
        compareWithSandbox(model);
        QStringList types;
        for (int row = 0; row < model.rowCount(); ++row)
            types.append(model.index(row, 0).data(ItemRoles::ActivityTypeRole).toString());
        QVERIFY(types.contains(u"ConversationClaimed"_s));
    }
};

QTEST_GUILESS_MAIN(TestActivityLogModel)
#include "tst_activitylogmodel.moc"
