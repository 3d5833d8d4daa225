#pragma once

#include "api/dixaapi.h"
#include "entities/agent.h"
#include "pagedentitymodel.h"

// The organisation's agents and admins (GET /agents), a page at a time; one column per profile
// field. Read-only: editing comes with the agent grid.
class AgentTableModel final : public PagedEntityModel<Dixa::Agent>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentTableModel)

public:
    enum Column {
        DisplayName,
        Email,
        Phone,
        FirstName,
        LastName,
        MiddleNames,
        AdditionalEmails,
        AdditionalPhones,
        Roles,
        AvatarUrl,
        Created,
        Id,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit AgentTableModel(DixaApi &api, QObject *parent = nullptr);
    ~AgentTableModel() override;

    // Dixa's list filter (email or phone); a change reloads.
    void setFilter(const UserListFilter &filter);
    const UserListFilter &filter() const { return m_filter; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    ApiCall<Page<Dixa::Agent>> requestPage(int pageLimit, const QString &pageLink) override;

private:
    QVariant columnValue(const Dixa::Agent &agent, int column, bool raw) const;

    UserListFilter m_filter;
};
