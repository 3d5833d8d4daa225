#pragma once

#include "csvcodec.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class ProfileGridModel;

// Writes a profile grid as a CSV file a spreadsheet opens: all rows or chosen ones, all columns or
// chosen ones, a header row of column titles (which CsvImport reads back), the values the grid
// shows (staged edits included), list fields joined with "; ". The file is written atomically and
// readable by its owner only: it holds personal data.
class CsvExporter
{
    Q_DECLARE_TR_FUNCTIONS(CsvExporter)

public:
    explicit CsvExporter(const ProfileGridModel &model);

    // Source rows, in the order to write them (empty: every row).
    void setRows(const QList<int> &rows) { m_rows = rows; }
    // Columns, in the order to write them (empty: every column).
    void setColumns(const QList<int> &columns) { m_columns = columns; }

    static QString listSeparator() { return QStringLiteral("; "); }

    CsvCodec::Table table() const;
    bool write(const QString &path, QString *error = nullptr) const;

private:
    const ProfileGridModel &m_model;
    QList<int> m_rows;
    QList<int> m_columns;
};
