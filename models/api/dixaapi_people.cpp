// DixaApi: agents and end users (dixa-api.md §8, §9).
#include "dixaapi.h"

#include "dixaapi_p.h"

using namespace DixaApiDetail;

namespace {
QUrlQuery filterQuery(const UserListFilter &filter, bool withExternalId)
{
    QUrlQuery query;
    if (!filter.email.isEmpty())
        addQuery(query, QStringLiteral("email"), filter.email);
    if (!filter.phone.isEmpty())
        addQuery(query, QStringLiteral("phone"), filter.phone);
    if (withExternalId && !filter.externalId.isEmpty())
        addQuery(query, QStringLiteral("externalId"), filter.externalId);
    return query;
}

QUrlQuery forceQuery(bool force)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("force"),
                       force ? QStringLiteral("true") : QStringLiteral("false"));
    return query;
}
} // namespace

// Agents.

ApiCall<Page<Dixa::Agent>> DixaApi::agents(const UserListFilter &filter, int pageLimit,
                                           const QString &pageLink)
{
    return sendForPage<Dixa::Agent>(
        ApiRequest::get(QStringLiteral("/agents"), filterQuery(filter, false)), pageLimit,
        pageLink);
}

ApiCall<QList<Dixa::Agent>> DixaApi::allAgents(const UserListFilter &filter, int pageLimit)
{
    return sendForAll<Dixa::Agent>(
        ApiRequest::get(QStringLiteral("/agents"), filterQuery(filter, false)), pageLimit);
}

ApiCall<Dixa::Agent> DixaApi::agent(const QString &agentId)
{
    return sendForData<Dixa::Agent>(ApiRequest::get(u"/agents/" + segment(agentId)));
}

ApiCall<Dixa::Agent> DixaApi::createAgent(const Dixa::CreateAgentInput &input)
{
    return sendForData<Dixa::Agent>(ApiRequest::post(QStringLiteral("/agents"), input.toJson()));
}

ApiCall<QList<Dixa::AgentOutcome>>
DixaApi::createAgents(const QList<Dixa::CreateAgentInput> &inputs)
{
    return sendForData<QList<Dixa::AgentOutcome>>(
        ApiRequest::post(QStringLiteral("/agents/bulk"), dataArray(inputs)));
}

ApiCall<Dixa::Agent> DixaApi::updateAgent(const QString &agentId,
                                          const Dixa::UpdateAgentInput &input)
{
    return sendForData<Dixa::Agent>(
        ApiRequest::put(u"/agents/" + segment(agentId), input.toJson()));
}

ApiCall<Dixa::Agent> DixaApi::patchAgent(const QString &agentId, const Dixa::PatchAgentInput &input)
{
    return sendForData<Dixa::Agent>(
        ApiRequest::patch(u"/agents/" + segment(agentId), input.toJson()));
}

ApiCall<QList<Dixa::AgentOutcome>>
DixaApi::updateAgents(const QList<Dixa::BulkUpdateAgentInput> &inputs)
{
    // AgentsUpdateBulkRequest is a bare array, unlike every other bulk body.
    return sendForData<QList<Dixa::AgentOutcome>>(
        ApiRequest::put(QStringLiteral("/agents"), array(inputs)));
}

ApiCall<QList<Dixa::AgentOutcome>>
DixaApi::patchAgents(const QList<Dixa::BulkPatchAgentInput> &inputs)
{
    return sendForData<QList<Dixa::AgentOutcome>>(
        ApiRequest::patch(QStringLiteral("/agents"), array(inputs)));
}

ApiCall<Done> DixaApi::deleteAgent(const QString &agentId)
{
    return sendForNothing(ApiRequest::del(u"/agents/" + segment(agentId)));
}

ApiCall<QList<Dixa::UserPresence>> DixaApi::agentsPresence()
{
    // The one answer Dixa sends without the {"data": ...} envelope.
    return send<QList<Dixa::UserPresence>>(ApiRequest::get(QStringLiteral("/agents/presence")),
                                           &ApiDecode::fromBody<QList<Dixa::UserPresence>>);
}

ApiCall<Dixa::UserPresence> DixaApi::agentPresence(const QString &agentId)
{
    return sendForData<Dixa::UserPresence>(
        ApiRequest::get(u"/agents/" + segment(agentId) + u"/presence"));
}

ApiCall<Done> DixaApi::setWorkingChannel(const QString &agentId,
                                         const Dixa::WorkingChannelInput &input)
{
    return sendForNothing(ApiRequest::put(
        u"/agents/" + segment(agentId) + u"/presence/working-channel", input.toJson()));
}

