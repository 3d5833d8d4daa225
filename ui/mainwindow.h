#pragma once

#include <QList>
#include <QMainWindow>

class ActionJobDialog;
class EditJournal;
class ProfilePage;
class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;
class TriageView;
class Workspace;

// The console's main window: while connecting it says where to; once connected, a navigation
// column (Conversations, Agents, End users), the page chosen, the menus and toolbar with every
// action and its shortcut, and a status bar that says where the console is connected.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void showConnecting(const QString &target, bool sandbox);
    void showConnected(const QString &organizationName, const QString &target, bool sandbox);
    void showConnectionFailed(const QString &message);
    // Builds the working window over a connected workspace (not owned; it must outlive us).
    void setWorkspace(Workspace *workspace);

    QString connectionText() const;
    TriageView *triageView() const { return m_triage; }
    ProfilePage *agentsPage() const { return m_agents; }
    ProfilePage *endUsersPage() const { return m_endUsers; }
    // Where staged grid edits are kept for this connection (nullptr before setWorkspace()).
    EditJournal *journal() const { return m_journal; }
    // The journal's directory for an organisation: one per organisation, so edits staged against
    // one are never offered against another; the sandbox has its own.
    static QString journalDirectory(bool sandbox, const QString &host,
                                    const QString &organizationName);
    // Every action with a shortcut, as the shortcuts help lists them.
    QList<QAction *> shortcutActions() const { return m_shortcutActions; }
    void showPage(int page);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void fillEditMenu(QMenu *menu);
    ProfilePage *currentProfilePage() const;
    void openJournal();
    void offerJournalRestore();
    bool confirmQuitWithStagedEdits();
    void showShortcuts();
    void trackJobWindow(ActionJobDialog *dialog, const QString &heading);
    void chooseMyQueues();
    void updateTitle(const QString &organizationName);
    QAction *addShortcutAction(QMenu *menu, const QString &text, const QKeySequence &keys);

    Workspace *m_workspace = nullptr;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_connectingPage = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_badge = nullptr;
    QLabel *m_connection = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_workPages = nullptr;
    TriageView *m_triage = nullptr;
    ProfilePage *m_agents = nullptr;
    ProfilePage *m_endUsers = nullptr;
    EditJournal *m_journal = nullptr;
    QString m_organizationName;
    bool m_journalWarned = false;
    QList<QAction *> m_shortcutActions;
    bool m_sandbox = false;
};
