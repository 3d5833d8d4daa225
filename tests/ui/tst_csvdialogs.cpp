// CsvExportDialog and CsvImportDialog over the end-user grid against the sandbox: an export
// writes the rows and columns chosen to an owner-only file, or says in the dialog why it could
// not; an import reads the whole directory first, previews exactly the file's changes, lists every
// bad line with its number and reason, and stages the changes as one undo step with nothing sent.
#include "common/prompts.h"
#include "endusergridfixture.h"
#include "grid/csvchangemodel.h"
#include "grid/csvcodec.h"
#include "grid/csvexportdialog.h"
#include "grid/csvimportdialog.h"
#include "grid/endusergridmodel.h"
#include "grid/profilegridview.h"
#include "scriptedprompts.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {
// Screenshots for people to look at, when DIXA_SCREENSHOT_DIR names a folder.
void grab(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("DIXA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    widget.grab().save(u"%1/%2.png"_s.arg(dir, name));
}

bool writeTable(const QString &path, const CsvCodec::Table &table)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(CsvCodec::toBytes(table)) >= 0;
}

CsvCodec::Table readTable(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return CsvCodec::parseBytes(file.readAll());
}

template<class T>
T *child(const QWidget &parent, const QString &name)
{
    return parent.findChild<T *>(name);
}
} // namespace

class TestCsvDialogs : public QObject
{
    Q_OBJECT

private:
    EndUserGridFixture m_grid;

