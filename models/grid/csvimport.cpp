#include "csvimport.h"

#include "profilegridmodel.h"

#include <QFile>
#include <QHash>

namespace {
constexpr int Ambiguous = -2;

QString key(const QString &text)
{
    return text.trimmed().toCaseFolded();
}
} // namespace

CsvImport::CsvImport(const ProfileGridModel &model)
    : m_model(model)
{}

bool CsvImport::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_changes.clear();
        m_problems.clear();
        m_matched = 0;
        problem(0, tr("The file could not be opened: %1").arg(file.errorString()));
        return false;
    }
    QString error;
    const CsvCodec::Table table = CsvCodec::parseBytes(file.readAll(), u',', &error);
    read(table);
    if (!error.isEmpty())
        problem(int(table.size()), error);
    return true;
}

QList<int> CsvImport::mapHeader(const QStringList &header)
{
    QHash<QString, int> byName;
    for (int column = 0; column < m_model.columnCount(); ++column) {
        byName.insert(key(m_model.column(column).title), column);
        byName.insert(key(m_model.column(column).field), column);
    }
    QList<int> columns; // CSV position -> grid column (-1: not imported)
    for (const QString &title : header) {
        const int column = byName.value(key(title), -1);
        if (column < 0) {
            problem(1,
                    tr("The column “%1” is not a field of this grid; its values are not "
                       "imported.")
                        .arg(title.trimmed()),
                    false);
        } else if (columns.contains(column)) {
            problem(1,
                    tr("The column “%1” appears twice; only the first is imported.")
                        .arg(title.trimmed()),
                    false);
            columns.append(-1);
            continue;
        }
        columns.append(column);
    }
    return columns;
}

int CsvImport::matchRow(int line, const QStringList &record, int idAt, int emailAt,
                        const QHash<QString, int> &byEmail)
{
    const QString id = idAt >= 0 ? record.value(idAt).trimmed() : QString();
    if (!id.isEmpty()) {
        int row = m_model.rowOf(id);
        if (row < 0)
            row = m_model.rowOf(id.toLower());
        if (row < 0)
            problem(line, tr("No loaded profile has the id %1.").arg(id));
        return row;
    }
    const QString email = emailAt >= 0 ? record.value(emailAt).trimmed() : QString();
    if (email.isEmpty()) {
        problem(line, tr("The line has neither an id nor an email to find its profile by."));
        return -1;
    }
    const int row = byEmail.value(key(email), -1);
    if (row == Ambiguous)
        problem(line, tr("More than one loaded profile has the email %1.").arg(email));
    else if (row < 0)
        problem(line, tr("No loaded profile has the email %1.").arg(email));
    return row < 0 ? -1 : row;
}

void CsvImport::read(const CsvCodec::Table &table)
{
    m_changes.clear();
    m_problems.clear();
    m_matched = 0;
    if (table.isEmpty()) {
        problem(1, tr("The file is empty."));
        return;
    }
    const QList<int> columns = mapHeader(table.constFirst());
    const int idAt = int(columns.indexOf(m_model.columnOf(QStringLiteral("id"))));
    const int emailColumn = m_model.columnOf(QStringLiteral("email"));
    const int emailAt = emailColumn < 0 ? -1 : int(columns.indexOf(emailColumn));
    if (idAt < 0 && emailAt < 0) {
        problem(1, tr("The file needs an Id or an Email column to find the profiles by."));
        return;
    }
    QHash<QString, int> byEmail;
    if (emailAt >= 0) {
        for (int row = 0; row < m_model.rowCount(); ++row) {
            const QString email = key(m_model.originalValue(row, emailColumn).toString());
            if (!email.isEmpty())
                byEmail.insert(email, byEmail.contains(email) ? Ambiguous : row);
        }
    }

    QHash<int, int> lineOfRow; // grid row -> the line that changed it
    for (qsizetype i = 1; i < table.size(); ++i) {
        const int line = int(i) + 1;
        const QStringList &record = table.at(i);
        if (record.join(QString()).trimmed().isEmpty())
            continue; // a blank line, as spreadsheets leave at the end
        if (record.size() > columns.size()) {
            bool extra = false;
            for (qsizetype j = columns.size(); j < record.size(); ++j)
                extra |= !record.at(j).trimmed().isEmpty();
            if (extra) {
                problem(line, tr("The line has %1 values but the header names %2 columns.")
                                  .arg(record.size())
                                  .arg(columns.size()));
                continue;
            }
        }
        const int row = matchRow(line, record, idAt, emailAt, byEmail);
        if (row < 0)
            continue;
        if (lineOfRow.contains(row)) {
            problem(line, tr("The profile was already changed by line %1.").arg(lineOfRow[row]));
            continue;
        }
        const bool byEmailOnly = idAt < 0 || record.value(idAt).trimmed().isEmpty();
        QHash<int, QVariant> values;
        QList<CsvChange> changes;
        for (qsizetype j = 0; j < columns.size(); ++j) {
            const int column = columns.at(j);
            // A line shorter than the header says nothing of its last columns.
            if (column < 0 || j >= record.size() || (byEmailOnly && int(j) == emailAt))
                continue;
            const QString text = record.value(j);
            if (!m_model.isEditable(column)) {
                // The id, an agent's email: read, never imported. Times are left alone
                // altogether: spreadsheets rewrite them in their own format.
                const GridColumn &spec = m_model.column(column);
                if (int(j) != idAt && spec.type != GridColumn::Type::Time &&
                    key(text) != key(m_model.value(row, column).toString()))
                    problem(line,
                            tr("%1 cannot be changed here; the file's value was not imported.")
                                .arg(spec.title),
                            false);
                continue;
            }
            const QVariant next = m_model.normalise(column, text);
            const QVariant now = m_model.value(row, column);
            if (next == now)
                continue;
            values.insert(column, next);
            changes.append(CsvChange{line, row, m_model.idAt(row), column, now, next});
        }
        if (!values.isEmpty()) {
            const QHash<int, QString> found = m_model.check(row, values);
            QStringList reasons;
            if (found.contains(-1))
                reasons.append(found.value(-1));
            for (auto it = values.cbegin(); it != values.cend(); ++it) {
                if (found.contains(it.key()))
                    reasons.append(tr("%1: %2", "column title: what is wrong with its value")
                                       .arg(m_model.column(it.key()).title, found.value(it.key())));
            }
            if (!reasons.isEmpty()) {
                problem(line, reasons.join(QStringLiteral("; ")));
                continue;
            }
        }
        lineOfRow.insert(row, line);
        ++m_matched;
        m_changes.append(changes);
    }
}

QList<CellEdit> CsvImport::edits() const
{
    QList<CellEdit> edits;
    edits.reserve(m_changes.size());
    for (const CsvChange &change : m_changes)
        edits.append(CellEdit{change.id, change.column, change.newValue});
    return edits;
}
