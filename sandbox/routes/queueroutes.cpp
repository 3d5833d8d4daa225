// Queues: configuration, members, availability and a conversation's place in its queue.
#include "routecontext.h"
#include "router.h"
#include "routes.h"
#include "sandboxtime.h"
#include "searchmatcher.h"

#include <QJsonArray>
#include <QUuid>

#include <algorithm>

namespace {
const QString queueIdParam = QStringLiteral("queueId");

// The generic chat channels GET /queues/{id}/availability reports on.
const QStringList &genericChatChannels()
{
    static const QStringList names{QStringLiteral("adachat"), QStringLiteral("kindlychat"),
                                   QStringLiteral("digitalgeniuschat"),
                                   QStringLiteral("genericapimessaging")};
    return names;
}

// The queue configuration a create request describes (note offerAlgorithm → offeringAlgorithm).
QJsonObject queueFromRequest(const QJsonObject &in, const QString &id, const QString &orgId)
{
    QJsonObject queue{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), in.value(QStringLiteral("name")).toString().trimmed()},
        {QStringLiteral("isDefault"), in.value(QStringLiteral("isDefault")).toBool()},
        {QStringLiteral("organizationId"), orgId},
        {QStringLiteral("queueThresholds"), in.value(QStringLiteral("queueThresholds")).toObject()},
        {QStringLiteral("slaCalculationMethod"), QStringLiteral("AbandonedIgnored")},
        {QStringLiteral("memberListType"), QStringLiteral("Default")},
        {QStringLiteral("usages"),
         QJsonObject{{QStringLiteral("queueId"), id}, {QStringLiteral("usages"), QJsonObject()}}},
        {QStringLiteral("doNotOfferTimeouts"),
         in.value(QStringLiteral("doNotOfferTimeouts")).toObject()},
        {QStringLiteral("isDoNotOfferEnabled"),
         in.value(QStringLiteral("isDoNotOfferEnabled")).toBool()},
        {QStringLiteral("offeringAlgorithm"),
         in.value(QStringLiteral("offerAlgorithm")).toString(QStringLiteral("AllAtOnce"))},
    };
    for (const QString &key :
         {QStringLiteral("offerTimeout"), QStringLiteral("wrapupTimeout"),
          QStringLiteral("priority"), QStringLiteral("offerAbandonedConversations"),
          QStringLiteral("preferredAgentTimeouts"), QStringLiteral("isPreferredAgentEnabled"),
          QStringLiteral("preferredAgentOfflineTimeout"),
          QStringLiteral("personalAgentOfflineTimeout"), QStringLiteral("isRestricted")}) {
        if (in.contains(key))
            queue.insert(key, in.value(key));
    }
    return queue;
}

QStringList agentIdsOf(const QJsonValue &body)
{
    QStringList ids;
    for (const QJsonValue &id : body.toObject().value(QStringLiteral("agentIds")).toArray())
        ids.append(id.toString().toLower());
    return ids;
}

bool isQueued(const ConversationRecord &record, const QString &queueId)
{
    const QJsonObject &json = record.json;
    return json.value(QStringLiteral("state")).toString() == QLatin1String("Open") &&
           !json.contains(QStringLiteral("assignment")) &&
           json.value(QStringLiteral("queue")).toObject().value(QStringLiteral("id")).toString() ==
               queueId;
}

bool isWorking(const DataStore &store, const QString &agentId)
{
    const QJsonObject presence = store.presence.value(agentId);
    return presence.value(QStringLiteral("connectionStatus")).toString() ==
               QLatin1String("Online") &&
           presence.value(QStringLiteral("presenceStatus")).toString() == QLatin1String("Working");
}

// The generic chat channel the organisation has configured, found through its generic
// conversations (the demo's chat bot speaks genericapimessaging); empty when it has none. The
// first generic conversation decides, so the answer costs a short walk, not a full scan.
QString configuredGenericChannel(const DataStore &store)
{
    for (const auto &[id, record] : store.conversations) {
        if (record.json.value(QStringLiteral("_type")).toString() !=
            QLatin1String("GenericConversation"))
            continue;
        const QString channel = record.json.value(QStringLiteral("channel")).toString().toLower();
        return genericChatChannels().contains(channel) ? channel
                                                       : QStringLiteral("genericapimessaging");
    }
    return {};
}

