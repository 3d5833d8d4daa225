#include "griddelegate.h"

#include "listeditor.h"

#include "grid/gridroles.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPointer>
#include <QToolTip>

namespace {
bool isListCell(const QModelIndex &index)
{
    return index.data(GridRoles::ListColumnRole).toBool();
}
} // namespace

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

QWidget *GridDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    if (!isListCell(index))
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *editor = new ListEditor(parent);
    editor->setAutoFillBackground(true);
    // The view sizes the editor before it fills it; the size depends on the entries.
    editor->setItems(index.data(Qt::EditRole).toStringList());
    // The text box inside gets the keys and the focus, so the view's own editor filter never
    // sees Ctrl+Enter or the focus leaving: the editor says so itself.
    // A view ignores both for an editor it already closed (Escape, then the focus leaving).
    auto *self = const_cast<GridDelegate *>(this);
    const QPointer<ListEditor> guard(editor);
    connect(editor, &ListEditor::editingFinished, self, [self, guard] {
        if (!guard)
            return;
        Q_EMIT self->commitData(guard);
        Q_EMIT self->closeEditor(guard, QAbstractItemDelegate::NoHint);
    });
    return editor;
}

bool GridDelegate::eventFilter(QObject *object, QEvent *event)
{
    // Escape closes a list editor unsaved; the focus leaving it right after must not save it.
    if (event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        if (auto *list = qobject_cast<ListEditor *>(object))
            disconnect(list, &ListEditor::editingFinished, this, nullptr);
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

void GridDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *list = qobject_cast<ListEditor *>(editor)) {
        list->setItems(index.data(Qt::EditRole).toStringList());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void GridDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                const QModelIndex &index) const
{
    if (auto *list = qobject_cast<ListEditor *>(editor)) {
        model->setData(index, list->items(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

void GridDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    auto *list = qobject_cast<ListEditor *>(editor);
    if (!list) {
        QStyledItemDelegate::updateEditorGeometry(editor, option, index);
        return;
    }
    // From the cell down, wide and tall enough for the entries and a new one; near the bottom
    // of the viewport (the editor's parent) it grows up from the cell instead, so the view does
    // not cut it off.
    const int entries = qBound(4, int(list->items().size()) + 2, 8);
    QRect rect = option.rect;
    rect.setWidth(qMax(rect.width(), list->sizeHint().width()));
    rect.setHeight(qMax(rect.height(), list->heightForLines(entries)));
    if (const QWidget *area = editor->parentWidget()) {
        const QRect bounds = area->rect();
        if (rect.right() > bounds.right())
            rect.moveRight(bounds.right());
        if (rect.bottom() > bounds.bottom())
            rect.moveBottom(qMin(option.rect.bottom(), bounds.bottom()));
        rect.moveLeft(qMax(rect.left(), bounds.left()));
        rect.moveTop(qMax(rect.top(), bounds.top()));
    }
    editor->setGeometry(rect);
}
