// End users: list, create, update and patch (one by one and in bulk), their custom attributes and
// the conversations they requested. (Anonymization lives with the anonymizer.)
#include "customattributepatch.h"
#include "paging.h"
#include "peopleedits.h"
#include "routecontext.h"
#include "router.h"
#include "routes.h"

#include <QJsonArray>
#include <QUuid>

namespace {
using People::EditMode;
using People::Kind;

const QString UserId = QStringLiteral("userId");
const QString CustomAttributes = QStringLiteral("customAttributes");

bool isAttributeValue(const QJsonValue &value)
{
    if (value.isNull() || value.isString())
        return true;
    if (!value.isArray())
        return false;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString())
            return false;
    }
    return true;
}

// PATCH /endusers/{userId}/custom-attributes: all or nothing; null clears an attribute. Answers
// the attributes that now have a value (a cleared one has none to show).
SandboxResponse patchCustomAttributes(RouteContext &context, const SandboxRequest &request)
{
    SandboxResponse error;
    const auto id = RouteContext::uuidParam(request, UserId, &error);
    if (!id)
        return error;
    const auto json = request.json();
    if (!json || !json->isObject())
        return SandboxResponse::badRequest(
            SandboxText::invalidBody(QStringLiteral("expected an object of attribute values")));
    const QJsonObject patch = json->toObject();
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (QUuid::fromString(it.key()).isNull())
            return SandboxResponse::badRequest(
                SandboxText::invalidBody(it.key() + QStringLiteral(": not a valid uuid")));
        if (!isAttributeValue(it.value()))
            return SandboxResponse::badRequest(SandboxText::invalidBody(
                it.key() + QStringLiteral(": expected a string, a list of strings or null")));
    }
    QJsonObject *user = context.store.endUsers.find(*id);
    if (!user)
        return SandboxResponse::notFound();

    QString problem;
    const auto applied = CustomAttributePatch::apply(
        context.store.customAttributeDefinitions, QStringLiteral("Contact"),
        user->value(CustomAttributes).toArray(), patch, &problem);
    if (!applied) {
        return SandboxResponse::badRequest(
            QStringLiteral("Invalid input for patching (%1)").arg(problem));
    }
    user->insert(CustomAttributes, applied->values);
    return SandboxResponse::data(applied->patched);
}

// GET /endusers/{userId}/conversations: keyset paging by conversation id.
SandboxResponse conversationsOf(const RouteContext &context, const SandboxRequest &request)
{
    SandboxResponse error;
    const auto id = RouteContext::uuidParam(request, UserId, &error);
    if (!id)
        return error;
    if (!context.store.endUsers.contains(*id))
        return SandboxResponse::notFound();
    QString problem;
    const auto page = Paging::parse(request, &problem);
    if (!page)
        return SandboxResponse::badRequest(problem);
    const auto &conversations = context.store.conversations;
    QJsonArray items;
    qint64 lastId = 0;
    bool more = false;
    for (auto it = conversations.upper_bound(page->after); it != conversations.end(); ++it) {
        const QJsonObject &conversation = it->second.json;
        if (conversation.value(QStringLiteral("requesterId")).toString() != *id)
            continue;
        if (items.size() == page->limit) {
            more = true;
            break;
        }
        QJsonObject shown = conversation;
        shown.remove(CustomAttributes);
        items.append(shown);
        lastId = it->first;
    }
    return SandboxResponse::page(items,
                                 more ? Paging::nextLink(request, *page, lastId) : QString());
}
} // namespace

void registerEndUserRoutes(Router &router, RouteContext &context)
{
    using Method = Router::Method;

    router.add(Method::Get, QStringLiteral("/endusers"), [&context](const SandboxRequest &request) {
        const QList<QPair<QString, QString>> filters{
            {QStringLiteral("email"), QStringLiteral("email")},
            {QStringLiteral("phone"), QStringLiteral("phoneNumber")},
            {QStringLiteral("externalId"), QStringLiteral("externalId")}};
        int given = 0;
        for (const auto &filter : filters)
            given += request.hasQuery(filter.first) ? 1 : 0;
        if (given > 1)
            return SandboxResponse::badRequest(
                QStringLiteral("Invalid filters: Cannot provide more than one filter"));
        return People::listPage(context.store.endUsers, request, filters, Kind::EndUser);
    });

    router.add(
        Method::Post, QStringLiteral("/endusers"), [&context](const SandboxRequest &request) {
            return People::createOne(context, context.store.endUsers, request, Kind::EndUser);
        });

    // PUT and PATCH /endusers wrap their items in {"data": [...]}, and item ids are uuids.
    const auto bulkEdit = [&context](EditMode mode) {
        return [&context, mode](const SandboxRequest &request) {
            SandboxResponse error;
            const auto items = People::bulkItems(request, true, true, true, &error);
            if (!items)
                return error;
            return SandboxResponse::data(
                People::bulkEdit(context, context.store.endUsers, *items, Kind::EndUser, mode));
        };
    };
    router.add(Method::Put, QStringLiteral("/endusers"), bulkEdit(EditMode::Replace));
    router.add(Method::Patch, QStringLiteral("/endusers"), bulkEdit(EditMode::Patch));

    router.add(
        Method::Post, QStringLiteral("/endusers/bulk"), [&context](const SandboxRequest &request) {
            SandboxResponse error;
            const auto items = People::bulkItems(request, true, false, false, &error);
            if (!items)
                return error;
            return SandboxResponse::data(
                People::bulkCreate(context, context.store.endUsers, *items, Kind::EndUser), 201);
        });

    router.add(Method::Get, QStringLiteral("/endusers/{userId}"),
               [&context](const SandboxRequest &request) {
                   SandboxResponse error;
                   const auto id = RouteContext::uuidParam(request, UserId, &error);
                   if (!id)
                       return error;
                   const QJsonObject *user = context.store.endUsers.find(*id);
                   if (!user)
                       return SandboxResponse::notFound();
                   return SandboxResponse::data(People::present(*user, Kind::EndUser));
               });

    router.add(Method::Put, QStringLiteral("/endusers/{userId}"),
               [&context](const SandboxRequest &request) {
                   return People::editOne(context, context.store.endUsers, request, UserId,
                                          Kind::EndUser, EditMode::Replace);
               });

    router.add(Method::Patch, QStringLiteral("/endusers/{userId}"),
               [&context](const SandboxRequest &request) {
                   return People::editOne(context, context.store.endUsers, request, UserId,
                                          Kind::EndUser, EditMode::Patch);
               });

    router.add(Method::Patch, QStringLiteral("/endusers/{userId}/custom-attributes"),
               [&context](const SandboxRequest &request) {
                   return patchCustomAttributes(context, request);
               });

    router.add(
        Method::Get, QStringLiteral("/endusers/{userId}/conversations"),
        [&context](const SandboxRequest &request) { return conversationsOf(context, request); });
}
