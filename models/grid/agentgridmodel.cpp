#include "agentgridmodel.h"

#include "api/dixaapi.h"
#include "gridcalls_p.h"

AgentGridModel::AgentGridModel(DixaApi &api, const SpecCatalog &spec, QObject *parent)
    : ProfileGridModel(api, spec, QStringLiteral("BulkUpdateAgentInput"), readOnlyColumns(), parent)
{}

AgentGridModel::~AgentGridModel() = default;

QList<GridColumn> AgentGridModel::readOnlyColumns()
{
    return {
        {QStringLiteral("email"), tr("Email", "agent's primary email"), GridColumn::Type::Text},
        {QStringLiteral("createdAt"), tr("Created", "agent"), GridColumn::Type::Time},
        {QStringLiteral("id"), tr("Id", "agent"), GridColumn::Type::Text},
    };
}

ApiJob *AgentGridModel::requestPage(int pageLimit, const QString &pageLink, QObject *context,
                                    PageHandler handler)
{
    return GridCalls::page(api().agents({}, pageLimit, pageLink), context, handler);
}

ApiJob *AgentGridModel::sendUpdates(const QList<QJsonObject> &items, QObject *context,
                                    BulkHandler handler)
{
    return GridCalls::update<Dixa::BulkUpdateAgentInput, Dixa::Agent>(
        items, context, handler, [this](const QList<Dixa::BulkUpdateAgentInput> &inputs) {
            return api().updateAgents(inputs);
        });
}

QVariant AgentGridModel::entity(const QJsonObject &record) const
{
    const auto agent = Dixa::Json::decode<Dixa::Agent>(record);
    return agent ? QVariant::fromValue(*agent) : QVariant();
}
