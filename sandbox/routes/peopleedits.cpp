#include "peopleedits.h"

#include "jsontable.h"
#include "paging.h"
#include "routecontext.h"
#include "sandboxtime.h"

#include <QUuid>

namespace People {
namespace {
enum class Operation { Create, BulkReplace, BulkPatch, Replace, Patch };

QString schemaFor(Kind kind, Operation operation)
{
    const bool agent = kind == Kind::Agent;
    switch (operation) {
    case Operation::Create:
        return agent ? QStringLiteral("CreateAgentInput") : QStringLiteral("CreateEndUserInput");
    case Operation::BulkReplace:
        return agent ? QStringLiteral("BulkUpdateAgentInput")
                     : QStringLiteral("BulkUpdateEndUserInput");
    case Operation::BulkPatch:
        return agent ? QStringLiteral("BulkPatchAgentInput")
                     : QStringLiteral("BulkPatchEndUserInput");
    case Operation::Replace:
        return agent ? QStringLiteral("UpdateAgentInput") : QStringLiteral("UpdateEndUserInput");
    case Operation::Patch:
        return agent ? QStringLiteral("PatchAgentInput") : QStringLiteral("PatchEndUserInput");
    }
    return {};
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString notFoundText(Kind kind)
{
    return kind == Kind::Agent ? QStringLiteral("Agent not found")
                               : QStringLiteral("End user not found");
}

QStringList itemProblems(const RouteContext &context, const QString &schema,
                         const QJsonObject &item, Kind kind, bool creating)
{
    return context.spec.check(schema, item) + blankProblems(item, kind, creating);
}

struct EditResult
{
    enum class Status { Done, NotFound, NothingToChange, Conflict };
    Status status = Status::Done;
    QJsonObject record;
    QString error;
};

EditResult applyEdit(JsonTable &table, const QString &id, const QJsonObject &input, Kind kind,
                     EditMode mode)
{
    QJsonObject *stored = table.find(id);
    if (!stored)
        return {EditResult::Status::NotFound, {}, {}};
    if (mode == EditMode::Patch && editableFieldCount(input, kind) == 0)
        return {EditResult::Status::NothingToChange, *stored, {}};
    QJsonObject updated = *stored;
    if (mode == EditMode::Replace)
        replaceProfile(updated, input, kind);
    else
        patchProfile(updated, input, kind);
    const QString error = uniquenessError(table, id, *stored, updated);
    if (!error.isEmpty())
        return {EditResult::Status::Conflict, {}, error};
    *stored = updated;
    return {EditResult::Status::Done, updated, {}};
}

// The new record, or the uniqueness error that prevents it (nothing is stored then).
QJsonObject applyCreate(const RouteContext &context, JsonTable &table, const QString &id,
                        const QJsonObject &input, Kind kind, QString *error)
{
    const QJsonObject record = newRecord(id, SandboxTime::iso(context.now()), input, kind);
    *error = uniquenessError(table, id, QJsonObject(), record);
    if (!error->isEmpty())
        return {};
    table.insert(id, record);
    return record;
}

QString updateFailure(Kind kind, const QString &id, const QString &errors)
{
    return QStringLiteral("Updating %1 [id:%2] failed with [errors:%3]")
        .arg(entityName(kind), id, errors);
}

QString createFailure(const RouteContext &context, Kind kind, const QString &id,
                      const QString &errors)
{
    return QStringLiteral("Create %1 [userId=%2] in [orgId=%3] failed with [errors=%4]")
        .arg(entityName(kind), id,
             context.store.organization.value(QStringLiteral("id")).toString(), errors);
}
} // namespace

std::optional<QJsonArray> bulkItems(const SandboxRequest &request, bool wrapped, bool needIds,
                                    bool uuidIds, SandboxResponse *error)
{
    const auto fail = [error](const QString &detail) {
        *error = SandboxResponse::badRequest(SandboxText::invalidBody(detail));
        return std::nullopt;
    };
    // The bare-array bodies (PUT/PATCH /agents) are marked "not required" in the spec.
    if (!wrapped && request.bodyIsEmpty())
        return QJsonArray();
    const auto json = request.json();
    if (!json)
        return fail(QStringLiteral("not JSON"));
    QJsonArray items;
    if (wrapped) {
        const QJsonValue data = json->toObject().value(QStringLiteral("data"));
        if (!json->isObject() || !data.isArray())
            return fail(QStringLiteral("data: expected array"));
        items = data.toArray();
    } else {
        if (!json->isArray())
            return fail(QStringLiteral("body: expected array, got object"));
        items = json->toArray();
    }
    const QString prefix = wrapped ? QStringLiteral("data") : QString();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString where = QStringLiteral("%1[%2]").arg(prefix).arg(i);
        if (!items.at(i).isObject())
            return fail(where + QStringLiteral(": expected object"));
        if (!needIds)
            continue;
        const QJsonValue id = items.at(i).toObject().value(QStringLiteral("id"));
        if (!id.isString() || id.toString().isEmpty())
            return fail(where + QStringLiteral(".id: is required"));
        if (uuidIds && QUuid::fromString(id.toString()).isNull())
            return fail(where + QStringLiteral(".id: not a valid uuid"));
    }
    return items;
}

QJsonArray bulkEdit(RouteContext &context, JsonTable &table, const QJsonArray &items, Kind kind,
                    EditMode mode)
{
    const QString schema =
        schemaFor(kind, mode == EditMode::Replace ? Operation::BulkReplace : Operation::BulkPatch);
    QJsonArray outcomes;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        const QString id = item.value(QStringLiteral("id")).toString();
        if (context.faults.failBulkItem(int(i))) {
            outcomes.append(BulkOutcome::failure(
                QStringLiteral("Infrastructure"), id,
                QStringLiteral("Temporary failure updating %1, try again").arg(id)));
            continue;
        }
        const QStringList problems = itemProblems(context, schema, item, kind, false);
        if (!problems.isEmpty()) {
            outcomes.append(
                BulkOutcome::failure(QStringLiteral("Validation"), id,
                                     updateFailure(kind, id, problems.join(QStringLiteral("; ")))));
            continue;
        }
        const EditResult result = applyEdit(table, id.toLower(), item, kind, mode);
        switch (result.status) {
        case EditResult::Status::Done:
            outcomes.append(BulkOutcome::success(present(result.record, kind)));
            break;
        case EditResult::Status::NotFound:
            outcomes.append(
                BulkOutcome::failure(QStringLiteral("NotFound"), id, notFoundText(kind)));
            break;
        case EditResult::Status::NothingToChange:
            outcomes.append(
                BulkOutcome::failure(QStringLiteral("EmptyPatchSet"), id,
                                     QStringLiteral("Patch of %1 [id:%2] has no fields to change")
                                         .arg(entityName(kind), id)));
            break;
        case EditResult::Status::Conflict:
            outcomes.append(BulkOutcome::failure(QStringLiteral("Validation"), id,
                                                 updateFailure(kind, id, result.error)));
            break;
        }
    }
    return outcomes;
}

