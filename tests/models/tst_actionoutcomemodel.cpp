// ActionOutcomeModel: a row per conversation of a job in the job's order, outcomes landing live
// (in any order) in their rows, retries updating the rows they repeat in place, the counts, the
// subjects from a conversation list; then a real bulk close against the sandbox.
#include "actions/actionjob.h"
#include "items/actionoutcomemodel.h"
#include "items/conversationlistmodel.h"
#include "items/itemroles.h"
#include "sandboxfixture.h"
#include "testworkspace.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
using State = ActionOutcomeModel::RowState;

// Jobs whose outcomes the test hands out itself, in any order: every call the job (or a retry of
// it) makes waits here until finish() answers it.
class ScriptedCalls
{
public:
    ActionJob::Step step()
    {
        return [this](qint64 id, const ActionOutcome &, QObject *,
                      const ActionJob::Report &report) { m_pending.insert(id, report); };
    }
    int pendingCount() const { return int(m_pending.size()); }
    bool finish(const ActionOutcome &outcome)
    {
        if (!m_pending.contains(outcome.conversationId))
            return false;
        m_pending.take(outcome.conversationId)(outcome);
        return true;
    }

private:
    QHash<qint64, ActionJob::Report> m_pending;
};

ActionOutcome failure(qint64 id, const QString &serverMessage)
{
    return ActionOutcome::failure(id, ApiError{ApiError::Kind::Server, 500, serverMessage, {}});
}

QString outcomeText(const ActionOutcomeModel &model, int row)
{
    return model.index(row, ActionOutcomeModel::Outcome).data().toString();
}

QStringList outcomeTexts(const ActionOutcomeModel &model)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row)
        texts.append(outcomeText(model, row));
    return texts;
}

QList<qint64> rowIds(const ActionOutcomeModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(ItemRoles::ConversationIdRole).toLongLong());
    return ids;
}

QList<int> counts(const ActionOutcomeModel &model)
{
    return {model.doneCount(), model.failedCount(), model.cancelledCount(), model.waitingCount()};
}
} // namespace

class TestActionOutcomeModel : public QObject
{
    Q_OBJECT

private:
    ScriptedCalls m_calls;
    SandboxFixture m_sandbox;
    std::unique_ptr<Workspace> m_ws;

    ActionJob *startJob(const QList<qint64> &ids)
    {
        auto *job = new ActionJob(ids, m_calls.step(), 100, this);
        return job;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ActionOutcome>();
        QVERIFY(m_sandbox.isRunning());
        m_ws = makeTestWorkspace(m_sandbox);
    }

