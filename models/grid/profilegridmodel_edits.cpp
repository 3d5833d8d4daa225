// ProfileGridModel: values as the grid stores them, and the edits of paste, fill down and replace.
#include "profilegridmodel.h"

#include <QRegularExpression>

QVariant ProfileGridModel::normalise(int column, const QVariant &value) const
{
    const bool isList = value.metaType().id() == QMetaType::QStringList ||
                        value.metaType().id() == QMetaType::QVariantList;
    if (m_columns.at(column).type != GridColumn::Type::List) {
        // Stray spaces around a pasted or typed value are never meant.
        return isList ? value.toStringList().join(QStringLiteral(", ")).trimmed()
                      : value.toString().trimmed();
    }
    static const QRegularExpression separators(QStringLiteral("[,;\\r\\n]"));
    const QStringList raw = isList ? value.toStringList() : value.toString().split(separators);
    QStringList items;
    items.reserve(raw.size());
    for (const QString &item : raw) {
        const QString trimmed = item.trimmed();
        if (!trimmed.isEmpty())
            items.append(trimmed);
    }
    return items;
}

QList<CellEdit> ProfileGridModel::pasteEdits(const QList<int> &rows, const QList<int> &columns,
                                             const QList<QStringList> &table) const
{
    QList<CellEdit> edits;
    if (table.isEmpty())
        return edits;
    const bool single = table.size() == 1 && table.constFirst().size() == 1;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (!single && i >= table.size())
            break;
        const int row = rows.at(i);
        if (row < 0 || row >= m_rows.size())
            continue;
        const QStringList &cells = table.at(single ? 0 : i);
        for (qsizetype j = 0; j < columns.size(); ++j) {
            if (!single && j >= cells.size())
                break;
            if (isEditable(columns.at(j)))
                edits.append(CellEdit{idAt(row), columns.at(j), cells.at(single ? 0 : j)});
        }
    }
    return edits;
}

QList<CellEdit> ProfileGridModel::fillDownEdits(const QModelIndexList &cells) const
{
    QList<CellEdit> edits;
    QHash<int, QVariant> source; // column -> the value copied down
    for (const QModelIndex &cell : cells) {
        if (!checkIndex(cell, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
            !isEditable(cell.column()))
            continue;
        const auto it = source.constFind(cell.column());
        if (it == source.cend()) {
            source.insert(cell.column(), value(cell.row(), cell.column()));
            continue;
        }
        edits.append(CellEdit{idAt(cell.row()), cell.column(), *it});
    }
    return edits;
}

QList<CellEdit> ProfileGridModel::replaceEdits(int column, const QString &find,
                                               const QString &replacement, Qt::CaseSensitivity cs,
                                               const QList<int> &rows) const
{
    QList<CellEdit> edits;
    if (!isEditable(column) || find.isEmpty())
        return edits;
    QList<int> targets = rows;
    if (rows.isEmpty()) {
        targets.reserve(m_rows.size());
        for (int row = 0; row < m_rows.size(); ++row)
            targets.append(row);
    }
    const bool isList = m_columns.at(column).type == GridColumn::Type::List;
    for (int row : std::as_const(targets)) {
        if (row < 0 || row >= m_rows.size())
            continue;
        const QVariant current = value(row, column);
        QVariant next;
        if (isList) {
            QStringList items = current.toStringList();
            for (QString &item : items)
                item.replace(find, replacement, cs);
            next = items;
        } else {
            next = current.toString().replace(find, replacement, cs);
        }
        if (next != current)
            edits.append(CellEdit{idAt(row), column, next});
    }
    return edits;
}
