// The Agents and End users pages of the main window: the Edit menu follows the page, edits are kept
// in the journal from the first keystroke, a journal left by an earlier run is offered back (and
// only restored, discarded or kept as the user chooses), quitting with staged edits asks, a
// journal that cannot be written is said once, and the column and chunk-size choices are
// remembered.
#include "grid/bulkapplier.h"
#include "grid/editjournal.h"
#include "grid/endusergridmodel.h"
#include "grid/gridproxymodel.h"
#include "grid/profilegridview.h"
#include "grid/profilepage.h"
#include "mainwindow.h"
#include "sandboxfixture.h"
#include "scriptedprompts.h"
#include "testworkspace.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

class TestGridPages : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    QString m_journalDir;

    QString firstEndUserId()
    {
        const SandboxFixture::Reply reply = m_sandbox->get(u"/v1/endusers?pageLimit=1"_s);
        return reply.data().toArray().first().toObject().value(u"id"_s).toString();
    }

    static QStringList menuTexts(QMenu *menu)
    {
        QStringList texts;
        for (QAction *action : menu->actions()) {
            if (!action->isSeparator())
                texts.append(action->text());
        }
        return texts;
    }

    // A window on the sandbox with the end-user grid loaded and shown.
    struct Window
    {
        std::unique_ptr<Workspace> workspace;
        std::unique_ptr<MainWindow> window;
        EndUserGridModel *grid() const { return workspace->endUserGrid(); }
    };

    Window openWindow()
    {
        Window opened;
        opened.workspace = makeTestWorkspace(*m_sandbox);
        opened.window = std::make_unique<MainWindow>();
        opened.window->setWorkspace(opened.workspace.get());
        opened.window->show();
        opened.window->showPage(2);
        return opened;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"DixaSupervisorTests"_s);
        QCoreApplication::setApplicationName(u"tst_gridpages"_s);
        m_sandbox = std::make_unique<SandboxFixture>();
        QVERIFY(m_sandbox->isRunning());
        m_journalDir = MainWindow::journalDirectory(true, {}, {});
    }

    void init()
    {
        QSettings().clear();
        QDir(m_journalDir).removeRecursively();
        QFile::remove(m_journalDir); // the blocker of a test that failed half-way
    }

    void journalIsPerOrganization()
    {
        QVERIFY(m_journalDir.endsWith(u"/journal/sandbox"_s));
        const QString acme = MainWindow::journalDirectory(false, u"dev.dixa.io"_s, u"Acme"_s);
        const QString other = MainWindow::journalDirectory(false, u"dev.dixa.io"_s, u"Other"_s);
        QVERIFY(acme != other);
        QVERIFY(!acme.contains(u"Acme"_s));
    }

    void editMenuFollowsThePage()
    {
        ScriptedPrompts prompts;
        Window opened = openWindow();
        QMenu *edit = opened.window->menuBar()->findChild<QMenu *>(u"editMenu"_s);
        QVERIFY(edit);
        opened.window->showPage(0);
        Q_EMIT edit->aboutToShow();
        QCOMPARE(edit->actions().size(), 1);
        QVERIFY(!edit->actions().first()->isEnabled());

        opened.window->showPage(2);
        Q_EMIT edit->aboutToShow();
        const QStringList texts = menuTexts(edit);
        for (const QString &expected : {u"&Paste"_s, u"Fill &down"_s, u"&Find and replace…"_s,
                                        u"&Open record…"_s, u"&Apply"_s, u"&Import CSV…"_s})
            QVERIFY2(texts.contains(expected), qPrintable(texts.join(u" | "_s)));
        // The menu's Undo is the end-user grid's own.
        QCOMPARE(edit->actions().first(), opened.window->endUsersPage()->gridView()->undoAction());
    }

    void editsAreJournaledAndUndoneWithTheKeys()
    {
        ScriptedPrompts prompts;
        Window opened = openWindow();
        QTRY_VERIFY_WITH_TIMEOUT(opened.grid()->rowCount() > 0, 10000);
        ProfileGridView *view = opened.window->endUsersPage()->gridView();
        const int phone = opened.grid()->columnOf(u"phoneNumber"_s);
        const QModelIndex cell = view->proxyModel()->index(0, phone);
        QVERIFY(view->proxyModel()->setData(cell, u"+4570000001"_s));
        const QString id = opened.grid()->idAt(view->proxyModel()->mapToSource(cell).row());
        QCOMPARE(opened.window->journal()->row(u"endUsers"_s, id).value(u"phoneNumber"_s).value,
                 QVariant(u"+4570000001"_s));

        view->tableView()->setFocus();
        QTest::keyClick(view->tableView(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(cell.data().toString(),
                 opened.grid()->originalValue(cell.row(), phone).toString());
        QVERIFY(!opened.window->journal()->hasEntries());
    }

    void pastePastTheLoadedRowsReadsTheRestFirst()
    {
        ScriptedPrompts prompts;
        Window opened = openWindow();
        QTRY_VERIFY_WITH_TIMEOUT(opened.grid()->rowCount() > 0 && !opened.grid()->isLoading(),
                                 10000);
        const int loaded = opened.grid()->rowCount();
        QVERIFY(opened.grid()->canFetchMore({}));
        ProfileGridView *view = opened.window->endUsersPage()->gridView();
        const int phone = opened.grid()->columnOf(u"phoneNumber"_s);
        QStringList lines;
        for (int i = 0; i < loaded + 50; ++i)
            lines.append(u"+4571%1"_s.arg(100000 + i));
        view->tableView()->selectionModel()->setCurrentIndex(view->proxyModel()->index(0, phone),
                                                             QItemSelectionModel::ClearAndSelect);
        view->pasteText(lines.join(u"\n"_s));
        QTRY_COMPARE_WITH_TIMEOUT(opened.grid()->stagedRowCount(), loaded + 50, 15000);
        QVERIFY(opened.grid()->atEnd());
        QCOMPARE(view->undoStack()->count(), 1);

        // At the bottom, the lines with no row left are counted, not silently dropped.
        const int last = view->proxyModel()->rowCount() - 1;
        view->tableView()->selectionModel()->setCurrentIndex(
            view->proxyModel()->index(last - 1, phone), QItemSelectionModel::ClearAndSelect);
        view->pasteText(u"+4572000001\n+4572000002\n+4572000003\n+4572000004"_s);
        auto *summary = view->findChild<QLabel *>(u"applySummary"_s);
        QVERIFY2(summary->text().contains(u"2 pasted lines went past the last row"_s) ||
                     summary->text().contains(u"2 pasted line(s) went past the last row"_s),
                 qPrintable(summary->text()));
        opened.grid()->revertAll();
    }

    void restoresTheJournalOfAnEarlierRun()
    {
        const QString id = firstEndUserId();
        {
            EditJournal earlier(m_journalDir);
            earlier.setRows(u"endUsers"_s,
                            {{id, {{u"phoneNumber"_s, {QString(), u"+4570000002"_s}}}}});
        }
        ScriptedPrompts prompts;
        prompts.choices = {0}; // Restore
        Window opened = openWindow();
        QTRY_COMPARE_WITH_TIMEOUT(prompts.questions.size(), 1, 5000);
        QVERIFY(prompts.questions.first().contains(u"1 end user"_s));
        QTRY_VERIFY_WITH_TIMEOUT(opened.grid()->rowOf(id) >= 0, 10000);
        const int row = opened.grid()->rowOf(id);
        const int phone = opened.grid()->columnOf(u"phoneNumber"_s);
        QVERIFY(opened.grid()->isStaged(row, phone));
        QCOMPARE(opened.grid()->value(row, phone).toString(), u"+4570000002"_s);
    }

    void discardOrKeepForLater()
    {
        const QString id = firstEndUserId();
        for (const int choice : {2, 1}) { // Decide later, then Discard
            if (choice == 2) {
                EditJournal earlier(m_journalDir);
                earlier.setRows(u"endUsers"_s,
                                {{id, {{u"displayName"_s, {QString(), u"Kept for later"_s}}}}});
            }
            ScriptedPrompts prompts;
            prompts.choices = {choice};
            Window opened = openWindow();
            QTRY_COMPARE_WITH_TIMEOUT(prompts.questions.size(), 1, 5000);
            QTRY_VERIFY_WITH_TIMEOUT(opened.grid()->rowOf(id) >= 0, 10000);
            QVERIFY(!opened.grid()->hasStagedEdits());
            EditJournal onDisk(m_journalDir);
            QVERIFY(onDisk.load());
            QCOMPARE(onDisk.hasEntries(), choice == 2);
            prompts.answers = {true}; // nothing staged: closing does not ask
            opened.window->close();
            QCOMPARE(prompts.questions.size(), 1);
        }
    }

    void quittingWithStagedEditsAsks()
    {
        ScriptedPrompts prompts;
        Window opened = openWindow();
        QTRY_VERIFY_WITH_TIMEOUT(opened.grid()->rowCount() > 0, 10000);
        const int name = opened.grid()->columnOf(u"displayName"_s);
        QVERIFY(opened.grid()->setData(opened.grid()->index(0, name), u"Renamed"_s));

        prompts.answers = {false};
        QVERIFY(!opened.window->close());
        QVERIFY(opened.window->isVisible());
        QCOMPARE(prompts.questions.size(), 1);
        QVERIFY(prompts.questions.first().contains(u"offered again at the next start"_s));

        prompts.answers = {true};
        QVERIFY(opened.window->close());
        EditJournal onDisk(m_journalDir);
        QVERIFY(onDisk.load());
        QCOMPARE(onDisk.rowCount(u"endUsers"_s), 1);
    }

    void saysOnceWhenTheJournalCannotBeWritten()
    {
        // A file where the journal's folder should be: every write fails.
        QDir().mkpath(QFileInfo(m_journalDir).path());
        QFile blocker(m_journalDir);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();

        ScriptedPrompts prompts;
        Window opened = openWindow();
        QTRY_VERIFY_WITH_TIMEOUT(opened.grid()->rowCount() > 1, 10000);
        const int name = opened.grid()->columnOf(u"displayName"_s);
        QVERIFY(opened.grid()->setData(opened.grid()->index(0, name), u"One"_s));
        QVERIFY(opened.grid()->setData(opened.grid()->index(1, name), u"Two"_s));
        QCOMPARE(prompts.notices.size(), 1);
        QVERIFY(prompts.notices.first().contains(u"could not be written"_s));

        prompts.answers = {true};
        QVERIFY(opened.window->close());
        QVERIFY2(prompts.questions.last().contains(u"will be lost"_s),
                 qPrintable(prompts.questions.last()));
        QFile::remove(m_journalDir);
    }

    void columnAndChunkChoicesAreRemembered()
    {
        ScriptedPrompts prompts;
        int middle = -1;
        {
            Window opened = openWindow();
            ProfilePage *page = opened.window->endUsersPage();
            middle = page->model()->columnOf(u"middleNames"_s);
            std::unique_ptr<QMenu> menu(page->columnsMenu(nullptr));
            QAction *toggle = menu->actions().at(middle);
            QCOMPARE(toggle->text(), page->model()->column(middle).title);
            toggle->setChecked(false);
            QVERIFY(page->gridView()->tableView()->isColumnHidden(middle));
            auto *chunk = page->gridView()->findChild<QSpinBox *>(u"gridChunkSize"_s);
            QCOMPARE(chunk->value(), BulkApplier::DefaultChunkSize);
            chunk->setValue(40);
            QCOMPARE(page->gridView()->applier()->chunkSize(), 40);
        }
        Window again = openWindow();
        QVERIFY(again.window->endUsersPage()->gridView()->tableView()->isColumnHidden(middle));
        QCOMPARE(again.window->endUsersPage()->gridView()->applier()->chunkSize(), 40);
    }
};

QTEST_MAIN(TestGridPages)
#include "tst_gridpages.moc"
