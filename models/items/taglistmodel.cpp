#include "taglistmodel.h"

#include "api/dixaapi.h"

TagListModel::TagListModel(DixaApi &api, QObject *parent)
    : EntityListModel(api, parent)
{}

TagListModel::~TagListModel() = default;

void TagListModel::setIncludeDeactivated(bool include)
{
    if (m_includeDeactivated == include)
        return;
    m_includeDeactivated = include;
    reload();
}

int TagListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TagListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Dixa::Tag &tag = item(index.row());
    const bool active = tag.state == Dixa::TagState::Active;
    switch (role) {
    case Qt::DisplayRole:
    case ItemRoles::RawValueRole:
        switch (Column(index.column())) {
        case Name:
            return tag.name;
        case Color:
            return tag.color.value_or(QString());
        case State:
            if (role == ItemRoles::RawValueRole)
                return tag.state.text();
            if (active)
                return tr("Active", "tag state");
            return tag.state == Dixa::TagState::Inactive ? tr("Inactive", "tag state")
                                                         : tag.state.text();
        case ColumnCount:
            break;
        }
        return {};
    case ItemRoles::NameRole:
        return tag.name;
    case ItemRoles::ColorRole:
        return tag.color.value_or(QString());
    case ItemRoles::ActiveRole:
        return active;
    default:
        return itemData(index.row(), role);
    }
}

QVariant TagListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("Name", "tag");
    case Color:
        return tr("Colour", "tag");
    case State:
        return tr("State", "tag");
    case ColumnCount:
        break;
    }
    return {};
}

ApiCall<QList<Dixa::Tag>> TagListModel::request()
{
    return api().tags(m_includeDeactivated);
}

QList<int> TagListModel::contentRoles() const
{
    return {Qt::DisplayRole,     ItemRoles::RawValueRole, ItemRoles::EntityRole,
            ItemRoles::NameRole, ItemRoles::ColorRole,    ItemRoles::ActiveRole};
}
