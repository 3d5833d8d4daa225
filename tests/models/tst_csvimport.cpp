// CsvExporter and CsvImport with the grid models against the sandbox: an export reads back with
// no changes; an edited file becomes a preview of exactly its changes, staged (never sent) by
// applyEdits; every line that cannot be imported is listed with the reason.
#include "grid/agentgridmodel.h"
#include "grid/csvexporter.h"
#include "grid/csvimport.h"
#include "grid/endusergridmodel.h"
#include "sandboxfixture.h"
#include "testworkspace.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCsvImport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<EndUserGridModel> m_users;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    QString reasonFor(const CsvImport &import, int line)
    {
        QStringList reasons;
        for (const CsvProblem &problem : import.problems()) {
            if (problem.line == line)
                reasons.append(problem.reason);
        }
        return reasons.join(u" | "_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxFixture>();
        QVERIFY(m_sandbox->isRunning());
        m_ws = makeTestWorkspace(*m_sandbox);
        m_users = std::make_unique<EndUserGridModel>(m_ws->api(), m_ws->spec());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_users.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_users->setPageLimit(500);
        m_users->loadAll();
        QTRY_VERIFY_WITH_TIMEOUT(m_users->atEnd(), 60000);
        QCOMPARE(m_users->rowCount(), 1000);
    }

    void cleanup() { m_users->revertAll(); }

    void exportWritesChosenRowsAndColumnsForTheOwner()
    {
        EndUserGridModel &model = *m_users;
        const int id = model.columnOf(u"id"_s);
        const int name = model.columnOf(u"displayName"_s);
        const int emails = model.columnOf(u"additionalEmails"_s);
        const int row = 3;
        model.applyEdits({{model.idAt(row), name, u"Staged, \"quoted\" name"_s},
                          {model.idAt(row), emails, u"one@example.com, two@example.com"_s}});

        CsvExporter exporter(model);
        exporter.setRows({row, 0});
        exporter.setColumns({id, name, emails});
        const CsvCodec::Table table = exporter.table();
        QCOMPARE(table.size(), 3);
        QCOMPARE(table.at(0), (QStringList{u"Id"_s, u"Display name"_s, u"Other emails"_s}));
        QCOMPARE(table.at(1).at(0), model.idAt(row));
        QCOMPARE(table.at(1).at(1), u"Staged, \"quoted\" name"_s); // what the grid shows
        QCOMPARE(table.at(1).at(2), u"one@example.com; two@example.com"_s);
        QCOMPARE(table.at(2).at(0), model.idAt(0));

        QTemporaryDir directory;
        const QString path = directory.filePath(u"users.csv"_s);
        QString error;
        QVERIFY2(exporter.write(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xef\xbb\xbf"));
        QCOMPARE(CsvCodec::parseBytes(bytes), table);
        QCOMPARE(QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    void anExportReadsBackUnchanged()
    {
        QTemporaryDir directory;
        const QString path = directory.filePath(u"all.csv"_s);
        QVERIFY(CsvExporter(*m_users).write(path));
        CsvImport import(*m_users);
        QVERIFY(import.readFile(path));
        QCOMPARE(import.problems().size(), 0);
        QCOMPARE(import.changes().size(), 0);
        QCOMPARE(import.matchedCount(), 1000);
    }

    void anEditedFileBecomesStagedEdits()
    {
        EndUserGridModel &model = *m_users;
        const int phone = model.columnOf(u"phoneNumber"_s);
        const int last = model.columnOf(u"lastName"_s);
        const int middle = model.columnOf(u"middleNames"_s);
        CsvCodec::Table table = CsvExporter(model).table();
        const QStringList header = table.at(0);
        const qsizetype phoneAt = header.indexOf(u"Phone number"_s);
        const qsizetype lastAt = header.indexOf(u"Last name"_s);
        const qsizetype middleAt = header.indexOf(u"Middle names"_s);
        QVERIFY(phoneAt >= 0 && lastAt >= 0 && middleAt >= 0);
        table[1 + 10][phoneAt] = u"+4599990010"_s;
        QVERIFY(!model.value(11, last).toString().isEmpty());
        table[1 + 11][lastAt] = QString(); // an empty cell clears the field
        table[1 + 12][middleAt] = u"Ann; Bo"_s;
        table[1 + 13][lastAt] = u"  "_s + table[1 + 13][lastAt] + u" "_s; // same after trimming

        QTemporaryDir directory;
        const QString path = directory.filePath(u"edited.csv"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(CsvCodec::toBytes(table));
        file.close();

        m_sandbox->clearRequestLog();
        CsvImport import(model);
        QVERIFY(import.readFile(path));
        QCOMPARE(import.problems().size(), 0);
        QCOMPARE(import.changes().size(), 3);
        const CsvChange &first = import.changes().at(0);
        QCOMPARE(first.line, 12); // the header is line 1
        QCOMPARE(first.row, 10);
        QCOMPARE(first.id, model.idAt(10));
        QCOMPARE(first.column, phone);
        QCOMPARE(first.oldValue, model.value(10, phone));
        QCOMPARE(first.newValue.toString(), u"+4599990010"_s);
        QCOMPARE(import.changes().at(1).column, last);
        QCOMPARE(import.changes().at(1).newValue.toString(), QString());
        QCOMPARE(import.changes().at(2).newValue.toStringList(), (QStringList{u"Ann"_s, u"Bo"_s}));

        const QList<CellEdit> undo = model.applyEdits(import.edits());
        QCOMPARE(undo.size(), 3);
        QCOMPARE(model.stagedRows(), (QList<int>{10, 11, 12}));
        QCOMPARE(model.value(12, middle).toStringList(), (QStringList{u"Ann"_s, u"Bo"_s}));
        // Staged only: nothing was sent.
        for (const QJsonValue &entry : m_sandbox->requestLog())
            QCOMPARE(entry[u"method"_s].toString(), u"GET"_s);
    }

    void linesAreMatchedByEmailWithoutAnId()
    {
        EndUserGridModel &model = *m_users;
        const int email = model.columnOf(u"email"_s);
        const int last = model.columnOf(u"lastName"_s);
        const QString address = model.value(20, email).toString();
        QVERIFY(!address.isEmpty());
        const CsvCodec::Table table{{u"email"_s, u"lastName"_s},
                                    {address.toUpper(), u"By Email"_s}};
        CsvImport import(model);
        import.read(table);
        QCOMPARE(import.problems().size(), 0);
        QCOMPARE(import.changes().size(), 1);
        QCOMPARE(import.changes().at(0).row, 20);
        QCOMPARE(import.changes().at(0).column, last);
    }

    void badLinesAreListedWithTheReason()
    {
        EndUserGridModel &model = *m_users;
        const QString email30 = model.value(30, model.columnOf(u"email"_s)).toString();
        const CsvCodec::Table table{
            {u"Id"_s, u"Email"_s, u"Display name"_s, u"Other emails"_s, u"Shoe size"_s},
            {model.idAt(40), QString(), u"Good Line"_s, QString(), u"44"_s},                 // 2
            {u"00000000-0000-4000-8000-000000000000"_s, QString(), u"x"_s},                  // 3
            {QString(), u"nobody@nowhere.invalid"_s, u"x"_s},                                // 4
            {model.idAt(41), QString(), u"  "_s},                                            // 5
            {model.idAt(42), QString(), u"Dup Emails"_s, u"a@example.com; a@example.com"_s}, // 6
            {model.idAt(40), QString(), u"Twice"_s},                                         // 7
            {QString(), QString(), u"no key"_s},                                             // 8
            {model.idAt(43), QString(), u"x"_s, QString(), QString(), u"extra"_s},           // 9
            {QString(), QString(), QString()},         // 10: blank
            {QString(), email30, u"Found By Email"_s}, // 11
        };
        CsvImport import(model);
        import.read(table);
        QVERIFY(reasonFor(import, 1).contains(u"Shoe size"_s));
        QVERIFY(reasonFor(import, 3).contains(u"00000000-0000-4000-8000-000000000000"_s));
        QVERIFY(reasonFor(import, 4).contains(u"nobody@nowhere.invalid"_s));
        QCOMPARE(reasonFor(import, 5), u"Display name: is required"_s);
        QVERIFY(reasonFor(import, 6).startsWith(u"Other emails: "_s));
        QVERIFY(reasonFor(import, 7).contains(u"line 2"_s));
        QVERIFY(!reasonFor(import, 8).isEmpty());
        QVERIFY(!reasonFor(import, 9).isEmpty());
        QCOMPARE(reasonFor(import, 10), QString());
        QCOMPARE(reasonFor(import, 2), QString());
        QCOMPARE(reasonFor(import, 11), QString());
        int skipped = 0;
        for (const CsvProblem &problem : import.problems())
            skipped += problem.skipped ? 1 : 0;
        QCOMPARE(skipped, 7); // lines 3 to 9; the unknown column is a note on the header
        QCOMPARE(import.matchedCount(), 2);
        QList<int> changedRows;
        for (const CsvChange &change : import.changes()) {
            if (!changedRows.contains(change.row))
                changedRows.append(change.row);
        }
        QCOMPARE(changedRows, (QList<int>{40, 30}));
        // Line 11 was matched by its email, which it therefore does not change.
        for (const CsvChange &change : import.changes()) {
            if (change.line == 11)
                QVERIFY(change.column == model.columnOf(u"displayName"_s));
        }
    }

    void aReadOnlyValueIsNotImported()
    {
        AgentGridModel agents(m_ws->api(), m_ws->spec());
        QAbstractItemModelTester tester(&agents,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        agents.loadAll();
        QTRY_VERIFY(agents.atEnd());
        const CsvCodec::Table table{{u"id"_s, u"email"_s, u"lastName"_s},
                                    {agents.idAt(1), u"changed@example.com"_s, u"Kept"_s}};
        CsvImport import(agents);
        import.read(table);
        QCOMPARE(import.problems().size(), 1);
        QVERIFY(!import.problems().at(0).skipped);
        QCOMPARE(import.problems().at(0).line, 2);
        QCOMPARE(import.changes().size(), 1);
        QCOMPARE(import.changes().at(0).column, agents.columnOf(u"lastName"_s));
    }
};

QTEST_GUILESS_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
