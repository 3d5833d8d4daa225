#include "teamlistmodel.h"

#include "api/dixaapi.h"

TeamListModel::TeamListModel(DixaApi &api, QObject *parent)
    : EntityListModel(api, parent)
{}

TeamListModel::~TeamListModel() = default;

int TeamListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TeamListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Dixa::Team &team = item(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ItemRoles::RawValueRole:
    case ItemRoles::NameRole:
        // A team listed without a name (an agent's teams carry ids only) shows its id.
        return team.name.value_or(team.id);
    default:
        return itemData(index.row(), role);
    }
}

QVariant TeamListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section == Name)
        return tr("Name", "team");
    return QAbstractTableModel::headerData(section, orientation, role);
}

ApiCall<QList<Dixa::Team>> TeamListModel::request()
{
    return api().teams();
}

QList<int> TeamListModel::contentRoles() const
{
    return {Qt::DisplayRole, ItemRoles::RawValueRole, ItemRoles::EntityRole, ItemRoles::NameRole};
}
