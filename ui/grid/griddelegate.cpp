#include "griddelegate.h"

#include "grid/gridroles.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QToolTip>

GridDelegate::GridDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

GridDelegate::~GridDelegate() = default;

void GridDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(GridRoles::CellErrorRole).toString().isEmpty())
        option->backgroundBrush = QColor(0xf8, 0xd7, 0xda);
    else if (index.data(GridRoles::CellChangedRole).toBool())
        option->backgroundBrush = QColor(0xff, 0xf3, 0xb0);
}

bool GridDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                             const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const QString error = index.data(GridRoles::CellErrorRole).toString();
    if (event && event->type() == QEvent::ToolTip && !error.isEmpty()) {
        QToolTip::showText(event->globalPos(), error, view);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}
