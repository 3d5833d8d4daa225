// Agents and admins: list, create, update and patch (one by one and in bulk), downgrade to end
// user, presence and team membership.
#include "peopleedits.h"
#include "routecontext.h"
#include "router.h"
#include "routes.h"

#include <QJsonArray>

namespace {
using People::EditMode;
using People::Kind;

const QString AgentId = QStringLiteral("agentId");
const QString ActiveChannels = QStringLiteral("activeChannels");

// Presence times carry no offset in Dixa's examples ("2021-12-01T12:46:35.935").
QString presenceTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"));
}

// The agent's presence as of now; an agent who never connected is offline and away.
QJsonObject presenceOf(const RouteContext &context, const QString &agentId)
{
    QJsonObject presence = context.store.presence.value(agentId);
    if (presence.isEmpty()) {
        presence = QJsonObject{{QStringLiteral("userId"), agentId},
                               {QStringLiteral("connectionStatus"), QStringLiteral("Offline")},
                               {QStringLiteral("presenceStatus"), QStringLiteral("Away")},
                               {ActiveChannels, QJsonArray()}};
    }
    presence.insert(QStringLiteral("requestTime"), presenceTime(context.now()));
    return presence;
}

// The conversation channels a working-channel group stands for, in the order they are listed
// in activeChannels.
QStringList channelsOfGroup(const QString &group)
{
    if (group == QLatin1String("Email"))
        return {QStringLiteral("Email"), QStringLiteral("ContactForm")};
    if (group == QLatin1String("InteractiveChat"))
        return {QStringLiteral("WidgetChat"), QStringLiteral("Messenger")};
    if (group == QLatin1String("Messaging"))
        return {QStringLiteral("FacebookMessenger"), QStringLiteral("WhatsApp"),
                QStringLiteral("Sms"), QStringLiteral("Twitter")};
    if (group == QLatin1String("Speak"))
        return {QStringLiteral("PstnPhone"), QStringLiteral("Callback"),
                QStringLiteral("Voicemail")};
    return {};
}

// The agent named by the path, or *error (400 malformed, 404 unknown).
std::optional<QString> knownAgent(const RouteContext &context, const SandboxRequest &request,
                                  SandboxResponse *error)
{
    const auto id = RouteContext::uuidParam(request, AgentId, error);
    if (!id)
        return std::nullopt;
    if (!context.store.agents.contains(*id)) {
        *error = SandboxResponse::notFound();
        return std::nullopt;
    }
    return id;
}

SandboxResponse setWorkingChannel(RouteContext &context, const SandboxRequest &request)
{
    SandboxResponse error;
    const auto id = RouteContext::uuidParam(request, AgentId, &error);
    if (!id)
        return error;
    const auto body = context.body(request, QStringLiteral("WorkingChannelInput"), &error);
    if (!body)
        return error;
    if (!context.store.agents.contains(*id))
        return SandboxResponse::notFound();
    const QJsonObject input = body->toObject();
    const bool working = input.value(QStringLiteral("working")).toBool();
    const QStringList group = channelsOfGroup(input.value(QStringLiteral("channel")).toString());

    QJsonObject presence = presenceOf(context, *id);
    QStringList active;
    for (const QJsonValue &channel : presence.value(ActiveChannels).toArray()) {
        if (working || !group.contains(channel.toString()))
            active.append(channel.toString());
    }
    if (working) {
        for (const QString &channel : group) {
            if (!active.contains(channel))
                active.append(channel);
        }
    }
    presence.insert(ActiveChannels, QJsonArray::fromStringList(active));
    presence.remove(QStringLiteral("requestTime"));
    context.store.presence.insert(*id, presence);
    return SandboxResponse::noContent();
}

// Downgrades an agent/admin to an end user: the profile moves to the end users without its
// roles, and the agent leaves every team, queue and the presence list.
SandboxResponse downgrade(RouteContext &context, const SandboxRequest &request)
{
    SandboxResponse error;
    const auto id = knownAgent(context, request, &error);
    if (!id)
        return error;
    DataStore &store = context.store;
    // The token's own admin cannot take its own rights away.
    if (*id == store.tokenUserId)
        return SandboxResponse::badRequest(
            QStringLiteral("Validation failure during delete processing"));
    QJsonObject record = store.agents.value(*id);
    record.remove(QStringLiteral("roles"));
    store.agents.remove(*id);
    store.endUsers.insert(*id, record);
    store.presence.remove(*id);
    for (QStringList &members : store.teamMembers)
        members.removeAll(*id);
    for (QJsonArray &members : store.queueMembers) {
        QJsonArray kept;
        for (const QJsonValue &member : std::as_const(members)) {
            if (member.toObject().value(QStringLiteral("agentId")).toString() != *id)
                kept.append(member);
        }
        members = kept;
    }
    return SandboxResponse::noContent();
}
} // namespace

