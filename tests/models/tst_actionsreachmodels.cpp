// What a supervisor does shows up as server truth: an action's changed conversations are re-read
// by the list model, row by row, without a reload of the list.
#include "actions/conversationactions.h"
#include "api/dixaapi.h"
#include "api/dixaclient.h"
#include "entities/searchinput.h"
#include "items/conversationlistmodel.h"
#include "items/itemroles.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ItemRoles;

class TestActionsReachModels : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<DixaClient> m_client;
    std::unique_ptr<DixaApi> m_api;

    static QJsonObject condition(const QString &field, const QString &value)
    {
        return QJsonObject{
            {u"field"_s,
             QJsonObject{{u"_type"_s, field},
                         {u"operator"_s, QJsonObject{{u"_type"_s, u"IsOneOf"_s},
                                                     {u"values"_s, QJsonArray{value}}}}}}};
    }

    static bool settled(const ConversationListModel &model)
    {
        if (model.isLoading() || model.rowCount() == 0)
            return false;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.row(row).flags != 0)
                return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxFixture>();
        ApiEndpoint endpoint;
        endpoint.baseUrl = m_sandbox->baseUrl();
        endpoint.apiKey = m_sandbox->apiKey();
        DixaClient::Options options;
        options.backoffBaseMs = 10;
        options.limits.perSecond = 0;
        m_client = std::make_unique<DixaClient>(m_sandbox->network(), endpoint, options);
        m_api = std::make_unique<DixaApi>(*m_client);
    }

    void claimAndCloseShowInTheList()
    {
        const QJsonObject body{
            {u"filters"_s,
             QJsonObject{{u"strategy"_s, u"All"_s},
                         {u"conditions"_s, QJsonArray{condition(u"Status"_s, u"open"_s)}}}}};
        ConversationListModel model(*m_api);
        model.setPageLimit(8);
        model.setSearch(*Dixa::Json::decode<Dixa::SearchParametersInput>(body));
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(settled(model), 15000);

        const QString agentId =
            m_sandbox->get(u"/v1/agents?pageLimit=3"_s).data().toArray().at(2)[u"id"_s].toString();
        QList<qint64> ids;
        QList<QPersistentModelIndex> rows;
        for (int row = 0; row < 3; ++row) {
            ids.append(model.row(row).id);
            rows.append(QPersistentModelIndex(model.index(row, 0)));
        }

        ConversationActions actions(*m_api);
        connect(&actions, &ConversationActions::conversationsChanged, &model,
                &ConversationListModel::reloadConversations);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        ActionJob *claim = actions.claim(ids, agentId, true);
        QSignalSpy claimed(claim, &ActionJob::finished);
        QVERIFY(claimed.wait(15000));
        for (const QPersistentModelIndex &row : std::as_const(rows)) {
            QTRY_COMPARE_WITH_TIMEOUT(row.data(AssigneeIdRole).toString(), agentId, 10000);
            // The row shows what the server now says, not what the console asked for.
            const QJsonObject truth =
                m_sandbox
                    ->get(u"/v1/conversations/%1"_s.arg(row.data(ConversationIdRole).toLongLong()))
                    .data()
                    .toObject();
            QCOMPARE(truth[u"assignment"_s][u"agentId"_s].toString(), agentId);
        }
        QVERIFY(changed.size() > 0);

        ActionJob *close = actions.close({ids.first()});
        QSignalSpy closed(close, &ActionJob::finished);
        QVERIFY(closed.wait(15000));
        QTRY_COMPARE_WITH_TIMEOUT(rows.first().data(StateRole).toInt(),
                                  int(Dixa::ConversationState::Closed), 10000);
        QVERIFY(close->outcomes().first().ok);
        QCOMPARE(model.rowOf(ids.first()), rows.first().row());
    }
};

QTEST_GUILESS_MAIN(TestActionsReachModels)
#include "tst_actionsreachmodels.moc"
