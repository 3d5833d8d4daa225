// ProfileGridView over the end-user grid against the sandbox: typing, paste, fill down and delete
// are each one undo step; Apply with injected per-item failures leaves exactly the failed rows
// staged with the server's message, and Retry failed clears them.
#include "endusergridfixture.h"
#include "grid/bulkapplier.h"
#include "grid/endusergridmodel.h"
#include "grid/gridproxymodel.h"
#include "grid/profilegridview.h"

#include <QApplication>
#include <QClipboard>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using GridRoles::RowStatus;

class TestGridView : public QObject
{
    Q_OBJECT

private:
    EndUserGridFixture m_grid;
    int m_serial = 0;

    QString newPhone() { return u"+99971%1"_s.arg(100000 + m_serial++); }
    int phoneColumn() const { return m_grid.column(u"phoneNumber"_s); }
    QModelIndex cell(int row, int column) const
    {
        return m_grid.view->proxyModel()->index(row, column);
    }

    // Selects the proxy rectangle from (top, column) to (bottom, column).
    void selectColumn(int top, int bottom, int column)
    {
        QItemSelectionModel *selection = m_grid.view->tableView()->selectionModel();
        selection->setCurrentIndex(cell(top, column), QItemSelectionModel::NoUpdate);
        selection->select(QItemSelection(cell(top, column), cell(bottom, column)),
                          QItemSelectionModel::ClearAndSelect);
    }

