// ActionJobDialog and JobStatusWidget against the in-process sandbox: a bulk close of 20 open
// conversations with injected server errors shows 20 outcomes, and "Retry failed" finishes the
// job in the same dialog; Cancel stops what was not sent while the window stays responsive;
// closing a running job's dialog keeps the job and the status bar brings the dialog back.
#include "actions/actionjob.h"
#include "items/actionoutcomemodel.h"
#include "items/conversationlistmodel.h"
#include "items/itemroles.h"
#include "jobs/actionjobdialog.h"
#include "jobs/jobstatuswidget.h"
#include "sandboxfixture.h"
#include "testworkspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QIcon>
#include <QJsonArray>
#include <QLabel>
#include <QMainWindow>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {
using State = ActionOutcomeModel::RowState;

const QString ServerErrorMessage =
    u"There was an internal server error while processing the request"_s;

template<typename T>
T *child(const QWidget &parent, const QString &name)
{
    return parent.findChild<T *>(name);
}

QList<qint64> viewIds(const QTableView &table)
{
    QList<qint64> ids;
    const QAbstractItemModel *model = table.model();
    for (int row = 0; row < model->rowCount(); ++row)
        ids.append(model->index(row, 0).data(ItemRoles::ConversationIdRole).toLongLong());
    return ids;
}

// Screenshots for people to look at, when DIXA_SCREENSHOT_DIR names a folder.
void grab(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("DIXA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    // As a person would see it: after the layout caught up with the last change.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    widget.grab().save(u"%1/%2.png"_s.arg(dir, name));
}
} // namespace

class TestActionJobDialog : public QObject
{
    Q_OBJECT

private:
    SandboxFixture m_sandbox;
    std::unique_ptr<Workspace> m_ws;
    QSet<qint64> m_used;

    // Open conversations of the demo organisation no earlier test has acted on.
    QList<qint64> openConversations(int count)
    {
        const QJsonObject status{
            {u"_type"_s, u"Status"_s},
            {u"operator"_s,
             QJsonObject{{u"_type"_s, u"IsOneOf"_s}, {u"values"_s, QJsonArray{u"open"_s}}}}};
        const QJsonObject search{
            {u"filters"_s,
             QJsonObject{{u"strategy"_s, u"All"_s},
                         {u"conditions"_s, QJsonArray{QJsonObject{{u"field"_s, status}}}}}}};
        const auto found = m_sandbox.send("POST", u"/v1/search/conversations?pageLimit=100"_s,
                                          SandboxFixture::toJson(search));
        QList<qint64> ids;
        for (const QJsonValue &hit : found.data().toArray()) {
            const qint64 id = hit[u"id"_s].toInteger();
            if (ids.size() < count && !m_used.contains(id)) {
                ids.append(id);
                m_used.insert(id);
            }
        }
        return ids;
    }

    QString state(qint64 id)
    {
        return m_sandbox.get(u"/v1/conversations/%1"_s.arg(id)).data()[u"state"_s].toString();
    }

    int closeRequests(qint64 id)
    {
        int count = 0;
        for (const QJsonValue &entry : m_sandbox.requestLog()) {
            if (entry[u"method"_s].toString() == u"PUT"_s &&
                entry[u"path"_s].toString() == u"/v1/conversations/%1/close"_s.arg(id))
                ++count;
        }
        return count;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ActionOutcome>();
        qRegisterMetaType<ActionJob *>();
        QVERIFY(m_sandbox.isRunning());
        m_ws = makeTestWorkspace(m_sandbox);
    }

    void init()
    {
        QCOMPARE(m_sandbox.del(u"/_sandbox/faults"_s).status, 204);
        m_sandbox.clearRequestLog();
    }

