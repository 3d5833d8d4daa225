#pragma once

#include <QDialog>
#include <QPointer>
#include <QString>

class ActionJob;
class ActionOutcomeModel;
class ConversationListModel;
class OutcomeFilterProxy;
class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

// Shows one bulk action as it runs: progress, a summary, every conversation's outcome, Cancel,
// and "Retry failed", after which the same dialog follows the retry.
//
// It is not modal: the main window stays usable while the job runs. Closing it (Close, Esc, the
// window's close button) only hides it: a running job keeps running in the background (a
// JobStatusWidget shows it and brings the dialog back), and nothing is cancelled without the
// Cancel button. The owner opens it with open() or show() (both non-modal: open() would
// otherwise make it window-modal) and deletes it when it likes; the jobs are not owned.
class ActionJobDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionJobDialog)

public:
    ActionJobDialog(ActionJob *job, const QString &heading, QWidget *parent = nullptr);

    // The run shown now: the job given, or the latest retry made from it.
    ActionJob *job() const;
    const ActionOutcomeModel *outcomes() const;
    QString heading() const { return m_heading; }
    // Rows then show each conversation's subject as far as the list knows it (optional).
    void setConversations(const ConversationListModel *conversations);
    // Whether the run shown now has not finished yet.
    bool isRunning() const;

    void setVisible(bool visible) override;

Q_SIGNALS:
    // "Retry failed" (or anyone's retryFailed() on the run shown) made `job`; the dialog shows it.
    void retryStarted(ActionJob *job);
    // Every run's end, the first and each retry.
    void jobFinished(ActionJob *job);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void onJobChanged(ActionJob *job);
    void onRunFinished();
    void retryFailed();
    void cancelJob();
    void updateState();
    void updateMarks();
    QString statusText() const;

    QString m_heading;
    ActionOutcomeModel *m_outcomes = nullptr;
    OutcomeFilterProxy *m_proxy = nullptr;
    QPointer<ActionJob> m_job;
    QMetaObject::Connection m_finishedConnection;

    QLabel *m_headingLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_status = nullptr;
    QTableView *m_table = nullptr;
    QCheckBox *m_failedOnly = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_close = nullptr;
};
