// RatingListModel against the sandbox: a conversation's survey questions (one row each, also when
// a survey's questions share the id), scores and comments, agent names, an empty list, errors.
#include "api/dixaapi.h"
#include "api/dixaclient.h"
#include "items/itemroles.h"
#include "items/ratinglistmodel.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestRatingListModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<DixaClient> m_client;
    std::unique_ptr<DixaApi> m_api;
    qint64 m_rated = 0;  // a conversation with a rated survey
    qint64 m_survey = 0; // one whose survey has two questions (one id)
    qint64 m_none = 0;   // one without ratings

    QJsonArray ratings(qint64 id)
    {
        return m_sandbox->get(u"/v1/conversations/%1/ratings"_s.arg(id)).data().toArray();
    }

    static bool load(RatingListModel &model, qint64 id)
    {
        QSignalSpy finished(&model, &RatingListModel::loadFinished);
        model.load(id);
        return finished.wait(10000);
    }

    void compareWithSandbox(const RatingListModel &model, qint64 id)
    {
        const QJsonArray truth = ratings(id);
        QCOMPARE(model.rowCount(), truth.size());
        for (int row = 0; row < model.rowCount(); ++row) {
            const QJsonObject rating = truth.at(row).toObject();
            const QModelIndex index = model.index(row, RatingListModel::Score);
            QCOMPARE(index.data(ItemRoles::IdRole).toString(), rating[u"id"_s].toString());
            QCOMPARE(index.data(ItemRoles::EntityRole)
                         .value<Dixa::ConversationRating>()
                         .ratingType.text(),
                     rating[u"ratingType"_s].toString());
            QCOMPARE(index.data(ItemRoles::RawValueRole).toInt(),
                     rating[u"ratingScore"_s].toInt(-1));
            QCOMPARE(model.index(row, RatingListModel::Comment).data().toString(),
                     rating[u"ratingComment"_s].toString());
            QCOMPARE(index.data(ItemRoles::AuthorIdRole).toString(),
                     rating[u"agentId"_s].toString());
            QCOMPARE(index.data(ItemRoles::ConversationIdRole).toLongLong(), id);
            QCOMPARE(model.index(row, RatingListModel::Status).data(ItemRoles::RawValueRole),
                     rating[u"ratingStatus"_s].toVariant());
            QVERIFY(model.index(row, RatingListModel::Time).data().toDateTime().isValid());
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
        for (qint64 id = 3000; id > 1000 && (m_rated == 0 || m_survey == 0 || m_none == 0); --id) {
            const QJsonArray list = ratings(id);
            if (list.isEmpty()) {
                if (m_none == 0)
                    m_none = id;
                continue;
            }
            const bool rated = list.first().toObject()[u"ratingStatus"_s].toString() == u"Rated"_s;
            if (m_rated == 0 && rated)
                m_rated = id;
            if (m_survey == 0 && list.size() >= 2)
                m_survey = id;
        }
        QVERIFY(m_rated != 0 && m_survey != 0 && m_none != 0);
    }

    void init() { QCOMPARE(m_sandbox->del(u"/_sandbox/faults"_s).status, 204); }

    void showsTheRatings()
    {
        RatingListModel model(*m_api);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0); // no conversation yet: nothing to read
        QVERIFY(load(model, m_rated));
        QCOMPARE(model.conversationId(), m_rated);
        compareWithSandbox(model, m_rated);
        QVERIFY(!model.index(0, RatingListModel::Score).data().toString().isEmpty());
        QCOMPARE(model.index(0, RatingListModel::Status).data().toString(), u"Rated"_s);
        QCOMPARE(model.errorString(), QString());
        QCOMPARE(model.headerData(RatingListModel::Score, Qt::Horizontal).toString(), u"Score"_s);
    }

    void questionsOfOneSurveyAreRowsOfTheirOwn()
    {
        RatingListModel model(*m_api);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(load(model, m_survey));
        QVERIFY(model.rowCount() >= 2);
        QCOMPARE(model.index(0, 0).data(ItemRoles::IdRole),
                 model.index(1, 0).data(ItemRoles::IdRole));
        QVERIFY(model.index(0, RatingListModel::Type).data() !=
                model.index(1, RatingListModel::Type).data());
        compareWithSandbox(model, m_survey);

        // Read again: in place, nothing inserted or reset.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QVERIFY(load(model, m_survey));
        QCOMPARE(resets.size(), 0);
        QCOMPARE(inserted.size(), 0);
        compareWithSandbox(model, m_survey);
    }

    void conversationWithoutRatingsIsEmpty()
    {
        RatingListModel model(*m_api);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(load(model, m_rated));
        QVERIFY(model.rowCount() > 0);
        QVERIFY(load(model, m_none));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.errorString(), QString());
    }

    void agentsShowTheirNames()
    {
        RatingListModel model(*m_api);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(load(model, m_rated));
        const QString agent = model.index(0, 0).data(ItemRoles::AuthorIdRole).toString();
        QVERIFY(!agent.isEmpty());
        QCOMPARE(model.index(0, RatingListModel::Agent).data().toString(), agent);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        model.setPersonNames({{agent, u"Karen Jensen"_s}});
        QCOMPARE(changes.size(), 1);
        QCOMPARE(model.index(0, RatingListModel::Agent).data().toString(), u"Karen Jensen"_s);
        QCOMPARE(model.index(0, 0).data(ItemRoles::AuthorNameRole).toString(), u"Karen Jensen"_s);
    }

    void serverErrorIsReported()
    {
        QVERIFY(m_sandbox->setFaults(QJsonObject{
            {u"script"_s,
             QJsonArray{QJsonObject{{u"kind"_s, u"server-error"_s},
                                    {u"method"_s, u"GET"_s},
                                    {u"path"_s, u"/conversations/%1/ratings"_s.arg(m_rated)},
                                    {u"count"_s, 10}}}}}));
        RatingListModel model(*m_api);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(load(model, m_rated));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.error().kind, ApiError::Kind::Server);
        QVERIFY(!model.errorString().isEmpty());

        QCOMPARE(m_sandbox->del(u"/_sandbox/faults"_s).status, 204);
        QVERIFY(load(model, m_rated));
        QCOMPARE(model.errorString(), QString());
        compareWithSandbox(model, m_rated);
    }

    void unknownConversationIsNotFound()
    {
        RatingListModel model(*m_api);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(load(model, 987654321));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.error().kind, ApiError::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestRatingListModel)
#include "tst_ratinglistmodel.moc"
