#include "specform.h"

#include "entitypicker.h"
#include "session/workspace.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QJsonObject withPath(QJsonObject object, QStringView path, const QJsonValue &value)
{
    const qsizetype dot = path.indexOf(QLatin1Char('.'));
    if (dot < 0) {
        if (value.isUndefined())
            object.remove(path.toString());
        else
            object.insert(path.toString(), value);
        return object;
    }
    const QString head = path.left(dot).toString();
    object.insert(head, withPath(object.value(head).toObject(), path.mid(dot + 1), value));
    return object;
}

bool isEmptyValue(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull() ||
           (value.isString() && value.toString().trimmed().isEmpty());
}

// "emailIntegrationId" -> "email integration id": a last resort for a path no row shows.
QString words(const QString &path)
{
    QString name = path.section(QLatin1Char('.'), -1);
    QString out;
    for (const QChar c : name) {
        if (c.isUpper() && !out.isEmpty())
            out += QLatin1Char(' ');
        out += c.toLower();
    }
    if (!out.isEmpty())
        out[0] = out.at(0).toUpper();
    return out;
}

} // namespace

SpecForm::SpecForm(Workspace &workspace, const QString &schema, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_schema(schema)
{
    m_form = new QFormLayout;
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("formReason"));
    m_reason->setWordWrap(true);
    m_reason->setTextFormat(Qt::PlainText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_form);
    layout->addWidget(m_reason);
    // The buttons of the dialog around the form have these.
    m_mnemonics = {QLatin1Char('o'), QLatin1Char('c')};
    m_violations = m_workspace.spec().validate(m_schema, json());
    m_valid = m_violations.isEmpty();
    m_reason->setText(firstReason());
}

SpecForm::~SpecForm() = default;

QWidget *SpecForm::addField(const QString &path, const QString &fieldSchema, bool multiLine)
{
    const QString name = path.section(QLatin1Char('.'), -1);
    const SpecField field =
        m_workspace.spec().field(fieldSchema.isEmpty() ? m_schema : fieldSchema, name);
    std::function<QJsonValue()> value;
    QWidget *editor = makeEditor(field, multiLine, &value);
    addEditor(path, field, editor, value);
    return editor;
}

QString SpecForm::labelText(const SpecField &field, QChar *mnemonic)
{
    QString title = field.title.isEmpty() ? words(field.name) : field.title;
    title.replace(QLatin1Char('&'), QStringLiteral("&&"));
    // A mnemonic per row: the first letter no other row of this form uses yet.
    for (qsizetype i = 0; i < title.size(); ++i) {
        const QChar c = title.at(i).toLower();
        if (c.isLetter() && !m_mnemonics.contains(c)) {
            m_mnemonics.insert(c);
            *mnemonic = c;
            title.insert(i, QLatin1Char('&'));
            break;
        }
    }
    return field.required ? tr("%1 *", "a required field's label").arg(title) : title;
}

void SpecForm::addEditor(const QString &path, const SpecField &field, QWidget *editor,
                         const std::function<QJsonValue()> &value)
{
    QChar mnemonic;
    auto *label = new QLabel(labelText(field, &mnemonic), this);
    label->setBuddy(editor);
    label->setToolTip(field.description);
    editor->setObjectName(path);
    editor->setToolTip(field.description);
    const QString accessibleDescription =
        field.required ? tr("Required. %1").arg(field.description) : field.description;
    QList<QWidget *> targets{editor};
    if (auto *picker = qobject_cast<EntityPicker *>(editor))
        targets << picker->filterEdit() << picker->listView();
    for (QWidget *target : std::as_const(targets)) {
        target->setAccessibleName(field.title);
        target->setAccessibleDescription(accessibleDescription.trimmed());
    }
    m_form->addRow(label, editor);
    m_rows.append(Row{path, field, editor, label, value, mnemonic});
    refresh();
}

void SpecForm::addSection(const QString &title)
{
    auto *heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("section"));
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);
    heading->setContentsMargins(0, 8, 0, 0);
    m_form->addRow(heading);
    m_rows.append(Row{QString(), SpecField(), heading, nullptr, {}, QChar()});
}

void SpecForm::setConstant(const QString &path, const QJsonValue &value)
{
    if (value.isUndefined())
        m_constants.remove(path);
    else
        m_constants.insert(path, value);
    refresh();
}

void SpecForm::removeConstants(const QString &prefix)
{
    const QStringList keys = m_constants.keys();
    for (const QString &key : keys) {
        if (key.startsWith(prefix))
            m_constants.remove(key);
    }
    refresh();
}

int SpecForm::rowCount() const
{
    return int(m_rows.size());
}

QStringList SpecForm::paths(int row) const
{
    QStringList out;
    for (qsizetype i = qMax(row, 0); i < m_rows.size(); ++i) {
        if (!m_rows.at(i).path.isEmpty())
            out.append(m_rows.at(i).path);
    }
    return out;
}

