#include "jobstatuswidget.h"

#include "actionjobdialog.h"
#include "items/actionoutcomemodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

JobStatusWidget::JobStatusWidget(ActionJobDialog *dialog, const QString &runningText,
                                 QWidget *parent)
    : QWidget(parent)
    , m_dialog(dialog)
    , m_runningText(runningText)
    , m_label(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_show(new QToolButton(this))
    , m_dismiss(new QToolButton(this))
{
    setObjectName(u"jobStatus"_s);
    m_label->setObjectName(u"jobStatusText"_s);
    m_show->setObjectName(u"showJob"_s);
    m_show->setText(tr("Show"));
    m_show->setToolTip(tr("Show the job's window with every conversation's outcome"));
    m_dismiss->setObjectName(u"dismissJob"_s);
    m_dismiss->setText(tr("Dismiss"));
    m_progress->setObjectName(u"jobStatusProgress"_s);
    m_progress->setTextVisible(false);
    m_progress->setMaximumSize(80, m_label->sizeHint().height());
    connect(m_show, &QToolButton::clicked, this, &JobStatusWidget::showDialog);
    connect(m_dismiss, &QToolButton::clicked, this, &JobStatusWidget::dismiss);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progress);
    layout->addWidget(m_label);
    layout->addWidget(m_show);
    layout->addWidget(m_dismiss);

    if (dialog) {
        dialog->installEventFilter(this);
        const auto *outcomes = dialog->outcomes();
        connect(outcomes, &ActionOutcomeModel::countsChanged, this, &JobStatusWidget::updateState);
        connect(dialog, &ActionJobDialog::jobFinished, this, &JobStatusWidget::updateState);
        connect(dialog, &QObject::destroyed, this, &JobStatusWidget::updateState);
    }
    updateState();
}

QString JobStatusWidget::text() const
{
    return m_label->text();
}

void JobStatusWidget::showDialog()
{
    if (!m_dialog)
        return;
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

void JobStatusWidget::dismiss()
{
    m_dismissed = true;
    updateState();
    Q_EMIT dismissed();
}

bool JobStatusWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_dialog && (event->type() == QEvent::Show || event->type() == QEvent::Hide))
        updateState();
    return QWidget::eventFilter(watched, event);
}

void JobStatusWidget::updateState()
{
    const bool running = m_dialog && m_dialog->isRunning();
    if (m_dialog) {
        const ActionOutcomeModel *outcomes = m_dialog->outcomes();
        const int total = outcomes->rowCount();
        const int settled = total - outcomes->waitingCount();
        m_progress->setRange(0, qMax(total, 1));
        m_progress->setValue(settled);
        if (running) {
            //: Status bar: what runs, then conversations with an outcome / all of them.
            m_label->setText(tr("%1 %2/%3").arg(m_runningText).arg(settled).arg(total));
        } else {
            const int failed = outcomes->failedCount() + outcomes->cancelledCount();
            m_label->setText(failed == 0 ? tr("%1: all done").arg(m_dialog->heading())
                                         : tr("%1: %2 done, %3 failed")
                                               .arg(m_dialog->heading())
                                               .arg(outcomes->doneCount())
                                               .arg(failed));
        }
    }
    m_label->setToolTip(m_label->text());
    m_dismiss->setVisible(!running);
    m_progress->setVisible(running);
    // A status bar shows what it holds unless told otherwise, so stay hidden until wanted; and
    // never become a window of our own while there is no parent yet.
    const bool wanted = m_dialog && !m_dismissed && !m_dialog->isVisible();
    if (!wanted)
        hide();
    else if (parentWidget())
        show();
}
