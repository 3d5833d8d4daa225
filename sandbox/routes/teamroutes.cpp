// Teams: list, create, delete, members and the members' presence.
#include "paging.h"
#include "routecontext.h"
#include "router.h"
#include "routes.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>
#include <QUuid>

namespace {
const QString teamIdParam = QStringLiteral("teamId");

QStringList agentIdsOf(const QJsonValue &body)
{
    QStringList ids;
    for (const QJsonValue &id : body.toObject().value(QStringLiteral("agentIds")).toArray())
        ids.append(id.toString().toLower());
    return ids;
}

// The team id of the path, checked: nullopt and *error (400 or 404) otherwise.
std::optional<QString> knownTeam(const DataStore &store, const SandboxRequest &request,
                                 SandboxResponse *error)
{
    const auto id = RouteContext::uuidParam(request, teamIdParam, error);
    if (!id)
        return std::nullopt;
    if (!store.teams.contains(*id)) {
        *error = SandboxResponse::notFound();
        return std::nullopt;
    }
    return id;
}

// An agent with no presence record has never signed in: offline, away, no channels.
QJsonObject presenceOf(const DataStore &store, const QString &agentId)
{
    const QJsonObject known = store.presence.value(agentId);
    if (!known.isEmpty())
        return known;
    return QJsonObject{
        {QStringLiteral("userId"), agentId},
        {QStringLiteral("requestTime"),
         QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"))},
        {QStringLiteral("presenceStatus"), QStringLiteral("Away")},
        {QStringLiteral("connectionStatus"), QStringLiteral("Offline")},
        {QStringLiteral("activeChannels"), QJsonArray()},
    };
}
} // namespace

void registerTeamRoutes(Router &router, RouteContext &context)
{
    using Method = Router::Method;
    DataStore &store = context.store;

    router.add(Method::Get, QStringLiteral("/teams"), [&store](const SandboxRequest &) {
        QJsonArray all;
        store.teams.forEach([&all](const QJsonObject &team) { all.append(team); });
        return SandboxResponse::data(all);
    });

    router.add(Method::Post, QStringLiteral("/teams"), [&context](const SandboxRequest &request) {
        SandboxResponse error;
        const auto body = context.body(request, QStringLiteral("CreateTeamInput"), &error);
        if (!body)
            return error;
        const QString name = body->toObject().value(QStringLiteral("name")).toString().trimmed();
        if (name.isEmpty())
            return SandboxResponse::badRequest(
                SandboxText::invalidBody(QStringLiteral("name: must not be empty")));
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QJsonObject team{{QStringLiteral("id"), id}, {QStringLiteral("name"), name}};
        context.store.teams.insert(id, team);
        context.store.teamMembers.insert(id, {});
        return SandboxResponse::data(team, 201);
    });

    router.add(Method::Get, QStringLiteral("/teams/{teamId}"),
               [&store](const SandboxRequest &request) {
                   SandboxResponse error;
                   const auto id = knownTeam(store, request, &error);
                   return id ? SandboxResponse::data(store.teams.value(*id)) : error;
               });

    router.add(Method::Delete, QStringLiteral("/teams/{teamId}"),
               [&store](const SandboxRequest &request) {
                   SandboxResponse error;
                   const auto id = knownTeam(store, request, &error);
                   if (!id)
                       return error;
                   store.teams.remove(*id);
                   store.teamMembers.remove(*id);
                   return SandboxResponse::noContent();
               });

    router.add(Method::Get, QStringLiteral("/teams/{teamId}/agents"),
               [&store](const SandboxRequest &request) {
                   SandboxResponse error;
                   const auto id = knownTeam(store, request, &error);
                   if (!id)
                       return error;
                   QJsonArray members;
                   for (const QString &agentId : store.teamMembers.value(*id)) {
                       if (store.isAgentOrAdmin(agentId))
                           members.append(store.activityUser(agentId));
                   }
                   return SandboxResponse::data(members);
               });

    // Adding is all or nothing: one id that is not an agent/admin rejects the request. Dixa
    // documents a 200 with no body, and that is what the sandbox answers.
    router.add(
        Method::Patch, QStringLiteral("/teams/{teamId}/agents"),
        [&context](const SandboxRequest &request) {
            DataStore &store = context.store;
            SandboxResponse error;
            const auto id = knownTeam(store, request, &error);
            if (!id)
                return error;
            const auto body = context.body(request, QStringLiteral("AgentsToTeamInput"), &error);
            if (!body)
                return error;
            const QStringList agentIds = agentIdsOf(*body);
            for (const QString &agentId : agentIds) {
                if (store.isAgentOrAdmin(agentId))
                    continue;
                return SandboxResponse::badRequest(store.endUsers.contains(agentId)
                                                       ? QStringLiteral("User is not agent/admin")
                                                       : QStringLiteral("User not found"));
            }
            QStringList &members = store.teamMembers[*id];
            for (const QString &agentId : agentIds) {
                if (!members.contains(agentId))
                    members.append(agentId);
            }
            SandboxResponse ok;
            ok.status = 200;
            return ok;
        });

    router.add(Method::Delete, QStringLiteral("/teams/{teamId}/agents"),
               [&context](const SandboxRequest &request) {
                   DataStore &store = context.store;
                   SandboxResponse error;
                   const auto id = knownTeam(store, request, &error);
                   if (!id)
                       return error;
                   const auto body =
                       context.body(request, QStringLiteral("DeleteAgentsFromTeamInput"), &error);
                   if (!body)
                       return error;
                   QStringList &members = store.teamMembers[*id];
                   for (const QString &agentId : agentIdsOf(*body))
                       members.removeAll(agentId);
                   return SandboxResponse::noContent();
               });

    // Paged in the agents' own order, so a walk survives members joining or leaving.
    router.add(Method::Get, QStringLiteral("/teams/{teamId}/presence"),
               [&store](const SandboxRequest &request) {
                   SandboxResponse error;
                   const auto id = knownTeam(store, request, &error);
                   if (!id)
                       return error;
                   const QStringList members = store.teamMembers.value(*id);
                   const QSet<QString> memberSet(members.cbegin(), members.cend());
                   return Paging::serve(
                       store.agents, request,
                       [&memberSet](const QJsonObject &agent) {
                           return memberSet.contains(agent.value(QStringLiteral("id")).toString());
                       },
                       [&store](const QJsonObject &agent) {
                           return presenceOf(store, agent.value(QStringLiteral("id")).toString());
                       });
               });
}
