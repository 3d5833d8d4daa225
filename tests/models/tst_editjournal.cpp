// EditJournal with the grid models against the sandbox: every staged edit is on disk at once, in
// a file only its owner can read; a restore stages the edits again (on loaded records now, on the
// others when their page lands); a row leaves the journal only when the server confirmed it; an
// unreadable file is set aside, never overwritten; and the edits survive a process that is
// really killed in the middle of an apply.
#include "grid/agentgridmodel.h"
#include "grid/bulkapplier.h"
#include "grid/editjournal.h"
#include "grid/endusergridmodel.h"
#include "sandboxfixture.h"
#include "testworkspace.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;
using GridRoles::RowStatus;

namespace {
constexpr char ChildVariable[] = "DIXA_EDITJOURNAL_CHILD";
constexpr int ChildRows = 30;

bool ownerOnly(const QString &path)
{
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther |
                                            QFileDevice::ExeOwner;
    const QFileDevice::Permissions permissions = QFile::permissions(path);
    return (permissions & others) == 0 && permissions.testFlag(QFileDevice::ReadOwner) &&
           permissions.testFlag(QFileDevice::WriteOwner);
}

QString childLastName(int row)
{
    return u"Journaled %1"_s.arg(row);
}

// The child: stages edits with a journal in `directory`, starts an apply that the sandbox keeps
// waiting, says so, and waits to be killed.
int runChild(const QString &directory)
{
    SandboxFixture sandbox;
    const auto workspace = makeTestWorkspace(sandbox);
    EndUserGridModel model(workspace->api(), workspace->spec());
    EditJournal journal(directory);
    model.setJournal(&journal);
    model.setPageLimit(500);
    model.loadAll();
    if (!QTest::qWaitFor([&] { return model.atEnd(); }, 60000))
        return 2;
    QList<CellEdit> edits;
    for (int row = 0; row < ChildRows; ++row)
        edits.append({model.idAt(row), model.columnOf(u"lastName"_s), childLastName(row)});
    model.applyEdits(edits);
    sandbox.setFaults(QJsonObject{{u"latencyMs"_s, 30000}});
    BulkApplier applier(model);
    applier.setChunkSize(10);
    applier.apply();
    std::fputs("applying\n", stdout);
    std::fflush(stdout);
    QTest::qWait(60000); // killed long before
    return 3;
}
} // namespace

