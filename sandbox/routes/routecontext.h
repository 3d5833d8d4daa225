#pragma once

#include "datastore.h"
#include "faultinjector.h"
#include "sandboxhttp.h"
#include "sandboxoptions.h"
#include "specvalidator.h"

#include <QDateTime>

#include <functional>
#include <optional>

// What every route handler may use: the organisation's state, the spec schemas, the fault plan
// (for partial failures inside bulk requests) and a way to do something later on the sandbox
// thread (delayed anonymization).
struct RouteContext
{
    DataStore &store;
    const SpecValidator &spec;
    FaultInjector &faults;
    const SandboxOptions &options;
    std::function<void(int delayMs, std::function<void()> task)> later;

    QDateTime now() const { return QDateTime::currentDateTimeUtc(); }

    // The JSON body checked against schema `name`: nullopt and *error (a ready 400) when it is
    // not JSON or does not fit. An empty body counts as `emptyAs` when given.
    std::optional<QJsonValue> body(const SandboxRequest &request, const QString &schema,
                                   SandboxResponse *error,
                                   std::optional<QJsonValue> emptyAs = std::nullopt) const;

    // A conversation id path parameter; nullopt and *error (400) when it is not an int64.
    static std::optional<qint64>
    conversationId(const SandboxRequest &request, SandboxResponse *error,
                   const QString &name = QStringLiteral("conversationId"));
    // A uuid path parameter; nullopt and *error (400) when it is not a uuid.
    static std::optional<QString> uuidParam(const SandboxRequest &request, const QString &name,
                                            SandboxResponse *error);
};

// Items of a bulk answer (dixa-api.md §6), in request order.
namespace BulkOutcome {
QJsonObject success(const QJsonValue &data);
// error {_type, id?, message}; `type` is NotFound, Validation, Integrity, ... (empty: no _type,
// as the notes bulk endpoint answers).
QJsonObject failure(const QString &type, const QString &id, const QString &message);
} // namespace BulkOutcome