void SpecForm::truncate(int row)
{
    while (m_rows.size() > qMax(row, 0)) {
        const Row removed = m_rows.takeLast();
        if (!removed.mnemonic.isNull())
            m_mnemonics.remove(removed.mnemonic);
        // Taken out and deleted later: the editor may be the one whose signal got us here.
        const QFormLayout::TakeRowResult taken = m_form->takeRow(m_form->rowCount() - 1);
        for (QLayoutItem *item : {taken.labelItem, taken.fieldItem}) {
            if (!item)
                continue;
            if (QWidget *widget = item->widget()) {
                widget->hide();
                widget->disconnect(this);
                widget->deleteLater();
            }
            delete item;
        }
    }
    refresh();
}

const SpecForm::Row *SpecForm::rowOf(const QString &path) const
{
    for (const Row &row : m_rows) {
        if (!row.path.isEmpty() && row.path == path)
            return &row;
    }
    return nullptr;
}

QWidget *SpecForm::editor(const QString &path) const
{
    const Row *row = rowOf(path);
    return row ? row->editor : nullptr;
}

EntityPicker *SpecForm::picker(const QString &path) const
{
    return qobject_cast<EntityPicker *>(editor(path));
}

SpecField SpecForm::field(const QString &path) const
{
    const Row *row = rowOf(path);
    return row ? row->field : SpecField();
}

QLabel *SpecForm::label(const QString &path) const
{
    const Row *row = rowOf(path);
    return row ? row->label : nullptr;
}

QJsonValue SpecForm::value(const QString &path) const
{
    const Row *row = rowOf(path);
    return row && row->value ? row->value() : QJsonValue(QJsonValue::Undefined);
}

QJsonObject SpecForm::json() const
{
    QJsonObject out;
    for (auto it = m_constants.begin(); it != m_constants.end(); ++it)
        out = withPath(out, it.key(), it.value());
    for (const Row &row : m_rows) {
        if (row.path.isEmpty() || !row.value)
            continue;
        const QJsonValue value = row.value();
        if (!isEmptyValue(value))
            out = withPath(out, row.path, value);
    }
    return out;
}

QString SpecForm::titleFor(const QString &path) const
{
    if (const Row *row = rowOf(path))
        return row->field.title.isEmpty() ? words(path) : row->field.title;
    // A problem with an object a row edits part of ("content" when "content.value" is a row).
    for (const Row &row : m_rows) {
        if (!row.path.isEmpty() && path.startsWith(row.path + QLatin1Char('.')))
            return row.field.title;
    }
    return words(path);
}

QString SpecForm::reasonFor(const SpecViolation &violation) const
{
    return tr("%1 %2.", "a field's title, then what is wrong with it (\"Agent\" \"is required\")")
        .arg(titleFor(violation.path), violation.reason);
}

QString SpecForm::firstReason() const
{
    if (m_violations.isEmpty())
        return {};
    const QString reason = reasonFor(m_violations.constFirst());
    return m_caption.isEmpty()
               ? reason
               : tr("%1: %2", "a form's caption, then its problem").arg(m_caption, reason);
}

void SpecForm::setReasonVisible(bool visible)
{
    m_reasonVisible = visible;
    m_reason->setVisible(visible && !m_violations.isEmpty());
}

void SpecForm::reserveMnemonics(const QString &letters)
{
    for (const QChar letter : letters)
        m_mnemonics.insert(letter.toLower());
}

bool SpecForm::hasRequiredRows() const
{
    return std::any_of(m_rows.begin(), m_rows.end(),
                       [](const Row &row) { return row.field.required; });
}

QWidget *SpecForm::firstEditor() const
{
    for (const Row &row : m_rows) {
        if (row.field.required && !row.path.isEmpty())
            return row.editor;
    }
    for (const Row &row : m_rows) {
        if (!row.path.isEmpty())
            return row.editor;
    }
    return nullptr;
}

void SpecForm::refresh()
{
    m_violations = m_workspace.spec().validate(m_schema, json());
    // Problems in the order the rows show them, so the reason names the first field to fix.
    const auto rank = [this](const SpecViolation &violation) {
        for (qsizetype i = 0; i < m_rows.size(); ++i) {
            const QString &path = m_rows.at(i).path;
            if (!path.isEmpty() &&
                (violation.path == path || violation.path.startsWith(path + QLatin1Char('.')) ||
                 path.startsWith(violation.path + QLatin1Char('.'))))
                return i;
        }
        return m_rows.size();
    };
    std::stable_sort(
        m_violations.begin(), m_violations.end(),
        [&rank](const SpecViolation &a, const SpecViolation &b) { return rank(a) < rank(b); });
    m_reason->setText(firstReason());
    m_reason->setVisible(m_reasonVisible && !m_violations.isEmpty());
    Q_EMIT changed();
    const bool valid = m_violations.isEmpty();
    if (valid != m_valid) {
        m_valid = valid;
        Q_EMIT validityChanged(valid);
    }
}
