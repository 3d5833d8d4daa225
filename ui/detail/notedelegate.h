#pragma once

#include <QStyledItemDelegate>

// Paints one internal note in a list: author and time on a first line, the note's text wrapped
// to the view's width below, on the tint internal messages have.
class NoteDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoteDelegate)

public:
    explicit NoteDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    struct Parts
    {
        QString author;
        QString time;
        QString text;
    };
    static Parts partsOf(const QModelIndex &index);
    static int textWidth(const QStyleOptionViewItem &option);
};
