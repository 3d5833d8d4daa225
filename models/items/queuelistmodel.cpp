#include "queuelistmodel.h"

#include "api/dixaapi.h"

QueueListModel::QueueListModel(DixaApi &api, QObject *parent)
    : EntityListModel(api, parent)
{}

QueueListModel::~QueueListModel() = default;

int QueueListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueueListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Dixa::Queue &queue = item(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ItemRoles::RawValueRole:
        switch (Column(index.column())) {
        case Name:
            return queue.name;
        case Priority:
            return queue.priority ? QVariant(*queue.priority) : QVariant();
        case Default:
            if (role == ItemRoles::RawValueRole)
                return queue.isDefault;
            return queue.isDefault ? tr("Default", "queue") : QString();
        case ColumnCount:
            break;
        }
        return {};
    case ItemRoles::NameRole:
        return queue.name;
    case ItemRoles::DefaultRole:
        return queue.isDefault;
    default:
        return itemData(index.row(), role);
    }
}

QVariant QueueListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("Name", "queue");
    case Priority:
        return tr("Priority", "queue");
    case Default:
        return tr("Default", "queue column");
    case ColumnCount:
        break;
    }
    return {};
}

ApiCall<QList<Dixa::Queue>> QueueListModel::request()
{
    return api().queues();
}

QList<int> QueueListModel::contentRoles() const
{
    return {Qt::DisplayRole, ItemRoles::RawValueRole, ItemRoles::EntityRole, ItemRoles::NameRole,
            ItemRoles::DefaultRole};
}
