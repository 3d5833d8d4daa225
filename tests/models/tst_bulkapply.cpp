// BulkApplier against the sandbox: staged rows go through PUT /endusers and PUT /agents in
// chunks; each item's outcome lands on its row; injected per-item failures leave exactly the
// failed rows staged with the server's message; retry sends only those; a chunk that fails as a
// whole fails each of its rows; cancel leaves unsent chunks unsent; a PUT never erases a field
// the supervisor did not touch.
#include "grid/agentgridmodel.h"
#include "grid/bulkapplier.h"
#include "grid/csvcodec.h"
#include "grid/endusergridmodel.h"
#include "sandboxfixture.h"
#include "testworkspace.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using GridRoles::RowStatus;

class TestBulkApply : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<EndUserGridModel> m_users;
    std::unique_ptr<QAbstractItemModelTester> m_usersTester;
    int m_nextRow = 0; // every test edits rows of its own
    int m_phoneSerial = 0;

    QList<int> takeRows(int count)
    {
        QList<int> rows;
        for (int i = 0; i < count; ++i)
            rows.append(m_nextRow++);
        return rows;
    }

    QString newPhone() { return u"+99970%1"_s.arg(100000 + m_phoneSerial++); }

    QJsonObject serverUser(const QString &id)
    {
        return m_sandbox->get(u"/v1/endusers/"_s + id).data().toObject();
    }

    int puts(const QString &path)
    {
        int count = 0;
        for (const QJsonValue &entry : m_sandbox->requestLog()) {
            if (entry[u"method"_s].toString() == u"PUT"_s && entry[u"path"_s].toString() == path)
                ++count;
        }
        return count;
    }

    // Runs `start` and waits for the applier to finish; the summary.
    static std::optional<BulkApplier::Summary> run(BulkApplier &applier,
                                                   const std::function<bool()> &start)
    {
        QSignalSpy finished(&applier, &BulkApplier::finished);
        if (!start())
            return std::nullopt;
        if (!finished.wait(60000))
            return std::nullopt;
        return finished.at(0).at(0).value<BulkApplier::Summary>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxFixture>();
        QVERIFY(m_sandbox->isRunning());
        m_ws = makeTestWorkspace(*m_sandbox);
        m_users = std::make_unique<EndUserGridModel>(m_ws->api(), m_ws->spec());
        m_usersTester = std::make_unique<QAbstractItemModelTester>(
            m_users.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_users->setPageLimit(500);
        m_users->loadAll();
        QTRY_VERIFY_WITH_TIMEOUT(m_users->atEnd(), 60000);
        QCOMPARE(m_users->rowCount(), 1000);
    }

    void init()
    {
        QCOMPARE(m_sandbox->del(u"/_sandbox/faults"_s).status, 204);
        m_sandbox->clearRequestLog();
        QVERIFY(!m_users->hasStagedEdits());
    }

    void cleanup() { m_users->revertAll(); }

    void appliesInChunksAndReplacesTheRows()
    {
        EndUserGridModel &model = *m_users;
        const int last = model.columnOf(u"lastName"_s);
        const int name = model.columnOf(u"displayName"_s);
        const QList<int> rows = takeRows(6);
        QList<CellEdit> edits;
        for (int row : rows.first(5))
            edits.append({model.idAt(row), last, u"Chunked %1"_s.arg(row)});
        edits.append({model.idAt(rows.at(5)), name, QString()}); // invalid: stays staged
        model.applyEdits(edits);
        QCOMPARE(model.rowStatus(rows.at(5)), RowStatus::Invalid);

        BulkApplier applier(model);
        QCOMPARE(applier.chunkSize(), BulkApplier::DefaultChunkSize);
        applier.setChunkSize(2);
        QCOMPARE(applier.pendingCount(), 5);
        QSignalSpy started(&applier, &BulkApplier::started);
        QSignalSpy progress(&applier, &BulkApplier::progress);
        const auto summary = run(applier, [&] { return applier.apply(); });
        QVERIFY(summary);
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.at(0).at(0).toInt(), 5);
        QCOMPARE(summary->total, 5);
        QCOMPARE(summary->succeeded, 5);
        QCOMPARE(summary->failed, 0);
        QCOMPARE(summary->invalid, 1);
        QVERIFY(!summary->cancelled);
        QCOMPARE(puts(u"/v1/endusers"_s), 3); // 2 + 2 + 1
        QCOMPARE(progress.size(), 3);
        QCOMPARE(progress.last().at(0).toInt(), 5);
        QCOMPARE(progress.last().at(1).toInt(), 5);

        for (int row : rows.first(5)) {
            QCOMPARE(model.rowStatus(row), RowStatus::Saved);
            QVERIFY(!model.isStaged(row, last));
            QCOMPARE(model.index(row, last).data(GridRoles::RowStatusRole).toInt(),
                     int(RowStatus::Saved));
            // The row shows the server's record.
            QCOMPARE(model.record(row).value(u"lastName"_s).toString(), u"Chunked %1"_s.arg(row));
            QCOMPARE(serverUser(model.idAt(row)).value(u"lastName"_s).toString(),
                     u"Chunked %1"_s.arg(row));
        }
        QCOMPARE(model.stagedRows(), QList<int>{rows.at(5)});
        QCOMPARE(model.rowStatus(rows.at(5)), RowStatus::Invalid);
        QVERIFY(!applier.apply()); // nothing valid left to send
    }

    void putPreservesUntouchedFields()
    {
        EndUserGridModel &model = *m_users;
        // A user with every kind of field set, so that an erased one would show.
        int row = -1;
        for (int candidate = m_nextRow; candidate < model.rowCount(); ++candidate) {
            const QJsonObject record = model.record(candidate);
            if (!record.value(u"additionalEmails"_s).toArray().isEmpty() &&
                !record.value(u"middleNames"_s).toArray().isEmpty() &&
                !record.value(u"phoneNumber"_s).toString().isEmpty() &&
                !record.value(u"externalId"_s).toString().isEmpty()) {
                row = candidate;
                break;
            }
        }
        QVERIFY2(row >= 0, "the demo organisation needs an end user with every field set");
        m_nextRow = row + 1;
        const QString id = model.idAt(row);
        const QJsonObject before = serverUser(id);

        model.applyEdits({{id, model.columnOf(u"firstName"_s), u"Only This"_s}});
        BulkApplier applier(model);
        const auto summary = run(applier, [&] { return applier.apply(); });
        QVERIFY(summary);
        QCOMPARE(summary->succeeded, 1);

        QJsonObject after = serverUser(id);
        QCOMPARE(after.value(u"firstName"_s).toString(), u"Only This"_s);
        after.remove(u"firstName"_s);
        QJsonObject expected = before;
        expected.remove(u"firstName"_s);
        QCOMPARE(after, expected);
    }

    void agentsGoThroughTheirBulkEndpoint()
    {
        AgentGridModel model(m_ws->api(), m_ws->spec());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.loadAll();
        QTRY_VERIFY(model.atEnd());
        QCOMPARE(model.rowCount(), 15);
        const int row = 6;
        const QString id = model.idAt(row);
        const QJsonObject before = m_sandbox->get(u"/v1/agents/"_s + id).data().toObject();
        model.applyEdits({{id, model.columnOf(u"middleNames"_s), u"Quinn; Rae"_s}});
        BulkApplier applier(model);
        const auto summary = run(applier, [&] { return applier.apply(); });
        QVERIFY(summary);
        QCOMPARE(summary->succeeded, 1);
        QCOMPARE(puts(u"/v1/agents"_s), 1);
        QCOMPARE(model.rowStatus(row), RowStatus::Saved);
        QJsonObject after = m_sandbox->get(u"/v1/agents/"_s + id).data().toObject();
        QCOMPARE(after.value(u"middleNames"_s).toArray(), (QJsonArray{u"Quinn"_s, u"Rae"_s}));
        after.remove(u"middleNames"_s);
        QJsonObject expected = before;
        expected.remove(u"middleNames"_s);
        QCOMPARE(after, expected); // email, roles, phone... untouched
    }

    void partialFailuresLeaveExactlyTheFailedRowsStaged()
    {
        EndUserGridModel &model = *m_users;
        const int phone = model.columnOf(u"phoneNumber"_s);
        const QList<int> rows = takeRows(60);
        QHash<int, QString> oldPhone;
        QHash<int, QString> newPhones;
        QList<CellEdit> edits;
        for (int row : rows) {
            oldPhone.insert(row, model.value(row, phone).toString());
            newPhones.insert(row, newPhone());
            edits.append({model.idAt(row), phone, newPhones.value(row)});
        }
        model.applyEdits(edits);
        QVERIFY(m_sandbox->setFaults(QJsonObject{{u"bulkFailureRate"_s, 0.3}, {u"seed"_s, 11}}));

        BulkApplier applier(model);
        applier.setChunkSize(25);
        const auto summary = run(applier, [&] { return applier.apply(); });
        QVERIFY(summary);
        QCOMPARE(summary->total, 60);
        QVERIFY(summary->failed > 0);
        QVERIFY(summary->succeeded > 0);
        QCOMPARE(summary->failed + summary->succeeded, 60);
        QCOMPARE(puts(u"/v1/endusers"_s), 3);

        QList<int> failed;
        for (int row : rows) {
            const QString id = model.idAt(row);
            const QString onServer = serverUser(id).value(u"phoneNumber"_s).toString();
            if (model.rowStatus(row) == RowStatus::Failed) {
                failed.append(row);
                QVERIFY(model.isStaged(row, phone));
                QCOMPARE(model.value(row, phone).toString(), newPhones.value(row));
                QCOMPARE(model.rowMessage(row),
                         u"Temporary failure updating %1, try again"_s.arg(id));
                QCOMPARE(model.index(row, 0).data(GridRoles::RowMessageRole).toString(),
                         model.rowMessage(row));
                QCOMPARE(onServer, oldPhone.value(row));
            } else {
                QCOMPARE(model.rowStatus(row), RowStatus::Saved);
                QVERIFY(!model.isStaged(row, phone));
                QCOMPARE(onServer, newPhones.value(row));
            }
        }
        QCOMPARE(failed.size(), summary->failed);
        QCOMPARE(model.stagedRows(), failed);
        QCOMPARE(applier.failedCount(), failed.size());

        // Retry sends only the failed rows.
        QCOMPARE(m_sandbox->del(u"/_sandbox/faults"_s).status, 204);
        m_sandbox->clearRequestLog();
        const auto retry = run(applier, [&] { return applier.retryFailed(); });
        QVERIFY(retry);
        QCOMPARE(retry->total, failed.size());
        QCOMPARE(retry->succeeded, failed.size());
        QCOMPARE(puts(u"/v1/endusers"_s), int((failed.size() + 24) / 25));
        QVERIFY(!model.hasStagedEdits());
        for (int row : std::as_const(failed)) {
            QCOMPARE(model.rowStatus(row), RowStatus::Saved);
            QCOMPARE(model.rowMessage(row), QString());
            QCOMPARE(serverUser(model.idAt(row)).value(u"phoneNumber"_s).toString(),
                     newPhones.value(row));
        }
        QVERIFY(!applier.retryFailed());
    }

    // The demonstration, below the window: 200 phone numbers pasted from a spreadsheet,
    // applied while the sandbox fails 10% of the items, exactly those left staged, then retried.
    void pastedPhoneNumbersWithTenPercentFailures()
    {
        EndUserGridModel &model = *m_users;
        const int phone = model.columnOf(u"phoneNumber"_s);
        const QList<int> rows = takeRows(200);
        QStringList lines;
        for (int i = 0; i < rows.size(); ++i)
            lines.append(newPhone());
        const CsvCodec::Table table =
            CsvCodec::parseTsv(QString(lines.join(u"\r\n"_s) + u"\r\n"_s));
        QCOMPARE(table.size(), 200);
        const QList<CellEdit> undo = model.applyEdits(model.pasteEdits(rows, {phone}, table));
        QCOMPARE(undo.size(), 200);
        QCOMPARE(model.stagedRowCount(), 200);
        QVERIFY(m_sandbox->setFaults(QJsonObject{{u"bulkFailureRate"_s, 0.1}, {u"seed"_s, 2}}));

        BulkApplier applier(model);
        const auto summary = run(applier, [&] { return applier.apply(); });
        QVERIFY(summary);
        QVERIFY(summary->failed > 0 && summary->failed < 60);
        QCOMPARE(summary->succeeded + summary->failed, 200);
        QCOMPARE(model.stagedRowCount(), summary->failed);
        for (int i = 0; i < rows.size(); ++i) {
            const int row = rows.at(i);
            const bool failed = model.rowStatus(row) == RowStatus::Failed;
            QCOMPARE(model.isStaged(row, phone), failed);
            QCOMPARE(model.rowMessage(row).isEmpty(), !failed);
            QCOMPARE(model.value(row, phone).toString(), lines.at(i));
        }

        QCOMPARE(m_sandbox->del(u"/_sandbox/faults"_s).status, 204);
        const auto retry = run(applier, [&] { return applier.retryFailed(); });
        QVERIFY(retry);
        QCOMPARE(retry->succeeded, summary->failed);
        QVERIFY(!model.hasStagedEdits());
        QCOMPARE(serverUser(model.idAt(rows.last())).value(u"phoneNumber"_s).toString(),
                 lines.last());
    }

    void aChunkThatFailsAsAWholeFailsEachRow()
    {
        EndUserGridModel &model = *m_users;
        const int last = model.columnOf(u"lastName"_s);
        const QList<int> rows = takeRows(3);
        for (int row : rows)
            model.applyEdits({{model.idAt(row), last, u"Whole %1"_s.arg(row)}});
        // More 500s than the client retries.
        QVERIFY(m_sandbox->setFaults(
            QJsonObject{{u"script"_s, QJsonArray{QJsonObject{{u"kind"_s, u"server-error"_s},
                                                             {u"count"_s, 10},
                                                             {u"method"_s, u"PUT"_s},
                                                             {u"path"_s, u"/endusers"_s}}}}}));
        BulkApplier applier(model);
        const auto summary = run(applier, [&] { return applier.apply(); });
        QVERIFY(summary);
        QCOMPARE(summary->failed, 3);
        const QString message = model.rowMessage(rows.at(0));
        QVERIFY(!message.isEmpty());
        for (int row : rows) {
            QCOMPARE(model.rowStatus(row), RowStatus::Failed);
            QCOMPARE(model.rowMessage(row), message);
            QVERIFY(model.isStaged(row, last));
        }
        QCOMPARE(m_sandbox->del(u"/_sandbox/faults"_s).status, 204);
        const auto retry = run(applier, [&] { return applier.retryFailed(); });
        QVERIFY(retry);
        QCOMPARE(retry->succeeded, 3);
        QVERIFY(!model.hasStagedEdits());
    }

    void cancelLeavesUnsentChunksStaged()
    {
        EndUserGridModel &model = *m_users;
        const int last = model.columnOf(u"lastName"_s);
        const QList<int> rows = takeRows(10);
        QList<CellEdit> edits;
        for (int row : rows)
            edits.append({model.idAt(row), last, u"Cancelled %1"_s.arg(row)});
        model.applyEdits(edits);
        QVERIFY(m_sandbox->setFaults(QJsonObject{{u"latencyMs"_s, 200}}));

        BulkApplier applier(model);
        applier.setChunkSize(2);
        QSignalSpy finished(&applier, &BulkApplier::finished);
        QVERIFY(applier.apply());
        QVERIFY(applier.isRunning());
        QCOMPARE(model.rowStatus(rows.at(0)), RowStatus::Saving);
        QCOMPARE(model.rowStatus(rows.at(2)), RowStatus::Edited);
        applier.cancel();
        QVERIFY(finished.wait(10000));
        const auto summary = finished.at(0).at(0).value<BulkApplier::Summary>();
        QVERIFY(summary.cancelled);
        QCOMPARE(summary.succeeded, 2); // the chunk in flight is answered and mapped
        QCOMPARE(summary.notSent, 8);
        QVERIFY(!applier.isRunning());
        QCOMPARE(puts(u"/v1/endusers"_s), 1);
        QCOMPARE(model.rowStatus(rows.at(0)), RowStatus::Saved);
        for (int row : rows.mid(2)) {
            QCOMPARE(model.rowStatus(row), RowStatus::Edited);
            QVERIFY(model.isStaged(row, last));
        }
    }

    void editsMadeWhileSavingStayStaged()
    {
        EndUserGridModel &model = *m_users;
        const int first = model.columnOf(u"firstName"_s);
        const int last = model.columnOf(u"lastName"_s);
        const int row = takeRows(1).constFirst();
        const QString id = model.idAt(row);
        model.applyEdits({{id, first, u"Sent"_s}, {id, last, u"Sent Too"_s}});
        QVERIFY(m_sandbox->setFaults(QJsonObject{{u"latencyMs"_s, 200}}));
        BulkApplier applier(model);
        QSignalSpy finished(&applier, &BulkApplier::finished);
        QVERIFY(applier.apply());
        QCOMPARE(model.rowStatus(row), RowStatus::Saving);
        model.applyEdits({{id, last, u"Typed Meanwhile"_s}});
        QCOMPARE(model.rowStatus(row), RowStatus::Saving);
        QVERIFY(finished.wait(10000));
        QCOMPARE(model.record(row).value(u"firstName"_s).toString(), u"Sent"_s);
        QCOMPARE(model.record(row).value(u"lastName"_s).toString(), u"Sent Too"_s);
        QVERIFY(!model.isStaged(row, first));
        QVERIFY(model.isStaged(row, last));
        QCOMPARE(model.value(row, last).toString(), u"Typed Meanwhile"_s);
        QCOMPARE(model.rowStatus(row), RowStatus::Edited);
    }
};

QTEST_GUILESS_MAIN(TestBulkApply)
#include "tst_bulkapply.moc"
