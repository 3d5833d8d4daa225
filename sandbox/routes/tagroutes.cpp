// Tags: list, create-or-find by name, activate/deactivate and delete.
#include "routecontext.h"
#include "router.h"
#include "routes.h"

#include <QJsonArray>
#include <QUuid>

namespace {
const QString tagIdParam = QStringLiteral("tagId");

// Answers 204 after `change` for an existing tag, 404 for an unknown one.
SandboxResponse withTag(DataStore &store, const SandboxRequest &request,
                        const std::function<void(QJsonObject &)> &change)
{
    SandboxResponse error;
    const auto id = RouteContext::uuidParam(request, tagIdParam, &error);
    if (!id)
        return error;
    QJsonObject *tag = store.tags.find(*id);
    if (!tag)
        return SandboxResponse::notFound();
    change(*tag);
    return SandboxResponse::noContent();
}
} // namespace

void registerTagRoutes(Router &router, RouteContext &context)
{
    using Method = Router::Method;
    DataStore &store = context.store;

    router.add(Method::Get, QStringLiteral("/tags"), [&store](const SandboxRequest &request) {
        bool includeDeactivated = false;
        if (request.hasQuery(QStringLiteral("includeDeactivated"))) {
            const QString flag = request.queryValue(QStringLiteral("includeDeactivated"));
            if (flag != QLatin1String("true") && flag != QLatin1String("false"))
                return SandboxResponse::badRequest(
                    SandboxText::invalidQueryParameter(QStringLiteral("includeDeactivated")));
            includeDeactivated = flag == QLatin1String("true");
        }
        QJsonArray tags;
        store.tags.forEach([&](const QJsonObject &tag) {
            if (includeDeactivated ||
                tag.value(QStringLiteral("state")).toString() == QLatin1String("Active"))
                tags.append(tag);
        });
        return SandboxResponse::data(tags);
    });

    router.add(Method::Post, QStringLiteral("/tags"), [&context](const SandboxRequest &request) {
        SandboxResponse error;
        const auto body = context.body(request, QStringLiteral("CreateTagInput"), &error);
        if (!body)
            return error;
        const QJsonObject in = body->toObject();
        const QString name = in.value(QStringLiteral("name")).toString().trimmed();
        if (name.isEmpty())
            return SandboxResponse::badRequest(
                SandboxText::invalidBody(QStringLiteral("name: must not be empty")));
        DataStore &store = context.store;
        // Tag names are unique regardless of case; the existing tag is returned unchanged.
        std::optional<QJsonObject> existing;
        store.tags.forEach([&](const QJsonObject &tag) {
            if (!existing &&
                tag.value(QStringLiteral("name")).toString().compare(name, Qt::CaseInsensitive) ==
                    0)
                existing = tag;
        });
        if (existing)
            return SandboxResponse::data(*existing);
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QJsonObject tag{{QStringLiteral("id"), id},
                        {QStringLiteral("name"), name},
                        {QStringLiteral("state"), QStringLiteral("Active")}};
        const QString color = in.value(QStringLiteral("color")).toString();
        if (!color.isEmpty())
            tag.insert(QStringLiteral("color"), color);
        store.tags.insert(id, tag);
        return SandboxResponse::data(tag);
    });

    router.add(Method::Get, QStringLiteral("/tags/{tagId}"),
               [&store](const SandboxRequest &request) {
                   SandboxResponse error;
                   const auto id = RouteContext::uuidParam(request, tagIdParam, &error);
                   if (!id)
                       return error;
                   const QJsonObject *tag = store.tags.find(*id);
                   return tag ? SandboxResponse::data(*tag) : SandboxResponse::notFound();
               });

    router.add(Method::Patch, QStringLiteral("/tags/{tagId}/activate"),
               [&store](const SandboxRequest &request) {
                   return withTag(store, request, [](QJsonObject &tag) {
                       tag.insert(QStringLiteral("state"), QStringLiteral("Active"));
                   });
               });

    router.add(Method::Patch, QStringLiteral("/tags/{tagId}/deactivate"),
               [&store](const SandboxRequest &request) {
                   return withTag(store, request, [](QJsonObject &tag) {
                       tag.insert(QStringLiteral("state"), QStringLiteral("Inactive"));
                   });
               });

    router.add(Method::Delete, QStringLiteral("/tags/{tagId}"),
               [&store](const SandboxRequest &request) {
                   SandboxResponse error;
                   const auto id = RouteContext::uuidParam(request, tagIdParam, &error);
                   if (!id)
                       return error;
                   if (!store.tags.remove(*id))
                       return SandboxResponse::notFound();
                   // Deleting a tag removes every association; no per-conversation history.
                   for (auto &[conversationId, record] : store.conversations)
                       record.tagIds.removeAll(*id);
                   return SandboxResponse::noContent();
               });
}