    void bulkCloseWithFailuresThenRetry()
    {
        const QList<qint64> ids = openConversations(20);
        QCOMPARE(ids.size(), 20);
        const QList<qint64> failing{ids.at(2), ids.at(7), ids.at(11), ids.at(18)};
        // The client retries a PUT on 5xx: each fault outlasts every attempt. A little latency
        // lets the test see the job half-way.
        QJsonArray script;
        for (const qint64 id : failing)
            script.append(QJsonObject{{u"kind"_s, u"server-error"_s},
                                      {u"method"_s, u"PUT"_s},
                                      {u"path"_s, u"/conversations/%1/close"_s.arg(id)},
                                      {u"count"_s, m_ws->client().options().maxRetries + 1}});
        QVERIFY(m_sandbox.setFaults(QJsonObject{{u"script"_s, script}, {u"latencyMs"_s, 15}}));

        // The subjects come from the conversation list, as in the triage window.
        ConversationListModel list(m_ws->api());
        for (const qint64 id : ids) {
            ConversationRow row;
            row.id = id;
            row.subject =
                m_sandbox.get(u"/v1/conversations/%1"_s.arg(id)).data()[u"subject"_s].toString();
            list.appendRows({row});
        }

        ActionJob *job = m_ws->actions().close(ids);
        ActionJobDialog dialog(job, u"Close 20 conversations"_s);
        dialog.setConversations(&list);
        auto *table = child<QTableView>(dialog, u"outcomes"_s);
        auto *progress = child<QProgressBar>(dialog, u"progress"_s);
        auto *summary = child<QLabel>(dialog, u"summary"_s);
        auto *retryButton = child<QPushButton>(dialog, u"retryFailed"_s);
        auto *cancelButton = child<QPushButton>(dialog, u"cancel"_s);
        auto *failedOnly = child<QCheckBox>(dialog, u"failedOnly"_s);
        QVERIFY(table && progress && summary && retryButton && cancelButton && failedOnly);
        QAbstractItemModelTester tester(table->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(&dialog, &ActionJobDialog::jobFinished);
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(QApplication::activeModalWidget(), nullptr); // the main window stays usable
        QCOMPARE(dialog.windowTitle(), u"Close 20 conversations"_s);
        QCOMPARE(child<QLabel>(dialog, u"heading"_s)->text(), u"Close 20 conversations"_s);
        QCOMPARE(progress->maximum(), 20);
        QCOMPARE(table->model()->rowCount(), 20);

        QTRY_VERIFY_WITH_TIMEOUT(progress->value() >= 6, 10000);
        if (dialog.isRunning()) {
            QVERIFY(cancelButton->isEnabled());
            QVERIFY(!retryButton->isEnabled());
            grab(dialog, u"jobdialog-running"_s);
        }

        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        QCOMPARE(finished.first().first().value<ActionJob *>(), job);
        QCOMPARE(progress->value(), 20);
        QCOMPARE(progress->text(), u"20/20"_s);
        const ActionOutcomeModel *outcomes = dialog.outcomes();
        QCOMPARE(outcomes->rowCount(), 20);
        for (int row = 0; row < 20; ++row) {
            QCOMPARE(outcomes->conversationId(row), ids.at(row));
            const QString text =
                outcomes->index(row, ActionOutcomeModel::Outcome).data().toString();
            const QString subject = list.row(list.rowOf(ids.at(row))).subject;
            if (!subject.isEmpty())
                QCOMPARE(outcomes->index(row, 0).data().toString(),
                         u"%1 · %2"_s.arg(ids.at(row)).arg(subject));
            if (failing.contains(ids.at(row))) {
                QCOMPARE(outcomes->state(row), State::Failed);
                QCOMPARE(text, ServerErrorMessage);
                // Marked: a colour and an icon of its own.
                const QModelIndex shown = table->model()->index(row, ActionOutcomeModel::Outcome);
                QVERIFY(shown.data(Qt::ForegroundRole).canConvert<QColor>());
                QVERIFY(!shown.data(Qt::DecorationRole).value<QIcon>().isNull());
            } else {
                QCOMPARE(outcomes->state(row), State::Done);
                QCOMPARE(text, u"Done"_s);
            }
        }
        QCOMPARE(summary->text(), u"16 done, 4 failed, 0 waiting"_s);
        QVERIFY(!cancelButton->isEnabled());
        QVERIFY(retryButton->isEnabled());
        QCOMPARE(child<QPushButton>(dialog, u"close"_s)->text(), u"&Close"_s);
        grab(dialog, u"jobdialog"_s);

        failedOnly->click();
        QCOMPARE(viewIds(*table), failing);
        grab(dialog, u"jobdialog-failedonly"_s);
        for (const qint64 id : ids)
            QCOMPARE(state(id), failing.contains(id) ? u"Open"_s : u"Closed"_s);

        // The server is well again: retry in the same dialog, rows updated in place.
        QCOMPARE(m_sandbox.del(u"/_sandbox/faults"_s).status, 204);
        QSignalSpy retried(&dialog, &ActionJobDialog::retryStarted);
        QSignalSpy resets(outcomes, &QAbstractItemModel::modelReset);
        QTest::mouseClick(retryButton, Qt::LeftButton);
        QCOMPARE(retried.size(), 1);
        ActionJob *retry = dialog.job();
        QVERIFY(retry != job);
        QCOMPARE(retried.first().first().value<ActionJob *>(), retry);
        QCOMPARE(retry->conversationIds(), failing);
        QVERIFY(!retryButton->isEnabled());
        QCOMPARE(viewIds(*table), failing); // still in view while they retry
        QCOMPARE(table->model()->index(0, ActionOutcomeModel::Outcome).data().toString(),
                 u"Waiting"_s);
        grab(dialog, u"jobdialog-retrying"_s);

        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 15000);
        QCOMPARE(finished.last().first().value<ActionJob *>(), retry);
        QCOMPARE(outcomes->doneCount(), 20);
        for (int row = 0; row < 20; ++row)
            QCOMPARE(outcomes->index(row, ActionOutcomeModel::Outcome).data().toString(),
                     u"Done"_s);
        QCOMPARE(summary->text(), u"20 done, 0 failed, 0 waiting"_s);
        QCOMPARE(progress->text(), u"20/20"_s);
        QVERIFY(!retryButton->isEnabled());
        QCOMPARE(table->model()->rowCount(), 0); // nothing failed any more
        QCOMPARE(resets.size(), 0);
        failedOnly->click();
        QCOMPARE(viewIds(*table), ids);
        grab(dialog, u"jobdialog-retried"_s);
        for (const qint64 id : ids)
            QCOMPARE(state(id), u"Closed"_s);
    }

