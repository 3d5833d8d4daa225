// EndUserTableModel against the sandbox: paging through all 1000 end users with no duplicates or
// gaps, one column per profile field.
#include "api/dixaapi.h"
#include "api/dixaclient.h"
#include "items/endusertablemodel.h"
#include "items/itemroles.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestEndUserTableModel : public QObject
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

    void pagesThroughEveryEndUser()
    {
        QJsonArray users;
        for (QString path = u"/v1/endusers?pageLimit=500"_s; !path.isEmpty();) {
            const auto reply = m_sandbox->get(path);
            QCOMPARE(reply.status, 200);
            for (const QJsonValue &user : reply.data().toArray())
                users.append(user);
            path = reply.object()[u"meta"_s][u"next"_s].toString();
        }
        QCOMPARE(users.size(), 1000);

        EndUserTableModel model(*m_api);
        model.setPageLimit(100);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(model.atEnd(), 60000);
        QCOMPARE(inserted.size(), 10);
        QCOMPARE(model.rowCount(), users.size());
        QSet<QString> seen;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QJsonObject user = users.at(row).toObject();
            const QString id = model.index(row, EndUserTableModel::Id).data().toString();
            QCOMPARE(id, user[u"id"_s].toString());
            QVERIFY(!seen.contains(id));
            seen.insert(id);
            QCOMPARE(model.index(row, EndUserTableModel::DisplayName).data().toString(),
                     user[u"displayName"_s].toString());
            QCOMPARE(model.index(row, EndUserTableModel::Email).data().toString(),
                     user[u"email"_s].toString());
            QCOMPARE(model.index(row, EndUserTableModel::Phone).data().toString(),
                     user[u"phoneNumber"_s].toString());
            QCOMPARE(model.index(row, EndUserTableModel::ExternalId).data().toString(),
                     user[u"externalId"_s].toString());
            QCOMPARE(model.index(row, 0).data(ItemRoles::EmailRole).toString(),
                     user[u"email"_s].toString());
        }
        for (int column = 0; column < EndUserTableModel::ColumnCount; ++column)
            QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());

        // A reload is a real reload: a reset, then the first page again.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.reload();
        QCOMPARE(resets.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(model.atEnd(), 60000);
        QCOMPARE(model.rowCount(), users.size());
    }
};

QTEST_GUILESS_MAIN(TestEndUserTableModel)
#include "tst_endusertablemodel.moc"
