// PATCH /conversations/{id}/custom-attributes: sets or clears the values of conversation custom
// attributes, checked against their definitions.
#include "conversationsupport.h"
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

// A Select value is the path of option values from the top level down through nestedOptions.
bool isOptionPath(const QJsonArray &options, const QJsonArray &path)
{
    if (path.isEmpty())
        return false;
    QJsonArray level = options;
    for (const QJsonValue &step : path) {
        if (!step.isString())
            return false;
        bool found = false;
        for (const QJsonValue &option : level) {
            const QJsonObject object = option.toObject();
            if (object.value(QStringLiteral("value")).toString() == step.toString()) {
                level = object.value(QStringLiteral("nestedOptions")).toArray();
                found = true;
                break;
            }
        }
        if (!found)
            return false;
    }
    return true;
}

// Empty when `value` fits the definition's input; otherwise what is wrong with it.
QString valueProblem(const QJsonObject &definition, const QJsonValue &value)
{
    if (value.isNull())
        return {};
    const QJsonObject input = definition.value(QStringLiteral("inputDefinition")).toObject();
    const QString kind = input.value(QStringLiteral("_type")).toString();
    if (kind == QLatin1String("Select")) {
        if (!value.isArray() ||
            !isOptionPath(input.value(QStringLiteral("options")).toArray(), value.toArray()))
            return QStringLiteral("not a path of option values");
        return {};
    }
    if (kind == QLatin1String("Text"))
        return value.isString() ? QString() : QStringLiteral("expected a text value");
    if (value.isString())
        return {};
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray()) {
            if (!item.isString())
                return QStringLiteral("expected text values");
        }
        return {};
    }
    return QStringLiteral("expected a text or a list of texts");
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

    // Checked in full before anything changes: a bad entry rejects the whole patch.
    QList<QPair<QJsonObject, QJsonValue>> changes;
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        const QString attributeId = it.key().toLower();
        if (QUuid::fromString(attributeId).isNull())
            return invalidPatch(QStringLiteral("%1 is not an attribute id").arg(it.key()));
        const QJsonObject *definition = store.customAttributeDefinitions.find(attributeId);
        if (!definition)
            return invalidPatch(QStringLiteral("attribute %1 does not exist").arg(attributeId));
        if (definition->value(QStringLiteral("entityType")).toString() !=
            QLatin1String("Conversation")) {
            return invalidPatch(
                QStringLiteral("attribute %1 is not a conversation attribute").arg(attributeId));
        }
        if (definition->value(QStringLiteral("isArchived")).toBool())
            return invalidPatch(QStringLiteral("attribute %1 is archived").arg(attributeId));
        const QString problem = valueProblem(*definition, it.value());
        if (!problem.isEmpty())
            return invalidPatch(QStringLiteral("attribute %1: %2").arg(attributeId, problem));
        changes.append({*definition, it.value()});
    }
    if (changes.isEmpty())
        return SandboxResponse::data(QJsonArray());

    store.content(found->id);
    QJsonArray values = record.json.value(QStringLiteral("customAttributes")).toArray();
    QJsonArray patched;
    QJsonArray updatedIds;
    QJsonObject updatedValues;
    for (const auto &[definition, value] : changes) {
        const QString attributeId = definition.value(QStringLiteral("id")).toString();
        for (qsizetype i = values.size() - 1; i >= 0; --i) {
            if (values.at(i).toObject().value(QStringLiteral("id")).toString() == attributeId)
                values.removeAt(i);
        }
        updatedIds.append(attributeId);
        if (value.isNull())
            continue;
        const QJsonObject attribute{
            {QStringLiteral("id"), attributeId},
            {QStringLiteral("name"), definition.value(QStringLiteral("label"))},
            {QStringLiteral("identifier"), definition.value(QStringLiteral("identifier"))},
            {QStringLiteral("value"), value},
        };
        values.append(attribute);
        patched.append(attribute);
        updatedValues.insert(attributeId, value);
    }
    record.json.insert(QStringLiteral("customAttributes"), values);
    store.logActivity(found->id, QStringLiteral("ConversationCustomAttributesUpdated"),
                      store.tokenUserId,
                      QJsonObject{{QStringLiteral("updatedAttributeIds"), updatedIds},
                                  {QStringLiteral("updatedAttributeValues"), updatedValues}});
    return SandboxResponse::data(patched);
}

} // namespace

void registerConversationAttributeRoutes(Router &router, RouteContext &context)
{
    router.add(
        Router::Method::Patch, QStringLiteral("/conversations/{conversationId}/custom-attributes"),
        [&context](const SandboxRequest &request) { return patchAttributes(context, request); });
}

} // namespace ConversationSupport