ApiCall<QList<Dixa::Team>> DixaApi::agentTeams(const QString &agentId)
{
    return sendForData<QList<Dixa::Team>>(
        ApiRequest::get(u"/agents/" + segment(agentId) + u"/teams"));
}

// End users.

ApiCall<Page<Dixa::EndUser>> DixaApi::endUsers(const UserListFilter &filter, int pageLimit,
                                               const QString &pageLink)
{
    return sendForPage<Dixa::EndUser>(
        ApiRequest::get(QStringLiteral("/endusers"), filterQuery(filter, true)), pageLimit,
        pageLink);
}

ApiCall<QList<Dixa::EndUser>> DixaApi::allEndUsers(const UserListFilter &filter, int pageLimit)
{
    return sendForAll<Dixa::EndUser>(
        ApiRequest::get(QStringLiteral("/endusers"), filterQuery(filter, true)), pageLimit);
}

ApiCall<Dixa::EndUser> DixaApi::endUser(const QString &userId)
{
    return sendForData<Dixa::EndUser>(ApiRequest::get(u"/endusers/" + segment(userId)));
}

ApiCall<Dixa::EndUser> DixaApi::createEndUser(const Dixa::CreateEndUserInput &input)
{
    return sendForData<Dixa::EndUser>(
        ApiRequest::post(QStringLiteral("/endusers"), input.toJson()));
}

ApiCall<QList<Dixa::EndUserOutcome>>
DixaApi::createEndUsers(const QList<Dixa::CreateEndUserInput> &inputs)
{
    return sendForData<QList<Dixa::EndUserOutcome>>(
        ApiRequest::post(QStringLiteral("/endusers/bulk"), dataArray(inputs)));
}

ApiCall<Dixa::EndUser> DixaApi::updateEndUser(const QString &userId,
                                              const Dixa::UpdateEndUserInput &input)
{
    return sendForData<Dixa::EndUser>(
        ApiRequest::put(u"/endusers/" + segment(userId), input.toJson()));
}

ApiCall<Dixa::EndUser> DixaApi::patchEndUser(const QString &userId,
                                             const Dixa::PatchEndUserInput &input)
{
    return sendForData<Dixa::EndUser>(
        ApiRequest::patch(u"/endusers/" + segment(userId), input.toJson()));
}

ApiCall<QList<Dixa::EndUserOutcome>>
DixaApi::updateEndUsers(const QList<Dixa::BulkUpdateEndUserInput> &inputs)
{
    return sendForData<QList<Dixa::EndUserOutcome>>(
        ApiRequest::put(QStringLiteral("/endusers"), dataArray(inputs)));
}

ApiCall<QList<Dixa::EndUserOutcome>>
DixaApi::patchEndUsers(const QList<Dixa::BulkPatchEndUserInput> &inputs)
{
    return sendForData<QList<Dixa::EndUserOutcome>>(
        ApiRequest::patch(QStringLiteral("/endusers"), dataArray(inputs)));
}

ApiCall<Dixa::AnonymizationRequestStatus> DixaApi::anonymizeEndUser(const QString &userId,
                                                                    bool force)
{
    ApiRequest request = ApiRequest::patch(u"/endusers/" + segment(userId) + u"/anonymize");
    request.query = forceQuery(force);
    return sendForData<Dixa::AnonymizationRequestStatus>(request);
}

ApiCall<QList<Dixa::CustomAttribute>>
DixaApi::patchEndUserAttributes(const QString &userId,
                                const Dixa::CustomAttributeValuesInput &input)
{
    return sendForData<QList<Dixa::CustomAttribute>>(
        ApiRequest::patch(u"/endusers/" + segment(userId) + u"/custom-attributes", input.toJson()));
}

ApiCall<Page<Dixa::Conversation>>
DixaApi::endUserConversations(const QString &userId, int pageLimit, const QString &pageLink)
{
    return sendForPage<Dixa::Conversation>(
        ApiRequest::get(u"/endusers/" + segment(userId) + u"/conversations"), pageLimit, pageLink);
}

ApiCall<QList<Dixa::Conversation>> DixaApi::allEndUserConversations(const QString &userId,
                                                                    int pageLimit)
{
    return sendForAll<Dixa::Conversation>(
        ApiRequest::get(u"/endusers/" + segment(userId) + u"/conversations"), pageLimit);
}
