#include "mainwindow.h"

#include "common/consolesettings.h"
#include "common/prompts.h"
#include "common/shortcutsdialog.h"
#include "grid/agentgridmodel.h"
#include "grid/bulkapplier.h"
#include "grid/editjournal.h"
#include "grid/endusergridmodel.h"
#include "grid/profilegridview.h"
#include "grid/profilepage.h"
#include "jobs/actionjobdialog.h"
#include "jobs/jobstatuswidget.h"
#include "session/workspace.h"
#include "triage/conversationactioncontroller.h"
#include "triage/conversationtable.h"
#include "triage/myqueuesdialog.h"
#include "triage/triageview.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QCryptographicHash>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStringList>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    m_pages = new QStackedWidget(this);
    m_connectingPage = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(m_connectingPage);
    layout->addStretch();
    m_headline = new QLabel(m_connectingPage);
    m_headline->setAlignment(Qt::AlignCenter);
    QFont headlineFont = m_headline->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.6);
    headlineFont.setBold(true);
    m_headline->setFont(headlineFont);
    m_detail = new QLabel(m_connectingPage);
    m_detail->setAlignment(Qt::AlignCenter);
    m_detail->setWordWrap(true);
    layout->addWidget(m_headline);
    layout->addWidget(m_detail);
    layout->addStretch();
    m_pages->addWidget(m_connectingPage);
    setCentralWidget(m_pages);

    m_badge = new QLabel(this);
    m_badge->setObjectName(QStringLiteral("sandboxBadge"));
    m_badge->setStyleSheet(QStringLiteral(
        "QLabel { background: #f5b800; color: #1a1a1a; border-radius: 4px; padding: 1px 8px; "
        "font-weight: bold; }"));
    m_badge->setText(tr("Sandbox — demo data"));
    m_badge->hide();
    m_connection = new QLabel(this);
    m_connection->setObjectName(QStringLiteral("connectionStatus"));
    statusBar()->addPermanentWidget(m_connection);
    statusBar()->addPermanentWidget(m_badge);

    const QByteArray geometry = ConsoleSettings().windowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // First start: most of the screen, since the list and the detail pane both want width.
        const QRect available = screen()->availableGeometry();
        resize(available.size().boundedTo(QSize(1600, 1000)) * 0.96);
    }
    updateTitle(QString());
}

MainWindow::~MainWindow() = default;

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
    m_organizationName = organizationName;
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
    m_pages->setCurrentWidget(m_connectingPage);
    m_headline->setText(tr("Not connected"));
    m_detail->setText(message);
    m_connection->setText(tr("Not connected: %1").arg(message));
}

QString MainWindow::connectionText() const
{
    return m_connection->text();
}

void MainWindow::setWorkspace(Workspace *workspace)
{
    if (m_workspace)
        return;
    m_workspace = workspace;

    auto *work = new QWidget(m_pages);
    m_navigation = new QListWidget(work);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->addItems({tr("Conversations"), tr("Agents"), tr("End users")});
    m_navigation->setFixedWidth(m_navigation->fontMetrics().horizontalAdvance(tr("Conversations")) +
                                32);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setStyleSheet(QStringLiteral(
        "QListWidget { background: palette(window); } QListWidget::item { padding: 6px 8px; }"));
    m_workPages = new QStackedWidget(work);
    m_triage = new TriageView(*workspace, m_workPages);
    m_agents = new ProfilePage(workspace->agentGrid(), tr("Agents and admins"), m_workPages);
    m_endUsers = new ProfilePage(workspace->endUserGrid(), tr("End users"), m_workPages);
    m_workPages->addWidget(m_triage);
    m_workPages->addWidget(m_agents);
    m_workPages->addWidget(m_endUsers);
    auto *layout = new QHBoxLayout(work);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_workPages, 1);
    m_pages->addWidget(work);
    m_pages->setCurrentWidget(work);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int page) {
        m_workPages->setCurrentIndex(page);
        m_triage->actions()->setActive(m_workPages->currentWidget() == m_triage);
    });
    m_navigation->setCurrentRow(0);
    connect(m_triage, &TriageView::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(workspace, &Workspace::directoryFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("A directory could not be loaded: %1").arg(message), 15000);
    });
    connect(m_triage->actions(), &ConversationActionController::jobWindowOpened, this,
            &MainWindow::trackJobWindow);
    for (ProfilePage *page : {m_agents, m_endUsers}) {
        connect(page, &ProfilePage::statusMessage, this,
                [this](const QString &text) { statusBar()->showMessage(text, 8000); });
        // Saved names and emails show in pickers and the conversation list too.
        connect(page, &ProfilePage::saved, workspace, &Workspace::loadDirectories);
    }
    buildMenus();
    openJournal();
    workspace->loadDirectories();
    m_triage->table()->setFocus();
}

