#pragma once

#include <QList>
#include <QWidget>

class ProfileGridModel;
class ProfileGridView;
class QAction;
class QLabel;
class QMenu;

// The Agents or End users page of the main window: the editable grid with what surrounds it — the
// directory's loading state and staged-edit count, the column chooser, reload, find and replace,
// the single-record form and CSV import and export — and the page's Edit-menu actions.
class ProfilePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfilePage)

public:
    // `model` is not owned and must outlive the page.
    ProfilePage(ProfileGridModel *model, const QString &title, QWidget *parent = nullptr);
    ~ProfilePage() override;

    ProfileGridModel *model() const { return m_model; }
    ProfileGridView *gridView() const { return m_grid; }

    // The actions of the Edit menu while this page is shown, in menu order; nullptr: a separator.
    QList<QAction *> editActions() const;
    // A menu of the grid's columns, each one ticked while shown.
    QMenu *columnsMenu(QWidget *parent);

    void reload();
    void findAndReplace();
    void openRecord();
    void importCsv();
    void exportCsv();

Q_SIGNALS:
    // A passing sentence for the status bar.
    void statusMessage(const QString &text);
    // An Apply or Retry ended having saved `saved` rows (other views may show stale names).
    void saved(int saved);

private:
    void fillColumnsMenu(QMenu *menu);
    void updateState();
    void saveColumnLayout();
    void restoreColumnLayout();
    QString layoutKey() const;
    QAction *addPageAction(const QString &text, const QKeySequence &keys, const QString &name);

    ProfileGridModel *m_model = nullptr;
    ProfileGridView *m_grid = nullptr;
    QLabel *m_state = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_findReplaceAction = nullptr;
    QAction *m_openRecordAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
};
