// A conversation's lifecycle: read, claim, close, reopen, transfer, follow up. Creation, tags,
// links and custom attributes are registered from the other conversation*.cpp files.
#include "conversationsupport.h"
#include "router.h"
#include "routes.h"
#include "sandboxtime.h"

using namespace ConversationSupport;

namespace {

QString lowerString(const QJsonObject &body, const QString &key)
{
    return body.value(key).toString().toLower();
}

// The optional userId of close/reopen/transfer/followup must name an agent or admin.
std::optional<SandboxResponse> checkOptionalUser(const DataStore &store, const QString &userId)
{
    if (userId.isEmpty())
        return std::nullopt;
    return checkAgent(store, userId);
}

void setState(RouteContext &context, ConversationRecord &record, const QString &state)
{
    record.json.insert(QStringLiteral("state"), state);
    record.json.insert(QStringLiteral("stateUpdatedAt"), SandboxTime::iso(context.now()));
}

QString stateOf(const ConversationRecord &record)
{
    return record.json.value(QStringLiteral("state")).toString();
}

SandboxResponse claimConversation(RouteContext &context, const SandboxRequest &request)
{
    SandboxResponse error;
    auto found = target(context, request, &error, QStringLiteral("ClaimConversationInput"));
    if (!found)
        return error;
    DataStore &store = context.store;
    ConversationRecord &record = *found->record;
    const QString agentId = lowerString(found->body, QStringLiteral("agentId"));
    if (auto problem = checkAgent(store, agentId))
        return *problem;
    if (isAnonymized(record.json))
        return anonymizedError(found->id);

    const QString current = record.json.value(QStringLiteral("assignment"))
                                .toObject()
                                .value(QStringLiteral("agentId"))
                                .toString();
    if (current == agentId)
        return SandboxResponse::noContent();
    const bool force = found->body.value(QStringLiteral("force")).toBool(false);
    if (!current.isEmpty() && !force) {
        const QString holder = agentName(store, current);
        return SandboxResponse::conflict(
            QStringLiteral("Conversation is already assigned to %1")
                .arg(holder.isEmpty() ? QStringLiteral("another agent") : holder));
    }

    store.content(found->id);
    QJsonObject claimedFrom;
    const QString queueId = record.json.value(QStringLiteral("queue"))
                                .toObject()
                                .value(QStringLiteral("id"))
                                .toString();
    if (!current.isEmpty()) {
        claimedFrom = {{QStringLiteral("claimedFromType"), QStringLiteral("Agent")},
                       {QStringLiteral("claimedFromLabel"), agentName(store, current)}};
        store.logActivity(found->id, QStringLiteral("ConversationUnassigned"), agentId,
                          QJsonObject{{QStringLiteral("agent"), store.activityUser(current)}});
    } else if (!queueId.isEmpty()) {
        claimedFrom = {{QStringLiteral("claimedFromType"), QStringLiteral("Queue")},
                       {QStringLiteral("claimedFromLabel"), queueName(store, queueId)}};
    }
    record.json.insert(
        QStringLiteral("assignment"),
        QJsonObject{{QStringLiteral("agentId"), agentId},
                    {QStringLiteral("assignedAt"), SandboxTime::iso(context.now())}});
    // A waiting conversation becomes active when an agent takes it; a closed one stays closed
    // (reopening is its own action).
    const QString state = stateOf(record);
    if (state == QLatin1String("Pending") || state == QLatin1String("AwaitingPending"))
        setState(context, record, QStringLiteral("Open"));
    store.logActivity(found->id, QStringLiteral("ConversationClaimed"), agentId, claimedFrom);
    store.logActivity(found->id, QStringLiteral("ConversationAssigned"), agentId,
                      QJsonObject{{QStringLiteral("agentId"), agentId},
                                  {QStringLiteral("agentName"), agentName(store, agentId)}});
    return SandboxResponse::noContent();
}

SandboxResponse closeConversation(RouteContext &context, const SandboxRequest &request)
{
    SandboxResponse error;
    auto found = target(context, request, &error, QStringLiteral("CloseConversationInput"), true);
    if (!found)
        return error;
    const QString userId = lowerString(found->body, QStringLiteral("userId"));
    if (auto problem = checkOptionalUser(context.store, userId))
        return *problem;
    ConversationRecord &record = *found->record;
    // Closing is idempotent; an anonymized conversation is closed for good.
    if (isAnonymized(record.json) || stateOf(record) == QLatin1String("Closed"))
        return SandboxResponse::noContent();
    context.store.content(found->id);
    setState(context, record, QStringLiteral("Closed"));
    context.store.logActivity(found->id, QStringLiteral("ConversationClosed"),
                              actor(context.store, userId));
    return SandboxResponse::noContent();
}

SandboxResponse reopenConversation(RouteContext &context, const SandboxRequest &request)
{
    SandboxResponse error;
    auto found = target(context, request, &error, QStringLiteral("ReopenConversationInput"), true);
    if (!found)
        return error;
    DataStore &store = context.store;
    const QString userId = lowerString(found->body, QStringLiteral("userId"));
    if (auto problem = checkOptionalUser(store, userId))
        return *problem;
    ConversationRecord &record = *found->record;
    if (isAnonymized(record.json))
        return anonymizedError(found->id);
    if (stateOf(record) == QLatin1String("Open"))
        return SandboxResponse::noContent();

    store.content(found->id);
    const QString actorId = actor(store, userId);
    QString queueId = record.json.value(QStringLiteral("queue"))
                          .toObject()
                          .value(QStringLiteral("id"))
                          .toString();
    if (queueId.isEmpty() || !store.queues.contains(queueId))
        queueId = defaultQueueId(store);
    setState(context, record, QStringLiteral("Open"));
    store.logActivity(found->id, QStringLiteral("ConversationReopened"), actorId);
    requeue(context, found->id, record, queueId, actorId);
    if (!queueId.isEmpty()) {
        store.logActivity(found->id, QStringLiteral("ConversationOffered"), QString(),
                          offeredAttributes(store, queueId));
    }
    return SandboxResponse::noContent();
}

SandboxResponse transferConversation(RouteContext &context, const SandboxRequest &request)
{
    SandboxResponse error;
    auto found = target(context, request, &error, QStringLiteral("TransferConversationInput"));
    if (!found)
        return error;
    DataStore &store = context.store;
    const QString userId = lowerString(found->body, QStringLiteral("userId"));
    if (auto problem = checkOptionalUser(store, userId))
        return *problem;
    const QString queueId = lowerString(found->body, QStringLiteral("queueId"));
    if (!store.queues.contains(queueId))
        return SandboxResponse::badRequest(QStringLiteral("Queue does not exist"));
    ConversationRecord &record = *found->record;
    if (isAnonymized(record.json))
        return anonymizedError(found->id);

    store.content(found->id);
    const QString actorId = actor(store, userId);
    const QJsonObject attributes{
        {QStringLiteral("transferType"), QStringLiteral("Manual")},
        {QStringLiteral("destinationType"), QStringLiteral("Queue")},
        {QStringLiteral("destinationId"), queueId},
        {QStringLiteral("destinationLabel"), queueName(store, queueId)},
    };
    store.logActivity(found->id, QStringLiteral("TransferInitiated"), actorId, attributes);
    requeue(context, found->id, record, queueId, actorId);
    store.logActivity(found->id, QStringLiteral("TransferSuccessful"), actorId, attributes);
    store.logActivity(found->id, QStringLiteral("ConversationOffered"), QString(),
                      offeredAttributes(store, queueId));
    return SandboxResponse::noContent();
}

SandboxResponse followUpConversation(RouteContext &context, const SandboxRequest &request)
{
    SandboxResponse error;
    auto found = target(context, request, &error, QStringLiteral("FollowupConversationInput"));
    if (!found)
        return error;
    const QString userId = lowerString(found->body, QStringLiteral("userId"));
    if (auto problem = checkOptionalUser(context.store, userId))
        return *problem;
    ConversationRecord &record = *found->record;
    if (isAnonymized(record.json))
        return anonymizedError(found->id);
    // Dixa has no call that clears a follow-up (it lapses at `timestamp`), so neither has the
    // sandbox: a new follow-up replaces the old one. The schema has checked the shape already.
    const auto expires =
        SandboxTime::parse(found->body.value(QStringLiteral("timestamp")).toString());
    context.store.content(found->id);
    record.followUpAt = SandboxTime::iso(expires.value_or(context.now()));
    context.store.logActivity(found->id, QStringLiteral("FollowupAdded"),
                              actor(context.store, userId));
    return SandboxResponse::noContent();
}

} // namespace

