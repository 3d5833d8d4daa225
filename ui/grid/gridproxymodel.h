#pragma once

#include <QSortFilterProxyModel>

// Sorts and filters a profile grid on the raw values (and on row status), and shows each row's
// status (edited, invalid, saving, saved, failed) in the vertical header with the reason or the
// server's message as its tooltip.
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

    // Shows only rows in one of these RowStatus values (empty: every row), on top of the text
    // filter; rows come and go as their status changes.
    void setStatusFilter(const QList<int> &statuses);
    QList<int> statusFilter() const { return m_statuses; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QList<int> m_statuses;
};