QString MainWindow::journalDirectory(bool sandbox, const QString &host,
                                     const QString &organizationName)
{
    // The organisation's name goes in hashed: the folder name is seen by anyone listing it.
    const QString organization =
        sandbox ? QStringLiteral("sandbox")
                : QStringLiteral("%1-%2").arg(
                      host, QString::fromLatin1(QCryptographicHash::hash(organizationName.toUtf8(),
                                                                         QCryptographicHash::Sha256)
                                                    .toHex()
                                                    .left(16)));
    return QStringLiteral("%1/journal/%2")
        .arg(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation), organization);
}

void MainWindow::openJournal()
{
    m_journal = new EditJournal(journalDirectory(m_workspace->isSandbox(),
                                                 m_workspace->endpoint().baseUrl.host(),
                                                 m_organizationName),
                                this);
    connect(m_journal, &EditJournal::writeFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Staged edits are not saved on disk: %1").arg(message));
        if (m_journalWarned)
            return;
        m_journalWarned = true;
        Prompts::current().warn(this, tr("Staged edits not saved"),
                                tr("The journal that keeps staged edits safe could not be "
                                   "written:\n%1\n\nYour edits are still in the grid, but a crash "
                                   "now would lose them. Apply them, or free disk space and edit "
                                   "again.")
                                    .arg(message));
    });
    const bool readable = m_journal->load();
    if (!readable) {
        Prompts::current().warn(this, tr("Staged edits could not be read"),
                                tr("%1\nThe file was set aside and nothing in it was staged.")
                                    .arg(m_journal->errorString()));
    }
    // Attached whatever the answer below: new edits are kept from the first keystroke, and the
    // model writes only the records it stages, so entries left for later stay as they are.
    for (ProfilePage *page : {m_agents, m_endUsers})
        page->gridView()->setJournal(m_journal);
    if (!m_journal->hasEntries())
        return;
    // Asked once the window is on screen, so the question has the grid behind it.
    QTimer::singleShot(0, this, &MainWindow::offerJournalRestore);
}

void MainWindow::offerJournalRestore()
{
    const int agents = m_journal->rowCount(m_agents->model()->kind());
    const int endUsers = m_journal->rowCount(m_endUsers->model()->kind());
    QStringList parts;
    if (agents > 0)
        parts.append(tr("%n agent(s)", nullptr, agents));
    if (endUsers > 0)
        parts.append(tr("%n end user(s)", nullptr, endUsers));
    const QString what = parts.join(tr(" and "));
    enum Choice { Restore, Discard, Later };
    const int choice = Prompts::current().choose(
        this, tr("Restore staged edits?"),
        tr("Edits to %1 were staged but never applied when the console last closed. Restore "
           "them to the grids? Nothing is sent until you apply.\n\n"
           "Decide later keeps them on disk and asks again at the next start.")
            .arg(what),
        {tr("&Restore"), tr("&Discard them"), tr("Decide &later")}, Restore, Later);
    if (choice == Discard)
        m_journal->clear();
    if (choice != Restore)
        return;
    for (ProfilePage *page : {m_agents, m_endUsers}) {
        ProfileGridModel *model = page->model();
        model->restore(*m_journal);
        // Restored rows that are not loaded yet stage as their pages land: read them all now.
        if (model->pendingRestoreCount() > 0)
            model->loadAll();
    }
    showPage(endUsers > 0 ? 2 : 1);
    statusBar()->showMessage(tr("Restored staged edits to %1.").arg(what), 10000);
}

