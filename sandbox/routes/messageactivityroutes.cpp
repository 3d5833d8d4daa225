// Activity logs: one conversation's (whole) and the organisation's (paged, filtered by time).
#include "datastore.h"
#include "messageroutesparts.h"
#include "paging.h"
#include "routecontext.h"
#include "router.h"
#include "sandboxtime.h"

#include <QJsonArray>

namespace {
// The organisation-wide log is keyed by (conversation id, position in its log): key =
// id * KeySpan + index + 1 (0 stays "from the start"). Logs only grow at the end and conversations
// are never removed, so resuming after the last key served returns every entry exactly once.
constexpr qint64 KeySpan = 1'000'000;

std::optional<QDateTime> timeParameter(const SandboxRequest &request, const QString &name,
                                       SandboxResponse *error)
{
    if (!request.hasQuery(name))
        return QDateTime();
    const auto parsed = SandboxTime::parse(request.queryValue(name));
    if (!parsed) {
        *error = SandboxResponse::badRequest(SandboxText::invalidQueryParameter(name));
        return std::nullopt;
    }
    return parsed;
}

SandboxResponse organizationLog(const RouteContext &context, const SandboxRequest &request)
{
    QString pagingError;
    const auto page = Paging::parse(request, &pagingError);
    if (!page)
        return SandboxResponse::badRequest(pagingError);
    SandboxResponse error;
    const auto from = timeParameter(request, QStringLiteral("fromDatetime"), &error);
    if (!from)
        return error;
    const auto to = timeParameter(request, QStringLiteral("toDatetime"), &error);
    if (!to)
        return error;

    // Both bounds are inclusive.
    const auto inRange = [&](const QJsonObject &entry) {
        if (!from->isValid() && !to->isValid())
            return true;
        const auto when =
            SandboxTime::parse(entry.value(QStringLiteral("activityTimestamp")).toString());
        if (!when)
            return false;
        return (!from->isValid() || *when >= *from) && (!to->isValid() || *when <= *to);
    };

    const DataStore &store = context.store;
    const qint64 after = qMax<qint64>(page->after, 0);
    const qint64 afterId = after / KeySpan;
    const qint64 afterIndex = after % KeySpan - 1; // -1: none of that conversation served yet
    QJsonArray items;
    qint64 lastKey = 0;
    bool more = false;
    for (auto it = store.conversations.lower_bound(afterId);
         it != store.conversations.end() && !more; ++it) {
        // peekContent: a walk over the whole organisation must not keep generated content.
        const QJsonArray activity = store.peekContent(it->first).activity;
        const qsizetype start = it->first == afterId ? afterIndex + 1 : 0;
        for (qsizetype i = start; i < activity.size() && i < KeySpan - 1; ++i) {
            const QJsonObject entry = activity.at(i).toObject();
            if (!inRange(entry))
                continue;
            if (items.size() == page->limit) {
                more = true;
                break;
            }
            items.append(entry);
            lastKey = it->first * KeySpan + i + 1;
        }
    }
    return SandboxResponse::page(items,
                                 more ? Paging::nextLink(request, *page, lastKey) : QString());
}
} // namespace

void MessageRoutes::registerActivityLogRoutes(Router &router, RouteContext &context)
{
    using Method = Router::Method;

    router.add(Method::Get, QStringLiteral("/conversations/{conversationId}/activitylog"),
               [&context](const SandboxRequest &request) {
                   SandboxResponse error;
                   qint64 id = 0;
                   if (!MessageRoutes::conversation(context, request, &id, &error))
                       return error;
                   return SandboxResponse::data(context.store.peekContent(id).activity);
               });

    router.add(
        Method::Get, QStringLiteral("/conversations/activitylog"),
        [&context](const SandboxRequest &request) { return organizationLog(context, request); });
}
