#pragma once

#include <QMainWindow>

class QLabel;

// The console's main window. Until the triage view lands it shows where the console is connected.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);

    void showConnecting(const QString &target, bool sandbox);
    void showConnected(const QString &organizationName, const QString &target, bool sandbox);
    void showConnectionFailed(const QString &message);

    QString connectionText() const;

private:
    void updateTitle(const QString &organizationName);

    QLabel *m_headline = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_badge = nullptr;
    QLabel *m_connection = nullptr;
    bool m_sandbox = false;
};