    void outcomesLandLiveInIdOrder()
    {
        ActionOutcomeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy countsChanged(&model, &ActionOutcomeModel::countsChanged);
        ActionJob *job = startJob({30, 10, 20, 20, 40});
        model.setJob(job);
        QCOMPARE(model.job(), job);
        QCOMPARE(model.runCount(), 1);
        QCOMPARE(model.columnCount(), int(ActionOutcomeModel::ColumnCount));
        QCOMPARE(rowIds(model), (QList<qint64>{30, 10, 20, 40})); // duplicates acted on once
        QCOMPARE(outcomeTexts(model), QStringList(4, u"Waiting"_s));
        QCOMPARE(counts(model), (QList<int>{0, 0, 0, 4}));
        QVERIFY(model.index(0, 0).data(ItemRoles::LoadingRole).toBool());
        QCOMPARE(model.index(0, 0).data().toString(), u"30"_s);
        QCOMPARE(model.headerData(ActionOutcomeModel::Outcome, Qt::Horizontal).toString(),
                 u"Outcome"_s);
        QTRY_COMPARE(m_calls.pendingCount(), 4);

        // Out of order, each outcome lands in its own row and nowhere else.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        countsChanged.clear();
        QVERIFY(m_calls.finish(ActionOutcome::success(20)));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 2);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 2);
        QCOMPARE(outcomeTexts(model),
                 (QStringList{u"Waiting"_s, u"Waiting"_s, u"Done"_s, u"Waiting"_s}));
        QCOMPARE(countsChanged.size(), 1);

        QVERIFY(m_calls.finish(failure(40, u"Conversation is already closed"_s)));
        QCOMPARE(outcomeText(model, 3), u"Conversation is already closed"_s);
        QCOMPARE(model.index(3, 0).data(ItemRoles::ErrorRole).toString(),
                 u"Conversation is already closed"_s);
        QCOMPARE(model.index(3, ActionOutcomeModel::Outcome).data(ItemRoles::RawValueRole).toInt(),
                 int(State::Failed));
        QCOMPARE(model.state(3), State::Failed);
        QCOMPARE(model.outcome(3)->error.httpStatus, 500);
        QVERIFY(!model.index(3, 0).data(ItemRoles::LoadingRole).toBool());
        QVERIFY(model.index(2, 0).data(ItemRoles::ErrorRole).toString().isEmpty());

        QVERIFY(m_calls.finish(ActionOutcome::cancelled(30)));
        QVERIFY(m_calls.finish(ActionOutcome::success(10)));
        QCOMPARE(outcomeTexts(model), (QStringList{u"Cancelled"_s, u"Done"_s, u"Done"_s,
                                                   u"Conversation is already closed"_s}));
        QCOMPARE(counts(model), (QList<int>{2, 1, 1, 0}));
        QCOMPARE(countsChanged.size(), 4);
        QVERIFY(job->isFinished());
    }

    void retryUpdatesInPlace()
    {
        ActionOutcomeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        ActionJob *job = startJob({1, 2, 3, 4, 5});
        model.setJob(job);
        QTRY_COMPARE(m_calls.pendingCount(), 5);
        QVERIFY(m_calls.finish(ActionOutcome::success(1)));
        QVERIFY(m_calls.finish(failure(2, u"Boom"_s)));
        QVERIFY(m_calls.finish(ActionOutcome::success(3)));
        QVERIFY(m_calls.finish(ActionOutcome::cancelled(4)));
        QVERIFY(m_calls.finish(failure(5, u"Bang"_s)));
        QVERIFY(job->isFinished());

        const QPersistentModelIndex second(model.index(1, ActionOutcomeModel::Outcome));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy jobChanged(&model, &ActionOutcomeModel::jobChanged);

        // The retried rows wait again; the rows that succeeded keep "Done".
        ActionJob *retry = job->retryFailed();
        QVERIFY(retry);
        QCOMPARE(model.job(), retry);
        QCOMPARE(model.runCount(), 2);
        QCOMPARE(jobChanged.size(), 1);
        QCOMPARE(outcomeTexts(model),
                 (QStringList{u"Done"_s, u"Waiting"_s, u"Done"_s, u"Waiting"_s, u"Waiting"_s}));
        QCOMPARE(counts(model), (QList<int>{2, 0, 0, 3}));

        // The retry's outcomes land in the rows they repeat.
        QTRY_COMPARE(m_calls.pendingCount(), 3);
        QVERIFY(m_calls.finish(ActionOutcome::success(4)));
        QVERIFY(m_calls.finish(failure(2, u"Still broken"_s)));
        QCOMPARE(outcomeTexts(model),
                 (QStringList{u"Done"_s, u"Still broken"_s, u"Done"_s, u"Done"_s, u"Waiting"_s}));
        QVERIFY(m_calls.finish(ActionOutcome::success(5)));
        QVERIFY(retry->isFinished());
        QCOMPARE(counts(model), (QList<int>{4, 1, 0, 0}));

        // A retry of the retry: the one row left, again in place.
        ActionJob *again = retry->retryFailed();
        QVERIFY(again);
        QCOMPARE(model.job(), again);
        QCOMPARE(model.runCount(), 3);
        QCOMPARE(outcomeText(model, 1), u"Waiting"_s);
        QTRY_COMPARE(m_calls.pendingCount(), 1);
        QVERIFY(m_calls.finish(ActionOutcome::success(2)));
        QCOMPARE(outcomeTexts(model), QStringList(5, u"Done"_s));
        QCOMPARE(counts(model), (QList<int>{5, 0, 0, 0}));

        QCOMPARE(resets.size(), 0);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(inserted.size(), 0);
        QVERIFY(second.isValid());
        QCOMPARE(second.row(), 1);
        QCOMPARE(second.data().toString(), u"Done"_s);
    }

    void aJobHandedOverLateShowsWhatLanded()
    {
        ActionJob *job = startJob({7, 8, 9});
        QTRY_COMPARE(m_calls.pendingCount(), 3);
        QVERIFY(m_calls.finish(ActionOutcome::success(8)));
        QVERIFY(m_calls.finish(failure(9, u"Nope"_s)));

        ActionOutcomeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setJob(job);
        QCOMPARE(resets.size(), 1);
        QCOMPARE(outcomeTexts(model), (QStringList{u"Waiting"_s, u"Done"_s, u"Nope"_s}));
        QCOMPARE(counts(model), (QList<int>{1, 1, 0, 1}));
        QVERIFY(m_calls.finish(ActionOutcome::success(7)));
        QCOMPARE(counts(model), (QList<int>{2, 1, 0, 0}));

        // The job going away leaves its outcomes on show.
        delete job;
        QCOMPARE(model.job(), nullptr);
        QCOMPARE(model.rowCount(), 3);
        model.setJob(nullptr);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.runCount(), 0);
        QCOMPARE(counts(model), (QList<int>{0, 0, 0, 0}));
    }

    void subjectsFromTheConversationList()
    {
        ConversationListModel list(m_ws->api());
        ConversationRow known;
        known.id = 11;
        known.subject = u"Sofa delivered damaged"_s;
        list.appendRows({known});

        ActionOutcomeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setJob(startJob({11, 12}));
        QCOMPARE(model.index(0, 0).data().toString(), u"11"_s);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setConversations(&list);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(0, 0).data().toString(), u"11 · Sofa delivered damaged"_s);
        QCOMPARE(model.index(0, 0).data(ItemRoles::SubjectRole).toString(),
                 u"Sofa delivered damaged"_s);
        QCOMPARE(model.index(1, 0).data().toString(), u"12"_s); // not in the list

        // A subject that lands later shows up.
        ConversationRow later;
        later.id = 12;
        later.subject = u"Invoice"_s;
        list.appendRows({later});
        QCOMPARE(model.index(1, 0).data().toString(), u"12 · Invoice"_s);
        QTRY_COMPARE(m_calls.pendingCount(), 2);
        QVERIFY(m_calls.finish(ActionOutcome::success(11)));
        QVERIFY(m_calls.finish(ActionOutcome::success(12)));
    }

    void realBulkCloseWithAServerError()
    {
        SandboxFixture &sandbox = m_sandbox;
        Workspace *ws = m_ws.get();
        const QJsonObject search{
            {u"filters"_s,
             QJsonObject{
                 {u"strategy"_s, u"All"_s},
                 {u"conditions"_s,
                  QJsonArray{QJsonObject{
                      {u"field"_s,
                       QJsonObject{{u"_type"_s, u"Status"_s},
                                   {u"operator"_s,
                                    QJsonObject{{u"_type"_s, u"IsOneOf"_s},
                                                {u"values"_s, QJsonArray{u"open"_s}}}}}}}}}}}};
        QList<qint64> ids;
        const auto found = sandbox.send("POST", u"/v1/search/conversations?pageLimit=6"_s,
                                        SandboxFixture::toJson(search));
        for (const QJsonValue &hit : found.data().toArray())
            ids.append(hit[u"id"_s].toInteger());
        QCOMPARE(ids.size(), 6);
        const qint64 broken = ids.at(3);
        QVERIFY(sandbox.setFaults(QJsonObject{
            {u"script"_s,
             QJsonArray{QJsonObject{{u"kind"_s, u"server-error"_s},
                                    {u"method"_s, u"PUT"_s},
                                    {u"path"_s, u"/conversations/%1/close"_s.arg(broken)},
                                    {u"count"_s, ws->client().options().maxRetries + 1}}}}}));

        ActionOutcomeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        ActionJob *job = ws->actions().close(ids);
        model.setJob(job);
        QSignalSpy finished(job, &ActionJob::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(rowIds(model), ids);
        QCOMPARE(counts(model), (QList<int>{5, 1, 0, 0}));
        QCOMPARE(model.state(3), State::Failed);
        QCOMPARE(outcomeText(model, 3),
                 u"There was an internal server error while processing the request"_s);

        QCOMPARE(sandbox.del(u"/_sandbox/faults"_s).status, 204);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        ActionJob *retry = job->retryFailed();
        QCOMPARE(model.waitingCount(), 1);
        QSignalSpy retried(retry, &ActionJob::finished);
        QVERIFY(retried.wait(10000));
        QCOMPARE(outcomeTexts(model), QStringList(6, u"Done"_s));
        QCOMPARE(resets.size(), 0);
        QCOMPARE(sandbox.get(u"/v1/conversations/%1"_s.arg(broken)).data()[u"state"_s].toString(),
                 u"Closed"_s);
    }
};

QTEST_GUILESS_MAIN(TestActionOutcomeModel)
#include "tst_actionoutcomemodel.moc"