    void cancelStopsUnsentConversations()
    {
        const QList<qint64> ids = openConversations(20);
        QCOMPARE(ids.size(), 20);
        QVERIFY(m_sandbox.setFaults(QJsonObject{{u"latencyMs"_s, 40}}));

        // Another window of the app, to show it stays usable while the job runs.
        QWidget mainWindow;
        auto *other = new QPushButton(u"Other"_s, &mainWindow);
        mainWindow.show();
        QSignalSpy otherClicks(other, &QPushButton::clicked);

        // The GUI thread's event loop is measured the whole time: it must never stall.
        QElapsedTimer clock;
        qint64 lastTick = 0;
        qint64 longestGap = 0;
        QTimer ticker;
        ticker.setInterval(5);
        connect(&ticker, &QTimer::timeout, &ticker, [&] {
            longestGap = qMax(longestGap, clock.elapsed() - lastTick);
            lastTick = clock.elapsed();
        });
        clock.start();
        ticker.start();

        ActionJob *job = m_ws->actions().close(ids);
        ActionJobDialog dialog(job, u"Close 20 conversations"_s, &mainWindow);
        QSignalSpy finished(&dialog, &ActionJobDialog::jobFinished);
        dialog.show();
        auto *cancelButton = child<QPushButton>(dialog, u"cancel"_s);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.outcomes()->doneCount() >= 1, 10000);
        QVERIFY(dialog.isRunning());
        QTest::mouseClick(other, Qt::LeftButton);
        QCOMPARE(otherClicks.size(), 1);
        QTest::mouseClick(cancelButton, Qt::LeftButton);
        QVERIFY(!cancelButton->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        ticker.stop();
        QVERIFY2(longestGap < 500, qPrintable(QString::number(longestGap)));

        const ActionOutcomeModel *outcomes = dialog.outcomes();
        QVERIFY(job->isCancelled());
        QVERIFY2(outcomes->cancelledCount() >= 20 - 8,
                 qPrintable(QString::number(outcomes->cancelledCount())));
        QCOMPARE(outcomes->doneCount() + outcomes->cancelledCount(), 20);
        for (int row = 0; row < 20; ++row) {
            const qint64 id = ids.at(row);
            if (outcomes->state(row) == State::Cancelled) {
                QCOMPARE(outcomes->index(row, ActionOutcomeModel::Outcome).data().toString(),
                         u"Cancelled"_s);
                QCOMPARE(closeRequests(id), 0);
                QCOMPARE(state(id), u"Open"_s);
            } else {
                QCOMPARE(outcomes->state(row), State::Done);
                QCOMPARE(state(id), u"Closed"_s);
            }
        }
        QCOMPARE(child<QLabel>(dialog, u"summary"_s)->text(),
                 u"%1 done, 0 failed, %2 cancelled, 0 waiting"_s.arg(outcomes->doneCount())
                     .arg(outcomes->cancelledCount()));
        QVERIFY(child<QPushButton>(dialog, u"retryFailed"_s)->isEnabled());
        grab(dialog, u"jobdialog-cancelled"_s);
    }

