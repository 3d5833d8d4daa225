#pragma once

#include <QPointer>
#include <QString>
#include <QWidget>

class ActionJobDialog;
class QLabel;
class QProgressBar;
class QToolButton;

// A status-bar entry for a bulk job whose dialog was closed: what runs and how far it got
// ("Closing 20 conversations… 12/20"), then how it ended, with a button that brings the dialog
// back. It shows itself only while the dialog is hidden, until dismissed.
class JobStatusWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobStatusWidget)

public:
    // `runningText` says what runs, in the words of a status bar ("Closing 20 conversations…").
    JobStatusWidget(ActionJobDialog *dialog, const QString &runningText, QWidget *parent = nullptr);

    QString text() const;
    bool isDismissed() const { return m_dismissed; }

public Q_SLOTS:
    // Shows the dialog again, in front.
    void showDialog();
    // Hides this entry for good (the job has ended); the owner may then delete it and the dialog.
    void dismiss();

Q_SIGNALS:
    void dismissed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateState();

    QPointer<ActionJobDialog> m_dialog;
    QString m_runningText;
    QLabel *m_label = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_show = nullptr;
    QToolButton *m_dismiss = nullptr;
    bool m_dismissed = false;
};