void registerConversationRoutes(Router &router, RouteContext &context)
{
    using Method = Router::Method;

    router.add(Method::Get, QStringLiteral("/conversations/{conversationId}"),
               [&context](const SandboxRequest &request) {
                   SandboxResponse error;
                   const auto found = target(context, request, &error);
                   if (!found)
                       return error;
                   return SandboxResponse::data(present(found->record->json));
               });

    const auto add =
        [&router, &context](Method method, const QString &pattern,
                            SandboxResponse (*handler)(RouteContext &, const SandboxRequest &)) {
            router.add(method, pattern, [&context, handler](const SandboxRequest &request) {
                return handler(context, request);
            });
        };
    add(Method::Put, QStringLiteral("/conversations/{conversationId}/claim"), claimConversation);
    add(Method::Put, QStringLiteral("/conversations/{conversationId}/close"), closeConversation);
    add(Method::Put, QStringLiteral("/conversations/{conversationId}/reopen"), reopenConversation);
    add(Method::Put, QStringLiteral("/conversations/{conversationId}/transfer/queue"),
        transferConversation);
    add(Method::Put, QStringLiteral("/conversations/{conversationId}/followup"),
        followUpConversation);

    registerConversationCreateRoute(router, context);
    registerConversationTagRoutes(router, context);
    registerConversationLinkRoutes(router, context);
    registerConversationAttributeRoutes(router, context);
}
