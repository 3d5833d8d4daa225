#pragma once

#include "agent.h"
#include "enduser.h"
#include "jsonreader.h"
#include "note.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Dixa {

// The kinds of BulkError (`_type`; NotFound is the schema NotFound1).
enum class BulkErrorType {
    Unknown,
    NotFound,
    Validation,
    Integrity,
    EmptyPatchSet,
    Infrastructure,
    ErrorResponse,
    InvalidArgument,
};

template<>
struct EnumNames<BulkErrorType>
{
    static constexpr std::u16string_view names[] = {
        u"NotFound",       u"Validation",    u"Integrity",      u"EmptyPatchSet",
        u"Infrastructure", u"ErrorResponse", u"InvalidArgument"};
};

// Why one item of a bulk call failed. `_type` is absent for the notes endpoint (a bare
// ErrorResponse); `id` is the failed item's id for update/patch/assign, some other id for create.
struct BulkError
{
    OpenEnum<BulkErrorType> type; // "_type"; null when absent
    std::optional<QString> id;
    QString message;
    QJsonObject extra; // members this version does not know, written back unchanged

    static std::optional<BulkError> fromJson(const QJsonValue &json, JsonReader &reader);
    QJsonObject toJson() const;
};

// Whether one bulk item succeeded (`_type` of a BulkActionOutcome).
enum class BulkOutcomeType { Unknown, BulkActionSuccess, BulkActionFailure };

template<>
struct EnumNames<BulkOutcomeType>
{
    static constexpr std::u16string_view names[] = {u"BulkActionSuccess", u"BulkActionFailure"};
};

// The outcome of one item of a bulk call, in request order: the server's record on success, the
// error on failure. An unknown `_type` counts as a failure and keeps its members in extra.
template<class T>
struct BulkActionOutcome
{
    OpenEnum<BulkOutcomeType> type; // "_type"
    std::optional<T> data;          // BulkActionSuccess
    std::optional<BulkError> error; // BulkActionFailure
    QJsonObject extra;

    bool succeeded() const { return type == BulkOutcomeType::BulkActionSuccess && data; }

    static std::optional<BulkActionOutcome> fromJson(const QJsonValue &json, JsonReader &reader)
    {
        JsonObjectReader in(reader, json);
        BulkActionOutcome outcome;
        outcome.type = in.typeTag<BulkOutcomeType>();
        switch (outcome.type.value()) {
        case BulkOutcomeType::BulkActionSuccess:
            outcome.data = in.template required<T>(u"data");
            break;
        case BulkOutcomeType::BulkActionFailure:
            outcome.error = in.template required<BulkError>(u"error");
            break;
        case BulkOutcomeType::Unknown:
            break;
        }
        outcome.extra = in.rest();
        return in.finish(std::move(outcome));
    }

    QJsonObject toJson() const
    {
        QJsonObject out = extra;
        Json::putType(out, u"_type", type);
        Json::putOptional(out, u"data", data);
        Json::putOptional(out, u"error", error);
        return out;
    }
};

// The outcomes of Dixa's bulk endpoints (dixa-api.md §6).
using AgentOutcome = BulkActionOutcome<Agent>;       // PUT/PATCH /agents, POST /agents/bulk
using EndUserOutcome = BulkActionOutcome<EndUser>;   // PUT/PATCH /endusers, POST /endusers/bulk
using IdOutcome = BulkActionOutcome<QString>;        // PATCH /queues/{id}/members (agent id)
using NoteOutcome = BulkActionOutcome<InternalNote>; // POST /conversations/{id}/notes/bulk

} // namespace Dixa
