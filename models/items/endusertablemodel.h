#pragma once

#include "api/dixaapi.h"
#include "entities/enduser.h"
#include "pagedentitymodel.h"

// The organisation's end users (GET /endusers), a page at a time; one column per profile field.
// Read-only: editing comes with the end-user grid.
class EndUserTableModel final : public PagedEntityModel<Dixa::EndUser>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndUserTableModel)

public:
    enum Column {
        DisplayName,
        Email,
        Phone,
        FirstName,
        LastName,
        MiddleNames,
        ExternalId,
        AdditionalEmails,
        AdditionalPhones,
        AvatarUrl,
        Created,
        Id,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit EndUserTableModel(DixaApi &api, QObject *parent = nullptr);
    ~EndUserTableModel() override;

    // Dixa's list filter (one of email, phone, external id); a change reloads.
    void setFilter(const UserListFilter &filter);
    const UserListFilter &filter() const { return m_filter; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    ApiCall<Page<Dixa::EndUser>> requestPage(int pageLimit, const QString &pageLink) override;

private:
    static QVariant columnValue(const Dixa::EndUser &user, int column, bool raw);

    UserListFilter m_filter;
};