    int sourceRow(int proxyRow) const
    {
        return m_grid.view->proxyModel()->mapToSource(cell(proxyRow, 0)).row();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_grid.open());
        QCOMPARE(m_grid.model->rowCount(), 1000);
        m_grid.view->resize(1100, 500);
        m_grid.view->show();
    }

    void cleanup()
    {
        m_grid.model->revertAll();
        m_grid.view->undoStack()->clear();
        m_grid.view->tableView()->selectionModel()->clear();
    }

    void editUndoRedo()
    {
        const int column = m_grid.column(u"displayName"_s);
        const QModelIndex index = cell(3, column);
        const QString before = index.data().toString();
        QVERIFY(m_grid.view->proxyModel()->setData(index, u"Astrid Undo"_s));
        QCOMPARE(m_grid.view->undoStack()->count(), 1);
        QVERIFY(index.data(GridRoles::CellChangedRole).toBool());
        QCOMPARE(index.data(GridRoles::RowStatusRole).toInt(), int(RowStatus::Edited));
        QCOMPARE(m_grid.view->proxyModel()->headerData(3, Qt::Vertical).toString(), u"edited"_s);
        m_grid.view->tableView()->setCurrentIndex(index);
        QVERIFY(m_grid.view->undoAction()->isEnabled());
        m_grid.view->undoAction()->trigger();
        QCOMPARE(index.data().toString(), before);
        QVERIFY(!m_grid.model->hasStagedEdits());
        m_grid.view->redoAction()->trigger();
        QCOMPARE(index.data().toString(), u"Astrid Undo"_s);
        QCOMPARE(m_grid.model->stagedRowCount(), 1);
        QCOMPARE(m_grid.view->undoAction()->shortcut(), QKeySequence(QKeySequence::Undo));
        QCOMPARE(m_grid.view->redoAction()->shortcut(), QKeySequence(QKeySequence::Redo));
        QVERIFY(m_grid.view->proxyModel()->headerData(0, Qt::Horizontal).toString().endsWith(u'*'));
    }

    void pasteTwoHundredPhonesIsOneStep()
    {
        QStringList phones;
        for (int i = 0; i < 200; ++i)
            phones.append(newPhone());
        QApplication::clipboard()->setText(phones.join(u"\r\n"_s));
        selectColumn(10, 10, phoneColumn());
        m_grid.view->paste();
        QCOMPARE(m_grid.view->undoStack()->count(), 1);
        QCOMPARE(m_grid.model->stagedRowCount(), 200);
        for (int i = 0; i < 200; ++i)
            QCOMPARE(m_grid.model->value(sourceRow(10 + i), phoneColumn()).toString(),
                     phones.at(i));
        m_grid.view->undoStack()->undo();
        QVERIFY(!m_grid.model->hasStagedEdits());
        m_grid.view->undoStack()->redo();
        QCOMPARE(m_grid.model->stagedRowCount(), 200);
    }

    void fillDown()
    {
        const QString phone = newPhone();
        QVERIFY(m_grid.view->proxyModel()->setData(cell(20, phoneColumn()), phone));
        selectColumn(20, 24, phoneColumn());
        m_grid.view->fillDown();
        QCOMPARE(m_grid.view->undoStack()->count(), 2);
        for (int row = 20; row <= 24; ++row)
            QCOMPARE(cell(row, phoneColumn()).data().toString(), phone);
        m_grid.view->undoStack()->undo();
        QCOMPARE(m_grid.model->stagedRowCount(), 1);
    }

    void deleteClearsAnOptionalField()
    {
        int row = 0;
        while (cell(row, phoneColumn()).data().toString().isEmpty())
            ++row;
        const int name = m_grid.column(u"displayName"_s);
        QItemSelectionModel *selection = m_grid.view->tableView()->selectionModel();
        selection->setCurrentIndex(cell(row, name), QItemSelectionModel::NoUpdate);
        selection->select(QItemSelection(cell(row, qMin(name, phoneColumn())),
                                         cell(row, qMax(name, phoneColumn()))),
                          QItemSelectionModel::ClearAndSelect);
        const QString displayName = cell(row, name).data().toString();
        m_grid.view->clearSelected();
        QCOMPARE(m_grid.view->undoStack()->count(), 1);
        QVERIFY(cell(row, phoneColumn()).data().toString().isEmpty());
        QCOMPARE(cell(row, name).data().toString(), displayName); // required: left alone
        m_grid.view->undoStack()->undo();
        QVERIFY(!cell(row, phoneColumn()).data().toString().isEmpty());
    }

    void applyWithFailuresThenRetry()
    {
        QStringList phones;
        for (int i = 0; i < 100; ++i)
            phones.append(newPhone());
        selectColumn(300, 300, phoneColumn());
        m_grid.view->pasteText(phones.join(u"\n"_s));
        QVERIFY(m_grid.view->proxyModel()->setData(cell(300, m_grid.column(u"displayName"_s)),
                                                   u"Mid Edit"_s));
        m_grid.view->grab().save(u"/tmp/grid-midedit.png"_s);
        QCOMPARE(m_grid.model->stagedRowCount(), 100);
        QVERIFY(
            m_grid.sandbox->setFaults(QJsonObject{{u"bulkFailureRate"_s, 0.1}, {u"seed"_s, 5}}));
        QSignalSpy finished(m_grid.view->applier(), &BulkApplier::finished);
        QVERIFY(m_grid.view->applyAction()->isEnabled());
        QVERIFY(m_grid.view->apply());
        QVERIFY(finished.wait(20000));
        const BulkApplier::Summary summary = m_grid.view->applier()->summary();
        QVERIFY(summary.failed > 0);
        QCOMPARE(summary.succeeded + summary.failed, 100);
        QCOMPARE(m_grid.model->stagedRowCount(), summary.failed);
        for (int row : m_grid.model->stagedRows()) {
            QCOMPARE(m_grid.model->rowStatus(row), RowStatus::Failed);
            QVERIFY(!m_grid.model->rowMessage(row).isEmpty());
        }
        auto *label = m_grid.view->findChild<QLabel *>(u"applySummary"_s);
        QVERIFY(label->text().contains(u"%1 failed"_s.arg(summary.failed)));
        QVERIFY(m_grid.view->retryAction()->isEnabled());
        QVERIFY(m_grid.view->undoStack()->count() > 0); // failed rows remain staged: keep the steps
        m_grid.view->tableView()->scrollTo(cell(300, 0), QAbstractItemView::PositionAtTop);
        m_grid.view->grab().save(u"/tmp/grid-failed.png"_s);

        QCOMPARE(m_grid.sandbox->del(u"/_sandbox/faults"_s).status, 204);
        finished.clear();
        QVERIFY(m_grid.view->retryFailed());
        QVERIFY(finished.wait(20000));
        QVERIFY(!m_grid.model->hasStagedEdits());
        QCOMPARE(m_grid.view->undoStack()->count(), 0);
        QVERIFY(!m_grid.view->retryAction()->isEnabled());
    }
};

QTEST_MAIN(TestGridView)
#include "tst_gridview.moc"
