#include "csvexporter.h"

#include "profilegridmodel.h"

#include <QDir>
#include <QSaveFile>

CsvExporter::CsvExporter(const ProfileGridModel &model)
    : m_model(model)
{}

CsvCodec::Table CsvExporter::table() const
{
    QList<int> columns = m_columns;
    if (columns.isEmpty()) {
        for (int column = 0; column < m_model.columnCount(); ++column)
            columns.append(column);
    }
    QList<int> rows = m_rows;
    if (rows.isEmpty()) {
        for (int row = 0; row < m_model.rowCount(); ++row)
            rows.append(row);
    }
    CsvCodec::Table table;
    table.reserve(rows.size() + 1);
    QStringList header;
    for (int column : std::as_const(columns))
        header.append(m_model.column(column).title);
    table.append(header);
    for (int row : std::as_const(rows)) {
        if (row < 0 || row >= m_model.rowCount())
            continue;
        QStringList record;
        record.reserve(columns.size());
        for (int column : std::as_const(columns)) {
            // Time columns keep the server's exact text: it reads back unchanged.
            const QVariant value = m_model.value(row, column);
            record.append(m_model.column(column).type == GridColumn::Type::List
                              ? value.toStringList().join(listSeparator())
                              : value.toString());
        }
        table.append(record);
    }
    return table;
}

bool CsvExporter::write(const QString &path, QString *error) const
{
    QSaveFile file(path);
    const bool written = file.open(QIODevice::WriteOnly) &&
                         file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) &&
                         file.write(CsvCodec::toBytes(table())) >= 0 && file.commit();
    if (!written && error)
        *error = tr("The grid could not be exported to %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
    return written;
}
