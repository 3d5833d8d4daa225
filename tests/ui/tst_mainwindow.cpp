// The start-up window says where it is connected, and says plainly when that is the sandbox.
#include "common/shortcutsdialog.h"
#include "grid/profilegridview.h"
#include "grid/profilepage.h"
#include "items/actionoutcomemodel.h"
#include "items/conversationlistmodel.h"
#include "jobs/actionjobdialog.h"
#include "jobs/jobstatuswidget.h"
#include "mainwindow.h"
#include "sandboxfixture.h"
#include "testworkspace.h"
#include "triage/conversationactioncontroller.h"
#include "triage/conversationtable.h"
#include "triage/triageview.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void marksTheSandbox()
    {
        MainWindow window;
        window.showConnecting(QString(), true);
        auto *badge = window.findChild<QLabel *>(QStringLiteral("sandboxBadge"));
        QVERIFY(badge);
        QVERIFY(!badge->isHidden());
        QCOMPARE(badge->text(), QStringLiteral("Sandbox — demo data"));

        window.showConnected(QStringLiteral("Nordlys Retail"),
                             QStringLiteral("http://127.0.0.1:4242"), true);
        QVERIFY(window.windowTitle().contains(QStringLiteral("Nordlys Retail")));
        QVERIFY(window.windowTitle().contains(QStringLiteral("Sandbox — demo data")));
        QCOMPARE(window.connectionText(),
                 QStringLiteral("Connected to the sandbox at http://127.0.0.1:4242"));
    }

    void hidesTheBadgeForARealOrganization()
    {
        MainWindow window;
        window.showConnected(QStringLiteral("Acme"), QStringLiteral("https://dev.dixa.io"), false);
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("sandboxBadge"))->isHidden());
        QVERIFY(!window.windowTitle().contains(QStringLiteral("Sandbox")));
        QCOMPARE(window.connectionText(), QStringLiteral("Connected to https://dev.dixa.io"));
    }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"DixaSupervisorTests"_s);
        QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
        QSettings().clear();
    }

    void connectedWindowHasNavigationMenusAndShortcuts()
    {
        SandboxFixture sandbox;
        auto workspace = makeTestWorkspace(sandbox);
        MainWindow window;
        window.setWorkspace(workspace.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *navigation = window.findChild<QListWidget *>(u"navigation"_s);
        QVERIFY(navigation);
        QCOMPARE(navigation->count(), 3);
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QVERIFY(window.agentsPage()->isVisible());
        // The conversation keys rest while the conversations are out of sight.
        QVERIFY(!window.triageView()->actions()->closeAction()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(
            window.agentsPage()->gridView()->tableView()->model()->rowCount() > 5, 10000);
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QVERIFY(window.endUsersPage()->isVisible());
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QVERIFY(window.triageView()->isVisible());

        const QStringList lines = ShortcutsDialog::lines(window.shortcutActions());
        for (const QString &expected :
             {u"Claim…\tC"_s, u"Close\tE"_s, u"Reopen\tO"_s, u"Transfer…\tT"_s, u"Tag…\tL"_s,
              u"Add internal note…\tN"_s, u"Reply…\tR"_s, u"Refresh\tF5"_s})
            QVERIFY2(lines.contains(expected), qPrintable(lines.join(u" | "_s)));
        QTest::keyClick(&window, Qt::Key_F1);
        auto *help = window.findChild<ShortcutsDialog *>();
        QVERIFY(help);
        QCOMPARE(help->table()->rowCount(), lines.size());
    }

    void bulkJobsShowAProgressWindowAndAStatusBarEntry()
    {
        SandboxFixture sandbox;
        auto workspace = makeTestWorkspace(sandbox);
        workspace->conversations()->setPageLimit(10);
        MainWindow window;
        window.setWorkspace(workspace.get());
        ConversationListModel *list = workspace->conversations();
        QTRY_VERIFY_WITH_TIMEOUT(list->rowCount() >= 3 && !list->isLoading(), 15000);
        const QList<qint64> ids{list->row(0).id, list->row(1).id, list->row(2).id};
        window.triageView()->table()->selectConversations(ids);
        window.triageView()->actions()->reopenAction()->trigger();
        auto *dialog =
            qobject_cast<ActionJobDialog *>(window.triageView()->actions()->openDialog());
        QVERIFY(dialog);
        QVERIFY(!dialog->isModal());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 10000);
        QCOMPARE(dialog->outcomes()->rowCount(), 3);
        QVERIFY(window.statusBar()->findChild<JobStatusWidget *>());
        dialog->reject(); // finished and closed: the window and its status entry go
        QTRY_VERIFY(!window.triageView()->actions()->openDialog());
        QTRY_VERIFY(!window.statusBar()->findChild<JobStatusWidget *>());
    }

    void saysWhyItIsNotConnected()
    {
        MainWindow window;
        window.showConnectionFailed(QStringLiteral("The API key was refused."));
        QVERIFY(window.connectionText().contains(QStringLiteral("The API key was refused.")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
