#include "profilegridmodel.h"

#include "api/apijob.h"
#include "entities/dixatime.h"
#include "items/itemtext.h"
#include "spec/speccatalog.h"

#include <QJsonArray>

namespace {
QStringList stringList(const QJsonValue &value)
{
    QStringList items;
    for (const QJsonValue &item : value.toArray())
        items.append(item.toString());
    return items;
}
} // namespace

ProfileGridModel::ProfileGridModel(DixaApi &api, const SpecCatalog &spec, const QString &schema,
                                   const QList<GridColumn> &readOnlyColumns, QObject *parent)
    : ApiTableModel(api, parent)
    , m_spec(spec)
    , m_schema(schema)
{
    for (const SpecField &field : spec.fields(schema)) {
        if (field.name == QLatin1String("id"))
            continue; // the record's key: shown read-only, never edited
        GridColumn column;
        column.field = field.name;
        column.title = field.title.isEmpty() ? field.name : field.title;
        column.type =
            field.type == QLatin1String("array") ? GridColumn::Type::List : GridColumn::Type::Text;
        column.editable = true;
        column.required = field.required;
        m_columns.append(column);
    }
    m_columns.append(readOnlyColumns);
    for (int i = 0; i < m_columns.size(); ++i)
        m_columnOf.insert(m_columns.at(i).field, i);
}

ProfileGridModel::~ProfileGridModel() = default;

bool ProfileGridModel::isEditable(int column) const
{
    return column >= 0 && column < m_columns.size() && m_columns.at(column).editable;
}

int ProfileGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProfileGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QString ProfileGridModel::idAt(int row) const
{
    return m_rows.at(row).record.value(QLatin1String("id")).toString();
}

QVariant ProfileGridModel::recordValue(const QJsonObject &record, int column) const
{
    const GridColumn &spec = m_columns.at(column);
    const QJsonValue value = record.value(spec.field);
    if (spec.type == GridColumn::Type::List)
        return stringList(value);
    return value.toString();
}

QVariant ProfileGridModel::originalValue(int row, int column) const
{
    return recordValue(m_rows.at(row).record, column);
}

QVariant ProfileGridModel::value(int row, int column) const
{
    const Row &entry = m_rows.at(row);
    const auto staged = entry.staged.constFind(column);
    return staged != entry.staged.cend() ? *staged : recordValue(entry.record, column);
}

QVariant ProfileGridModel::cellData(const Row &row, int column, int role) const
{
    const GridColumn &spec = m_columns.at(column);
    const auto current = [&] {
        const auto staged = row.staged.constFind(column);
        return staged != row.staged.cend() ? *staged : recordValue(row.record, column);
    };
    const auto fieldValue = [&](const QString &field) {
        const int other = columnOf(field);
        return other < 0 ? QVariant() : cellData(row, other, Qt::EditRole);
    };
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case ItemRoles::RawValueRole:
        if (spec.type == GridColumn::Type::Time) {
            const auto time = Dixa::DixaTime::fromString(current().toString());
            return role == Qt::EditRole ? QVariant(time.toUtc())
                                        : ItemText::time(time, role == ItemRoles::RawValueRole);
        }
        if (spec.type == GridColumn::Type::List && role != Qt::EditRole)
            return ItemText::list(current().toStringList());
        return current();
    case GridRoles::CellChangedRole:
        return row.staged.contains(column);
    case GridRoles::OriginalValueRole:
        return recordValue(row.record, column);
    case GridRoles::CellErrorRole:
        return row.errors.value(column);
    case GridRoles::RowStatusRole:
        return int(row.status);
    case GridRoles::RowMessageRole:
        return row.message;
    case GridRoles::FieldNameRole:
        return spec.field;
    case GridRoles::ListColumnRole:
        return spec.type == GridColumn::Type::List;
    case ItemRoles::IdRole:
        return row.record.value(QLatin1String("id")).toString();
    case ItemRoles::EntityRole:
        return entity(row.record);
    case ItemRoles::DisplayNameRole:
        return fieldValue(QStringLiteral("displayName"));
    case ItemRoles::EmailRole:
        return fieldValue(QStringLiteral("email"));
    case ItemRoles::PhoneRole:
        return fieldValue(QStringLiteral("phoneNumber"));
    case ItemRoles::CreatedAtRole:
        return Dixa::DixaTime::fromString(row.record.value(QLatin1String("createdAt")).toString())
            .toUtc();
    default:
        return modelStateData(role);
    }
}

