#include "mainwindow.h"

#include <QLabel>
#include <QStatusBar>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addStretch();
    m_headline = new QLabel(central);
    m_headline->setAlignment(Qt::AlignCenter);
    QFont headlineFont = m_headline->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.6);
    headlineFont.setBold(true);
    m_headline->setFont(headlineFont);
    m_detail = new QLabel(central);
    m_detail->setAlignment(Qt::AlignCenter);
    m_detail->setWordWrap(true);
    layout->addWidget(m_headline);
    layout->addWidget(m_detail);
    layout->addStretch();
    setCentralWidget(central);

    m_badge = new QLabel(this);
    m_badge->setObjectName(QStringLiteral("sandboxBadge"));
    m_badge->setStyleSheet(QStringLiteral(
        "QLabel { background: #f5b800; color: #1a1a1a; border-radius: 4px; padding: 1px 8px; "
        "font-weight: bold; }"));
    m_badge->setText(tr("Sandbox — demo data"));
    m_badge->hide();
    m_connection = new QLabel(this);
    m_connection->setObjectName(QStringLiteral("connectionStatus"));
    statusBar()->addWidget(m_connection, 1);
    statusBar()->addPermanentWidget(m_badge);

    resize(1100, 700);
    updateTitle(QString());
}

void MainWindow::showConnecting(const QString &target, bool sandbox)
{
    m_sandbox = sandbox;
    m_badge->setVisible(sandbox);
    m_headline->setText(sandbox ? tr("Starting the sandbox…") : tr("Connecting…"));
    m_detail->setText(target);
    m_connection->setText(sandbox ? tr("Starting the embedded sandbox…")
                                  : tr("Connecting to %1…").arg(target));
    updateTitle(QString());
}

void MainWindow::showConnected(const QString &organizationName, const QString &target, bool sandbox)
{
    m_sandbox = sandbox;
    m_badge->setVisible(sandbox);
    m_headline->setText(organizationName);
    m_detail->setText(sandbox ? tr("Connected to the embedded sandbox at %1. The data is a "
                                   "generated demo organisation; nothing you do here reaches "
                                   "Dixa.")
                                    .arg(target)
                              : tr("Connected to %1.").arg(target));
    m_connection->setText(sandbox ? tr("Connected to the sandbox at %1").arg(target)
                                  : tr("Connected to %1").arg(target));
    updateTitle(organizationName);
}

void MainWindow::showConnectionFailed(const QString &message)
{
    m_headline->setText(tr("Not connected"));
    m_detail->setText(message);
    m_connection->setText(tr("Not connected: %1").arg(message));
}

QString MainWindow::connectionText() const
{
    return m_connection->text();
}

void MainWindow::updateTitle(const QString &organizationName)
{
    QString title = tr("Dixa Supervisor");
    if (!organizationName.isEmpty())
        title = tr("%1 — Dixa Supervisor").arg(organizationName);
    if (m_sandbox)
        title = tr("%1 [Sandbox — demo data]").arg(title);
    setWindowTitle(title);
}