SandboxResponse availability(const DataStore &store, const QString &queueId)
{
    const QString channel = configuredGenericChannel(store);
    if (channel.isEmpty())
        return SandboxResponse::conflict(
            QStringLiteral("No supported channels configured for this organization"));
    bool anyoneWorking = false;
    for (const QJsonValue &member : store.queueMembers.value(queueId)) {
        if (isWorking(store, member.toObject().value(QStringLiteral("agentId")).toString()))
            anyoneWorking = true;
    }
    qint64 waiting = 0;
    if (!anyoneWorking) {
        for (const auto &[id, record] : store.conversations)
            waiting += isQueued(record, queueId) ? 1 : 0;
    }
    QJsonObject state{{QStringLiteral("_type"), QStringLiteral("GenericChannel")},
                      {QStringLiteral("genericChannelName"), channel},
                      {QStringLiteral("availability"), anyoneWorking
                                                           ? QStringLiteral("Available")
                                                           : QStringLiteral("NotAvailable")}};
    if (!anyoneWorking)
        state.insert(QStringLiteral("queueSize"), waiting);
    const QJsonArray out{QJsonObject{{QStringLiteral("_type"), QStringLiteral("Success")},
                                     {QStringLiteral("channelAvailability"), state}}};
    return SandboxResponse::data(out);
}

SandboxResponse position(const DataStore &store, qint64 conversationId)
{
    const ConversationRecord *record = store.conversation(conversationId);
    if (!record)
        return SandboxResponse::notFound();
    const QJsonObject queue = record->json.value(QStringLiteral("queue")).toObject();
    const QString queueId = queue.value(QStringLiteral("id")).toString();
    if (queueId.isEmpty() || !isQueued(*record, queueId))
        return SandboxResponse::notFound();
    const QString queuedAtText =
        queue.value(QStringLiteral("queuedAt"))
            .toString(record->json.value(QStringLiteral("createdAt")).toString());
    const qint64 queuedAt = searchEpochMs(queuedAtText).value_or(0);
    // Offered first come, first served: rank by queuedAt, then by id.
    qint64 ahead = 0;
    for (const auto &[id, other] : store.conversations) {
        if (id == conversationId || !isQueued(other, queueId))
            continue;
        const QJsonObject otherQueue = other.json.value(QStringLiteral("queue")).toObject();
        const qint64 otherAt =
            searchEpochMs(otherQueue.value(QStringLiteral("queuedAt"))
                              .toString(other.json.value(QStringLiteral("createdAt")).toString()))
                .value_or(0);
        if (otherAt < queuedAt || (otherAt == queuedAt && id < conversationId))
            ++ahead;
    }
    QString shownAt = queuedAtText;
    if (const auto parsed = SandboxTime::parse(queuedAtText))
        shownAt = parsed->toString(Qt::ISODateWithMs);
    return SandboxResponse::data(QJsonObject{{QStringLiteral("position"), ahead + 1},
                                             {QStringLiteral("queuedAt"), shownAt}});
}
} // namespace

