// ProfileGridModel: staging, validation, the journal and the outcomes of an apply.
#include "editjournal.h"
#include "profilegridmodel.h"
#include "spec/speccatalog.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace {
const QString IdField = QStringLiteral("id");
} // namespace

QList<CellEdit> ProfileGridModel::applyEdits(const QList<CellEdit> &edits)
{
    QList<CellEdit> inverse;
    QSet<int> touched;
    for (const CellEdit &edit : edits) {
        const int row = rowOf(edit.id);
        if (row < 0 || !isEditable(edit.column))
            continue;
        const QVariant next = normalise(edit.column, edit.value);
        const QVariant before = value(row, edit.column);
        if (next == before)
            continue;
        inverse.append(CellEdit{edit.id, edit.column, before});
        stage(m_rows[row], edit.column, next);
        touched.insert(row);
    }
    // Undone last-first, so a cell edited twice in one call gets its first value back.
    std::reverse(inverse.begin(), inverse.end());
    rowsChanged(touched, true);
    return inverse;
}

QList<CellEdit> ProfileGridModel::revertRow(int row)
{
    if (row < 0 || row >= m_rows.size())
        return {};
    QList<CellEdit> undo;
    Row &entry = m_rows[row];
    const QString id = idAt(row);
    for (auto it = entry.staged.cbegin(); it != entry.staged.cend(); ++it)
        undo.append(CellEdit{id, it.key(), it.value()});
    const bool failed = entry.status == GridRoles::RowStatus::Failed;
    if (undo.isEmpty() && !failed)
        return {};
    entry.staged.clear();
    rowsChanged({row}, true);
    return undo;
}

QList<CellEdit> ProfileGridModel::revertAll()
{
    QList<CellEdit> undo;
    QSet<int> touched;
    for (int row = 0; row < m_rows.size(); ++row) {
        Row &entry = m_rows[row];
        if (entry.staged.isEmpty())
            continue;
        const QString id = idAt(row);
        for (auto it = entry.staged.cbegin(); it != entry.staged.cend(); ++it)
            undo.append(CellEdit{id, it.key(), it.value()});
        entry.staged.clear();
        touched.insert(row);
    }
    rowsChanged(touched, true);
    return undo;
}

QList<int> ProfileGridModel::stagedRows() const
{
    QList<int> rows;
    rows.reserve(m_stagedIds.size());
    for (const QString &id : m_stagedIds)
        rows.append(rowOf(id));
    std::sort(rows.begin(), rows.end());
    return rows;
}

bool ProfileGridModel::stage(Row &row, int column, const QVariant &normalised)
{
    if (normalised == recordValue(row.record, column))
        return row.staged.remove(column) > 0;
    const auto it = row.staged.constFind(column);
    if (it != row.staged.cend() && *it == normalised)
        return false;
    row.staged.insert(column, normalised);
    return true;
}

QJsonObject ProfileGridModel::merged(const Row &row, const QHash<int, QVariant> &values) const
{
    QJsonObject item{{IdField, row.record.value(IdField).toString()}};
    for (int column = 0; column < m_columns.size(); ++column) {
        const GridColumn &spec = m_columns.at(column);
        if (!spec.editable)
            continue;
        QVariant value;
        if (values.contains(column))
            value = normalise(column, values.value(column));
        else if (row.staged.contains(column))
            value = row.staged.value(column);
        else
            value = recordValue(row.record, column);
        if (spec.type == GridColumn::Type::List)
            item.insert(spec.field, QJsonArray::fromStringList(value.toStringList()));
        else
            item.insert(spec.field, value.toString());
    }
    return item;
}

QJsonObject ProfileGridModel::payload(int row) const
{
    return merged(m_rows.at(row), {});
}

QHash<int, QString> ProfileGridModel::check(int row, const QHash<int, QVariant> &values) const
{
    return problems(m_rows.at(row), values);
}

