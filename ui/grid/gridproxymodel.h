#pragma once

#include <QSortFilterProxyModel>

// Sorts and filters a profile grid on the raw values, and shows each row's status (edited,
// invalid, saving, saved, failed) in the vertical header with the reason or the server's message
// as its tooltip.
class GridProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GridProxyModel)

public:
    explicit GridProxyModel(QObject *parent = nullptr);
    ~GridProxyModel() override;

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The short word for a RowStatus value.
    static QString statusText(int status);
};