class TestEditJournal : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<Workspace> m_ws;

    template<class Model>
    bool loadAll(Model &model)
    {
        model.setPageLimit(500);
        model.loadAll();
        return QTest::qWaitFor([&] { return model.atEnd(); }, 60000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxFixture>();
        QVERIFY(m_sandbox->isRunning());
        m_ws = makeTestWorkspace(*m_sandbox);
    }

    void init() { QCOMPARE(m_sandbox->del(u"/_sandbox/faults"_s).status, 204); }

    void everyEditIsWrittenAtOnceForTheOwnerOnly()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        EditJournal journal(directory.path());
        AgentGridModel model(m_ws->api(), m_ws->spec());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setJournal(&journal);
        QVERIFY(loadAll(model));
        QVERIFY(!QFile::exists(journal.filePath()));

        const int row = 2;
        const QString id = model.idAt(row);
        const int last = model.columnOf(u"lastName"_s);
        const int emails = model.columnOf(u"additionalEmails"_s);
        const QString lastBefore = model.value(row, last).toString();
        const QStringList emailsBefore = model.value(row, emails).toStringList();
        QVERIFY(model.setData(model.index(row, last), u"On Disk"_s));
        QVERIFY(QFile::exists(journal.filePath()));
        QVERIFY(ownerOnly(journal.filePath()));
        model.applyEdits({{id, emails, QStringList{u"disk@example.com"_s}}});

        EditJournal reread(directory.path());
        QVERIFY(reread.load());
        QVERIFY(reread.hasEntries());
        QCOMPARE(reread.kinds(), QStringList{u"agents"_s});
        const EditJournal::RowEdits cells = reread.row(u"agents"_s, id);
        QCOMPARE(cells.size(), 2);
        QCOMPARE(cells.value(u"lastName"_s).original.toString(), lastBefore);
        QCOMPARE(cells.value(u"lastName"_s).value.toString(), u"On Disk"_s);
        QCOMPARE(cells.value(u"additionalEmails"_s).original.toStringList(), emailsBefore);
        QCOMPARE(cells.value(u"additionalEmails"_s).value.toStringList(),
                 QStringList{u"disk@example.com"_s});

        // A file someone loosened is written back owner-only.
        QVERIFY(QFile::setPermissions(journal.filePath(),
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ReadGroup | QFileDevice::ReadOther));
        model.applyEdits({{model.idAt(3), last, u"Another"_s}});
        QVERIFY(ownerOnly(journal.filePath()));

        // Reverting everything leaves no personal data behind.
        model.revertAll();
        QVERIFY(!journal.hasEntries());
        QVERIFY(!QFile::exists(journal.filePath()));
    }

    void restoreStagesTheEditsAgain()
    {
        QTemporaryDir directory;
        QString loadedId;
        QString laterId;
        {
            EditJournal journal(directory.path());
            EndUserGridModel model(m_ws->api(), m_ws->spec());
            model.setJournal(&journal);
            QVERIFY(loadAll(model));
            loadedId = model.idAt(5);
            laterId = model.idAt(900);
            model.applyEdits({{loadedId, model.columnOf(u"externalId"_s), u"restored-1"_s},
                              {laterId, model.columnOf(u"middleNames"_s), u"Ann; Bo"_s}});
        } // the window is gone; the file stays

        EditJournal journal(directory.path());
        QVERIFY(journal.load());
        QCOMPARE(journal.rowCount(u"endUsers"_s), 2);
        EndUserGridModel model(m_ws->api(), m_ws->spec());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setJournal(&journal);
        model.setPageLimit(100);
        // Nothing has landed yet (the tester's first page is in flight): both wait for their page,
        // and the journal keeps them meanwhile.
        QCOMPARE(model.restore(journal), 0);
        QCOMPARE(model.pendingRestoreCount(), 2);
        QCOMPARE(journal.rowCount(u"endUsers"_s), 2);
        QTRY_VERIFY(model.rowOf(loadedId) >= 0);
        const int loaded = model.rowOf(loadedId);
        QCOMPARE(model.value(loaded, model.columnOf(u"externalId"_s)).toString(), u"restored-1"_s);
        QCOMPARE(model.index(loaded, model.columnOf(u"externalId"_s))
                     .data(GridRoles::CellChangedRole)
                     .toBool(),
                 true);
        QCOMPARE(model.rowStatus(loaded), RowStatus::Edited);
        model.loadAll();
        QTRY_VERIFY_WITH_TIMEOUT(model.atEnd(), 60000);
        QCOMPARE(model.pendingRestoreCount(), 0);
        const int later = model.rowOf(laterId);
        QCOMPARE(model.value(later, model.columnOf(u"middleNames"_s)).toStringList(),
                 (QStringList{u"Ann"_s, u"Bo"_s}));
        QCOMPARE(journal.rowCount(u"endUsers"_s), 2);
        QCOMPARE(model.stagedRowCount(), 2);
        model.revertAll();
        QVERIFY(!QFile::exists(journal.filePath()));
    }

    void onlyConfirmedRowsLeaveTheJournal()
    {
        QTemporaryDir directory;
        EditJournal journal(directory.path());
        EndUserGridModel model(m_ws->api(), m_ws->spec());
        model.setJournal(&journal);
        QVERIFY(loadAll(model));
        const int first = model.columnOf(u"firstName"_s);
        QList<CellEdit> edits;
        for (int row = 200; row < 240; ++row)
            edits.append({model.idAt(row), first, u"Confirmed %1"_s.arg(row)});
        model.applyEdits(edits);
        QCOMPARE(journal.rowCount(u"endUsers"_s), 40);
        QVERIFY(m_sandbox->setFaults(QJsonObject{{u"bulkFailureRate"_s, 0.4}, {u"seed"_s, 4}}));

        BulkApplier applier(model);
        QSignalSpy finished(&applier, &BulkApplier::finished);
        QVERIFY(applier.apply());
        QVERIFY(finished.wait(30000));
        const auto summary = finished.at(0).at(0).value<BulkApplier::Summary>();
        QVERIFY(summary.failed > 0 && summary.succeeded > 0);

        EditJournal onDisk(directory.path());
        QVERIFY(onDisk.load());
        QSet<QString> failedIds;
        for (int row = 200; row < 240; ++row) {
            if (model.rowStatus(row) == RowStatus::Failed)
                failedIds.insert(model.idAt(row));
        }
        const auto rows = onDisk.rows(u"endUsers"_s);
        QCOMPARE(QSet<QString>(rows.keyBegin(), rows.keyEnd()), failedIds);

        QCOMPARE(m_sandbox->del(u"/_sandbox/faults"_s).status, 204);
        finished.clear();
        QVERIFY(applier.retryFailed());
        QVERIFY(finished.wait(30000));
        QVERIFY(!journal.hasEntries());
        QVERIFY(!QFile::exists(journal.filePath()));
    }

    void anUnreadableFileIsSetAside()
    {
        QTemporaryDir directory;
        EditJournal journal(directory.path());
        QFile file(journal.filePath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ not json");
        file.close();
        QVERIFY(!journal.load());
        QVERIFY(!journal.errorString().isEmpty());
        QVERIFY(!journal.hasEntries());
        QVERIFY(!QFile::exists(journal.filePath()));
        QVERIFY(QFile::exists(journal.filePath() + u".unreadable"_s));
    }

    void editsSurviveAProcessKilledMidApply()
    {
        QTemporaryDir directory;
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(ChildVariable), directory.path());
        child.setProcessEnvironment(environment);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted());
        QByteArray output;
        QTRY_VERIFY_WITH_TIMEOUT((output += child.readAllStandardOutput()).contains("applying"),
                                 60000);
        child.kill(); // SIGKILL: no clean-up, no chance to write anything more
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        EditJournal journal(directory.path());
        QVERIFY(journal.load());
        QCOMPARE(journal.rowCount(u"endUsers"_s), ChildRows);

        // The next start restores them (the same demo organisation: same seed, same ids).
        EndUserGridModel model(m_ws->api(), m_ws->spec());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setJournal(&journal);
        QVERIFY(loadAll(model));
        QCOMPARE(model.restore(journal), ChildRows);
        const int last = model.columnOf(u"lastName"_s);
        for (int row = 0; row < ChildRows; ++row) {
            QCOMPARE(model.value(row, last).toString(), childLastName(row));
            QCOMPARE(model.rowStatus(row), RowStatus::Edited);
        }
        BulkApplier applier(model);
        QSignalSpy finished(&applier, &BulkApplier::finished);
        QVERIFY(applier.apply());
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.at(0).at(0).value<BulkApplier::Summary>().succeeded, ChildRows);
        QVERIFY(!QFile::exists(journal.filePath()));
        QCOMPARE(
            m_sandbox->get(u"/v1/endusers/"_s + model.idAt(7)).data()[u"lastName"_s].toString(),
            childLastName(7));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(ChildVariable))
        return runChild(qEnvironmentVariable(ChildVariable));
    TestEditJournal test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_editjournal.moc"