QHash<int, QString> ProfileGridModel::problems(const Row &row,
                                               const QHash<int, QVariant> &values) const
{
    static const QRegularExpression fieldEnd(QStringLiteral("[.\\[]"));
    const QJsonObject item = merged(row, values);
    QHash<int, QString> found;
    const auto add = [&found](int column, const QString &reason) {
        QString &text = found[column];
        text = text.isEmpty() ? reason : text + QStringLiteral("; ") + reason;
    };
    for (const SpecViolation &violation : m_spec.validate(m_schema, item)) {
        const QString field = violation.path.section(fieldEnd, 0, 0);
        const int column = field == IdField ? -1 : columnOf(field);
        if (column < 0)
            add(-1, violation.path.isEmpty() ? violation.reason
                                             : tr("%1: %2", "a JSON path: what is wrong with it")
                                                   .arg(violation.path, violation.reason));
        else
            add(column, violation.reason);
    }
    // The schema only asks for the member; Dixa refuses a blank one too.
    for (int column = 0; column < m_columns.size(); ++column) {
        const GridColumn &spec = m_columns.at(column);
        if (spec.editable && spec.required && spec.type == GridColumn::Type::Text &&
            item.value(spec.field).toString().trimmed().isEmpty() && !found.contains(column))
            add(column, tr("is required"));
    }
    return found;
}

void ProfileGridModel::validate(Row &row) const
{
    if (row.staged.isEmpty()) {
        row.errors.clear();
        return;
    }
    row.errors = problems(row, {});
}

void ProfileGridModel::refreshStatus(Row &row)
{
    if (row.status == GridRoles::RowStatus::Saving)
        return; // the server's answer decides
    row.message.clear();
    if (row.staged.isEmpty()) {
        row.status = GridRoles::RowStatus::Unchanged;
        return;
    }
    if (row.errors.isEmpty()) {
        row.status = GridRoles::RowStatus::Edited;
        return;
    }
    row.status = GridRoles::RowStatus::Invalid;
    QStringList reasons;
    if (row.errors.contains(-1))
        reasons.append(row.errors.value(-1));
    for (int column = 0; column < m_columns.size(); ++column) {
        if (row.errors.contains(column))
            reasons.append(tr("%1: %2", "column title: what is wrong with its value")
                               .arg(m_columns.at(column).title, row.errors.value(column)));
    }
    row.message = reasons.join(QStringLiteral("; "));
}

void ProfileGridModel::rowsChanged(const QSet<int> &rows, bool revalidate)
{
    if (rows.isEmpty())
        return;
    QList<int> sorted(rows.cbegin(), rows.cend());
    std::sort(sorted.begin(), sorted.end());
    const qsizetype stagedBefore = m_stagedIds.size();
    for (int row : std::as_const(sorted)) {
        Row &entry = m_rows[row];
        if (revalidate) {
            validate(entry);
            refreshStatus(entry);
        }
        const QString id = entry.record.value(IdField).toString();
        if (entry.staged.isEmpty())
            m_stagedIds.remove(id);
        else
            m_stagedIds.insert(id);
    }
    // Every column: the row's status and message are shown in each of its cells.
    static const QList<int> roles{Qt::DisplayRole,
                                  Qt::EditRole,
                                  ItemRoles::RawValueRole,
                                  ItemRoles::DisplayNameRole,
                                  ItemRoles::EmailRole,
                                  ItemRoles::PhoneRole,
                                  GridRoles::CellChangedRole,
                                  GridRoles::CellErrorRole,
                                  GridRoles::RowStatusRole,
                                  GridRoles::RowMessageRole};
    const int lastColumn = int(m_columns.size()) - 1;
    for (qsizetype i = 0; i < sorted.size();) {
        qsizetype j = i;
        while (j + 1 < sorted.size() && sorted.at(j + 1) == sorted.at(j) + 1)
            ++j;
        Q_EMIT dataChanged(index(sorted.at(i), 0), index(sorted.at(j), lastColumn), roles);
        i = j + 1;
    }
    writeJournal(rows);
    if (stagedBefore != m_stagedIds.size() || revalidate)
        Q_EMIT stagingChanged();
}

void ProfileGridModel::setJournal(EditJournal *journal)
{
    m_journal = journal;
}

EditJournal *ProfileGridModel::journal() const
{
    return m_journal;
}

