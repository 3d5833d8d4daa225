#pragma once

#include <QDialog>
#include <QList>

class ProfileGridView;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
struct CellEdit;

// Find and replace within one editable column of a profile grid (list cells entry by entry), in
// every loaded row or only the selected ones, with a live count of the cells that would change;
// Replace all stages the replacements as one undo step of the grid and the dialog stays open.
class FindReplaceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindReplaceDialog)

public:
    explicit FindReplaceDialog(ProfileGridView *view, QWidget *parent = nullptr);
    ~FindReplaceDialog() override;

    // The model column searched (-1 when none); setColumn() ignores columns that are not editable.
    int column() const;
    void setColumn(int column);
    void setFindText(const QString &text);
    void setReplaceText(const QString &text);
    void setMatchCase(bool on);
    void setSelectedRowsOnly(bool on);

    // How many cells Replace all would change now.
    int matchCount() const;
    // Stages the replacements as one undo step; false when nothing matched.
    bool replaceAll();

private:
    QList<CellEdit> edits() const;
    void inputsChanged();
    void refresh();
    void updateSelectionOption();

    ProfileGridView *m_view = nullptr;
    QComboBox *m_column = nullptr;
    QLineEdit *m_find = nullptr;
    QLineEdit *m_replace = nullptr;
    QCheckBox *m_matchCase = nullptr;
    QCheckBox *m_selectedOnly = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_replaceAll = nullptr;
    QTimer *m_recount = nullptr;
};
