#include "actionjobdialog.h"

#include "actions/actionjob.h"
#include "items/actionoutcomemodel.h"
#include "outcomefilterproxy.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ActionJobDialog::ActionJobDialog(ActionJob *job, const QString &heading, QWidget *parent)
    : QDialog(parent)
    , m_heading(heading)
    , m_outcomes(new ActionOutcomeModel(this))
    , m_proxy(new OutcomeFilterProxy(this))
{
    setObjectName(u"actionJobDialog"_s);
    setWindowTitle(heading);
    // The point of a job dialog: the supervisor keeps working while it runs.
    setModal(false);
    setWindowModality(Qt::NonModal);
    m_proxy->setOutcomes(m_outcomes);
    buildUi();
    updateMarks();

    connect(m_outcomes, &ActionOutcomeModel::countsChanged, this, &ActionJobDialog::updateState);
    connect(m_outcomes, &ActionOutcomeModel::jobChanged, this, &ActionJobDialog::onJobChanged);
    m_outcomes->setJob(job);
    resize(560, 460);
}

ActionJob *ActionJobDialog::job() const
{
    return m_job;
}

const ActionOutcomeModel *ActionJobDialog::outcomes() const
{
    return m_outcomes;
}

void ActionJobDialog::setConversations(const ConversationListModel *conversations)
{
    m_outcomes->setConversations(conversations);
    if (conversations)
        m_table->setColumnWidth(ActionOutcomeModel::Conversation,
                                m_table->fontMetrics().averageCharWidth() * 36);
}

bool ActionJobDialog::isRunning() const
{
    return m_job && !m_job->isFinished();
}

void ActionJobDialog::setVisible(bool visible)
{
    // QDialog::open() makes a dialog window-modal just before showing it; this one never blocks.
    if (visible && windowModality() != Qt::NonModal)
        setWindowModality(Qt::NonModal);
    QDialog::setVisible(visible);
}

void ActionJobDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateMarks();
}

void ActionJobDialog::buildUi()
{
    m_headingLabel = new QLabel(m_heading, this);
    m_headingLabel->setObjectName(u"heading"_s);
    QFont headingFont = m_headingLabel->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    m_headingLabel->setFont(headingFont);
    m_headingLabel->setWordWrap(true);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"progress"_s);
    m_progress->setAccessibleName(tr("Progress"));
    //: Progress bar text: conversations with an outcome / all conversations of the job.
    m_progress->setFormat(tr("%v/%m"));

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"summary"_s);
    m_status = new QLabel(this);
    m_status->setObjectName(u"status"_s);
    m_status->setWordWrap(true);
    // Room for two lines from the start, so the table does not jump as the text changes.
    m_status->setMinimumHeight(2 * m_status->fontMetrics().lineSpacing());
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_status->setForegroundRole(QPalette::PlaceholderText);

    m_table = new QTableView(this);
    m_table->setObjectName(u"outcomes"_s);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false); // Tab moves on to the buttons
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    // Ids only until subjects come (setConversations()): the outcome gets the room.
    m_table->setColumnWidth(ActionOutcomeModel::Conversation,
                            m_table->fontMetrics().horizontalAdvance(u"000000000"_s) + 16);

    auto *tableLabel = new QLabel(tr("Con&versations:"), this);
    tableLabel->setBuddy(m_table);
    m_failedOnly = new QCheckBox(tr("Show &failed only"), this);
    m_failedOnly->setObjectName(u"failedOnly"_s);
    connect(m_failedOnly, &QCheckBox::toggled, m_proxy, &OutcomeFilterProxy::setFailedOnly);

    m_cancel = new QPushButton(tr("&Cancel"), this);
    m_cancel->setObjectName(u"cancel"_s);
    m_cancel->setToolTip(tr("Send nothing more; conversations not sent yet end as Cancelled"));
    m_retry = new QPushButton(tr("&Retry failed"), this);
    m_retry->setObjectName(u"retryFailed"_s);
    m_retry->setToolTip(tr("Run the action again for the conversations that failed"));
    m_close = new QPushButton(tr("&Close"), this);
    m_close->setObjectName(u"close"_s);
    // Enter must never cancel or retry by accident; it closes once the job has finished.
    for (QPushButton *button : {m_cancel, m_retry, m_close})
        button->setAutoDefault(false);
    connect(m_cancel, &QPushButton::clicked, this, &ActionJobDialog::cancelJob);
    connect(m_retry, &QPushButton::clicked, this, &ActionJobDialog::retryFailed);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);

    auto *tableHeader = new QHBoxLayout;
    tableHeader->addWidget(tableLabel);
    tableHeader->addStretch();
    tableHeader->addWidget(m_failedOnly);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_retry);
    buttons->addStretch();
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headingLabel);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_status);
    layout->addSpacing(4);
    layout->addLayout(tableHeader);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    setTabOrder(m_table, m_failedOnly);
    setTabOrder(m_failedOnly, m_cancel);
    setTabOrder(m_cancel, m_retry);
    setTabOrder(m_retry, m_close);
    m_table->setFocus();
}

