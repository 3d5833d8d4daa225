// Tags on one conversation: tag and untag by id, list, and tag by name in bulk (asynchronous,
// as Dixa processes it).
#include "conversationsupport.h"
#include "router.h"

#include <QJsonArray>
#include <QUuid>

namespace ConversationSupport {

namespace {

// How long Dixa takes, here, to get round to a bulk tag request.
constexpr int BulkTagDelayMs = 150;

QString tagName(const QJsonObject &tag)
{
    return tag.value(QStringLiteral("name")).toString();
}

bool isActive(const QJsonObject &tag)
{
    return tag.value(QStringLiteral("state")).toString() == QLatin1String("Active");
}

// The tag named `name` (names are matched ignoring case and surrounding blanks); empty if none.
QString tagIdByName(const DataStore &store, const QString &name)
{
    const QString wanted = name.trimmed();
    QString found;
    store.tags.forEach([&](const QJsonObject &tag) {
        if (found.isEmpty() && tagName(tag).trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
            found = tag.value(QStringLiteral("id")).toString();
    });
    return found;
}

// Adds an active tag unless the conversation has it already; true when it was added.
bool addTag(DataStore &store, qint64 id, ConversationRecord &record, const QJsonObject &tag,
            const QString &actorId)
{
    const QString tagId = tag.value(QStringLiteral("id")).toString();
    if (record.tagIds.contains(tagId))
        return false;
    store.content(id);
    record.tagIds.append(tagId);
    store.logActivity(id, QStringLiteral("TagAdded"), actorId,
                      QJsonObject{{QStringLiteral("tag"), tagName(tag)}});
    return true;
}

// The conversation and the tag of PUT/DELETE /conversations/{id}/tags/{tagId}.
struct TagTarget
{
    Target conversation;
    QJsonObject tag;
};

std::optional<TagTarget> tagTarget(RouteContext &context, const SandboxRequest &request,
                                   SandboxResponse *error)
{
    if (!RouteContext::conversationId(request, error))
        return std::nullopt;
    const auto tagId = RouteContext::uuidParam(request, QStringLiteral("tagId"), error);
    if (!tagId)
        return std::nullopt;
    auto found = target(context, request, error);
    if (!found)
        return std::nullopt;
    const QJsonObject *tag = context.store.tags.find(*tagId);
    if (!tag) {
        *error = SandboxResponse::notFound();
        return std::nullopt;
    }
    if (isAnonymized(found->record->json)) {
        *error = anonymizedError(found->id);
        return std::nullopt;
    }
    return TagTarget{*found, *tag};
}

SandboxResponse bulkTag(RouteContext &context, const SandboxRequest &request)
{
    SandboxResponse error;
    auto found = target(context, request, &error, QStringLiteral("BulkTagConversationInput"));
    if (!found)
        return error;
    QStringList names;
    const QJsonArray items = found->body.value(QStringLiteral("data")).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString name = items.at(i).toObject().value(QStringLiteral("name")).toString();
        if (name.trimmed().isEmpty()) {
            return SandboxResponse::badRequest(SandboxText::invalidBody(
                QStringLiteral("data[%1].name: must not be empty").arg(i)));
        }
        names.append(name.trimmed());
    }
    if (isAnonymized(found->record->json))
        return anonymizedError(found->id);

    const qint64 id = found->id;
    context.later(BulkTagDelayMs, [&context, id, names] {
        DataStore &store = context.store;
        ConversationRecord *record = store.conversation(id);
        if (!record || isAnonymized(record->json))
            return;
        for (const QString &name : names) {
            QString tagId = tagIdByName(store, name);
            if (tagId.isEmpty()) {
                tagId = QUuid::createUuid().toString(QUuid::WithoutBraces);
                store.tags.insert(tagId,
                                  QJsonObject{{QStringLiteral("id"), tagId},
                                              {QStringLiteral("name"), name},
                                              {QStringLiteral("state"), QStringLiteral("Active")}});
            }
            // A deactivated tag of that name exists; only active tags go on conversations.
            const QJsonObject tag = store.tags.value(tagId);
            if (isActive(tag))
                addTag(store, id, *record, tag, store.tokenUserId);
        }
    });
    return SandboxResponse::accepted();
}

} // namespace

void registerConversationTagRoutes(Router &router, RouteContext &context)
{
    using Method = Router::Method;

    router.add(Method::Get, QStringLiteral("/conversations/{conversationId}/tags"),
               [&context](const SandboxRequest &request) {
                   SandboxResponse error;
                   const auto found = target(context, request, &error);
                   if (!found)
                       return error;
                   QJsonArray tags;
                   for (const QString &tagId : found->record->tagIds) {
                       if (const QJsonObject *tag = context.store.tags.find(tagId))
                           tags.append(*tag);
                   }
                   return SandboxResponse::data(tags);
               });

    router.add(Method::Put, QStringLiteral("/conversations/{conversationId}/tags/{tagId}"),
               [&context](const SandboxRequest &request) {
                   SandboxResponse error;
                   const auto found = tagTarget(context, request, &error);
                   if (!found)
                       return error;
                   if (!isActive(found->tag)) {
                       return SandboxResponse::badRequest(
                           QStringLiteral("Tag %1 is inactive: only active tags can be added to "
                                          "a conversation")
                               .arg(tagName(found->tag)));
                   }
                   addTag(context.store, found->conversation.id, *found->conversation.record,
                          found->tag, context.store.tokenUserId);
                   return SandboxResponse::noContent();
               });

    router.add(Method::Delete, QStringLiteral("/conversations/{conversationId}/tags/{tagId}"),
               [&context](const SandboxRequest &request) {
                   SandboxResponse error;
                   const auto found = tagTarget(context, request, &error);
                   if (!found)
                       return error;
                   const qint64 id = found->conversation.id;
                   ConversationRecord &record = *found->conversation.record;
                   const QString tagId = found->tag.value(QStringLiteral("id")).toString();
                   if (record.tagIds.contains(tagId)) {
                       context.store.content(id);
                       record.tagIds.removeAll(tagId);
                       context.store.logActivity(
                           id, QStringLiteral("TagRemoved"), context.store.tokenUserId,
                           QJsonObject{{QStringLiteral("tag"), tagName(found->tag)}});
                   }
                   return SandboxResponse::noContent();
               });

    router.add(Method::Post, QStringLiteral("/conversations/{conversationId}/tags/bulk"),
               [&context](const SandboxRequest &request) { return bulkTag(context, request); });
}

} // namespace ConversationSupport