    void closingKeepsTheJobRunningInTheStatusBar()
    {
        const QList<qint64> ids = openConversations(10);
        QCOMPARE(ids.size(), 10);
        QVERIFY(m_sandbox.setFaults(QJsonObject{{u"latencyMs"_s, 40}}));

        QMainWindow window;
        window.resize(700, 200);
        ActionJob *job = m_ws->actions().close(ids);
        auto *dialog = new ActionJobDialog(job, u"Close 10 conversations"_s, &window);
        auto *status = new JobStatusWidget(dialog, u"Closing 10 conversations…"_s);
        window.statusBar()->addPermanentWidget(status);
        window.show();
        dialog->open();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(QApplication::activeModalWidget(), nullptr);
        QVERIFY(!status->isVisible());

        QTRY_VERIFY_WITH_TIMEOUT(dialog->outcomes()->doneCount() >= 1, 10000);
        QVERIFY(dialog->isRunning());
        QCOMPARE(child<QPushButton>(*dialog, u"close"_s)->text(), u"Run in &background"_s);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QVERIFY(!dialog->isVisible());
        QVERIFY(!job->isCancelled());
        QVERIFY(status->isVisible());
        QVERIFY2(status->text().startsWith(u"Closing 10 conversations… "_s) &&
                     status->text().endsWith(u"/10"_s),
                 qPrintable(status->text()));
        QVERIFY(!child<QToolButton>(*status, u"dismissJob"_s)->isVisible());
        grab(window, u"jobstatus-running"_s);

        QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), 10000);
        QCOMPARE(status->text(), u"Close 10 conversations: all done"_s);
        for (const qint64 id : ids)
            QCOMPARE(state(id), u"Closed"_s);
        grab(window, u"jobstatus-finished"_s);

        QTest::mouseClick(child<QToolButton>(*status, u"showJob"_s), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(!status->isVisible());
        QCOMPARE(dialog->outcomes()->doneCount(), 10);

        // Finished: Esc closes; the entry comes back until dismissed.
        QTest::keyClick(dialog, Qt::Key_Escape);
        QVERIFY(!dialog->isVisible());
        QVERIFY(status->isVisible());
        QSignalSpy dismissed(status, &JobStatusWidget::dismissed);
        QTest::mouseClick(child<QToolButton>(*status, u"dismissJob"_s), Qt::LeftButton);
        QCOMPARE(dismissed.size(), 1);
        QVERIFY(!status->isVisible());
    }

    void everyControlIsReachableByKeyboard()
    {
        const QList<qint64> ids = openConversations(2);
        ActionJob *job = m_ws->actions().close(ids);
        ActionJobDialog dialog(job, u"Close 2 conversations"_s);
        QSignalSpy finished(&dialog, &ActionJobDialog::jobFinished);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);

        const QStringList expected{u"outcomes"_s, u"failedOnly"_s, u"close"_s};
        QStringList chain;
        QWidget *widget = &dialog;
        do {
            widget = widget->nextInFocusChain();
            if (widget->isEnabled() && widget->isVisible() &&
                (widget->focusPolicy() & Qt::TabFocus) && !widget->objectName().isEmpty())
                chain.append(widget->objectName());
        } while (widget != &dialog);
        QCOMPARE(chain, expected); // Cancel and Retry failed are disabled now
        QVERIFY(child<QPushButton>(dialog, u"close"_s)->isDefault());
        for (const auto *button : dialog.findChildren<QPushButton *>())
            QVERIFY2(button->text().contains(u'&'), qPrintable(button->text()));
        QVERIFY(child<QCheckBox>(dialog, u"failedOnly"_s)->text().contains(u'&'));
        const auto labels = dialog.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.begin(), labels.end(), [&dialog](const QLabel *label) {
            return label->buddy() == child<QTableView>(dialog, u"outcomes"_s);
        }));
    }
};

QTEST_MAIN(TestActionJobDialog)
#include "tst_actionjobdialog.moc"