void ActionJobDialog::onJobChanged(ActionJob *job)
{
    disconnect(m_finishedConnection);
    m_job = job;
    if (job) {
        m_finishedConnection = connect(job, &ActionJob::finished, this, [this, job] {
            updateState();
            Q_EMIT jobFinished(job);
        });
    }
    updateState();
    if (job && m_outcomes->runCount() > 1)
        Q_EMIT retryStarted(job);
}

void ActionJobDialog::retryFailed()
{
    // The model follows the retry (retryCreated) and tells us through jobChanged().
    if (m_job)
        m_job->retryFailed();
}

void ActionJobDialog::cancelJob()
{
    if (m_job)
        m_job->cancel();
    updateState();
}

void ActionJobDialog::updateState()
{
    const int total = m_outcomes->rowCount();
    const int waiting = m_outcomes->waitingCount();
    m_progress->setRange(0, qMax(total, 1));
    m_progress->setValue(total - waiting);

    const int cancelled = m_outcomes->cancelledCount();
    m_summary->setText(cancelled == 0 ? tr("%1 done, %2 failed, %3 waiting")
                                            .arg(m_outcomes->doneCount())
                                            .arg(m_outcomes->failedCount())
                                            .arg(waiting)
                                      : tr("%1 done, %2 failed, %3 cancelled, %4 waiting")
                                            .arg(m_outcomes->doneCount())
                                            .arg(m_outcomes->failedCount())
                                            .arg(cancelled)
                                            .arg(waiting));
    m_status->setText(statusText());

    const bool running = isRunning();
    m_cancel->setEnabled(running && !m_job->isCancelled());
    m_retry->setEnabled(!running && m_job && !m_job->failedIds().isEmpty());
    // While the job runs, closing hides the window and the job goes on: the button says so.
    m_close->setText(running ? tr("Run in &background") : tr("&Close"));
    m_close->setToolTip(running ? tr("Hide this window; the job keeps running") : QString());
    m_close->setDefault(!running);
}

QString ActionJobDialog::statusText() const
{
    if (!m_job)
        return {};
    const bool retry = m_outcomes->runCount() > 1;
    if (isRunning()) {
        if (m_job->isCancelled())
            return tr("Cancelling: waiting for the calls already sent to finish…");
        if (retry)
            return tr("Retrying the %1 failed conversations… Closing this window keeps the "
                      "retry running in the background.")
                .arg(m_job->total());
        return tr("Working… Closing this window keeps the job running in the background.");
    }
    const int failed = m_outcomes->failedCount();
    const int cancelled = m_outcomes->cancelledCount();
    if (failed == 0 && cancelled == 0)
        return retry ? tr("Finished: the retry succeeded, every conversation is done.")
                     : tr("Finished: every conversation is done.");
    if (failed == 0)
        return tr("Cancelled. Conversations not sent: %1. Retry failed sends them.").arg(cancelled);
    return tr("Finished with failures (%1). Retry failed sends them again.")
        .arg(failed + cancelled);
}

void ActionJobDialog::updateMarks()
{
    // A red that reads on light and dark backgrounds alike.
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    const QColor failed = dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xb7, 0x1c, 0x1c);
    m_proxy->setMarks(failed, palette().color(QPalette::PlaceholderText),
                      style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this),
                      style()->standardIcon(QStyle::SP_DialogApplyButton, nullptr, this));
}
