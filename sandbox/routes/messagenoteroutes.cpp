// Internal notes of a conversation: list, add one, add many.
#include "conversationsupport.h"
#include "datastore.h"
#include "messageroutesparts.h"
#include "routecontext.h"
#include "router.h"
#include "sandboxtime.h"

#include <QJsonArray>
#include <QUuid>

namespace {
// Dixa documents "Invalid date format" for a note's createdAt; the schema check alone would only
// say "Invalid value for: body", so dates are looked at first.
bool hasBadDate(const QJsonValue &note)
{
    const QJsonValue createdAt = note.toObject().value(QStringLiteral("createdAt"));
    return createdAt.isString() && !SandboxTime::parse(createdAt.toString());
}

// Adds a validated CreateInternalNoteInput to the conversation, keeping the list oldest first
// even when the note is back-dated. The caller has checked that the author exists.
QJsonObject addNote(RouteContext &context, qint64 conversationId, const QJsonObject &input)
{
    DataStore &store = context.store;
    QString authorId = input.value(QStringLiteral("agentId")).toString().toLower();
    // A note without an author is written as the owner of the API token.
    if (authorId.isEmpty())
        authorId = store.tokenUserId;
    const auto given = SandboxTime::parse(input.value(QStringLiteral("createdAt")).toString());
    const QDateTime createdAt = given ? *given : context.now();
    const QString message = input.value(QStringLiteral("message")).toString();
    const QJsonObject note{
        {QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("authorId"), authorId},
        {QStringLiteral("createdAt"), SandboxTime::zoned(createdAt)},
        {QStringLiteral("csid"), conversationId},
        {QStringLiteral("message"), message}};

    QJsonArray &notes = store.content(conversationId).notes;
    qsizetype at = notes.size();
    while (at > 0) {
        const auto previous = SandboxTime::parse(
            notes.at(at - 1).toObject().value(QStringLiteral("createdAt")).toString());
        if (!previous || *previous <= createdAt)
            break;
        --at;
    }
    notes.insert(at, note);
    store.logActivity(conversationId, QStringLiteral("NoteAdded"), authorId,
                      QJsonObject{{QStringLiteral("message"), message}});
    return note;
}

bool unknownAgent(const DataStore &store, const QJsonObject &input)
{
    const QString agentId = input.value(QStringLiteral("agentId")).toString().toLower();
    return !agentId.isEmpty() && !store.agents.contains(agentId);
}

SandboxResponse addOne(RouteContext &context, const SandboxRequest &request)
{
    if (const auto json = request.json(); json && hasBadDate(*json))
        return SandboxResponse::badRequest(QStringLiteral("Invalid date format"));
    SandboxResponse error;
    const auto body = context.body(request, QStringLiteral("CreateInternalNoteInput"), &error);
    if (!body)
        return error;
    qint64 id = 0;
    const ConversationRecord *record = MessageRoutes::conversation(context, request, &id, &error);
    if (!record)
        return error;
    if (ConversationSupport::isAnonymized(record->json))
        return ConversationSupport::anonymizedError(id);
    const QJsonObject input = body->toObject();
    if (unknownAgent(context.store, input))
        return SandboxResponse::badRequest(QStringLiteral("Agent was not found"));
    return SandboxResponse::data(addNote(context, id, input));
}

SandboxResponse addMany(RouteContext &context, const SandboxRequest &request)
{
    if (const auto json = request.json(); json) {
        for (const QJsonValue &item : json->toObject().value(QStringLiteral("data")).toArray()) {
            if (hasBadDate(item))
                return SandboxResponse::badRequest(QStringLiteral("Invalid date format"));
        }
    }
    SandboxResponse error;
    const auto body = context.body(request, QStringLiteral("BulkCreateInternalNoteInput"), &error);
    if (!body)
        return error;
    if (!body->toObject().value(QStringLiteral("data")).isArray())
        return SandboxResponse::badRequest(
            SandboxText::invalidBody(QStringLiteral("data: missing")));
    qint64 id = 0;
    const ConversationRecord *record = MessageRoutes::conversation(context, request, &id, &error);
    if (!record)
        return error;
    if (ConversationSupport::isAnonymized(record->json))
        return ConversationSupport::anonymizedError(id);

    QJsonArray outcomes;
    const QJsonArray items = body->toObject().value(QStringLiteral("data")).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject input = items.at(i).toObject();
        // This endpoint's failures are a bare ErrorResponse: a message, no _type and no id.
        if (context.faults.failBulkItem(int(i))) {
            outcomes.append(BulkOutcome::failure(
                {}, {}, QStringLiteral("The internal note could not be stored, try again later")));
        } else if (unknownAgent(context.store, input)) {
            outcomes.append(
                BulkOutcome::failure({}, {},
                                     QStringLiteral("An agent with id:%1 cannot be found in org.")
                                         .arg(input.value(QStringLiteral("agentId")).toString())));
        } else {
            outcomes.append(BulkOutcome::success(addNote(context, id, input)));
        }
    }
    return SandboxResponse::data(outcomes);
}
} // namespace

void MessageRoutes::registerNoteRoutes(Router &router, RouteContext &context)
{
    using Method = Router::Method;

    router.add(Method::Get, QStringLiteral("/conversations/{conversationId}/notes"),
               [&context](const SandboxRequest &request) {
                   SandboxResponse error;
                   qint64 id = 0;
                   if (!MessageRoutes::conversation(context, request, &id, &error))
                       return error;
                   return SandboxResponse::data(context.store.peekContent(id).notes);
               });

    router.add(Method::Post, QStringLiteral("/conversations/{conversationId}/notes"),
               [&context](const SandboxRequest &request) { return addOne(context, request); });

    router.add(Method::Post, QStringLiteral("/conversations/{conversationId}/notes/bulk"),
               [&context](const SandboxRequest &request) { return addMany(context, request); });
}
