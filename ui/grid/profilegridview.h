#pragma once

#include <QModelIndexList>
#include <QPersistentModelIndex>
#include <QWidget>

class BulkApplier;
class EditJournal;
class GridProxyModel;
class ProfileGridModel;
class QAction;
class QComboBox;
class QKeySequence;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;
class QUndoStack;
struct CellEdit;

// An editable profile grid (agents or end users): a sortable, filterable table over a
// ProfileGridModel that marks changed and invalid cells and each row's status, with every edit
// (typing, paste, fill down, delete, revert) one step of an undo stack, and Apply sending the
// staged rows through BulkApplier with progress, Cancel and Retry failed.
class ProfileGridView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileGridView)

public:
    // The view does not own `model`; `undoStack` nullptr: the view makes its own.
    explicit ProfileGridView(ProfileGridModel *model, QUndoStack *undoStack = nullptr,
                             QWidget *parent = nullptr);
    ~ProfileGridView() override;

    ProfileGridModel *model() const { return m_model; }
    QTableView *tableView() const { return m_table; }
    GridProxyModel *proxyModel() const { return m_proxy; }
    QUndoStack *undoStack() const { return m_undo; }
    BulkApplier *applier() const { return m_applier; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    QAction *applyAction() const { return m_applyAction; }
    QAction *retryAction() const { return m_retryAction; }

    void setJournal(EditJournal *journal);
    // One of the view's actions by object name ("gridCopy", "gridPaste", "gridFillDown",
    // "gridClear", "gridRevertRow", "gridRevertAll", "gridUndo", "gridRedo", "gridApply",
    // "gridRetryFailed"); nullptr when there is none.
    QAction *action(const QString &objectName) const;
    void focusFilter();

    // Stages edits made elsewhere (a CSV import, find and replace, a form) as one undo step named
    // `undoText`; answers how many cells changed.
    int stageEdits(const QList<CellEdit> &edits, const QString &undoText);
    // Source rows of the selection (or of the current cell), in the order the view shows them.
    QList<int> selectedSourceRows() const;

    // The operations of the actions, on the current selection; each is one undo step.
    void copy();
    void paste();
    void pasteText(const QString &tsv);
    void fillDown();
    void clearSelected();
    void revertCurrentRow();
    void revertAll();
    bool apply();
    bool retryFailed();
    void cancelApply();

private:
    int pushEdits(const QList<CellEdit> &edits, const QString &text);
    void pushInverse(const QList<CellEdit> &inverse, const QString &text);
    QModelIndexList selectedSourceCells() const;
    void applyFinished();
    void resumePaste();
    void showRowMessage();
    // mayReadMore: lines past the rows read so far wait for the rest of the directory.
    void pasteLines(const QString &tsv, bool mayReadMore);
    void updateActions();
    QAction *addGridAction(const QString &text, const QKeySequence &key, const QString &name);

    ProfileGridModel *m_model = nullptr; // outlives the view (the caller owns it)
    QUndoStack *m_undo = nullptr;
    GridProxyModel *m_proxy = nullptr;
    BulkApplier *m_applier = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_filter = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_applyButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_retryButton = nullptr;
    QLabel *m_summary = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QLabel *m_rowMessage = nullptr;
    QSpinBox *m_chunkSize = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_applyAction = nullptr;
    QAction *m_retryAction = nullptr;
    bool m_retrying = false;
    QString m_pendingPaste; // a paste waiting for the rest of the directory
    QPersistentModelIndex m_pendingPasteStart;
};
