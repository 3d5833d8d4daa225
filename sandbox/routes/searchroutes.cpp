// POST /search/conversations (text and filters) and the deprecated GET form.
#include "paging.h"
#include "routecontext.h"
#include "router.h"
#include "routes.h"
#include "searchmatcher.h"

#include <QJsonArray>

namespace {
// The requester's details in the order the free-text index holds them, lower case.
QStringList requesterText(const DataStore &store, const ConversationRecord &record)
{
    const QJsonObject *user =
        store.endUsers.find(record.json.value(QStringLiteral("requesterId")).toString());
    if (!user)
        return {};
    QStringList parts;
    for (const QString &key :
         {QStringLiteral("displayName"), QStringLiteral("email"), QStringLiteral("phoneNumber")})
        parts.append(user->value(key).toString().toLower());
    return parts;
}

// One page of conversation ids, newest (highest id) first, keyset paged on the id. A page stops
// looking as soon as it has one match more than it serves, so a broad search costs no more than
// the page it returns.
SandboxResponse searchPage(const DataStore &store, const SandboxRequest &request,
                           const SearchText &text, const SearchFilter &filter, bool innerHits)
{
    QString error;
    const auto page = Paging::parse(request, &error);
    if (!page)
        return SandboxResponse::badRequest(error);
    const auto &all = store.conversations;
    auto it = page->after > 0 ? all.lower_bound(page->after) : all.end();
    QJsonArray items;
    qint64 lastId = 0;
    bool more = false;
    while (it != all.begin()) {
        --it;
        const ConversationRecord &record = it->second;
        if (!filter.matches(record) || !text.matches(record))
            continue;
        if (items.size() == page->limit) {
            more = true;
            break;
        }
        QJsonObject hit{{QStringLiteral("id"), it->first},
                        {QStringLiteral("highlights"),
                         text.isEmpty() ? QJsonObject()
                                        : text.highlights(record, requesterText(store, record))}};
        if (innerHits)
            hit.insert(QStringLiteral("innerHits"), QJsonArray());
        items.append(hit);
        lastId = it->first;
    }
    return SandboxResponse::page(items,
                                 more ? Paging::nextLink(request, *page, lastId, true) : QString());
}
} // namespace

void registerSearchRoutes(Router &router, RouteContext &context)
{
    using Method = Router::Method;

    router.add(Method::Post, QStringLiteral("/search/conversations"),
               [&context](const SandboxRequest &request) {
                   SandboxResponse error;
                   const auto body = context.body(request, QStringLiteral("SearchParametersInput"),
                                                  &error, QJsonValue(QJsonObject()));
                   if (!body)
                       return error;
                   const QJsonObject input = body->toObject();
                   const QJsonObject query = input.value(QStringLiteral("query")).toObject();
                   const SearchText text(query.value(QStringLiteral("value")).toString(),
                                         query.value(QStringLiteral("exactMatch")).toBool());
                   QString reason;
                   const auto filter = SearchFilter::compile(
                       input.value(QStringLiteral("filters")).toObject(), context.now(), &reason);
                   if (!filter)
                       return SandboxResponse::badRequest(SandboxText::invalidBody(reason));
                   return searchPage(context.store, request, text, *filter, false);
               });

    router.add(Method::Get, QStringLiteral("/search/conversations"),
               [&context](const SandboxRequest &request) {
                   const QString query = request.queryValue(QStringLiteral("query"));
                   if (query.isEmpty())
                       return SandboxResponse::badRequest(
                           SandboxText::invalidQueryParameter(QStringLiteral("query")));
                   bool exact = false;
                   if (request.hasQuery(QStringLiteral("exactMatch"))) {
                       const QString flag = request.queryValue(QStringLiteral("exactMatch"));
                       if (flag != QLatin1String("true") && flag != QLatin1String("false"))
                           return SandboxResponse::badRequest(
                               SandboxText::invalidQueryParameter(QStringLiteral("exactMatch")));
                       exact = flag == QLatin1String("true");
                   }
                   return searchPage(context.store, request, SearchText(query, exact),
                                     SearchFilter(), true);
               });
}
