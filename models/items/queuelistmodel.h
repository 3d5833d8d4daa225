#pragma once

#include "entities/queue.h"
#include "entitylistmodel.h"

class DixaApi;

// The organisation's queues (GET /queues), with their configuration as the entity.
class QueueListModel final : public EntityListModel<Dixa::Queue>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueListModel)

public:
    enum Column { Name, Priority, Default, ColumnCount };
    Q_ENUM(Column)

    explicit QueueListModel(DixaApi &api, QObject *parent = nullptr);
    ~QueueListModel() override;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    ApiCall<QList<Dixa::Queue>> request() override;
    QList<int> contentRoles() const override;
};
