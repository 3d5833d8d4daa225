#pragma once

#include "api/apicall.h"
#include "entities/bulkoutcome.h"
#include "profilegridmodel.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaObject>

// What the agent and end-user grids share in talking to their endpoints: pages of entities
// become record JSON, grid items become typed bulk inputs, typed outcomes become RowOutcomes.
namespace GridCalls {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(GridCalls)
};

template<class T>
ApiJob *page(const ApiCall<Page<T>> &call, QObject *context,
             const ProfileGridModel::PageHandler &handler)
{
    call.then(context, [handler](const ApiOutcome<Page<T>> &outcome) {
        if (!outcome.ok()) {
            handler(outcome.error, {}, {});
            return;
        }
        QList<QJsonObject> records;
        records.reserve(outcome->items.size());
        for (const T &item : outcome->items)
            records.append(item.toJson());
        handler({}, records, outcome->nextPage);
    });
    return call.job();
}

template<class T>
RowOutcome rowOutcome(const Dixa::BulkActionOutcome<T> &outcome)
{
    RowOutcome row;
    if (outcome.succeeded()) {
        row.succeeded = true;
        row.id = outcome.data->id;
        row.record = outcome.data->toJson();
        return row;
    }
    if (outcome.error) {
        row.id = outcome.error->id.value_or(QString());
        row.message = outcome.error->message;
    }
    if (row.message.isEmpty())
        row.message = Text::tr("The server refused the change without saying why.");
    return row;
}

// Decodes the items as Input (a grid's payload always fits: id and displayName are strings) and
// sends them with `send`; the outcomes come back in request order.
template<class Input, class T, class Send>
ApiJob *update(const QList<QJsonObject> &items, QObject *context,
               const ProfileGridModel::BulkHandler &handler, Send send)
{
    QList<Input> inputs;
    inputs.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        Dixa::JsonReader reader;
        std::optional<Input> input = Input::fromJson(items.at(i), reader);
        if (!input || reader.failed()) {
            const ApiError error = ApiError::decode(
                QStringLiteral("[%1].").arg(i) + reader.errorPath(), reader.errorWhat());
            QMetaObject::invokeMethod(
                context, [handler, error] { handler(error, {}); }, Qt::QueuedConnection);
            return nullptr;
        }
        inputs.append(*input);
    }
    const ApiCall<QList<Dixa::BulkActionOutcome<T>>> call = send(inputs);
    call.then(context, [handler](const ApiOutcome<QList<Dixa::BulkActionOutcome<T>>> &outcome) {
        if (!outcome.ok()) {
            handler(outcome.error, {});
            return;
        }
        QList<RowOutcome> rows;
        rows.reserve(outcome->size());
        for (const auto &item : *outcome)
            rows.append(rowOutcome(item));
        handler({}, rows);
    });
    return call.job();
}

} // namespace GridCalls
