#pragma once

#include "spec/speccatalog.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>
#include <QWidget>

#include <functional>

class EntityPicker;
class QFormLayout;
class QLabel;
class Workspace;

// A form over one request schema of resources/spec: each row edits one member of the body
// (dotted paths reach into nested objects), is labelled with the field's title, marked when the
// schema requires it and explained by its description. Everything entered is collected into the
// body and checked against the schema on every change: the schema alone says what is required.
class SpecForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpecForm)

public:
    SpecForm(Workspace &workspace, const QString &schema, QWidget *parent = nullptr);
    ~SpecForm() override;

    Workspace &workspace() const { return m_workspace; }
    QString schema() const { return m_schema; }

    // Adds the row for `path` ("agentId", "message.content.value") with the editor the field
    // calls for: a picker for `x-pick`, a combo box for an enum, a date-time editor, a check box,
    // a line or (multiLine) a text box. `fieldSchema` is the schema declaring the path's last
    // member (default: the form's).
    QWidget *addField(const QString &path, const QString &fieldSchema = {}, bool multiLine = false);
    // Adds a row with an editor made by the caller; `value` reads it (an undefined QJsonValue or
    // an empty string leaves the member out). Call refresh() when it changes.
    void addEditor(const QString &path, const SpecField &field, QWidget *editor,
                   const std::function<QJsonValue()> &value);
    // A heading between rows (the rows after it belong together, "First message").
    void addSection(const QString &title);
    // A member every body carries (a variant's `_type`); an undefined value removes it.
    void setConstant(const QString &path, const QJsonValue &value);
    // Removes every constant whose path starts with `prefix`.
    void removeConstants(const QString &prefix);

    int rowCount() const;
    // The paths of the editing rows from `row` on, in order.
    QStringList paths(int row = 0) const;
    // Removes every row from `row` on (headings included), with their editors.
    void truncate(int row);

    QWidget *editor(const QString &path) const;
    EntityPicker *picker(const QString &path) const;
    SpecField field(const QString &path) const;
    QLabel *label(const QString &path) const;
    QJsonValue value(const QString &path) const;
    // Puts a value into the editor of `path` (as value() would read it); false if it cannot.
    bool setValue(const QString &path, const QJsonValue &value);

    // The body as entered: rows with no value are left out.
    QJsonObject json() const;
    bool isValid() const { return m_violations.isEmpty(); }
    QList<SpecViolation> violations() const { return m_violations; }
    // The first problem in words ("Agent is required."), empty when valid.
    QString firstReason() const;
    QString reasonFor(const SpecViolation &violation) const;
    // Named in reasons when a dialog holds several forms ("Note 2: Note is required.").
    void setCaption(const QString &caption) { m_caption = caption; }
    QString caption() const { return m_caption; }
    // The form shows its first reason under its rows; a dialog may show it elsewhere.
    void setReasonVisible(bool visible);
    bool hasRequiredRows() const;
    // Letters other controls of the dialog use as mnemonics, kept out of this form's labels.
    void reserveMnemonics(const QString &letters);
    // The editor a dialog focuses first: the first required row's, or the first row's.
    QWidget *firstEditor() const;

public Q_SLOTS:
    // Collects and validates again; emits changed() and, when it flips, validityChanged().
    void refresh();

Q_SIGNALS:
    void changed();
    void validityChanged(bool valid);

private:
    struct Row
    {
        QString path; // empty for a heading
        SpecField field;
        QWidget *editor = nullptr;
        QLabel *label = nullptr;
        std::function<QJsonValue()> value;
        QChar mnemonic; // released when the row goes
    };

    const Row *rowOf(const QString &path) const;
    QWidget *makeEditor(const SpecField &field, bool multiLine, std::function<QJsonValue()> *value);
    QString labelText(const SpecField &field, QChar *mnemonic);
    QString titleFor(const QString &path) const;

    Workspace &m_workspace;
    const QString m_schema;
    QFormLayout *m_form = nullptr;
    QLabel *m_reason = nullptr;
    QList<Row> m_rows;
    QJsonObject m_constants;
    QList<SpecViolation> m_violations;
    QString m_caption;
    QSet<QChar> m_mnemonics;
    bool m_valid = false;
    bool m_reasonVisible = true;
};
