#include "csvchangemodel.h"

#include "grid/csvexporter.h"
#include "grid/csvimport.h"
#include "grid/profilegridmodel.h"

#include <QFont>
#include <QSet>

namespace {
QString valueText(const QVariant &value)
{
    return value.typeId() == QMetaType::QStringList
               ? value.toStringList().join(CsvExporter::listSeparator())
               : value.toString();
}
} // namespace

CsvChangeModel::CsvChangeModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

CsvChangeModel::~CsvChangeModel() = default;

void CsvChangeModel::setChanges(const ProfileGridModel &grid, const QList<CsvChange> &changes)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(changes.size());
    QSet<QString> records;
    const int nameColumn = grid.columnOf(QStringLiteral("displayName"));
    for (const CsvChange &change : changes) {
        Row row;
        row.line = change.line;
        row.id = change.id;
        // The name the grid shows now: the file may be the one renaming it.
        const QString name = nameColumn >= 0 && change.row >= 0 && change.row < grid.rowCount()
                                 ? grid.value(change.row, nameColumn).toString()
                                 : QString();
        row.record = name.isEmpty()
                         ? change.id
                         : tr("%1 (%2)", "a profile: display name (id)").arg(name, change.id);
        row.field = change.column >= 0 && change.column < grid.columnCount()
                        ? grid.column(change.column).title
                        : QString();
        row.current = valueText(change.oldValue);
        row.next = valueText(change.newValue);
        records.insert(change.id);
        m_rows.append(row);
    }
    m_recordCount = int(records.size());
    endResetModel();
}

void CsvChangeModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_recordCount = 0;
    endResetModel();
}

int CsvChangeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CsvChangeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CsvChangeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const bool valueColumn = index.column() == CurrentColumn || index.column() == NewColumn;
    const QString &value = index.column() == CurrentColumn ? row.current : row.next;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LineColumn:
            return row.line;
        case RecordColumn:
            return row.record;
        case FieldColumn:
            return row.field;
        default:
            return value.isEmpty() ? tr("(empty)", "a field with no value") : value;
        }
    case Qt::EditRole: // the raw text, for tests and sorting
        switch (index.column()) {
        case LineColumn:
            return row.line;
        case RecordColumn:
            return row.id;
        case FieldColumn:
            return row.field;
        default:
            return value;
        }
    case Qt::ToolTipRole:
        if (index.column() == RecordColumn)
            return row.record;
        if (valueColumn && !value.isEmpty())
            return value;
        return {};
    case Qt::FontRole:
        if (valueColumn && value.isEmpty()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        if (index.column() == NewColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == LineColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant CsvChangeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line", "of the spreadsheet");
    case RecordColumn:
        return tr("Profile");
    case FieldColumn:
        return tr("Field");
    case CurrentColumn:
        return tr("Current value", "what the grid shows now");
    default:
        return tr("New value", "what the file sets");
    }
}
