// ProfileGridView over the end-user grid against the sandbox: typing, paste, fill down and delete
// are each one undo step; Apply with injected per-item failures leaves exactly the failed rows
// staged with the server's message, and Retry failed clears them.
#include "grid/bulkapplier.h"
#include "grid/endusergridmodel.h"
#include "grid/gridproxymodel.h"
#include "grid/profilegridview.h"
#include "testworkspace.h"

#include <QAbstractItemModelTester>
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
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<EndUserGridModel> m_model;
    std::unique_ptr<ProfileGridView> m_view;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    int m_serial = 0;

    QString newPhone() { return u"+99971%1"_s.arg(100000 + m_serial++); }
    int phoneColumn() const { return m_model->columnOf(u"phoneNumber"_s); }
    QModelIndex cell(int row, int column) const { return m_view->proxyModel()->index(row, column); }

    // Selects the proxy rectangle from (top, column) to (bottom, column).
    void selectColumn(int top, int bottom, int column)
    {
        QItemSelectionModel *selection = m_view->tableView()->selectionModel();
        selection->setCurrentIndex(cell(top, column), QItemSelectionModel::NoUpdate);
        selection->select(QItemSelection(cell(top, column), cell(bottom, column)),
                          QItemSelectionModel::ClearAndSelect);
    }

    int sourceRow(int proxyRow) const
    {
        return m_view->proxyModel()->mapToSource(cell(proxyRow, 0)).row();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxFixture>();
        QVERIFY(m_sandbox->isRunning());
        m_ws = makeTestWorkspace(*m_sandbox);
        m_model = std::make_unique<EndUserGridModel>(m_ws->api(), m_ws->spec());
        m_model->setPageLimit(500);
        m_view = std::make_unique<ProfileGridView>(m_model.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_view->proxyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->loadAll();
        QTRY_VERIFY_WITH_TIMEOUT(m_model->atEnd(), 30000);
        QCOMPARE(m_model->rowCount(), 1000);
        m_view->resize(1100, 500);
        m_view->show();
    }

    void cleanup()
    {
        m_model->revertAll();
        m_view->undoStack()->clear();
        m_view->tableView()->selectionModel()->clear();
    }

    void editUndoRedo()
    {
        const int column = m_model->columnOf(u"displayName"_s);
        const QModelIndex index = cell(3, column);
        const QString before = index.data().toString();
        QVERIFY(m_view->proxyModel()->setData(index, u"Astrid Undo"_s));
        QCOMPARE(m_view->undoStack()->count(), 1);
        QVERIFY(index.data(GridRoles::CellChangedRole).toBool());
        QCOMPARE(index.data(GridRoles::RowStatusRole).toInt(), int(RowStatus::Edited));
        QCOMPARE(m_view->proxyModel()->headerData(3, Qt::Vertical).toString(), u"edited"_s);
        m_view->tableView()->setCurrentIndex(index);
        QVERIFY(m_view->undoAction()->isEnabled());
        m_view->undoAction()->trigger();
        QCOMPARE(index.data().toString(), before);
        QVERIFY(!m_model->hasStagedEdits());
        m_view->redoAction()->trigger();
        QCOMPARE(index.data().toString(), u"Astrid Undo"_s);
        QCOMPARE(m_model->stagedRowCount(), 1);
        QCOMPARE(m_view->undoAction()->shortcut(), QKeySequence(QKeySequence::Undo));
        QCOMPARE(m_view->redoAction()->shortcut(), QKeySequence(QKeySequence::Redo));
        QVERIFY(m_view->proxyModel()->headerData(0, Qt::Horizontal).toString().endsWith(u'*'));
    }

    void pasteTwoHundredPhonesIsOneStep()
    {
        QStringList phones;
        for (int i = 0; i < 200; ++i)
            phones.append(newPhone());
        QApplication::clipboard()->setText(phones.join(u"\r\n"_s));
        selectColumn(10, 10, phoneColumn());
        m_view->paste();
        QCOMPARE(m_view->undoStack()->count(), 1);
        QCOMPARE(m_model->stagedRowCount(), 200);
        for (int i = 0; i < 200; ++i)
            QCOMPARE(m_model->value(sourceRow(10 + i), phoneColumn()).toString(), phones.at(i));
        m_view->undoStack()->undo();
        QVERIFY(!m_model->hasStagedEdits());
        m_view->undoStack()->redo();
        QCOMPARE(m_model->stagedRowCount(), 200);
    }

    void fillDown()
    {
        const QString phone = newPhone();
        QVERIFY(m_view->proxyModel()->setData(cell(20, phoneColumn()), phone));
        selectColumn(20, 24, phoneColumn());
        m_view->fillDown();
        QCOMPARE(m_view->undoStack()->count(), 2);
        for (int row = 20; row <= 24; ++row)
            QCOMPARE(cell(row, phoneColumn()).data().toString(), phone);
        m_view->undoStack()->undo();
        QCOMPARE(m_model->stagedRowCount(), 1);
    }

    void deleteClearsAnOptionalField()
    {
        int row = 0;
        while (cell(row, phoneColumn()).data().toString().isEmpty())
            ++row;
        const int name = m_model->columnOf(u"displayName"_s);
        QItemSelectionModel *selection = m_view->tableView()->selectionModel();
        selection->setCurrentIndex(cell(row, name), QItemSelectionModel::NoUpdate);
        selection->select(QItemSelection(cell(row, qMin(name, phoneColumn())),
                                         cell(row, qMax(name, phoneColumn()))),
                          QItemSelectionModel::ClearAndSelect);
        const QString displayName = cell(row, name).data().toString();
        m_view->clearSelected();
        QCOMPARE(m_view->undoStack()->count(), 1);
        QVERIFY(cell(row, phoneColumn()).data().toString().isEmpty());
        QCOMPARE(cell(row, name).data().toString(), displayName); // required: left alone
        m_view->undoStack()->undo();
        QVERIFY(!cell(row, phoneColumn()).data().toString().isEmpty());
    }

    void applyWithFailuresThenRetry()
    {
        QStringList phones;
        for (int i = 0; i < 100; ++i)
            phones.append(newPhone());
        selectColumn(300, 300, phoneColumn());
        m_view->pasteText(phones.join(u"\n"_s));
        QVERIFY(m_view->proxyModel()->setData(cell(300, m_model->columnOf(u"displayName"_s)),
                                              u"Mid Edit"_s));
        m_view->grab().save(u"/tmp/grid-midedit.png"_s);
        QCOMPARE(m_model->stagedRowCount(), 100);
        QVERIFY(m_sandbox->setFaults(QJsonObject{{u"bulkFailureRate"_s, 0.1}, {u"seed"_s, 5}}));
        QSignalSpy finished(m_view->applier(), &BulkApplier::finished);
        QVERIFY(m_view->applyAction()->isEnabled());
        QVERIFY(m_view->apply());
        QVERIFY(finished.wait(20000));
        const BulkApplier::Summary summary = m_view->applier()->summary();
        QVERIFY(summary.failed > 0);
        QCOMPARE(summary.succeeded + summary.failed, 100);
        QCOMPARE(m_model->stagedRowCount(), summary.failed);
        for (int row : m_model->stagedRows()) {
            QCOMPARE(m_model->rowStatus(row), RowStatus::Failed);
            QVERIFY(!m_model->rowMessage(row).isEmpty());
        }
        auto *label = m_view->findChild<QLabel *>(u"applySummary"_s);
        QVERIFY(label->text().contains(u"%1 failed"_s.arg(summary.failed)));
        QVERIFY(m_view->retryAction()->isEnabled());
        QVERIFY(m_view->undoStack()->count() > 0); // failed rows remain staged: keep the steps
        m_view->tableView()->scrollTo(cell(300, 0), QAbstractItemView::PositionAtTop);
        m_view->grab().save(u"/tmp/grid-failed.png"_s);

        QCOMPARE(m_sandbox->del(u"/_sandbox/faults"_s).status, 204);
        finished.clear();
        QVERIFY(m_view->retryFailed());
        QVERIFY(finished.wait(20000));
        QVERIFY(!m_model->hasStagedEdits());
        QCOMPARE(m_view->undoStack()->count(), 0);
        QVERIFY(!m_view->retryAction()->isEnabled());
    }
};

QTEST_MAIN(TestGridView)
#include "tst_gridview.moc"