void ProfileGridModel::writeJournal(const QSet<int> &rows)
{
    if (!m_journal)
        return;
    QHash<QString, EditJournal::RowEdits> entries;
    for (int row : rows) {
        const Row &entry = m_rows.at(row);
        EditJournal::RowEdits cells;
        for (auto it = entry.staged.cbegin(); it != entry.staged.cend(); ++it) {
            cells.insert(m_columns.at(it.key()).field,
                         EditJournal::Cell{recordValue(entry.record, it.key()), it.value()});
        }
        entries.insert(entry.record.value(IdField).toString(), cells);
    }
    m_journal->setRows(kind(), entries);
}

void ProfileGridModel::stagePending(int firstRow)
{
    if (m_pending.isEmpty())
        return;
    QSet<int> touched;
    for (int row = firstRow; row < m_rows.size(); ++row) {
        const auto pending = m_pending.constFind(idAt(row));
        if (pending == m_pending.cend())
            continue;
        for (auto it = pending->cbegin(); it != pending->cend(); ++it) {
            if (stage(m_rows[row], it.key(), normalise(it.key(), it.value())))
                touched.insert(row);
        }
        m_pending.erase(pending);
    }
    rowsChanged(touched, true);
}

int ProfileGridModel::restore(const EditJournal &journal)
{
    QSet<int> touched;
    const QHash<QString, EditJournal::RowEdits> rows = journal.rows(kind());
    for (auto entry = rows.cbegin(); entry != rows.cend(); ++entry) {
        QHash<int, QVariant> values;
        for (auto cell = entry->cbegin(); cell != entry->cend(); ++cell) {
            const int column = columnOf(cell.key());
            if (isEditable(column))
                values.insert(column, cell->value);
        }
        const int row = rowOf(entry.key());
        if (row < 0) {
            m_pending[entry.key()].insert(values);
            continue;
        }
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            if (stage(m_rows[row], it.key(), normalise(it.key(), it.value())))
                touched.insert(row);
        }
    }
    rowsChanged(touched, true);
    return int(touched.size());
}

QList<int> ProfileGridModel::rowsToApply(bool failedOnly) const
{
    QList<int> rows;
    for (int row = 0; row < m_rows.size(); ++row) {
        const Row &entry = m_rows.at(row);
        if (entry.staged.isEmpty() || !entry.errors.isEmpty() ||
            entry.status == GridRoles::RowStatus::Saving)
            continue;
        if (failedOnly && entry.status != GridRoles::RowStatus::Failed)
            continue;
        rows.append(row);
    }
    return rows;
}

void ProfileGridModel::markSaving(const QStringList &ids)
{
    QSet<int> touched;
    for (const QString &id : ids) {
        const int row = rowOf(id);
        if (row < 0)
            continue;
        Row &entry = m_rows[row];
        entry.status = GridRoles::RowStatus::Saving;
        entry.sent = entry.staged;
        entry.message.clear();
        touched.insert(row);
    }
    rowsChanged(touched, false);
}

void ProfileGridModel::applyOutcomes(const QList<RowOutcome> &outcomes)
{
    QSet<int> touched;
    for (const RowOutcome &outcome : outcomes) {
        const int row = rowOf(outcome.id);
        if (row < 0) {
            if (outcome.succeeded)
                m_pending.remove(outcome.id); // reloaded meanwhile: the edits are saved
            continue;
        }
        Row &entry = m_rows[row];
        if (outcome.succeeded) {
            if (!outcome.record.isEmpty())
                entry.record = outcome.record;
            // Cells edited again while the row was saving keep their new value staged.
            QHash<int, QVariant> left;
            for (auto it = entry.staged.cbegin(); it != entry.staged.cend(); ++it) {
                const auto sent = entry.sent.constFind(it.key());
                if (sent != entry.sent.cend() && *sent == it.value())
                    continue;
                if (it.value() != recordValue(entry.record, it.key()))
                    left.insert(it.key(), it.value());
            }
            entry.staged = left;
            entry.sent.clear();
            entry.status = GridRoles::RowStatus::Edited;
            validate(entry);
            refreshStatus(entry);
            if (entry.staged.isEmpty())
                entry.status = GridRoles::RowStatus::Saved;
        } else {
            entry.sent.clear();
            validate(entry);
            entry.status = GridRoles::RowStatus::Failed;
            entry.message = outcome.message;
        }
        touched.insert(row);
    }
    rowsChanged(touched, false);
}