void registerQueueRoutes(Router &router, RouteContext &context)
{
    using Method = Router::Method;
    DataStore &store = context.store;

    router.add(Method::Get, QStringLiteral("/queues"), [&store](const SandboxRequest &) {
        QJsonArray all;
        store.queues.forEach([&all](const QJsonObject &queue) { all.append(queue); });
        return SandboxResponse::data(all);
    });

    router.add(Method::Post, QStringLiteral("/queues"), [&context](const SandboxRequest &request) {
        SandboxResponse error;
        const auto body = context.body(request, QStringLiteral("CreateQueueInput"), &error);
        if (!body)
            return error;
        const QJsonObject in = body->toObject().value(QStringLiteral("request")).toObject();
        if (in.value(QStringLiteral("name")).toString().trimmed().isEmpty())
            return SandboxResponse::badRequest(
                SandboxText::invalidBody(QStringLiteral("request.name: must not be empty")));
        DataStore &store = context.store;
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QJsonObject queue =
            queueFromRequest(in, id, store.organization.value(QStringLiteral("id")).toString());
        // An organisation has one default queue: a new default one takes over the flag.
        if (queue.value(QStringLiteral("isDefault")).toBool()) {
            QStringList others;
            store.queues.forEach([&others](const QJsonObject &q) {
                if (q.value(QStringLiteral("isDefault")).toBool())
                    others.append(q.value(QStringLiteral("id")).toString());
            });
            for (const QString &other : others)
                store.queues.find(other)->insert(QStringLiteral("isDefault"), false);
        }
        store.queues.insert(id, queue);
        store.queueMembers.insert(id, QJsonArray());
        return SandboxResponse::data(queue, 201);
    });

    router.add(Method::Get, QStringLiteral("/queues/{queueId}"),
               [&store](const SandboxRequest &request) {
                   SandboxResponse error;
                   const auto id = RouteContext::uuidParam(request, queueIdParam, &error);
                   if (!id)
                       return error;
                   const QJsonObject *queue = store.queues.find(*id);
                   return queue ? SandboxResponse::data(*queue) : SandboxResponse::notFound();
               });

    router.add(Method::Get, QStringLiteral("/queues/{queueId}/members"),
               [&store](const SandboxRequest &request) {
                   SandboxResponse error;
                   const auto id = RouteContext::uuidParam(request, queueIdParam, &error);
                   if (!id)
                       return error;
                   if (!store.queues.contains(*id))
                       return SandboxResponse::notFound();
                   return SandboxResponse::data(store.queueMembers.value(*id));
               });

    router.add(Method::Patch, QStringLiteral("/queues/{queueId}/members"),
               [&context](const SandboxRequest &request) {
                   SandboxResponse error;
                   const auto id = RouteContext::uuidParam(request, queueIdParam, &error);
                   if (!id)
                       return error;
                   const auto body =
                       context.body(request, QStringLiteral("BulkQueueEndpointInput"), &error);
                   if (!body)
                       return error;
                   DataStore &store = context.store;
                   if (!store.queues.contains(*id))
                       return SandboxResponse::notFound();
                   QJsonArray &members = store.queueMembers[*id];
                   QJsonArray outcomes;
                   const QStringList agentIds = agentIdsOf(*body);
                   for (int i = 0; i < agentIds.size(); ++i) {
                       const QString &agentId = agentIds.at(i);
                       if (context.faults.failBulkItem(i)) {
                           outcomes.append(BulkOutcome::failure(
                               QStringLiteral("Infrastructure"), agentId,
                               QStringLiteral("Could not assign the member, please retry")));
                           continue;
                       }
                       if (!store.isAgentOrAdmin(agentId)) {
                           outcomes.append(
                               store.endUsers.contains(agentId)
                                   ? BulkOutcome::failure(
                                         QStringLiteral("Validation"), agentId,
                                         QStringLiteral("Member is neither Agent or Admin"))
                                   : BulkOutcome::failure(QStringLiteral("NotFound"), agentId,
                                                          QStringLiteral("User not found")));
                           continue;
                       }
                       // A new member joins at the lowest priority; an existing one keeps its
                       // place.
                       int lowest = 0;
                       bool present = false;
                       for (const QJsonValue &member : members) {
                           const QJsonObject m = member.toObject();
                           present |= m.value(QStringLiteral("agentId")).toString() == agentId;
                           lowest = std::max(lowest, m.value(QStringLiteral("priority")).toInt());
                       }
                       if (!present)
                           members.append(QJsonObject{{QStringLiteral("agentId"), agentId},
                                                      {QStringLiteral("priority"), lowest + 1}});
                       outcomes.append(BulkOutcome::success(agentId));
                   }
                   return SandboxResponse::data(outcomes);
               });

    router.add(Method::Delete, QStringLiteral("/queues/{queueId}/members"),
               [&context](const SandboxRequest &request) {
                   SandboxResponse error;
                   const auto id = RouteContext::uuidParam(request, queueIdParam, &error);
                   if (!id)
                       return error;
                   const auto body =
                       context.body(request, QStringLiteral("QueueMembersRemoveInput"), &error);
                   if (!body)
                       return error;
                   if (!context.store.queues.contains(*id))
                       return SandboxResponse::notFound();
                   const QStringList agentIds = agentIdsOf(*body);
                   QJsonArray kept;
                   for (const QJsonValue &member : context.store.queueMembers.value(*id)) {
                       const QString agentId =
                           member.toObject().value(QStringLiteral("agentId")).toString();
                       if (!agentIds.contains(agentId))
                           kept.append(member);
                   }
                   context.store.queueMembers.insert(*id, kept);
                   return SandboxResponse::noContent();
               });

    router.add(Method::Get, QStringLiteral("/queues/{queueId}/availability"),
               [&store](const SandboxRequest &request) {
                   SandboxResponse error;
                   const auto id = RouteContext::uuidParam(request, queueIdParam, &error);
                   if (!id)
                       return error;
                   // Dixa lists an unknown queue among the 400 reasons here, not as a 404.
                   if (!store.queues.contains(*id))
                       return SandboxResponse::badRequest(QStringLiteral("Queue does not exist"));
                   return availability(store, *id);
               });

    router.add(Method::Get, QStringLiteral("/queues/conversation-position/{csid}"),
               [&store](const SandboxRequest &request) {
                   SandboxResponse error;
                   const auto csid =
                       RouteContext::conversationId(request, &error, QStringLiteral("csid"));
                   if (!csid)
                       return error;
                   return position(store, *csid);
               });
}
