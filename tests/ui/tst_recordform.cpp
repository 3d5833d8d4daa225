// RecordFormDialog over the end-user grid against the sandbox: the form shows one row, marks the
// required fields from the spec, stages each edit as one step on the grid's own undo stack, shows
// the spec's reason under an invalid field and walks the rows in the grid's order. Also the
// grid's list-cell editor (ListEditor through GridDelegate).
#include "endusergridfixture.h"
#include "grid/bulkapplier.h"
#include "grid/endusergridmodel.h"
#include "grid/gridproxymodel.h"
#include "grid/listeditor.h"
#include "grid/profilegridview.h"
#include "grid/recordformdialog.h"

#include <QApplication>
#include <QDataWidgetMapper>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using GridRoles::RowStatus;

class TestRecordForm : public QObject
{
    Q_OBJECT

private:
    EndUserGridFixture m_grid;

    // The first source row whose `field` list is not empty.
    int rowWithList(const QString &field) const
    {
        for (int row = 0; row < m_grid.model->rowCount(); ++row) {
            if (!m_grid.model->value(row, m_grid.column(field)).toStringList().isEmpty())
                return row;
        }
        return -1;
    }

    static QLabel *labelFor(const QDialog &dialog, const QWidget *editor)
    {
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            if (label->buddy() == editor)
                return label;
        }
        return nullptr;
    }

    static bool showActive(QWidget *widget)
    {
        widget->show();
        widget->activateWindow();
        return QTest::qWaitForWindowActive(widget);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_grid.open());
        QCOMPARE(m_grid.model->rowCount(), 1000);
        QVERIFY(rowWithList(u"additionalEmails"_s) >= 0);
        m_grid.view->resize(1100, 500);
    }

    void cleanup()
    {
        m_grid.model->revertAll();
        m_grid.view->undoStack()->clear();
        m_grid.view->tableView()->sortByColumn(-1, Qt::AscendingOrder);
    }

    void showsTheRowAndMarksRequiredFields()
    {
        const int row = rowWithList(u"additionalEmails"_s);
        RecordFormDialog form(m_grid.view.get(), row);
        QCOMPARE(form.currentSourceRow(), row);
        QCOMPARE(form.mapper()->submitPolicy(), QDataWidgetMapper::AutoSubmit);

        auto *name = qobject_cast<QLineEdit *>(form.editorFor(u"displayName"_s));
        QVERIFY(name);
        QCOMPARE(name->text(),
                 m_grid.model->value(row, m_grid.column(u"displayName"_s)).toString());
        QVERIFY(!name->isReadOnly());
        auto *emails = qobject_cast<ListEditor *>(form.editorFor(u"additionalEmails"_s));
        QVERIFY(emails);
        QCOMPARE(emails->items(),
                 m_grid.model->value(row, m_grid.column(u"additionalEmails"_s)).toStringList());
        auto *id = qobject_cast<QLineEdit *>(form.editorFor(u"id"_s));
        QVERIFY(id);
        QVERIFY(id->isReadOnly());
        QCOMPARE(id->text(), m_grid.model->idAt(row));
        QVERIFY(form.windowTitle().contains(name->text()));

        // Required from the spec: display name yes, phone number no.
        QLabel *nameLabel = labelFor(form, name);
        QVERIFY(nameLabel);
        QVERIFY(nameLabel->text().contains(u'*'));
        QCOMPARE(nameLabel->toolTip(), u"Required"_s);
        QLabel *phoneLabel = labelFor(form, form.editorFor(u"phoneNumber"_s));
        QVERIFY(phoneLabel);
        QVERIFY(!phoneLabel->text().contains(u'*'));
        QVERIFY(!form.errorLabelFor(u"displayName"_s)->isVisibleTo(&form));
        QCOMPARE(form.findChild<QLabel *>(u"formStatus"_s)->text(), u"No staged changes."_s);
    }

    void editingAFieldIsOneStepOnTheGridsStack()
    {
        const int row = 2;
        const int nameColumn = m_grid.column(u"displayName"_s);
        const QString before = m_grid.model->value(row, nameColumn).toString();
        RecordFormDialog form(m_grid.view.get(), row);
        QVERIFY(showActive(&form));
        auto *name = qobject_cast<QLineEdit *>(form.editorFor(u"displayName"_s));
        name->setFocus();
        QTRY_VERIFY(name->hasFocus());
        name->selectAll();
        QTest::keyClicks(name, u"Form Edited"_s);
        QCOMPARE(m_grid.view->undoStack()->count(), 0); // nothing is staged while typing
        QTest::keyClick(name, Qt::Key_Tab);             // leaving the field commits it
        QCOMPARE(m_grid.model->value(row, nameColumn).toString(), u"Form Edited"_s);
        QVERIFY(m_grid.model->index(row, nameColumn).data(GridRoles::CellChangedRole).toBool());
        QCOMPARE(m_grid.view->undoStack()->count(), 1);
        QVERIFY(form.findChild<QLabel *>(u"formStatus"_s)->text().startsWith(u"Edited"_s));
        QVERIFY(form.windowTitle().contains(u"Form Edited"_s));

        // The form's Undo is the grid's stack: it takes the field back.
        auto *undo = form.findChild<QPushButton *>(u"formUndo"_s);
        QVERIFY(undo->isEnabled());
        undo->click();
        QCOMPARE(m_grid.view->undoStack()->count(), 1);
        QCOMPARE(m_grid.view->undoStack()->index(), 0);
        QCOMPARE(name->text(), before);
        QVERIFY(!m_grid.model->hasStagedEdits());
        form.findChild<QPushButton *>(u"formRedo"_s)->click();
        QCOMPARE(name->text(), u"Form Edited"_s);
        QCOMPARE(m_grid.model->stagedRowCount(), 1);
    }

    void editingAListStagesAStringList()
    {
        const int row = rowWithList(u"additionalEmails"_s);
        const int emailsColumn = m_grid.column(u"additionalEmails"_s);
        QStringList emails = m_grid.model->value(row, emailsColumn).toStringList();
        RecordFormDialog form(m_grid.view.get(), row);
        QVERIFY(showActive(&form));
        auto *editor = qobject_cast<ListEditor *>(form.editorFor(u"additionalEmails"_s));
        editor->setFocus();
        QTRY_VERIFY(editor->textEdit()->hasFocus());
        editor->textEdit()->moveCursor(QTextCursor::End);
        // Enter starts a new entry; Ctrl+Enter finishes the edit.
        QTest::keyClick(editor->textEdit(), Qt::Key_Return);
        QTest::keyClicks(editor->textEdit(), u"form.list@example.org"_s);
        QCOMPARE(m_grid.view->undoStack()->count(), 0);
        QTest::keyClick(editor->textEdit(), Qt::Key_Return, Qt::ControlModifier);
        emails.append(u"form.list@example.org"_s);
        const QVariant staged = m_grid.model->index(row, emailsColumn).data(Qt::EditRole);
        QCOMPARE(staged.metaType().id(), QMetaType::QStringList);
        QCOMPARE(staged.toStringList(), emails);
        QVERIFY(m_grid.model->isStaged(row, emailsColumn));
        QCOMPARE(m_grid.view->undoStack()->count(), 1);
        m_grid.view->undoStack()->undo();
        QCOMPARE(editor->items(), emails.mid(0, emails.size() - 1));
    }

    void invalidValueShowsTheReason()
    {
        const int row = rowWithList(u"additionalEmails"_s);
        const int emailsColumn = m_grid.column(u"additionalEmails"_s);
        const QString first = m_grid.model->value(row, emailsColumn).toStringList().constFirst();
        RecordFormDialog form(m_grid.view.get(), row);
        form.resize(560, 720);
        QVERIFY(showActive(&form));
        auto *editor = qobject_cast<ListEditor *>(form.editorFor(u"additionalEmails"_s));
        editor->setFocus();
        QTRY_VERIFY(editor->textEdit()->hasFocus());
        editor->textEdit()->moveCursor(QTextCursor::End);
        QTest::keyClick(editor->textEdit(), Qt::Key_Return);
        QTest::keyClicks(editor->textEdit(), first); // the spec wants each address once
        auto *name = qobject_cast<QLineEdit *>(form.editorFor(u"displayName"_s));
        name->setFocus(); // the focus leaving the list commits it
        QCOMPARE(m_grid.model->rowStatus(row), RowStatus::Invalid);
        QLabel *error = form.errorLabelFor(u"additionalEmails"_s);
        QVERIFY(error->isVisibleTo(&form));
        QVERIFY2(error->text().contains(first), qPrintable(error->text()));
        QCOMPARE(error->text(), m_grid.model->cellError(row, emailsColumn));
        auto *status = form.findChild<QLabel *>(u"formStatus"_s);
        QVERIFY(status->text().startsWith(u"Invalid"_s));

        // A blank required field says so too.
        name->selectAll();
        QTest::keyClick(name, Qt::Key_Delete);
        editor->setFocus();
        QCOMPARE(form.errorLabelFor(u"displayName"_s)->text(), u"is required"_s);
        QVERIFY(form.errorLabelFor(u"displayName"_s)->isVisibleTo(&form));
        QCOMPARE(m_grid.view->undoStack()->count(), 2);
        form.layout()->activate(); // the status line grew: lay out before the picture
        form.grab().save(u"/tmp/form-record.png"_s);

        // Undoing both clears the reasons.
        m_grid.view->undoStack()->undo();
        m_grid.view->undoStack()->undo();
        QVERIFY(!form.errorLabelFor(u"additionalEmails"_s)->isVisibleTo(&form));
        QVERIFY(!form.errorLabelFor(u"displayName"_s)->isVisibleTo(&form));
        QCOMPARE(status->text(), u"No staged changes."_s);
    }

    void nextAndPreviousFollowTheGridsOrder()
    {
        // Sorted by display name, the grid's order is not the source order.
        m_grid.view->tableView()->sortByColumn(m_grid.column(u"displayName"_s), Qt::AscendingOrder);
        const GridProxyModel *proxy = m_grid.view->proxyModel();
        const auto sourceAt = [proxy](int proxyRow) {
            return proxy->mapToSource(proxy->index(proxyRow, 0)).row();
        };
        RecordFormDialog form(m_grid.view.get(), sourceAt(5));
        auto *previous = form.findChild<QPushButton *>(u"formPrevious"_s);
        auto *next = form.findChild<QPushButton *>(u"formNext"_s);
        QVERIFY(previous->isEnabled());
        QVERIFY(next->isEnabled());
        next->click();
        QCOMPARE(form.currentSourceRow(), sourceAt(6));
        QVERIFY(sourceAt(6) != 6 || sourceAt(5) != 5);
        auto *name = qobject_cast<QLineEdit *>(form.editorFor(u"displayName"_s));
        QCOMPARE(name->text(), proxy->index(6, m_grid.column(u"displayName"_s)).data().toString());
        previous->click();
        previous->click();
        QCOMPARE(form.currentSourceRow(), sourceAt(4));

        form.setCurrentSourceRow(sourceAt(0));
        QVERIFY(!previous->isEnabled());
        QCOMPARE(form.findChild<QLabel *>(u"formPosition"_s)->text(),
                 u"1 of %1"_s.arg(proxy->rowCount()));
    }

    void gridListCellOpensAListEditor()
    {
        QTableView *table = m_grid.view->tableView();
        m_grid.view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_grid.view.get()));
        const int row = rowWithList(u"additionalEmails"_s);
        const int emailsColumn = m_grid.column(u"additionalEmails"_s);
        const QModelIndex cell =
            m_grid.view->proxyModel()->mapFromSource(m_grid.model->index(row, emailsColumn));
        const QStringList before = m_grid.model->value(row, emailsColumn).toStringList();
        // Something staged elsewhere, so the grid's Apply (Ctrl+Enter) is live.
        QVERIFY(m_grid.view->proxyModel()->setData(
            m_grid.view->proxyModel()->index(0, m_grid.column(u"phoneNumber"_s)),
            u"+4512345678"_s));
        QVERIFY(m_grid.view->applyAction()->isEnabled());
        table->scrollTo(cell, QAbstractItemView::PositionAtCenter);
        table->setCurrentIndex(cell);
        table->edit(cell);
        auto *editor = table->viewport()->findChild<ListEditor *>();
        QVERIFY(editor);
        QCOMPARE(editor->items(), before);
        QVERIFY(editor->height() >= editor->heightForLines(3));
        QTRY_VERIFY(editor->textEdit()->hasFocus());
        QTest::keyClick(editor->textEdit(), Qt::Key_Return);
        QTest::keyClicks(editor->textEdit(), u"grid.cell@example.org"_s);
        m_grid.view->grab().save(u"/tmp/form-listeditor.png"_s);
        // Ctrl+Enter finishes the edit (and does not trigger the grid's Apply on the way).
        QTest::keyClick(editor->textEdit(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!table->viewport()->findChild<ListEditor *>());
        QCOMPARE(m_grid.model->index(row, emailsColumn).data(Qt::EditRole).toStringList(),
                 before + QStringList{u"grid.cell@example.org"_s});
        QCOMPARE(m_grid.view->undoStack()->count(), 2);
        QVERIFY(!m_grid.view->applier()->isRunning());

        // Escape throws the typing away.
        table->edit(cell);
        editor = table->viewport()->findChild<ListEditor *>();
        QVERIFY(editor);
        QTRY_VERIFY(editor->textEdit()->hasFocus());
        QTest::keyClicks(editor->textEdit(), u"junk"_s);
        QTest::keyClick(editor->textEdit(), Qt::Key_Escape);
        QTRY_VERIFY(!table->viewport()->findChild<ListEditor *>());
        QCOMPARE(m_grid.view->undoStack()->count(), 2);
        QCOMPARE(m_grid.model->value(row, emailsColumn).toStringList(),
                 before + QStringList{u"grid.cell@example.org"_s});

        // The focus leaving commits.
        table->edit(cell);
        editor = table->viewport()->findChild<ListEditor *>();
        QTRY_VERIFY(editor->textEdit()->hasFocus());
        editor->setItems(before);
        m_grid.view->findChild<QLineEdit *>(u"gridFilter"_s)->setFocus();
        QTRY_VERIFY(!table->viewport()->findChild<ListEditor *>());
        QCOMPARE(m_grid.model->value(row, emailsColumn).toStringList(), before);
        QCOMPARE(m_grid.view->undoStack()->count(), 3);

        // Text cells keep the line edit.
        const QModelIndex nameCell = m_grid.view->proxyModel()->mapFromSource(
            m_grid.model->index(row, m_grid.column(u"displayName"_s)));
        table->setCurrentIndex(nameCell);
        table->edit(nameCell);
        QVERIFY(table->viewport()->findChild<QLineEdit *>());
        QVERIFY(!table->viewport()->findChild<ListEditor *>());
        QTest::keyClick(table->viewport()->findChild<QLineEdit *>(), Qt::Key_Escape);
        m_grid.view->hide();
    }
};

QTEST_MAIN(TestRecordForm)
#include "tst_recordform.moc"
