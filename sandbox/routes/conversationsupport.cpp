#include "conversationsupport.h"

#include "sandboxtime.h"

#include <QJsonArray>

namespace ConversationSupport {

std::optional<Target> target(RouteContext &context, const SandboxRequest &request,
                             SandboxResponse *error, const QString &schema, bool bodyOptional)
{
    Target found;
    const auto id = RouteContext::conversationId(request, error);
    if (!id)
        return std::nullopt;
    found.id = *id;
    if (!schema.isEmpty()) {
        const auto body =
            context.body(request, schema, error,
                         bodyOptional ? std::optional<QJsonValue>(QJsonObject()) : std::nullopt);
        if (!body)
            return std::nullopt;
        found.body = body->toObject();
    }
    found.record = context.store.conversation(found.id);
    if (!found.record) {
        *error = SandboxResponse::notFound();
        return std::nullopt;
    }
    return found;
}

std::optional<SandboxResponse> checkAgent(const DataStore &store, const QString &userId)
{
    if (store.isAgentOrAdmin(userId))
        return std::nullopt;
    if (store.endUsers.contains(userId))
        return SandboxResponse::badRequest(QStringLiteral("User is not agent/admin"));
    return SandboxResponse::badRequest(QStringLiteral("User not found"));
}

bool isAnonymized(const QJsonObject &conversation)
{
    return conversation.value(QStringLiteral("_type")).toString() ==
           QLatin1String("AnonymizedConversation");
}

SandboxResponse anonymizedError(qint64 id)
{
    return SandboxResponse::badRequest(
        QStringLiteral("Conversation %1 has been anonymized and can no longer be changed").arg(id));
}

QString actor(const DataStore &store, const QString &userId)
{
    return userId.isEmpty() ? store.tokenUserId : userId;
}

QString agentName(const DataStore &store, const QString &agentId)
{
    const QJsonObject *agent = store.agents.find(agentId);
    return agent ? agent->value(QStringLiteral("displayName")).toString() : QString();
}

QString queueName(const DataStore &store, const QString &queueId)
{
    const QJsonObject *queue = store.queues.find(queueId);
    return queue ? queue->value(QStringLiteral("name")).toString() : QString();
}

QString defaultQueueId(const DataStore &store)
{
    QString found;
    store.queues.forEach([&found](const QJsonObject &queue) {
        if (found.isEmpty() && queue.value(QStringLiteral("isDefault")).toBool())
            found = queue.value(QStringLiteral("id")).toString();
    });
    return found;
}

void requeue(RouteContext &context, qint64 id, ConversationRecord &record, const QString &queueId,
             const QString &actorId)
{
    const QString previousAgent = record.json.value(QStringLiteral("assignment"))
                                      .toObject()
                                      .value(QStringLiteral("agentId"))
                                      .toString();
    record.json.remove(QStringLiteral("assignment"));
    if (queueId.isEmpty()) {
        record.json.remove(QStringLiteral("queue"));
    } else {
        record.json.insert(QStringLiteral("queue"), QJsonObject{{QStringLiteral("id"), queueId},
                                                                {QStringLiteral("queuedAt"),
                                                                 SandboxTime::iso(context.now())}});
    }
    if (!previousAgent.isEmpty()) {
        context.store.logActivity(
            id, QStringLiteral("ConversationUnassigned"), actorId,
            QJsonObject{{QStringLiteral("agent"), context.store.activityUser(previousAgent)}});
    }
}

QJsonObject offeredAttributes(const DataStore &store, const QString &queueId)
{
    QJsonArray names;
    for (const QJsonValue &member : store.queueMembers.value(queueId)) {
        const QString name =
            agentName(store, member.toObject().value(QStringLiteral("agentId")).toString());
        if (!name.isEmpty())
            names.append(name);
    }
    QJsonObject attributes{{QStringLiteral("agentNames"), names}};
    const QString label = queueName(store, queueId);
    if (!label.isEmpty())
        attributes.insert(QStringLiteral("queueLabel"), label);
    return attributes;
}

QJsonObject present(const QJsonObject &conversation)
{
    QJsonObject out = conversation;
    if (!out.contains(QStringLiteral("customAttributes")))
        out.insert(QStringLiteral("customAttributes"), QJsonArray());
    return out;
}

QJsonObject presentInList(const QJsonObject &conversation)
{
    QJsonObject out = conversation;
    out.remove(QStringLiteral("customAttributes"));
    return out;
}

} // namespace ConversationSupport
