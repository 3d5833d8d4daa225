// TagListModel against the sandbox: active tags only or all (the demo has 3 inactive), switched
// in place, and a tag deactivated on the server showing up by a reload.
#include "api/dixaapi.h"
#include "api/dixaclient.h"
#include "items/itemroles.h"
#include "items/taglistmodel.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestTagListModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<DixaClient> m_client;
    std::unique_ptr<DixaApi> m_api;

    static bool reload(TagListModel &model)
    {
        QSignalSpy finished(&model, &TagListModel::loadFinished);
        model.reload();
        return finished.wait(10000);
    }

    static int inactiveRows(const TagListModel &model)
    {
        int count = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (!model.index(row, 0).data(ItemRoles::ActiveRole).toBool())
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
    }

    void activeOnlyOrAll()
    {
        TagListModel model(*m_api);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(reload(model));
        QCOMPARE(model.rowCount(), 22);
        QCOMPARE(inactiveRows(model), 0);
        const QJsonArray active = m_sandbox->get(u"/v1/tags"_s).data().toArray();
        for (int row = 0; row < model.rowCount(); ++row) {
            const QJsonObject tag = active.at(row).toObject();
            QCOMPARE(model.index(row, TagListModel::Name).data().toString(),
                     tag[u"name"_s].toString());
            QCOMPARE(model.index(row, 0).data(ItemRoles::ColorRole).toString(),
                     tag[u"color"_s].toString());
            QCOMPARE(model.index(row, 0).data(ItemRoles::IdRole).toString(),
                     tag[u"id"_s].toString());
        }

        // All: the inactive tags join in place (no reset), and leave again.
        const QPersistentModelIndex kept(model.index(5, TagListModel::Name));
        const QString keptName = kept.data().toString();
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy finished(&model, &TagListModel::loadFinished);
        model.setIncludeDeactivated(true);
        QVERIFY(model.includesDeactivated());
        QVERIFY(finished.wait(10000));
        QCOMPARE(model.rowCount(), 25);
        QCOMPARE(inactiveRows(model), 3);
        QVERIFY(!inserted.isEmpty());
        QCOMPARE(resets.size(), 0);
        QVERIFY(kept.isValid());
        QCOMPARE(kept.data().toString(), keptName);

        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.setIncludeDeactivated(false);
        QVERIFY(finished.wait(10000));
        QCOMPARE(model.rowCount(), 22);
        QVERIFY(!removed.isEmpty());
        QCOMPARE(resets.size(), 0);
    }

    void deactivatedTagChangesInPlace()
    {
        TagListModel model(*m_api);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setIncludeDeactivated(true);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 25, 10000);
        int row = 0;
        while (!model.index(row, 0).data(ItemRoles::ActiveRole).toBool())
            ++row;
        const QString id = model.index(row, 0).data(ItemRoles::IdRole).toString();
        QCOMPARE(m_sandbox->send("PATCH", u"/v1/tags/%1/deactivate"_s.arg(id)).status, 204);

        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(reload(model));
        QCOMPARE(model.index(row, 0).data(ItemRoles::IdRole).toString(), id);
        QCOMPARE(model.index(row, 0).data(ItemRoles::ActiveRole).toBool(), false);
        QCOMPARE(model.index(row, TagListModel::State).data(ItemRoles::RawValueRole).toString(),
                 u"Inactive"_s);
        bool sawRow = false;
        for (const auto &change : changes) {
            const auto roles = change.at(2).value<QList<int>>();
            if (change.at(0).value<QModelIndex>().row() == row &&
                roles.contains(ItemRoles::ActiveRole))
                sawRow = true;
        }
        QVERIFY(sawRow);
        QCOMPARE(m_sandbox->send("PATCH", u"/v1/tags/%1/activate"_s.arg(id)).status, 204);
    }
};

QTEST_GUILESS_MAIN(TestTagListModel)
#include "tst_taglistmodel.moc"