bool MainWindow::confirmQuitWithStagedEdits()
{
    if (!m_agents)
        return true;
    int staged = 0;
    int sending = 0;
    for (ProfilePage *page : {m_agents, m_endUsers}) {
        staged += page->model()->stagedRowCount();
        if (page->gridView()->applier()->isRunning())
            sending += page->gridView()->applier()->pendingCount();
    }
    if (staged == 0)
        return true;
    QString text = tr("%n row(s) have staged edits that were not applied.", nullptr, staged);
    if (sending > 0)
        text = tr("%1 Apply is still sending; rows without an answer stay staged.").arg(text);
    // The journal holds them only if its last write went through.
    if (m_journal && m_journal->hasEntries() && m_journal->errorString().isEmpty())
        text = tr("%1\n\nThey are kept on disk and offered again at the next start.").arg(text);
    else
        text = tr("%1\n\nThey could not be kept on disk and will be lost.").arg(text);
    return Prompts::current().confirm(this, tr("Quit with staged edits?"), text, tr("&Quit"));
}

void MainWindow::showPage(int page)
{
    if (m_navigation)
        m_navigation->setCurrentRow(page);
}

QAction *MainWindow::addShortcutAction(QMenu *menu, const QString &text, const QKeySequence &keys)
{
    QAction *action = menu->addAction(text);
    action->setShortcut(keys);
    m_shortcutActions.append(action);
    return action;
}

