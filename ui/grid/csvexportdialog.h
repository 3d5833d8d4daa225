#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class ProfileGridModel;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;

// Exports a profile grid to a CSV file: all loaded rows or the selected ones, the columns ticked,
// to a file readable by its owner only. A failure is shown in the dialog, which stays open with
// every choice kept, so the user can pick another place and try again.
class CsvExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvExportDialog)

public:
    // `model` must outlive the dialog; `selectedSourceRows` in the order the view shows them.
    CsvExportDialog(const ProfileGridModel &model, const QList<int> &selectedSourceRows,
                    QWidget *parent = nullptr);
    ~CsvExportDialog() override;

    void setFilePath(const QString &path);
    QString filePath() const;
    // The file name offered: "end-users.csv" or "agents.csv" in the documents folder.
    QString defaultFilePath() const;

    bool exportsSelectedRows() const;
    void setExportsSelectedRows(bool selected);
    // Model columns ticked, in the model's order.
    QList<int> chosenColumns() const;
    void setChosenColumns(const QList<int> &columns);
    QString errorText() const;

    // Writes the file (asking before replacing one the user did not pick with Browse); on
    // success emits exported() and accepts, on failure shows why and stays open.
    bool exportFile();

Q_SIGNALS:
    void exported(const QString &path, int rowCount);

private:
    void browse();
    void setAllColumns(bool checked);
    void updateState();
    void showError(const QString &text);

    const ProfileGridModel &m_model;
    const QList<int> m_selectedRows;
    QString m_confirmedPath; // chosen with Browse, whose dialog already asked about replacing it
    QRadioButton *m_allRows = nullptr;
    QRadioButton *m_selected = nullptr;
    QListWidget *m_columns = nullptr;
    QLineEdit *m_path = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_export = nullptr;
};
