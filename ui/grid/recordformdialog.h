#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class ProfileGridModel;
class ProfileGridView;
class QDataWidgetMapper;
class QLabel;
class QPushButton;

// A form over one row of a profile grid: every column a labelled field (list columns in a
// ListEditor, read-only columns read-only), required fields marked from the spec, each field's
// validation reason under it and the row's status on top. Edits go through a QDataWidgetMapper
// into the grid's model, so each is one step on the grid's own undo stack; Previous and Next walk
// the rows in the order the grid shows them.
class RecordFormDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordFormDialog)

public:
    RecordFormDialog(ProfileGridView *view, int sourceRow, QWidget *parent = nullptr);
    ~RecordFormDialog() override;

    // The field's editor (QLineEdit or ListEditor) by its JSON name; nullptr for an unknown one.
    QWidget *editorFor(const QString &field) const;
    // The label under the field that shows the spec's reason when the value is invalid.
    QLabel *errorLabelFor(const QString &field) const;
    int currentSourceRow() const;
    void setCurrentSourceRow(int sourceRow);
    QDataWidgetMapper *mapper() const { return m_mapper; }

    // The neighbouring rows in the grid's (sorted, filtered) order.
    void showPrevious();
    void showNext();

private:
    struct Field
    {
        int column = -1;
        QWidget *editor = nullptr;
        QLabel *error = nullptr;
        bool mapped = false; // editable: the mapper fills and reads it
    };

    QWidget *buildFields();
    int proxyRow() const;
    void moveBy(int step);
    void refresh();
    void refreshStatus();
    void updateNavigation();
    void followRecord();

    ProfileGridView *m_view = nullptr;
    ProfileGridModel *m_model = nullptr;
    QDataWidgetMapper *m_mapper = nullptr;
    QList<Field> m_fields;
    QString m_id; // the record shown: rows move when the directory is read again
    QLabel *m_status = nullptr;
    QLabel *m_position = nullptr;
    QPushButton *m_undoButton = nullptr;
    QPushButton *m_redoButton = nullptr;
    QPushButton *m_previousButton = nullptr;
    QPushButton *m_nextButton = nullptr;
};