void registerAgentRoutes(Router &router, RouteContext &context)
{
    using Method = Router::Method;

    router.add(Method::Get, QStringLiteral("/agents"), [&context](const SandboxRequest &request) {
        if (request.hasQuery(QStringLiteral("email")) && request.hasQuery(QStringLiteral("phone")))
            return SandboxResponse::badRequest(QStringLiteral(
                "Invalid filters: Cannot provide both phone number and email address"));
        return People::listPage(context.store.agents, request,
                                {{QStringLiteral("email"), QStringLiteral("email")},
                                 {QStringLiteral("phone"), QStringLiteral("phoneNumber")}},
                                Kind::Agent);
    });

    router.add(Method::Post, QStringLiteral("/agents"), [&context](const SandboxRequest &request) {
        return People::createOne(context, context.store.agents, request, Kind::Agent);
    });

    // PUT and PATCH /agents take a bare array, unlike the end-user bulk bodies.
    const auto bulkEdit = [&context](EditMode mode) {
        return [&context, mode](const SandboxRequest &request) {
            SandboxResponse error;
            const auto items = People::bulkItems(request, false, true, false, &error);
            if (!items)
                return error;
            return SandboxResponse::data(
                People::bulkEdit(context, context.store.agents, *items, Kind::Agent, mode));
        };
    };
    router.add(Method::Put, QStringLiteral("/agents"), bulkEdit(EditMode::Replace));
    router.add(Method::Patch, QStringLiteral("/agents"), bulkEdit(EditMode::Patch));

    router.add(Method::Post, QStringLiteral("/agents/bulk"),
               [&context](const SandboxRequest &request) {
                   SandboxResponse error;
                   const auto items = People::bulkItems(request, true, false, false, &error);
                   if (!items)
                       return error;
                   return SandboxResponse::data(
                       People::bulkCreate(context, context.store.agents, *items, Kind::Agent), 201);
               });

    router.add(Method::Get, QStringLiteral("/agents/presence"), [&context](const SandboxRequest &) {
        QJsonArray all;
        context.store.agents.forEach([&](const QJsonObject &agent) {
            all.append(presenceOf(context, agent.value(QStringLiteral("id")).toString()));
        });
        // The one list Dixa answers without the {"data": ...} envelope.
        return SandboxResponse::json(200, all);
    });

    router.add(Method::Get, QStringLiteral("/agents/{agentId}"),
               [&context](const SandboxRequest &request) {
                   SandboxResponse error;
                   const auto id = knownAgent(context, request, &error);
                   if (!id)
                       return error;
                   return SandboxResponse::data(context.store.agents.value(*id));
               });

    router.add(Method::Put, QStringLiteral("/agents/{agentId}"),
               [&context](const SandboxRequest &request) {
                   return People::editOne(context, context.store.agents, request, AgentId,
                                          Kind::Agent, EditMode::Replace);
               });

    router.add(Method::Patch, QStringLiteral("/agents/{agentId}"),
               [&context](const SandboxRequest &request) {
                   return People::editOne(context, context.store.agents, request, AgentId,
                                          Kind::Agent, EditMode::Patch);
               });

    router.add(Method::Delete, QStringLiteral("/agents/{agentId}"),
               [&context](const SandboxRequest &request) { return downgrade(context, request); });

    router.add(Method::Get, QStringLiteral("/agents/{agentId}/presence"),
               [&context](const SandboxRequest &request) {
                   SandboxResponse error;
                   const auto id = knownAgent(context, request, &error);
                   if (!id)
                       return error;
                   return SandboxResponse::data(presenceOf(context, *id));
               });

    router.add(
        Method::Put, QStringLiteral("/agents/{agentId}/presence/working-channel"),
        [&context](const SandboxRequest &request) { return setWorkingChannel(context, request); });

    router.add(Method::Get, QStringLiteral("/agents/{agentId}/teams"),
               [&context](const SandboxRequest &request) {
                   SandboxResponse error;
                   const auto id = knownAgent(context, request, &error);
                   if (!id)
                       return error;
                   QJsonArray teams;
                   context.store.teams.forEach([&](const QJsonObject &team) {
                       const QString teamId = team.value(QStringLiteral("id")).toString();
                       if (context.store.teamMembers.value(teamId).contains(*id))
                           teams.append(QJsonObject{{QStringLiteral("id"), teamId}});
                   });
                   return SandboxResponse::data(teams);
               });
}
