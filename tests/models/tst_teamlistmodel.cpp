// TeamListModel against the sandbox: the organisation's teams, and a new team inserted in place.
#include "api/dixaapi.h"
#include "api/dixaclient.h"
#include "items/itemroles.h"
#include "items/teamlistmodel.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestTeamListModel : public QObject
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

    void listsTheTeamsAndFollowsNewOnes()
    {
        TeamListModel model(*m_api);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(&model, &TeamListModel::loadFinished);
        model.reload();
        QVERIFY(finished.wait(10000));
        const QJsonArray teams = m_sandbox->get(u"/v1/teams"_s).data().toArray();
        QVERIFY(!teams.isEmpty());
        QCOMPARE(model.rowCount(), teams.size());
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.index(row, TeamListModel::Name).data().toString(),
                     teams.at(row)[u"name"_s].toString());
            QCOMPARE(model.index(row, 0).data(ItemRoles::IdRole).toString(),
                     teams.at(row)[u"id"_s].toString());
        }

        const QPersistentModelIndex first(model.index(0, 0));
        const auto created =
            m_sandbox->post(u"/v1/teams"_s, QJsonObject{{u"name"_s, u"Night shift"_s}});
        QCOMPARE(created.status, 201);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.reload();
        QVERIFY(finished.wait(10000));
        QCOMPARE(resets.size(), 0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), teams.size() + 1);
        QVERIFY(first.isValid());
        QCOMPARE(first.data(ItemRoles::IdRole).toString(), teams.at(0)[u"id"_s].toString());
        const int row = model.rowOfId(created.data()[u"id"_s].toString());
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, TeamListModel::Name).data().toString(), u"Night shift"_s);
    }
};

QTEST_GUILESS_MAIN(TestTeamListModel)
#include "tst_teamlistmodel.moc"
