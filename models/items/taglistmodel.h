#pragma once

#include "entities/tag.h"
#include "entitylistmodel.h"

class DixaApi;

// The organisation's tags (GET /tags): active ones only, or all with the deactivated ones.
class TagListModel final : public EntityListModel<Dixa::Tag>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagListModel)

public:
    enum Column { Name, Color, State, ColumnCount };
    Q_ENUM(Column)

    explicit TagListModel(DixaApi &api, QObject *parent = nullptr);
    ~TagListModel() override;

    bool includesDeactivated() const { return m_includeDeactivated; }
    // Reads the list again (in place) when the choice changes.
    void setIncludeDeactivated(bool include);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    ApiCall<QList<Dixa::Tag>> request() override;
    QList<int> contentRoles() const override;

private:
    bool m_includeDeactivated = false;
};
