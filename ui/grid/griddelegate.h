#pragma once

#include <QStyledItemDelegate>

// Paints the cells of a profile grid: staged changes on a pale yellow, invalid cells on a pale red
// with the spec's reason as tooltip.
class GridDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GridDelegate)

public:
    explicit GridDelegate(QObject *parent = nullptr);
    ~GridDelegate() override;

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
