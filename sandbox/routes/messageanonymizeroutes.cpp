// Anonymization requests for a conversation, one message and an end user. Each answers 202 with
// an AnonymizationRequestStatus at once and scrubs the data after options.anonymizeDelayMs, when
// the status gets its processedAt (GET /anonymization/request/{id}, organizationroutes.cpp).
#include "anonymizer.h"
#include "datastore.h"
#include "messageroutesparts.h"
#include "routecontext.h"
#include "router.h"
#include "sandboxtime.h"

#include <QUuid>

namespace {
// Dixa reads the flag as a boolean: "true" or "false", nothing else.
std::optional<bool> forceFlag(const SandboxRequest &request, SandboxResponse *error)
{
    if (!request.hasQuery(QStringLiteral("force")))
        return false;
    const QString value = request.queryValue(QStringLiteral("force")).toLower();
    if (value == QLatin1String("true"))
        return true;
    if (value == QLatin1String("false"))
        return false;
    *error =
        SandboxResponse::badRequest(SandboxText::invalidQueryParameter(QStringLiteral("force")));
    return std::nullopt;
}

bool isPending(const DataStore &store, const QString &type, const QString &target)
{
    bool pending = false;
    store.anonymizationRequests.forEach([&](const QJsonObject &status) {
        pending = pending || (status.value(QStringLiteral("_type")).toString() == type &&
                              status.value(QStringLiteral("targetEntityId")).toString() == target &&
                              !status.contains(QStringLiteral("processedAt")));
    });
    return pending;
}

SandboxResponse pendingConflict()
{
    return SandboxResponse::conflict(
        QStringLiteral("An anonymization request for this entity is already being processed"));
}

// Records the request, schedules `scrub` and answers 202 with the status.
SandboxResponse startRequest(RouteContext &context, const QString &type, const QString &target,
                             std::function<void()> scrub)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject status{
        {QStringLiteral("id"), id},
        {QStringLiteral("entityType"), QString(type + QStringLiteral("AnonymizationType"))},
        {QStringLiteral("_type"), type},
        {QStringLiteral("initiatedAt"), SandboxTime::zoned(context.now())},
        {QStringLiteral("targetEntityId"), target},
        {QStringLiteral("requestedBy"), context.store.tokenUserId}};
    context.store.anonymizationRequests.insert(id, status);
    context.later(context.options.anonymizeDelayMs, [&context, id, scrub = std::move(scrub)] {
        scrub();
        if (QJsonObject *done = context.store.anonymizationRequests.find(id))
            done->insert(QStringLiteral("processedAt"), SandboxTime::zoned(context.now()));
    });
    return SandboxResponse::data(status, 202);
}

SandboxResponse anonymizeConversation(RouteContext &context, const SandboxRequest &request)
{
    SandboxResponse error;
    const auto force = forceFlag(request, &error);
    if (!force)
        return error;
    qint64 id = 0;
    ConversationRecord *record = MessageRoutes::conversation(context, request, &id, &error);
    if (!record)
        return error;
    const QString target = QString::number(id);
    if (isPending(context.store, QStringLiteral("Conversation"), target))
        return pendingConflict();
    if (!Anonymizer::isClosed(record->json)) {
        if (!*force)
            return SandboxResponse::conflict(QStringLiteral(
                "Conversation is not closed; use force=true to close it and anonymize it"));
        Anonymizer::closeConversation(context.store, id, context.store.tokenUserId, context.now());
    }
    return startRequest(context, QStringLiteral("Conversation"), target, [&context, id] {
        Anonymizer::scrubConversation(context.store, id, context.now());
    });
}

SandboxResponse anonymizeMessage(RouteContext &context, const SandboxRequest &request)
{
    SandboxResponse error;
    qint64 id = 0;
    if (!MessageRoutes::conversation(context, request, &id, &error))
        return error;
    const auto messageId = RouteContext::uuidParam(request, QStringLiteral("messageId"), &error);
    if (!messageId)
        return error;
    bool found = false;
    for (const QJsonValue &message : context.store.peekContent(id).messages)
        found = found || message.toObject().value(QStringLiteral("id")).toString() == *messageId;
    if (!found)
        return SandboxResponse::notFound();
    const QString target = QString::number(id) + QLatin1Char('_') + *messageId;
    if (isPending(context.store, QStringLiteral("Message"), target))
        return pendingConflict();
    return startRequest(context, QStringLiteral("Message"), target,
                        [&context, id, messageId = *messageId] {
                            Anonymizer::scrubMessage(context.store, id, messageId);
                        });
}

SandboxResponse anonymizeEndUser(RouteContext &context, const SandboxRequest &request)
{
    SandboxResponse error;
    const auto userId = RouteContext::uuidParam(request, QStringLiteral("userId"), &error);
    if (!userId)
        return error;
    const auto force = forceFlag(request, &error);
    if (!force)
        return error;
    DataStore &store = context.store;
    if (!store.endUsers.contains(*userId))
        return SandboxResponse::notFound();
    if (isPending(store, QStringLiteral("User"), *userId))
        return pendingConflict();

    QList<qint64> open;
    for (const auto &[id, record] : store.conversations) {
        if (record.json.value(QStringLiteral("requesterId")).toString() == *userId &&
            !Anonymizer::isClosed(record.json))
            open.append(id);
    }
    if (!open.isEmpty() && !*force) {
        return SandboxResponse::conflict(
            QStringLiteral("The end user has %1 conversation(s) that are not closed; use "
                           "force=true to close them and anonymize the user")
                .arg(open.size()));
    }
    for (const qint64 id : std::as_const(open))
        Anonymizer::closeConversation(store, id, store.tokenUserId, context.now());
    return startRequest(context, QStringLiteral("User"), *userId, [&context, user = *userId] {
        Anonymizer::scrubEndUser(context.store, user, context.now());
    });
}
} // namespace

void MessageRoutes::registerAnonymizationRoutes(Router &router, RouteContext &context)
{
    using Method = Router::Method;

    router.add(Method::Patch, QStringLiteral("/conversations/{conversationId}/anonymize"),
               [&context](const SandboxRequest &request) {
                   return anonymizeConversation(context, request);
               });

    router.add(
        Method::Patch,
        QStringLiteral("/conversations/{conversationId}/messages/{messageId}/anonymize"),
        [&context](const SandboxRequest &request) { return anonymizeMessage(context, request); });

    router.add(
        Method::Patch, QStringLiteral("/endusers/{userId}/anonymize"),
        [&context](const SandboxRequest &request) { return anonymizeEndUser(context, request); });
}