void MainWindow::buildMenus()
{
    ConversationActionController *actions = m_triage->actions();

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(actions->newConversationAction());
    m_shortcutActions.append(actions->newConversationAction());
    file->addSeparator();
    QAction *quit = addShortcutAction(file, tr("&Quit"), QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    // The grid pages each have their own actions (and undo stack): the menu shows the current
    // page's. Their keys work without the menu, scoped to the page holding the focus.
    connect(edit, &QMenu::aboutToShow, this, [this, edit] { fillEditMenu(edit); });
    fillEditMenu(edit);
    for (QAction *action : m_agents->editActions()) {
        if (action && !action->shortcut().isEmpty())
            m_shortcutActions.append(action);
    }

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QStringList pages{tr("&Conversations"), tr("&Agents"), tr("&End users")};
    for (int page = 0; page < pages.size(); ++page) {
        QAction *go = addShortcutAction(view, pages.at(page),
                                        QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + page)));
        connect(go, &QAction::triggered, this, [this, page] {
            showPage(page);
            // From the keyboard, straight into the grid: the next key edits or moves.
            if (ProfilePage *grid = currentProfilePage())
                grid->gridView()->tableView()->setFocus(Qt::ShortcutFocusReason);
        });
    }
    view->addSeparator();
    QAction *refresh = addShortcutAction(view, tr("&Refresh"), QKeySequence::Refresh);
    connect(refresh, &QAction::triggered, this, [this] {
        if (ProfilePage *page = currentProfilePage())
            page->reload();
        else
            m_triage->refresh();
    });
    QAction *filter = addShortcutAction(view, tr("&Filter loaded rows"), QKeySequence::Find);
    connect(filter, &QAction::triggered, this, [this] {
        if (ProfilePage *page = currentProfilePage())
            page->gridView()->focusFilter();
        else
            m_triage->focusLocalFilter();
    });
    QAction *search = addShortcutAction(view, tr("&Search Dixa…"),
                                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(search, &QAction::triggered, this, [this] {
        showPage(0);
        m_triage->focusServerSearch();
    });
    QAction *list =
        addShortcutAction(view, tr("Go to the &list"), QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(list, &QAction::triggered, this, [this] {
        showPage(0);
        m_triage->table()->setFocus(Qt::ShortcutFocusReason);
    });
    view->addSeparator();
    QAction *save = addShortcutAction(view, tr("Sa&ve view…"), QKeySequence::Save);
    connect(save, &QAction::triggered, m_triage, &TriageView::promptSaveView);
    QAction *myQueues = view->addAction(tr("Choose &my queues…"));
    connect(myQueues, &QAction::triggered, this, &MainWindow::chooseMyQueues);
    view->addMenu(m_triage->table()->columnsMenu(view));
    QMenu *autoRefresh = view->addMenu(tr("&Auto-refresh"));
    auto *intervals = new QActionGroup(autoRefresh);
    const QList<QPair<int, QString>> choices{{0, tr("Off")},
                                             {30, tr("Every 30 seconds")},
                                             {60, tr("Every minute")},
                                             {120, tr("Every 2 minutes")},
                                             {300, tr("Every 5 minutes")}};
    for (const auto &[seconds, text] : choices) {
        QAction *choice = autoRefresh->addAction(text);
        choice->setCheckable(true);
        choice->setChecked(seconds == m_triage->autoRefreshSeconds());
        intervals->addAction(choice);
        connect(choice, &QAction::triggered, this,
                [this, seconds] { m_triage->setAutoRefreshSeconds(seconds); });
    }

    QMenu *conversation = menuBar()->addMenu(tr("&Conversation"));
    auto *toolbar = addToolBar(tr("Actions"));
    toolbar->setObjectName(QStringLiteral("actionsToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QAction *action : actions->menuActions()) {
        if (!action) {
            conversation->addSeparator();
            continue;
        }
        conversation->addAction(action);
        if (action != actions->newConversationAction())
            m_shortcutActions.append(action);
    }
    for (QAction *action :
         {actions->claimAction(), actions->closeAction(), actions->reopenAction(),
          actions->transferAction(), actions->tagAction(), actions->noteAction(),
          actions->replyAction(), actions->followUpAction(), actions->anonymizeAction()})
        toolbar->addAction(action);
    toolbar->addSeparator();
    toolbar->addAction(actions->newConversationAction());
    toolbar->addAction(refresh);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts =
        addShortcutAction(help, tr("&Keyboard shortcuts"), QKeySequence::HelpContents);
    connect(shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    QAction *about = help->addAction(tr("&About Dixa Supervisor"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Dixa Supervisor"),
                           tr("Dixa Supervisor %1\n\nA console for supervisors of a Dixa "
                              "organisation.")
                               .arg(QApplication::applicationVersion()));
    });
}

ProfilePage *MainWindow::currentProfilePage() const
{
    return m_workPages ? qobject_cast<ProfilePage *>(m_workPages->currentWidget()) : nullptr;
}

void MainWindow::fillEditMenu(QMenu *menu)
{
    menu->clear();
    ProfilePage *page = currentProfilePage();
    if (!page) {
        QAction *none = menu->addAction(tr("Nothing to edit here: agents and end users are "
                                           "edited on their pages (Ctrl+2, Ctrl+3)"));
        none->setEnabled(false);
        return;
    }
    for (QAction *action : page->editActions()) {
        if (action)
            menu->addAction(action);
        else
            menu->addSeparator();
    }
}

void MainWindow::trackJobWindow(ActionJobDialog *dialog, const QString &heading)
{
    auto *status = new JobStatusWidget(dialog, tr("%1…").arg(heading), statusBar());
    statusBar()->addWidget(status);
    const auto discard = [dialog, status] {
        status->deleteLater();
        dialog->deleteLater();
    };
    connect(status, &JobStatusWidget::dismissed, dialog, discard);
    connect(dialog, &QDialog::finished, status, [dialog, discard] {
        // Closed once the job has ended: nothing more to show. Closed while running: the
        // status bar keeps the job in sight until it is dismissed.
        if (!dialog->isRunning())
            discard();
    });
}

void MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(m_shortcutActions, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::chooseMyQueues()
{
    auto *dialog = new MyQueuesDialog(*m_workspace, ConsoleSettings().myQueueIds(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { m_triage->setMyQueueIds(dialog->queueIds()); });
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmQuitWithStagedEdits()) {
        event->ignore();
        return;
    }
    ConsoleSettings().setWindowGeometry(saveGeometry());
    QMainWindow::closeEvent(event);
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