QJsonArray bulkCreate(RouteContext &context, JsonTable &table, const QJsonArray &items, Kind kind)
{
    const QString schema = schemaFor(kind, Operation::Create);
    QJsonArray outcomes;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        // Failures name the id the record would have had, as Dixa's example does.
        const QString id = newId();
        if (context.faults.failBulkItem(int(i))) {
            outcomes.append(BulkOutcome::failure(
                QStringLiteral("Infrastructure"), id,
                QStringLiteral("Temporary failure creating %1, try again").arg(entityName(kind))));
            continue;
        }
        const QStringList problems = itemProblems(context, schema, item, kind, true);
        if (!problems.isEmpty()) {
            outcomes.append(BulkOutcome::failure(
                QStringLiteral("Validation"), id,
                createFailure(context, kind, id, problems.join(QStringLiteral("; ")))));
            continue;
        }
        QString error;
        const QJsonObject record = applyCreate(context, table, id, item, kind, &error);
        if (!error.isEmpty()) {
            outcomes.append(BulkOutcome::failure(QStringLiteral("Validation"), id,
                                                 createFailure(context, kind, id, error)));
            continue;
        }
        outcomes.append(BulkOutcome::success(present(record, kind)));
    }
    return outcomes;
}

SandboxResponse editOne(RouteContext &context, JsonTable &table, const SandboxRequest &request,
                        const QString &param, Kind kind, EditMode mode)
{
    SandboxResponse error;
    const auto id = RouteContext::uuidParam(request, param, &error);
    if (!id)
        return error;
    const auto body = context.body(
        request, schemaFor(kind, mode == EditMode::Replace ? Operation::Replace : Operation::Patch),
        &error);
    if (!body)
        return error;
    const QJsonObject input = body->toObject();
    const QStringList problems = blankProblems(input, kind, false);
    if (!problems.isEmpty())
        return SandboxResponse::badRequest(
            SandboxText::invalidBody(problems.join(QStringLiteral("; "))));
    const EditResult result = applyEdit(table, *id, input, kind, mode);
    switch (result.status) {
    case EditResult::Status::NotFound:
        return SandboxResponse::notFound();
    case EditResult::Status::Conflict:
        return SandboxResponse::badRequest(
            QStringLiteral("Validation failure during update (%1)").arg(result.error));
    case EditResult::Status::Done:
    case EditResult::Status::NothingToChange:
        break;
    }
    return SandboxResponse::data(present(result.record, kind));
}

SandboxResponse createOne(RouteContext &context, JsonTable &table, const SandboxRequest &request,
                          Kind kind)
{
    SandboxResponse error;
    const auto body = context.body(request, schemaFor(kind, Operation::Create), &error);
    if (!body)
        return error;
    const QJsonObject input = body->toObject();
    const QStringList problems = blankProblems(input, kind, true);
    if (!problems.isEmpty())
        return SandboxResponse::badRequest(
            SandboxText::invalidBody(problems.join(QStringLiteral("; "))));
    QString conflict;
    const QJsonObject record = applyCreate(context, table, newId(), input, kind, &conflict);
    if (!conflict.isEmpty()) {
        return SandboxResponse::badRequest(
            QStringLiteral("Validation failure during %1 creation (%2)")
                .arg(kind == Kind::Agent ? QStringLiteral("agent") : QStringLiteral("enduser"),
                     conflict));
    }
    return SandboxResponse::data(present(record, kind), 201);
}

SandboxResponse listPage(const JsonTable &table, const SandboxRequest &request,
                         const QList<QPair<QString, QString>> &filters, Kind kind)
{
    QList<QPair<QString, QString>> active; // record field -> wanted value
    for (const auto &[query, field] : filters) {
        if (request.hasQuery(query))
            active.append({field, request.queryValue(query).trimmed()});
    }
    const auto keep = [active](const QJsonObject &record) {
        for (const auto &[field, wanted] : active) {
            const QString value = record.value(field).toString().trimmed();
            const Qt::CaseSensitivity cs =
                field == QLatin1String("email") ? Qt::CaseInsensitive : Qt::CaseSensitive;
            if (value.isEmpty() || value.compare(wanted, cs) != 0)
                return false;
        }
        return true;
    };
    return Paging::serve(table, request, keep,
                         [kind](const QJsonObject &record) { return presentListed(record, kind); });
}

} // namespace People
