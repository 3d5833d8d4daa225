// PATCH /conversations/{id}/custom-attributes: sets or clears the values of conversation custom
// attributes, checked against their definitions.
#include "conversationsupport.h"
#include "customattributepatch.h"
#include "router.h"

#include <QJsonArray>
#include <QUuid>

namespace ConversationSupport {

namespace {

SandboxResponse invalidPatch(const QString &detail)
{
    return SandboxResponse::badRequest(
        QStringLiteral("Invalid input for patching (%1)").arg(detail));
}

SandboxResponse patchAttributes(RouteContext &context, const SandboxRequest &request)
{
    SandboxResponse error;
    if (!RouteContext::conversationId(request, &error))
        return error;
    const auto json = request.json();
    if (!json || !json->isObject())
        return SandboxResponse::badRequest(
            SandboxText::invalidBody(QStringLiteral("expected an object")));
    const QJsonObject patch = json->toObject();
    auto found = target(context, request, &error);
    if (!found)
        return error;
    DataStore &store = context.store;
    ConversationRecord &record = *found->record;
    if (isAnonymized(record.json))
        return anonymizedError(found->id);

    QString problem;
    const auto applied = CustomAttributePatch::apply(
        store.customAttributeDefinitions, QStringLiteral("Conversation"),
        record.json.value(QStringLiteral("customAttributes")).toArray(), patch, &problem);
    if (!applied)
        return invalidPatch(problem);
    if (applied->updatedIds.isEmpty())
        return SandboxResponse::data(QJsonArray());

    store.content(found->id);
    record.json.insert(QStringLiteral("customAttributes"), applied->values);
    store.logActivity(
        found->id, QStringLiteral("ConversationCustomAttributesUpdated"), store.tokenUserId,
        QJsonObject{{QStringLiteral("updatedAttributeIds"), applied->updatedIds},
                    {QStringLiteral("updatedAttributeValues"), applied->updatedValues}});
    return SandboxResponse::data(applied->patched);
}

} // namespace

void registerConversationAttributeRoutes(Router &router, RouteContext &context)
{
    router.add(
        Router::Method::Patch, QStringLiteral("/conversations/{conversationId}/custom-attributes"),
        [&context](const SandboxRequest &request) { return patchAttributes(context, request); });
}

} // namespace ConversationSupport
