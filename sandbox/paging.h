#pragma once

#include "sandboxhttp.h"

#include <QString>

#include <functional>
#include <optional>

// Keyset paging as Dixa exposes it: pageLimit and an opaque pageKey that the server hands out in
// meta.next. The key carries the limit and the last key served, so a walk returns every record
// exactly once even while records are added or removed.
struct PageRequest
{
    int limit = 0;
    qint64 after = 0; // the sort key of the last record already served; 0 = from the start
};

namespace Paging {
inline constexpr int DefaultPageLimit = 50;
inline constexpr int MaxPageLimit = 500;

// Reads pageLimit and pageKey; on error returns nullopt and sets *error to a 400 reason.
std::optional<PageRequest> parse(const SandboxRequest &request, QString *error);

// The root-relative link to the next page: same path and filters, a new pageKey.
// `trailingSlash` reproduces the shape of Dixa's search example ("/v1/search/conversations/?...").
QString nextLink(const SandboxRequest &request, const PageRequest &page, qint64 lastKey,
                 bool trailingSlash = false);
} // namespace Paging

class JsonTable;

namespace Paging {
// One page of `table` as {"data": [...], "meta": {"next": ...}}: records that pass `keep` (all
// when empty), each shown through `present` (as stored when empty). A 400 for a bad pageKey or
// pageLimit.
SandboxResponse serve(const JsonTable &table, const SandboxRequest &request,
                      const std::function<bool(const QJsonObject &)> &keep = {},
                      const std::function<QJsonObject(const QJsonObject &)> &present = {});
} // namespace Paging
