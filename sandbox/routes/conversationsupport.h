#pragma once

#include "routecontext.h"

#include <QJsonObject>
#include <QString>

#include <optional>

class Router;

// What the conversation route files share: finding the conversation a request names, checking
// the users a body names, and the small pieces of conversation JSON and activity-log attributes
// several actions write.
namespace ConversationSupport {

// The conversation a request acts on, and its decoded body.
struct Target
{
    qint64 id = 0;
    ConversationRecord *record = nullptr;
    QJsonObject body;
};

// Decodes the {conversationId} path parameter and, when `schema` is given, the body (an empty
// body counts as {} when `bodyOptional`), then finds the conversation. Like Dixa it rejects a
// malformed request (400) before it looks anything up (404).
std::optional<Target> target(RouteContext &context, const SandboxRequest &request,
                             SandboxResponse *error, const QString &schema = {},
                             bool bodyOptional = false);

// Dixa's reasons when a body names a user who must be an agent or admin: "User not found",
// "User is not agent/admin". nullopt when the user is fine.
std::optional<SandboxResponse> checkAgent(const DataStore &store, const QString &userId);

// Anonymized conversations keep only their skeleton and accept no further changes.
bool isAnonymized(const QJsonObject &conversation);
SandboxResponse anonymizedError(qint64 id);

// Who an action is recorded as done by: the named user, else the admin who owns the API token.
QString actor(const DataStore &store, const QString &userId);

QString agentName(const DataStore &store, const QString &agentId);
QString queueName(const DataStore &store, const QString &queueId);
// The organisation's default queue; empty when it has none.
QString defaultQueueId(const DataStore &store);

// Puts the conversation in `queueId` (queuedAt now) and takes the assignment away, logging
// ConversationUnassigned for the agent who loses it.
void requeue(RouteContext &context, qint64 id, ConversationRecord &record, const QString &queueId,
             const QString &actorId);
// ConversationOffered attributes: the queue's label and the names of its members.
QJsonObject offeredAttributes(const DataStore &store, const QString &queueId);

// The conversation as GET /conversations/{id} serves it (always with customAttributes).
QJsonObject present(const QJsonObject &conversation);
// As lists serve it: customAttributes only come with GET by id.
QJsonObject presentInList(const QJsonObject &conversation);

void registerConversationCreateRoute(Router &router, RouteContext &context);
void registerConversationTagRoutes(Router &router, RouteContext &context);
void registerConversationLinkRoutes(Router &router, RouteContext &context);
void registerConversationAttributeRoutes(Router &router, RouteContext &context);

} // namespace ConversationSupport
