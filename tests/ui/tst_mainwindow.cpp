// The start-up window says where it is connected, and says plainly when that is the sandbox.
#include "mainwindow.h"

#include <QLabel>
#include <QTest>

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

    void saysWhyItIsNotConnected()
    {
        MainWindow window;
        window.showConnectionFailed(QStringLiteral("The API key was refused."));
        QVERIFY(window.connectionText().contains(QStringLiteral("The API key was refused.")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
