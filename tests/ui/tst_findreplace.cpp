// FindReplaceDialog over the end-user grid against the sandbox: the live count matches what the
// model holds (case-sensitive or not, all rows or the selected ones, list cells entry by entry),
// Replace all is one undo step that undo takes back whole, and it is disabled when nothing
// matches.
#include "grid/endusergridmodel.h"
#include "grid/findreplacedialog.h"
#include "grid/gridproxymodel.h"
#include "grid/profilegridview.h"
#include "testworkspace.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

class TestFindReplace : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<EndUserGridModel> m_model;
    std::unique_ptr<ProfileGridView> m_view;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    int column(const QString &field) const { return m_model->columnOf(field); }

    // Rows (of `rows`, or all) whose `field` contains `text`, counted directly.
    int expected(const QString &field, const QString &text, Qt::CaseSensitivity cs,
                 const QList<int> &rows = {}) const
    {
        int count = 0;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (!rows.isEmpty() && !rows.contains(row))
                continue;
            const QVariant value = m_model->value(row, column(field));
            const QStringList items = value.metaType().id() == QMetaType::QStringList
                                          ? value.toStringList()
                                          : QStringList{value.toString()};
            for (const QString &item : items) {
                if (item.contains(text, cs)) {
                    ++count;
                    break;
                }
            }
        }
        return count;
    }

    QLabel *countLabel(const FindReplaceDialog &dialog) const
    {
        return dialog.findChild<QLabel *>(u"matchCountLabel"_s);
    }
    QPushButton *replaceButton(const FindReplaceDialog &dialog) const
    {
        return dialog.findChild<QPushButton *>(u"replaceAllButton"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxFixture>();
        QVERIFY(m_sandbox->isRunning());
        m_ws = makeTestWorkspace(*m_sandbox);
        m_model = std::make_unique<EndUserGridModel>(m_ws->api(), m_ws->spec());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setPageLimit(500);
        m_view = std::make_unique<ProfileGridView>(m_model.get());
        m_model->loadAll(); // a still-growing grid would move rows under the tests
        QTRY_VERIFY_WITH_TIMEOUT(m_model->atEnd(), 20000);
        QCOMPARE(m_model->rowCount(), 1000);
    }

    void cleanup()
    {
        m_model->revertAll();
        m_view->undoStack()->clear();
        m_view->tableView()->selectionModel()->clear();
    }

    void columnsAreTheEditableOnes()
    {
        // The view's current column is preselected when it is editable.
        QTableView *table = m_view->tableView();
        table->setCurrentIndex(m_view->proxyModel()->index(0, column(u"phoneNumber"_s)));
        FindReplaceDialog dialog(m_view.get());
        QCOMPARE(dialog.column(), column(u"phoneNumber"_s));
        auto *combo = dialog.findChild<QComboBox *>(u"findColumn"_s);
        for (int i = 0; i < combo->count(); ++i)
            QVERIFY(m_model->isEditable(combo->itemData(i).toInt()));
        QCOMPARE(combo->findData(column(u"id"_s)), -1);
        QCOMPARE(combo->findData(column(u"createdAt"_s)), -1);
        dialog.setColumn(column(u"id"_s)); // read-only: ignored
        QCOMPARE(dialog.column(), column(u"phoneNumber"_s));
    }

    void countsAndCaseSensitivity()
    {
        FindReplaceDialog dialog(m_view.get());
        dialog.setColumn(column(u"displayName"_s));
        QCOMPARE(dialog.matchCount(), 0);
        QVERIFY(!replaceButton(dialog)->isEnabled()); // nothing to find yet
        dialog.setFindText(u"AN"_s);
        dialog.setReplaceText(u"@@"_s);
        const int insensitive = expected(u"displayName"_s, u"AN"_s, Qt::CaseInsensitive);
        QVERIFY(insensitive > 10);
        QCOMPARE(dialog.matchCount(), insensitive);
        QCOMPARE(countLabel(dialog)->text(), u"%1 cells match."_s.arg(insensitive));
        QVERIFY(replaceButton(dialog)->isEnabled());
        dialog.setMatchCase(true);
        const int sensitive = expected(u"displayName"_s, u"AN"_s, Qt::CaseSensitive);
        QVERIFY(sensitive < insensitive);
        QCOMPARE(dialog.matchCount(), sensitive);
        QCOMPARE(countLabel(dialog)->text(),
                 sensitive == 0 ? u"No cells match."_s : u"%1 cells match."_s.arg(sensitive));
        QCOMPARE(replaceButton(dialog)->isEnabled(), sensitive > 0);
    }

    void listCellsAreSearchedEntryByEntry()
    {
        FindReplaceDialog dialog(m_view.get());
        dialog.setColumn(column(u"additionalEmails"_s));
        dialog.setFindText(u"@"_s);
        dialog.setReplaceText(u" at "_s);
        const int lists = expected(u"additionalEmails"_s, u"@"_s, Qt::CaseInsensitive);
        QVERIFY(lists > 0);
        QCOMPARE(dialog.matchCount(), lists);
        QVERIFY(dialog.replaceAll());
        for (int row : m_model->stagedRows()) {
            for (const QString &item :
                 m_model->value(row, column(u"additionalEmails"_s)).toStringList())
                QVERIFY(item.contains(u" at "_s));
        }
    }

    void onlyTheSelectedRows()
    {
        QTableView *table = m_view->tableView();
        FindReplaceDialog dialog(m_view.get());
        auto *selectedOnly = dialog.findChild<QCheckBox *>(u"selectedRowsOnly"_s);
        QVERIFY(!selectedOnly->isEnabled()); // nothing selected
        const QModelIndex top = m_view->proxyModel()->index(0, 0);
        const QModelIndex bottom = m_view->proxyModel()->index(39, 0);
        table->selectionModel()->select(QItemSelection(top, bottom),
                                        QItemSelectionModel::ClearAndSelect |
                                            QItemSelectionModel::Rows);
        QVERIFY(selectedOnly->isEnabled());
        dialog.setColumn(column(u"displayName"_s));
        dialog.setFindText(u"e"_s);
        dialog.setReplaceText(u"E"_s);
        dialog.setMatchCase(true);
        dialog.setSelectedRowsOnly(true);
        const QList<int> rows = m_view->selectedSourceRows();
        QCOMPARE(rows.size(), 40);
        const int inSelection = expected(u"displayName"_s, u"e"_s, Qt::CaseSensitive, rows);
        QVERIFY(inSelection > 0);
        QCOMPARE(dialog.matchCount(), inSelection);
        QVERIFY(dialog.matchCount() < expected(u"displayName"_s, u"e"_s, Qt::CaseSensitive));
        QVERIFY(dialog.replaceAll());
        for (int row : m_model->stagedRows())
            QVERIFY(rows.contains(row));
        QCOMPARE(m_model->stagedRowCount(), inSelection);

        table->selectionModel()->clear();
        table->setCurrentIndex({});
        QVERIFY(!selectedOnly->isEnabled());
        QVERIFY(!selectedOnly->isChecked());
    }

    void replaceAllIsOneUndoStep()
    {
        FindReplaceDialog dialog(m_view.get());
        dialog.setColumn(column(u"displayName"_s));
        dialog.setFindText(u"an"_s);
        dialog.setReplaceText(u"ÄN"_s);
        const int matches = dialog.matchCount();
        QVERIFY(matches > 10);
        QVERIFY(dialog.replaceAll());
        QCOMPARE(m_view->undoStack()->count(), 1);
        QVERIFY(m_view->undoStack()->undoText().contains(u"an"_s));
        QCOMPARE(m_model->stagedRowCount(), matches);
        QCOMPARE(dialog.findChild<QLabel *>(u"replaceResultLabel"_s)->text(),
                 u"Replaced in %1 cells."_s.arg(matches));
        // Everything was replaced: nothing left to match, and the dialog stays usable.
        QCOMPARE(dialog.matchCount(), 0);
        QVERIFY(!replaceButton(dialog)->isEnabled());
        QCOMPARE(countLabel(dialog)->text(), u"No cells match."_s);
        QVERIFY(!dialog.replaceAll());
        QCOMPARE(m_view->undoStack()->count(), 1);

        m_view->undoStack()->undo();
        QVERIFY(!m_model->hasStagedEdits());
        // The grid changed under the dialog: it counts again on its own.
        QTRY_VERIFY(replaceButton(dialog)->isEnabled());
        QCOMPARE(dialog.matchCount(), matches);
        QCOMPARE(countLabel(dialog)->text(), u"%1 cells match."_s.arg(matches));
    }

    void disabledWhenNothingMatches()
    {
        FindReplaceDialog dialog(m_view.get());
        dialog.setColumn(column(u"displayName"_s));
        dialog.setFindText(u"zz-no-such-text-qq"_s);
        dialog.setReplaceText(u"x"_s);
        QCOMPARE(dialog.matchCount(), 0);
        QVERIFY(!replaceButton(dialog)->isEnabled());
        QCOMPARE(countLabel(dialog)->text(), u"No cells match."_s);
        QVERIFY(!dialog.replaceAll());
        QCOMPARE(m_view->undoStack()->count(), 0);
    }

    void screenshot()
    {
        m_view->tableView()->setCurrentIndex(
            m_view->proxyModel()->index(0, column(u"phoneNumber"_s)));
        m_view->tableView()->selectionModel()->select(
            QItemSelection(m_view->proxyModel()->index(0, 0), m_view->proxyModel()->index(19, 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        FindReplaceDialog dialog(m_view.get());
        dialog.setFindText(u"+45"_s);
        dialog.setReplaceText(u"0045"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.grab().save(u"/tmp/form-findreplace.png"_s);
        dialog.setSelectedRowsOnly(true);
        QVERIFY(dialog.replaceAll());
        dialog.grab().save(u"/tmp/form-findreplace-done.png"_s);
    }
};

QTEST_MAIN(TestFindReplace)
#include "tst_findreplace.moc"
