// Parent/child links between conversations: PUT /conversations/{id}/link makes a conversation a
// child of another, GET /conversations/{id}/linked lists a parent's children.
#include "conversationsupport.h"
#include "router.h"

#include <QJsonArray>

namespace ConversationSupport {

namespace {

constexpr int MaxChildren = 100;

qint64 parentOf(const QJsonObject &conversation)
{
    const QJsonObject link = conversation.value(QStringLiteral("link")).toObject();
    return link.isEmpty() ? 0 : link.value(QStringLiteral("parentId")).toInteger();
}

// Children are found by walking the organisation rather than through an index: seeded
// conversations carry their links in their JSON, and a walk cannot go stale.
QList<qint64> childrenOf(const DataStore &store, qint64 parentId)
{
    QList<qint64> children;
    for (const auto &[id, record] : store.conversations) {
        if (parentOf(record.json) == parentId)
            children.append(id);
    }
    return children;
}

// The request speaks of Related and SideConversation links; the conversation's link._type only
// knows EmailForward, FollowUp and SideConversation, so a Related link is shown as FollowUp, the
// closest of those.
QString linkTypeShown(const QString &requested)
{
    return requested == QLatin1String("SideConversation") ? requested : QStringLiteral("FollowUp");
}

SandboxResponse linkConversation(RouteContext &context, const SandboxRequest &request)
{
    SandboxResponse error;
    auto found = target(context, request, &error, QStringLiteral("LinkConversationInput"));
    if (!found)
        return error;
    DataStore &store = context.store;
    const qint64 childId = found->id;
    ConversationRecord &child = *found->record;
    const qint64 parentId = found->body.value(QStringLiteral("parentId")).toInteger();
    const QString linkType = found->body.value(QStringLiteral("linkType")).toString();

    if (parentId == childId) {
        return SandboxResponse::badRequest(
            QStringLiteral("A conversation cannot be linked to itself"));
    }
    ConversationRecord *parent = store.conversation(parentId);
    if (!parent)
        return SandboxResponse::notFound();
    if (isAnonymized(child.json))
        return anonymizedError(childId);
    if (isAnonymized(parent->json))
        return anonymizedError(parentId);

    const qint64 currentParent = parentOf(child.json);
    if (currentParent != 0 && currentParent != parentId) {
        return SandboxResponse::badRequest(
            QStringLiteral("Conversation %1 is already linked to conversation %2: a conversation "
                           "can have only one parent")
                .arg(childId)
                .arg(currentParent));
    }
    if (parentOf(parent->json) != 0) {
        return SandboxResponse::badRequest(
            QStringLiteral("Conversation %1 is a child conversation: a child conversation cannot "
                           "have child conversations")
                .arg(parentId));
    }
    if (!childrenOf(store, childId).isEmpty()) {
        return SandboxResponse::badRequest(
            QStringLiteral("Conversation %1 has child conversations: a child conversation cannot "
                           "have child conversations")
                .arg(childId));
    }
    if (currentParent != parentId && childrenOf(store, parentId).size() >= MaxChildren) {
        return SandboxResponse::badRequest(
            QStringLiteral("Conversation %1 already has %2 child conversations, the most allowed")
                .arg(parentId)
                .arg(MaxChildren));
    }

    const QJsonObject newLink{{QStringLiteral("parentId"), parentId},
                              {QStringLiteral("_type"), linkTypeShown(linkType)}};
    if (child.json.value(QStringLiteral("link")).toObject() == newLink)
        return SandboxResponse::noContent();

    store.content(childId);
    store.content(parentId);
    child.json.insert(QStringLiteral("link"), newLink);
    const QJsonObject attributes{{QStringLiteral("child"), childId},
                                 {QStringLiteral("parent"), parentId},
                                 {QStringLiteral("linkType"), linkType}};
    store.logActivity(childId, QStringLiteral("ConversationLinkedToParent"), store.tokenUserId,
                      attributes);
    store.logActivity(parentId, QStringLiteral("ConversationLinkedFromChild"), store.tokenUserId,
                      attributes);
    return SandboxResponse::noContent();
}

} // namespace

void registerConversationLinkRoutes(Router &router, RouteContext &context)
{
    using Method = Router::Method;

    router.add(
        Method::Put, QStringLiteral("/conversations/{conversationId}/link"),
        [&context](const SandboxRequest &request) { return linkConversation(context, request); });

    router.add(Method::Get, QStringLiteral("/conversations/{conversationId}/linked"),
               [&context](const SandboxRequest &request) {
                   SandboxResponse error;
                   const auto found = target(context, request, &error);
                   if (!found)
                       return error;
                   QJsonArray children;
                   for (const qint64 childId : childrenOf(context.store, found->id))
                       children.append(presentInList(context.store.conversation(childId)->json));
                   return SandboxResponse::data(children);
               });
}

} // namespace ConversationSupport
