// FindReplaceDialog over the end-user grid against the sandbox: the live count matches what the
// model holds (case-sensitive or not, all rows or the selected ones, list cells entry by entry),
// Replace all is one undo step that undo takes back whole, and it is disabled when nothing
// matches.
#include "endusergridfixture.h"
#include "grid/endusergridmodel.h"
#include "grid/findreplacedialog.h"
#include "grid/gridproxymodel.h"
#include "grid/profilegridview.h"

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
    EndUserGridFixture m_grid;

    // Rows (of `rows`, or all) whose `field` contains `text`, counted directly.
    int expected(const QString &field, const QString &text, Qt::CaseSensitivity cs,
                 const QList<int> &rows = {}) const
    {
        int count = 0;
        for (int row = 0; row < m_grid.model->rowCount(); ++row) {
            if (!rows.isEmpty() && !rows.contains(row))
                continue;
            const QVariant value = m_grid.model->value(row, m_grid.column(field));
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
        // Replace all stages hundreds of scattered rows: a proxy tester would take seconds.
        QVERIFY(m_grid.open(EndUserGridFixture::Proxy::Untested));
        QCOMPARE(m_grid.model->rowCount(), 1000);
    }

    void cleanup()
    {
        m_grid.model->revertAll();
        m_grid.view->undoStack()->clear();
        m_grid.view->tableView()->selectionModel()->clear();
    }

    void columnsAreTheEditableOnes()
    {
        // The view's current column is preselected when it is editable.
        QTableView *table = m_grid.view->tableView();
        table->setCurrentIndex(
            m_grid.view->proxyModel()->index(0, m_grid.column(u"phoneNumber"_s)));
        FindReplaceDialog dialog(m_grid.view.get());
        QCOMPARE(dialog.column(), m_grid.column(u"phoneNumber"_s));
        auto *combo = dialog.findChild<QComboBox *>(u"findColumn"_s);
        for (int i = 0; i < combo->count(); ++i)
            QVERIFY(m_grid.model->isEditable(combo->itemData(i).toInt()));
        QCOMPARE(combo->findData(m_grid.column(u"id"_s)), -1);
        QCOMPARE(combo->findData(m_grid.column(u"createdAt"_s)), -1);
        dialog.setColumn(m_grid.column(u"id"_s)); // read-only: ignored
        QCOMPARE(dialog.column(), m_grid.column(u"phoneNumber"_s));
    }

    void countsAndCaseSensitivity()
    {
        FindReplaceDialog dialog(m_grid.view.get());
        dialog.setColumn(m_grid.column(u"displayName"_s));
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
        FindReplaceDialog dialog(m_grid.view.get());
        dialog.setColumn(m_grid.column(u"additionalEmails"_s));
        dialog.setFindText(u"@"_s);
        dialog.setReplaceText(u" at "_s);
        const int lists = expected(u"additionalEmails"_s, u"@"_s, Qt::CaseInsensitive);
        QVERIFY(lists > 0);
        QCOMPARE(dialog.matchCount(), lists);
        QVERIFY(dialog.replaceAll());
        for (int row : m_grid.model->stagedRows()) {
            for (const QString &item :
                 m_grid.model->value(row, m_grid.column(u"additionalEmails"_s)).toStringList())
                QVERIFY(item.contains(u" at "_s));
        }
    }

    void onlyTheSelectedRows()
    {
        QTableView *table = m_grid.view->tableView();
        FindReplaceDialog dialog(m_grid.view.get());
        auto *selectedOnly = dialog.findChild<QCheckBox *>(u"selectedRowsOnly"_s);
        QVERIFY(!selectedOnly->isEnabled()); // nothing selected
        const QModelIndex top = m_grid.view->proxyModel()->index(0, 0);
        const QModelIndex bottom = m_grid.view->proxyModel()->index(39, 0);
        table->selectionModel()->select(QItemSelection(top, bottom),
                                        QItemSelectionModel::ClearAndSelect |
                                            QItemSelectionModel::Rows);
        QVERIFY(selectedOnly->isEnabled());
        dialog.setColumn(m_grid.column(u"displayName"_s));
        dialog.setFindText(u"e"_s);
        dialog.setReplaceText(u"E"_s);
        dialog.setMatchCase(true);
        dialog.setSelectedRowsOnly(true);
        const QList<int> rows = m_grid.view->selectedSourceRows();
        QCOMPARE(rows.size(), 40);
        const int inSelection = expected(u"displayName"_s, u"e"_s, Qt::CaseSensitive, rows);
        QVERIFY(inSelection > 0);
        QCOMPARE(dialog.matchCount(), inSelection);
        QVERIFY(dialog.matchCount() < expected(u"displayName"_s, u"e"_s, Qt::CaseSensitive));
        QVERIFY(dialog.replaceAll());
        for (int row : m_grid.model->stagedRows())
            QVERIFY(rows.contains(row));
        QCOMPARE(m_grid.model->stagedRowCount(), inSelection);

        table->selectionModel()->clear();
        table->setCurrentIndex({});
        QVERIFY(!selectedOnly->isEnabled());
        QVERIFY(!selectedOnly->isChecked());
    }

    void replaceAllIsOneUndoStep()
    {
        FindReplaceDialog dialog(m_grid.view.get());
        dialog.setColumn(m_grid.column(u"displayName"_s));
        dialog.setFindText(u"an"_s);
        dialog.setReplaceText(u"ÄN"_s);
        const int matches = dialog.matchCount();
        QVERIFY(matches > 10);
        QVERIFY(dialog.replaceAll());
        QCOMPARE(m_grid.view->undoStack()->count(), 1);
        QVERIFY(m_grid.view->undoStack()->undoText().contains(u"an"_s));
        QCOMPARE(m_grid.model->stagedRowCount(), matches);
        QCOMPARE(dialog.findChild<QLabel *>(u"replaceResultLabel"_s)->text(),
                 u"Replaced in %1 cells."_s.arg(matches));
        // Everything was replaced: nothing left to match, and the dialog stays usable.
        QCOMPARE(dialog.matchCount(), 0);
        QVERIFY(!replaceButton(dialog)->isEnabled());
        QCOMPARE(countLabel(dialog)->text(), u"No cells match."_s);
        QVERIFY(!dialog.replaceAll());
        QCOMPARE(m_grid.view->undoStack()->count(), 1);

        m_grid.view->undoStack()->undo();
        QVERIFY(!m_grid.model->hasStagedEdits());
        // The grid changed under the dialog: it counts again on its own.
        QTRY_VERIFY(replaceButton(dialog)->isEnabled());
        QCOMPARE(dialog.matchCount(), matches);
        QCOMPARE(countLabel(dialog)->text(), u"%1 cells match."_s.arg(matches));
    }

    void disabledWhenNothingMatches()
    {
        FindReplaceDialog dialog(m_grid.view.get());
        dialog.setColumn(m_grid.column(u"displayName"_s));
        dialog.setFindText(u"zz-no-such-text-qq"_s);
        dialog.setReplaceText(u"x"_s);
        QCOMPARE(dialog.matchCount(), 0);
        QVERIFY(!replaceButton(dialog)->isEnabled());
        QCOMPARE(countLabel(dialog)->text(), u"No cells match."_s);
        QVERIFY(!dialog.replaceAll());
        QCOMPARE(m_grid.view->undoStack()->count(), 0);
    }

    void screenshot()
    {
        m_grid.view->tableView()->setCurrentIndex(
            m_grid.view->proxyModel()->index(0, m_grid.column(u"phoneNumber"_s)));
        m_grid.view->tableView()->selectionModel()->select(
            QItemSelection(m_grid.view->proxyModel()->index(0, 0),
                           m_grid.view->proxyModel()->index(19, 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        FindReplaceDialog dialog(m_grid.view.get());
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
