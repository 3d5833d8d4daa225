#pragma once

#include "grid/celledit.h"

#include <QDialog>
#include <QList>
#include <QString>

class CsvChangeModel;
class ProfileGridModel;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTreeWidget;

// Imports a CSV file into a profile grid as staged edits: reads the whole directory first (lines
// are matched by id or email), then previews every change and lists every line or value that is
// not imported with the reason. Staging hands the edits to the grid (one undo step there); nothing
// is sent to the server until Apply.
class CsvImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvImportDialog)

public:
    // `model` must outlive the dialog.
    explicit CsvImportDialog(ProfileGridModel *model, QWidget *parent = nullptr);
    ~CsvImportDialog() override;

    // Reads `path` against the grid, after loading the rest of the directory if need be.
    void readFile(const QString &path);
    QString filePath() const { return m_path; }
    // The whole directory is being read before the file can be matched.
    bool isLoadingDirectory() const { return m_waiting; }

    int changeCount() const;
    int problemCount() const;
    QList<CellEdit> edits() const { return m_edits; }
    QString summaryText() const;
    QString errorText() const;
    CsvChangeModel *changeModel() const { return m_changes; }
    QTableView *changesView() const { return m_changesView; }
    QTreeWidget *problemsView() const { return m_problemsView; }
    QPushButton *stageButton() const { return m_stage; }

    // Emits stageRequested() with the previewed edits and accepts; false when there are none.
    bool stage();

Q_SIGNALS:
    void stageRequested(const QList<CellEdit> &edits);

private:
    void browse();
    void directoryProgressed();
    void runImport();
    void clearPreview();
    void showError(const QString &text);
    void updateStageButton();

    ProfileGridModel *m_model = nullptr; // not owned
    QString m_path;
    QList<CellEdit> m_edits;
    bool m_waiting = false;
    CsvChangeModel *m_changes = nullptr;
    QLineEdit *m_pathEdit = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_changesView = nullptr;
    QLabel *m_problemsLabel = nullptr;
    QTreeWidget *m_problemsView = nullptr;
    QPushButton *m_stage = nullptr;
};
