#include "endusergridmodel.h"

#include "api/dixaapi.h"
#include "gridcalls_p.h"

EndUserGridModel::EndUserGridModel(DixaApi &api, const SpecCatalog &spec, QObject *parent)
    : ProfileGridModel(api, spec, QStringLiteral("BulkUpdateEndUserInput"), readOnlyColumns(),
                       parent)
{}

EndUserGridModel::~EndUserGridModel() = default;

QList<GridColumn> EndUserGridModel::readOnlyColumns()
{
    return {
        {QStringLiteral("createdAt"), tr("Created", "end user"), GridColumn::Type::Time},
        {QStringLiteral("id"), tr("Id", "end user"), GridColumn::Type::Text},
    };
}

ApiJob *EndUserGridModel::requestPage(int pageLimit, const QString &pageLink, QObject *context,
                                      PageHandler handler)
{
    return GridCalls::page(api().endUsers({}, pageLimit, pageLink), context, handler);
}

ApiJob *EndUserGridModel::sendUpdates(const QList<QJsonObject> &items, QObject *context,
                                      BulkHandler handler)
{
    return GridCalls::update<Dixa::BulkUpdateEndUserInput, Dixa::EndUser>(
        items, context, handler, [this](const QList<Dixa::BulkUpdateEndUserInput> &inputs) {
            return api().updateEndUsers(inputs);
        });
}

QVariant EndUserGridModel::entity(const QJsonObject &record) const
{
    const auto user = Dixa::Json::decode<Dixa::EndUser>(record);
    return user ? QVariant::fromValue(*user) : QVariant();
}
