#include "gridproxymodel.h"

#include "grid/gridroles.h"

#include <QBrush>
#include <QColor>

using GridRoles::RowStatus;

GridProxyModel::GridProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ItemRoles::RawValueRole);
    setFilterRole(Qt::DisplayRole);
    setFilterKeyColumn(-1);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    // The vertical header shows each row's status: a view repaints it only when told.
    connect(this, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight,
                   const QList<int> &roles) {
                if (roles.isEmpty() || roles.contains(GridRoles::RowStatusRole))
                    Q_EMIT headerDataChanged(Qt::Vertical, topLeft.row(), bottomRight.row());
            });
}

void GridProxyModel::setStatusFilter(const QList<int> &statuses)
{
    if (statuses == m_statuses)
        return;
    m_statuses = statuses;
    invalidateRowsFilter();
}

bool GridProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_statuses.isEmpty()) {
        const int status =
            sourceModel()->index(sourceRow, 0, sourceParent).data(GridRoles::RowStatusRole).toInt();
        if (!m_statuses.contains(status))
            return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

GridProxyModel::~GridProxyModel() = default;

QString GridProxyModel::statusText(int status)
{
    switch (RowStatus(status)) {
    case RowStatus::Unchanged:
        return {};
    case RowStatus::Edited:
        return tr("edited");
    case RowStatus::Invalid:
        return tr("invalid");
    case RowStatus::Saving:
        return tr("saving");
    case RowStatus::Saved:
        return tr("saved");
    case RowStatus::Failed:
        return tr("failed");
    }
    return {};
}

QVariant GridProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && sourceModel() &&
        sourceModel()->headerData(section, orientation, GridRoles::RequiredRole).toBool()) {
        // Required columns are marked the way forms mark required fields.
        if (role == Qt::DisplayRole)
            return tr("%1 *").arg(
                QSortFilterProxyModel::headerData(section, orientation, role).toString());
        if (role == Qt::ToolTipRole)
            return tr("Required");
    }
    if (orientation != Qt::Vertical || section < 0 || section >= rowCount() || !sourceModel() ||
        sourceModel()->columnCount() == 0)
        return QSortFilterProxyModel::headerData(section, orientation, role);
    const QModelIndex cell = index(section, 0);
    const int status = cell.data(GridRoles::RowStatusRole).toInt();
    switch (role) {
    case Qt::DisplayRole: {
        const QString text = statusText(status);
        return text.isEmpty() ? QString::number(section + 1) : text;
    }
    case Qt::ToolTipRole: {
        const QString message = cell.data(GridRoles::RowMessageRole).toString();
        return message.isEmpty() ? QVariant() : QVariant(message);
    }
    case Qt::ForegroundRole:
        switch (RowStatus(status)) {
        case RowStatus::Invalid:
        case RowStatus::Failed:
            return QBrush(QColor(0xb0, 0x00, 0x20));
        case RowStatus::Saved:
            return QBrush(QColor(0x1b, 0x6e, 0x20));
        case RowStatus::Edited:
        case RowStatus::Saving:
            return QBrush(QColor(0x8a, 0x5a, 0x00));
        case RowStatus::Unchanged:
            break;
        }
        return {};
    case GridRoles::RowStatusRole:
        return status;
    case GridRoles::RowMessageRole:
        return cell.data(GridRoles::RowMessageRole);
    default:
        return QSortFilterProxyModel::headerData(section, orientation, role);
    }
}