    QString value(int row, const QString &field) const
    {
        return m_grid.model->value(row, m_grid.column(field)).toString();
    }
    QStringList titles(const QList<int> &columns) const
    {
        QStringList titles;
        for (int c : columns)
            titles.append(m_grid.model->column(c).title);
        return titles;
    }
    QStringList problemLines(const CsvImportDialog &dialog) const
    {
        QStringList lines;
        for (int i = 0; i < dialog.problemsView()->topLevelItemCount(); ++i)
            lines.append(dialog.problemsView()->topLevelItem(i)->text(0));
        return lines;
    }
    QString problemReason(const CsvImportDialog &dialog, int index) const
    {
        return dialog.problemsView()->topLevelItem(index)->text(2);
    }
    // A fresh grid of the same directory with only its first page loaded.
    std::unique_ptr<EndUserGridModel> partlyLoadedModel()
    {
        auto model =
            std::make_unique<EndUserGridModel>(m_grid.workspace->api(), m_grid.workspace->spec());
        model->setPageLimit(100);
        model->fetchMore({});
        if (!QTest::qWaitFor([&model] { return model->rowCount() == 100 && !model->isLoading(); },
                             10000))
            return nullptr;
        return model;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_grid.open());
        QCOMPARE(m_grid.model->rowCount(), 1000);
    }

    void cleanup()
    {
        m_grid.model->revertAll();
        m_grid.view->undoStack()->clear();
        QVERIFY(m_grid.sandbox->setFaults({}));
    }

    void exportAllRowsWithChosenColumns()
    {
        CsvExportDialog dialog(*m_grid.model, {5, 2, 9});
        auto *all = child<QRadioButton>(dialog, u"allRows"_s);
        auto *selected = child<QRadioButton>(dialog, u"selectedRows"_s);
        auto *exportButton = child<QPushButton>(dialog, u"exportButton"_s);
        QVERIFY(all && selected && exportButton);
        QVERIFY(all->text().contains(u"1000"_s) || all->text().contains(u"1,000"_s));
        QVERIFY(selected->text().contains(u'3'));
        QVERIFY(selected->isEnabled());
        QVERIFY(selected->isChecked()); // several rows selected: they are what is meant
        QVERIFY(dialog.filePath().endsWith(u"/end-users.csv"_s));

        child<QPushButton>(dialog, u"selectNoColumns"_s)->click();
        QVERIFY(dialog.chosenColumns().isEmpty());
        QVERIFY(!exportButton->isEnabled());
        auto *list = child<QListWidget>(dialog, u"columnList"_s);
        QCOMPARE(list->count(), m_grid.model->columnCount());
        const QList<int> chosen{m_grid.column(u"displayName"_s), m_grid.column(u"phoneNumber"_s),
                                m_grid.column(u"id"_s)};
        for (int i = 0; i < list->count(); ++i) {
            if (chosen.contains(list->item(i)->data(Qt::UserRole).toInt()))
                list->item(i)->setCheckState(Qt::Checked);
        }
        QCOMPARE(dialog.chosenColumns(), chosen);
        QVERIFY(exportButton->isEnabled());
        all->click();
        QVERIFY(!dialog.exportsSelectedRows());

        QTemporaryDir directory;
        const QString path = directory.filePath(u"all.csv"_s);
        dialog.setFilePath(path);
        QSignalSpy exported(&dialog, &CsvExportDialog::exported);
        exportButton->click();
        QCOMPARE(exported.count(), 1);
        QCOMPARE(exported.at(0).at(0).toString(), path);
        QCOMPARE(exported.at(0).at(1).toInt(), 1000);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const CsvCodec::Table table = readTable(path);
        QCOMPARE(table.size(), 1001);
        QCOMPARE(table.at(0), (QStringList{u"Display name"_s, u"Phone number"_s, u"Id"_s}));
        QCOMPARE(table.at(1), (QStringList{value(0, u"displayName"_s), value(0, u"phoneNumber"_s),
                                           m_grid.model->idAt(0)}));
        QCOMPARE(table.at(1000).at(2), m_grid.model->idAt(999));
        QCOMPARE(QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    void exportSelectedRowsInTheirOrder()
    {
        // Staged values are exported as the grid shows them.
        m_grid.model->applyEdits(
            {{m_grid.model->idAt(7), m_grid.column(u"displayName"_s), u"Staged Seven"_s}});
        CsvExportDialog dialog(*m_grid.model, {7, 3});
        QVERIFY(dialog.exportsSelectedRows());
        QTemporaryDir directory;
        const QString path = directory.filePath(u"selected.csv"_s);
        dialog.setFilePath(path);
        dialog.show();
        grab(dialog, u"csv-export"_s);
        QSignalSpy exported(&dialog, &CsvExportDialog::exported);
        QVERIFY(dialog.exportFile());
        QCOMPARE(exported.at(0).at(1).toInt(), 2);

        const CsvCodec::Table table = readTable(path);
        QList<int> everyColumn;
        for (int c = 0; c < m_grid.model->columnCount(); ++c)
            everyColumn.append(c);
        QCOMPARE(table.size(), 3);
        QCOMPARE(table.at(0), titles(everyColumn));
        const qsizetype idAt = table.at(0).indexOf(u"Id"_s);
        const qsizetype nameAt = table.at(0).indexOf(u"Display name"_s);
        QCOMPARE(table.at(1).at(idAt), m_grid.model->idAt(7));
        QCOMPARE(table.at(1).at(nameAt), u"Staged Seven"_s);
        QCOMPARE(table.at(2).at(idAt), m_grid.model->idAt(3));
    }

    void exportNeedsAColumnAndAPath()
    {
        CsvExportDialog dialog(*m_grid.model, {});
        auto *exportButton = child<QPushButton>(dialog, u"exportButton"_s);
        QVERIFY(!child<QRadioButton>(dialog, u"selectedRows"_s)->isEnabled());
        QVERIFY(child<QRadioButton>(dialog, u"allRows"_s)->isChecked());
        QCOMPARE(dialog.chosenColumns().size(), m_grid.model->columnCount()); // all ticked at first
        QVERIFY(exportButton->isEnabled());
        dialog.setFilePath({});
        QVERIFY(!exportButton->isEnabled());
        QVERIFY(!dialog.exportFile());
        dialog.setFilePath(u"/tmp/x.csv"_s);
        QVERIFY(exportButton->isEnabled());
        child<QPushButton>(dialog, u"selectNoColumns"_s)->click();
        QVERIFY(!exportButton->isEnabled());
        child<QPushButton>(dialog, u"selectAllColumns"_s)->click();
        QVERIFY(exportButton->isEnabled());
    }

    void exportErrorStaysInTheDialog()
    {
        CsvExportDialog dialog(*m_grid.model, {1, 2});
        const QList<int> chosen{m_grid.column(u"email"_s),
                                m_grid.column(u"id"_s)}; // in the grid's order
        dialog.setChosenColumns(chosen);
        dialog.show();
        QTemporaryDir directory;
        const QString missing = directory.filePath(u"missing/folder/users.csv"_s);
        dialog.setFilePath(missing);
        QSignalSpy exported(&dialog, &CsvExportDialog::exported);
        child<QPushButton>(dialog, u"exportButton"_s)->click();
        QCOMPARE(exported.count(), 0);
        auto *error = child<QLabel>(dialog, u"errorLabel"_s);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"missing"_s), qPrintable(error->text()));
        QCOMPARE(dialog.errorText(), error->text());
        QVERIFY(dialog.isVisible()); // still open, every choice kept
        QCOMPARE(dialog.chosenColumns(), chosen);
        QVERIFY(dialog.exportsSelectedRows());
        QCOMPARE(dialog.filePath(), missing);
        grab(dialog, u"csv-export-error"_s);

        // Another place works, and the error goes.
        dialog.setFilePath(directory.filePath(u"users.csv"_s));
        QVERIFY(dialog.exportFile());
        QCOMPARE(exported.count(), 1);
        QVERIFY(dialog.errorText().isEmpty());
        QCOMPARE(readTable(directory.filePath(u"users.csv"_s)).size(), 3);
    }

    void exportAsksBeforeReplacingAFile()
    {
        ScriptedPrompts prompts;
        QTemporaryDir directory;
        const QString path = directory.filePath(u"old.csv"_s);
        QVERIFY(writeTable(path, {{u"old"_s}}));
        CsvExportDialog dialog(*m_grid.model, {1});
        dialog.setFilePath(path);
        prompts.answers = {false};
        QVERIFY(!dialog.exportFile());
        QCOMPARE(prompts.questions.size(), 1);
        QCOMPARE(readTable(path), (CsvCodec::Table{{u"old"_s}}));
        prompts.answers = {true};
        QVERIFY(dialog.exportFile());
        QCOMPARE(readTable(path).size(), 1001);
    }

    void importPreviewsChangesAndListsBadLines()
    {
        const int name = m_grid.column(u"displayName"_s);
        const int phone = m_grid.column(u"phoneNumber"_s);
        const auto email = [this](int row) { return value(row, u"email"_s); };
        // Four profiles with an email, to be matched by it or to keep it.
        QList<int> r;
        for (int row = 40; r.size() < 4 && row < m_grid.model->rowCount(); ++row) {
            if (!email(row).isEmpty())
                r.append(row);
        }
        QCOMPARE(r.size(), 4);
        const CsvCodec::Table table{
            {u"Id"_s, u"Email"_s, u"Display name"_s, u"Phone number"_s, u"Other emails"_s},
            // 2: by id, a new name (a short line: the rest is left alone)
            {m_grid.model->idAt(r[0]), email(r[0]), u"CSV Renamed Forty"_s},
            // 3: by email (no id), a new phone
            {QString(), email(r[1]), value(r[1], u"displayName"_s), u"+4511110041"_s},
            // 4: an id no profile has
            {u"00000000-0000-4000-8000-000000000000"_s, QString(), u"Nobody"_s},
            // 5: no id and an email that is not one
            {QString(), u"not-an-email"_s, u"Bad Email"_s},
            // 6: the profile of line 2 again
            {m_grid.model->idAt(r[0]), email(r[0]), u"Twice"_s},
            // 7: by id, two changes
            {m_grid.model->idAt(r[2]), email(r[2]), u"CSV Forty-Three"_s, u"+4511110043"_s},
            // 8: a list the spec refuses (the same email twice)
            {m_grid.model->idAt(r[3]), email(r[3]), value(r[3], u"displayName"_s),
             value(r[3], u"phoneNumber"_s), u"a@example.com; a@example.com"_s},
        };
        QTemporaryDir directory;
        const QString path = directory.filePath(u"import.csv"_s);
        QVERIFY(writeTable(path, table));

        CsvImportDialog dialog(m_grid.model.get());
        QAbstractItemModelTester tester(dialog.changeModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!dialog.stageButton()->isEnabled());
        dialog.show();
        dialog.readFile(path);
        QVERIFY(!dialog.isLoadingDirectory()); // everything was loaded already
        QCOMPARE(dialog.changeCount(), 4);
        QCOMPARE(dialog.problemCount(), 4);
        QVERIFY2(
            dialog.summaryText().startsWith(u"4 changes to 3 profiles; 4 lines not imported"_s),
            qPrintable(dialog.summaryText()));
        QCOMPARE(problemLines(dialog), (QStringList{u"4"_s, u"5"_s, u"6"_s, u"8"_s}));
        QVERIFY(problemReason(dialog, 0).contains(u"00000000-0000-4000-8000-000000000000"_s));
        QVERIFY(problemReason(dialog, 1).contains(u"not-an-email"_s));
        QVERIFY(problemReason(dialog, 2).contains(u"line 2"_s));
        QVERIFY(problemReason(dialog, 3).startsWith(u"Other emails: "_s));
        QVERIFY(dialog.problemsView()->isVisible());
        QCOMPARE(dialog.findChild<QTableView *>(u"changesView"_s), dialog.changesView());

        // The preview: line, record, field, the value now and the file's.
        const CsvChangeModel *preview = dialog.changeModel();
        const auto cell = [preview](int row, int c, int role = Qt::DisplayRole) {
            return preview->index(row, c).data(role).toString();
        };
        QCOMPARE(cell(0, CsvChangeModel::LineColumn), u"2"_s);
        QCOMPARE(cell(0, CsvChangeModel::RecordColumn, Qt::EditRole), m_grid.model->idAt(r[0]));
        QVERIFY(cell(0, CsvChangeModel::RecordColumn).contains(value(r[0], u"displayName"_s)));
        QVERIFY(cell(0, CsvChangeModel::RecordColumn).contains(m_grid.model->idAt(r[0])));
        QCOMPARE(cell(0, CsvChangeModel::FieldColumn), u"Display name"_s);
        QCOMPARE(cell(0, CsvChangeModel::CurrentColumn), value(r[0], u"displayName"_s));
        QCOMPARE(cell(0, CsvChangeModel::NewColumn), u"CSV Renamed Forty"_s);
        QCOMPARE(cell(1, CsvChangeModel::LineColumn), u"3"_s);
        QCOMPARE(cell(1, CsvChangeModel::FieldColumn), u"Phone number"_s);
        QCOMPARE(cell(3, CsvChangeModel::LineColumn), u"7"_s);
        QCOMPARE(preview->recordCount(), 3);
        grab(dialog, u"csv-import"_s);

        const QList<CellEdit> expected{
            {m_grid.model->idAt(r[0]), name, u"CSV Renamed Forty"_s},
            {m_grid.model->idAt(r[1]), phone, u"+4511110041"_s},
            {m_grid.model->idAt(r[2]), name, u"CSV Forty-Three"_s},
            {m_grid.model->idAt(r[2]), phone, u"+4511110043"_s},
        };
        QCOMPARE(dialog.stageButton()->text(), u"&Stage 4 changes"_s);
        QVERIFY(dialog.stageButton()->isEnabled());
        QSignalSpy staged(&dialog, &CsvImportDialog::stageRequested);
        m_grid.sandbox->clearRequestLog();
        dialog.stageButton()->click();
        QCOMPARE(staged.count(), 1);
        const auto edits = staged.at(0).at(0).value<QList<CellEdit>>();
        QCOMPARE(edits, expected);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!m_grid.model->hasStagedEdits()); // the dialog stages nothing itself

        // Staged through the grid: one undo step, nothing sent.
        QCOMPARE(m_grid.view->stageEdits(edits, u"Import CSV"_s), 4);
        QCOMPARE(m_grid.view->undoStack()->count(), 1);
        QCOMPARE(m_grid.model->stagedRows(), (QList<int>{r[0], r[1], r[2]}));
        QCOMPARE(value(r[2], u"phoneNumber"_s), u"+4511110043"_s);
        for (const QJsonValue &entry : m_grid.sandbox->requestLog())
            QVERIFY(entry[u"method"_s].toString() != u"PUT"_s);
        m_grid.view->undoStack()->undo();
        QVERIFY(!m_grid.model->hasStagedEdits());
    }

    void importReadsTheWholeDirectoryFirst()
    {
        const int row = 900;
        QVERIFY(value(row, u"lastName"_s) != u"Far Away"_s);
        QTemporaryDir directory;
        const QString path = directory.filePath(u"by-email.csv"_s);
        QVERIFY(writeTable(path,
                           {{u"email"_s, u"lastName"_s}, {value(row, u"email"_s), u"Far Away"_s}}));
        const std::unique_ptr<EndUserGridModel> model = partlyLoadedModel();
        QVERIFY(model);
        QVERIFY(!model->atEnd());

        CsvImportDialog dialog(model.get());
        QAbstractItemModelTester tester(dialog.changeModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.show();
        dialog.readFile(path);
        QVERIFY(dialog.isLoadingDirectory());
        auto *status = child<QLabel>(dialog, u"statusLabel"_s);
        QVERIFY(status->isVisible());
        QVERIFY2(status->text().startsWith(u"Reading the whole directory (100 loaded)"_s),
                 qPrintable(status->text()));
        QVERIFY(child<QProgressBar>(dialog, u"busyBar"_s)->isVisible());
        QVERIFY(!dialog.stageButton()->isEnabled());
        grab(dialog, u"csv-import-loading"_s);

        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isLoadingDirectory(), 20000);
        QVERIFY(model->atEnd());
        QCOMPARE(model->rowCount(), 1000);
        QVERIFY(!status->isVisible());
        QVERIFY(!child<QProgressBar>(dialog, u"busyBar"_s)->isVisible());
        QCOMPARE(dialog.problemCount(), 0);
        QCOMPARE(dialog.changeCount(), 1);
        QCOMPARE(dialog.edits(), (QList<CellEdit>{{m_grid.model->idAt(row),
                                                   m_grid.column(u"lastName"_s), u"Far Away"_s}}));
    }

    void importSaysWhenTheDirectoryCannotBeRead()
    {
        const std::unique_ptr<EndUserGridModel> model = partlyLoadedModel();
        QVERIFY(model);
        const QJsonArray script{QJsonObject{{u"kind"_s, u"server-error"_s},
                                            {u"method"_s, u"GET"_s},
                                            {u"path"_s, u"/endusers"_s},
                                            {u"count"_s, 100}}};
        QVERIFY(m_grid.sandbox->setFaults(QJsonObject{{u"script"_s, script}}));
        QTemporaryDir directory;
        const QString path = directory.filePath(u"any.csv"_s);
        QVERIFY(writeTable(path, {{u"email"_s, u"lastName"_s}, {u"a@example.com"_s, u"A"_s}}));
        CsvImportDialog dialog(model.get());
        dialog.readFile(path);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isLoadingDirectory(), 20000);
        QVERIFY2(dialog.errorText().startsWith(u"The whole directory could not be read"_s),
                 qPrintable(dialog.errorText()));
        QCOMPARE(dialog.changeCount(), 0);
        QVERIFY(!dialog.stageButton()->isEnabled());
    }

    void importSaysWhenTheFileCannotBeRead()
    {
        QTemporaryDir directory;
        const QString path = directory.filePath(u"nowhere.csv"_s);
        CsvImportDialog dialog(m_grid.model.get());
        dialog.show();
        dialog.readFile(path);
        auto *error = child<QLabel>(dialog, u"errorLabel"_s);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"nowhere.csv"_s), qPrintable(error->text()));
        QCOMPARE(dialog.changeCount(), 0);
        QVERIFY(!dialog.stageButton()->isEnabled());
        QVERIFY(!dialog.stage());
    }

    void browseChoosesTheFileWithoutBlocking()
    {
        QTemporaryDir directory;
        const QString path = directory.filePath(u"chosen.csv"_s);
        QVERIFY(writeTable(path, {{u"Id"_s, u"Display name"_s},
                                  {m_grid.model->idAt(7), u"Chosen In The Browser"_s}}));
        CsvImportDialog dialog(m_grid.model.get());
        dialog.show();
        QTest::mouseClick(child<QPushButton>(dialog, u"browseButton"_s), Qt::LeftButton);
        // Back here at once, with the file dialog open over the import dialog.
        auto *chooser = dialog.findChild<QFileDialog *>();
        QVERIFY(chooser);
        QVERIFY(chooser->isVisible());
        chooser->selectFile(path);
        static_cast<QDialog *>(chooser)->accept(); // QFileDialog::accept() is protected
        QCOMPARE(dialog.filePath(), path);
        QCOMPARE(dialog.changeCount(), 1);

        CsvExportDialog exporter(*m_grid.model, {});
        exporter.show();
        QTest::mouseClick(child<QPushButton>(exporter, u"browseButton"_s), Qt::LeftButton);
        auto *saver = exporter.findChild<QFileDialog *>();
        QVERIFY(saver);
        QCOMPARE(saver->acceptMode(), QFileDialog::AcceptSave);
        saver->selectFile(directory.filePath(u"out.csv"_s));
        static_cast<QDialog *>(saver)->accept();
        QCOMPARE(exporter.filePath(), directory.filePath(u"out.csv"_s));
    }

    void roundTripPreviewsExactlyTheEditsMade()
    {
        const QList<int> rows{100, 101, 102, 103, 104};
        const int name = m_grid.column(u"displayName"_s);
        const int phone = m_grid.column(u"phoneNumber"_s);
        const int emails = m_grid.column(u"additionalEmails"_s);
        QTemporaryDir directory;
        const QString path = directory.filePath(u"round-trip.csv"_s);
        {
            CsvExportDialog dialog(*m_grid.model, rows);
            dialog.setChosenColumns({m_grid.column(u"id"_s), name, phone, emails});
            dialog.setFilePath(path);
            QVERIFY(dialog.exportFile());
        }
        CsvCodec::Table table = readTable(path);
        QCOMPARE(table.size(), 6);
        QCOMPARE(table.at(0),
                 (QStringList{u"Display name"_s, u"Phone number"_s, u"Other emails"_s, u"Id"_s}));
        table[1][0] = u"Round Trip Hundred"_s;
        table[3][1] = u"+4522220102"_s;
        table[5][2] = u"rt1@example.com; rt2@example.com"_s;
        QVERIFY(writeTable(path, table));

        CsvImportDialog dialog(m_grid.model.get());
        QAbstractItemModelTester tester(dialog.changeModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.readFile(path);
        QCOMPARE(dialog.problemCount(), 0);
        QCOMPARE(dialog.changeCount(), 3);
        QVERIFY2(dialog.summaryText().startsWith(u"3 changes to 3 profiles"_s),
                 qPrintable(dialog.summaryText()));
        const QList<CellEdit> made{
            {m_grid.model->idAt(100), name, u"Round Trip Hundred"_s},
            {m_grid.model->idAt(102), phone, u"+4522220102"_s},
            {m_grid.model->idAt(104), emails,
             QStringList{u"rt1@example.com"_s, u"rt2@example.com"_s}},
        };
        QCOMPARE(dialog.edits(), made);
        const CsvChangeModel *preview = dialog.changeModel();
        const QList<int> madeRows{100, 102, 104};
        for (int i = 0; i < made.size(); ++i) {
            const auto text = [preview, i](int c) {
                return preview->index(i, c).data(Qt::EditRole).toString();
            };
            QCOMPARE(text(CsvChangeModel::LineColumn),
                     QString::number(2 + rows.indexOf(madeRows[i])));
            QCOMPARE(text(CsvChangeModel::RecordColumn), made.at(i).id);
            QCOMPARE(text(CsvChangeModel::FieldColumn),
                     m_grid.model->column(made.at(i).column).title);
            const QVariant now = m_grid.model->value(madeRows[i], made.at(i).column);
            QCOMPARE(text(CsvChangeModel::CurrentColumn), now.typeId() == QMetaType::QStringList
                                                              ? now.toStringList().join(u"; "_s)
                                                              : now.toString());
        }
        QCOMPARE(preview->index(0, CsvChangeModel::NewColumn).data(Qt::EditRole).toString(),
                 u"Round Trip Hundred"_s);
        QCOMPARE(preview->index(2, CsvChangeModel::NewColumn).data(Qt::EditRole).toString(),
                 u"rt1@example.com; rt2@example.com"_s);
    }
};

QTEST_MAIN(TestCsvDialogs)
#include "tst_csvdialogs.moc"