QVariant ProfileGridModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return cellData(m_rows.at(index.row()), index.column(), role);
}

bool ProfileGridModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        !isEditable(index.column()))
        return false;
    const CellEdit edit{idAt(index.row()), index.column(), value};
    const QList<CellEdit> undo = applyEdits({edit});
    if (!undo.isEmpty())
        Q_EMIT cellEdited(CellEdit{edit.id, edit.column, this->value(index.row(), index.column())},
                          undo.constFirst());
    return true;
}

Qt::ItemFlags ProfileGridModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && isEditable(index.column()))
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant ProfileGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const GridColumn &column = m_columns.at(section);
    switch (role) {
    case Qt::DisplayRole:
        return column.title;
    case GridRoles::FieldNameRole:
        return column.field;
    case GridRoles::RequiredRole:
        return column.required;
    case GridRoles::ListColumnRole:
        return column.type == GridColumn::Type::List;
    default:
        return QAbstractTableModel::headerData(section, orientation, role);
    }
}

QHash<int, QByteArray> ProfileGridModel::roleNames() const
{
    QHash<int, QByteArray> names = ApiTableModel::roleNames();
    names.insert(GridRoles::names());
    return names;
}

bool ProfileGridModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_fetching && !m_failed && (!m_started || !m_nextPage.isEmpty());
}

void ProfileGridModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_started = true;
    m_fetching = true;
    setLoading(true);
    const quint64 generation = m_generation;
    m_pageJob = requestPage(
        m_pageLimit, m_nextPage, this,
        [this, generation](const ApiError &error, const QList<QJsonObject> &records,
                           const QString &nextPage) {
            if (generation != m_generation)
                return; // a page of a list read before reload()
            m_fetching = false;
            m_pageJob = nullptr;
            setLoading(false);
            if (error.isError()) {
                m_failed = true; // no more fetchMore until reload(): a view would retry forever
                m_loadAll = false;
                setError(error);
                Q_EMIT loadFinished();
                return;
            }
            setError({});
            m_nextPage = nextPage;
            appendRecords(records);
            Q_EMIT loadFinished();
            if (m_loadAll && !m_nextPage.isEmpty())
                fetchMore({});
            else if (m_nextPage.isEmpty())
                m_loadAll = false;
        });
}

bool ProfileGridModel::atEnd() const
{
    return m_started && !m_fetching && m_nextPage.isEmpty() && !m_failed;
}

void ProfileGridModel::loadAll()
{
    if (atEnd())
        return;
    m_loadAll = true;
    fetchMore({}); // does nothing while a page is in flight; its landing goes on
}

void ProfileGridModel::reload()
{
    // Staged edits wait for their records to land again.
    for (const Row &row : std::as_const(m_rows)) {
        if (!row.staged.isEmpty())
            m_pending.insert(row.record.value(QLatin1String("id")).toString(), row.staged);
    }
    ++m_generation; // first: a cancelled job reports at once and must be seen as old
    if (m_pageJob)
        m_pageJob->cancel();
    m_pageJob = nullptr;
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    m_stagedIds.clear();
    m_nextPage.clear();
    m_started = false;
    m_fetching = false;
    m_failed = false;
    endResetModel();
    setLoading(false);
    setError({});
    Q_EMIT stagingChanged();
    fetchMore({});
}

void ProfileGridModel::appendRecords(const QList<QJsonObject> &records)
{
    QList<Row> fresh;
    fresh.reserve(records.size());
    for (const QJsonObject &record : records) {
        const QString id = record.value(QLatin1String("id")).toString();
        if (id.isEmpty() || m_rowOf.contains(id))
            continue; // the data moved under the pager; the row is shown already
        m_rowOf.insert(id, int(m_rows.size() + fresh.size()));
        fresh.append(Row{record, {}, {}, {}, {}, GridRoles::RowStatus::Unchanged});
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    m_rows.append(fresh);
    endInsertRows();
    stagePending(first);
}
