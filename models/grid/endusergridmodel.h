#pragma once

#include "profilegridmodel.h"

// The organisation's end users as an editable grid: every field of BulkUpdateEndUserInput (the
// email included), plus the creation time and the id, read-only. Reads GET /endusers page by
// page; applies through PUT /endusers.
class EndUserGridModel final : public ProfileGridModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndUserGridModel)

public:
    EndUserGridModel(DixaApi &api, const SpecCatalog &spec, QObject *parent = nullptr);
    ~EndUserGridModel() override;

    QString kind() const override { return QStringLiteral("endUsers"); }
    ApiJob *sendUpdates(const QList<QJsonObject> &items, QObject *context,
                        BulkHandler handler) override;

protected:
    ApiJob *requestPage(int pageLimit, const QString &pageLink, QObject *context,
                        PageHandler handler) override;
    QVariant entity(const QJsonObject &record) const override;

private:
    static QList<GridColumn> readOnlyColumns();
};
