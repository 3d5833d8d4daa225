#pragma once

#include "entities/team.h"
#include "entitylistmodel.h"

class DixaApi;

// The organisation's teams (GET /teams).
class TeamListModel final : public EntityListModel<Dixa::Team>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamListModel)

public:
    enum Column { Name, ColumnCount };
    Q_ENUM(Column)

    explicit TeamListModel(DixaApi &api, QObject *parent = nullptr);
    ~TeamListModel() override;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    ApiCall<QList<Dixa::Team>> request() override;
    QList<int> contentRoles() const override;
};
