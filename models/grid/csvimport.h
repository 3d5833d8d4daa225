#pragma once

#include "celledit.h"
#include "csvcodec.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

class ProfileGridModel;

// One change a CSV file makes to a loaded record: what the grid shows now and what the file says.
struct CsvChange
{
    int line = 0; // the record's row in the file as a spreadsheet numbers it (the header is 1)
    int row = -1; // the grid row
    QString id;
    int column = -1;
    QVariant oldValue;
    QVariant newValue;
};

// A line of the file that is not imported (skipped), or a column or value of it that is not, and
// why.
struct CsvProblem
{
    int line = 0;
    QString reason;
    bool skipped = true; // the whole line was left out
};

// Reads a CSV file against the loaded records of a profile grid and says what it would change,
// without changing anything: each line is matched to a record by its Id column, else by its Email
// column; a line's values that differ from the grid's become CellEdits for applyEdits(). Every
// line that cannot be imported is listed with the reason (unknown id or email, a profile named
// twice, a value the spec refuses); nothing is dropped silently. Columns are matched by their
// title (as CsvExporter writes it) or their field name; an empty cell clears the field, a cell
// missing from a short line changes nothing. Matching
// by email needs every record, so load the whole directory first (ProfileGridModel::loadAll).
class CsvImport
{
    Q_DECLARE_TR_FUNCTIONS(CsvImport)

public:
    explicit CsvImport(const ProfileGridModel &model);

    // The table's first record is the header.
    void read(const CsvCodec::Table &table);
    // False when the file cannot be opened (the reason is the first problem).
    bool readFile(const QString &path);

    const QList<CsvChange> &changes() const { return m_changes; }
    const QList<CsvProblem> &problems() const { return m_problems; }
    // Lines that matched a record and were read without a problem (changed or not).
    int matchedCount() const { return m_matched; }
    QList<CellEdit> edits() const;

private:
    void problem(int line, const QString &reason, bool skipped = true)
    {
        m_problems.append(CsvProblem{line, reason, skipped});
    }
    QList<int> mapHeader(const QStringList &header);
    int matchRow(int line, const QStringList &record, int idAt, int emailAt,
                 const QHash<QString, int> &byEmail);

    const ProfileGridModel &m_model;
    QList<CsvChange> m_changes;
    QList<CsvProblem> m_problems;
    int m_matched = 0;
};
