#pragma once

#include "peoplefields.h"
#include "sandboxhttp.h"

#include <QJsonArray>

#include <optional>

class JsonTable;
struct RouteContext;

// The create, update and patch operations that agents and end users share, one by one and in
// bulk. Bulk items are checked one at a time: an item that does not fit its schema fails on its
// own ("Validation") and the others still go through; only a body that is not a list of items
// with ids fails the whole request.
namespace People {

// The items of a bulk body: a bare array (agents) or {"data": [...]} (end users). Every item
// must be an object; with `needIds` it must carry a string "id" (a uuid when `uuidIds`).
// nullopt and *error (400 "Invalid value for: body (...)") otherwise.
std::optional<QJsonArray> bulkItems(const SandboxRequest &request, bool wrapped, bool needIds,
                                    bool uuidIds, SandboxResponse *error);

// Outcomes of PUT / PATCH on a collection, in request order.
QJsonArray bulkEdit(RouteContext &context, JsonTable &table, const QJsonArray &items, Kind kind,
                    EditMode mode);
// Outcomes of POST .../bulk, in request order.
QJsonArray bulkCreate(RouteContext &context, JsonTable &table, const QJsonArray &items, Kind kind);

// PUT / PATCH on one record named by path parameter `param`: 200 with the updated record.
SandboxResponse editOne(RouteContext &context, JsonTable &table, const SandboxRequest &request,
                        const QString &param, Kind kind, EditMode mode);
// POST on the collection: 201 with the new record.
SandboxResponse createOne(RouteContext &context, JsonTable &table, const SandboxRequest &request,
                          Kind kind);

// One page of the collection filtered by the query parameters in `filters` (query name ->
// record field; emails compare case-insensitively), shown as lists show records.
SandboxResponse listPage(const JsonTable &table, const SandboxRequest &request,
                         const QList<QPair<QString, QString>> &filters, Kind kind);

} // namespace People
