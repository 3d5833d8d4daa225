#pragma once

#include "jsonreader.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Dixa {

// What a search condition looks at (`_type` of its field).
enum class SearchFieldType {
    Unknown,
    AgentId,
    QueueId,
    ConversationId,
    ContactId,
    TagId,
    Channel,
    Direction,
    Status,
    CustomAttribute,
    Duration,
    CreationDate,
    ClosedDate,
    AssignedDate,
    LastActivity,
    LastMessage,
};

template<>
struct EnumNames<SearchFieldType>
{
    static constexpr std::u16string_view names[] = {
        u"AgentId",      u"QueueId",    u"ConversationId", u"ContactId",       u"TagId",
        u"Channel",      u"Direction",  u"Status",         u"CustomAttribute", u"Duration",
        u"CreationDate", u"ClosedDate", u"AssignedDate",   u"LastActivity",    u"LastMessage"};
};

// How a search condition compares (`_type` of its operator).
enum class SearchOperatorType {
    Unknown,
    IsOneOf,
    IsNotOneOf,
    IsEmpty,
    IsNotEmpty,
    IncludesOne,
    IncludesAll,
    ExcludesOne,
    ExcludesAll,
    Between,
    Since,
    Until,
    LongerThanOrEqualTo,
    ShorterThanOrEqualTo,
};

template<>
struct EnumNames<SearchOperatorType>
{
    static constexpr std::u16string_view names[] = {u"IsOneOf",
                                                    u"IsNotOneOf",
                                                    u"IsEmpty",
                                                    u"IsNotEmpty",
                                                    u"IncludesOne",
                                                    u"IncludesAll",
                                                    u"ExcludesOne",
                                                    u"ExcludesAll",
                                                    u"Between",
                                                    u"Since",
                                                    u"Until",
                                                    u"LongerThanOrEqualTo",
                                                    u"ShorterThanOrEqualTo"};
};

// The operator of a search condition: its `_type` plus its arguments as sent (`values`,
// `min`/`max` in ms, `timestampFrom`/`timestampTo`, `timestamp`, `duration`).
struct SearchOperator
{
    OpenEnum<SearchOperatorType> type; // "_type"
    QJsonObject arguments;

    // IsOneOf/IsNotOneOf/Includes*/Excludes* with plain values (ids, lower-case enum names).
    static SearchOperator withValues(SearchOperatorType type, const QStringList &values);
    // IsOneOf/IsNotOneOf of a custom attribute: one inner list per value (["v"] or a path).
    static SearchOperator withValuePaths(SearchOperatorType type, const QList<QStringList> &values);
    // IsEmpty, IsNotEmpty.
    static SearchOperator bare(SearchOperatorType type);
    // Between for dates; Since; Until.
    static SearchOperator between(const DixaTime &from, const DixaTime &to);
    static SearchOperator since(const DixaTime &time);
    static SearchOperator until(const DixaTime &time);
    // Between for durations (milliseconds).
    static SearchOperator durationBetween(qint64 minMs, qint64 maxMs);

    static std::optional<SearchOperator> fromJson(const QJsonValue &json, JsonReader &reader);
    QJsonObject toJson() const;
};

// What a condition looks at (`_type`), for CustomAttribute which one, and the operator.
struct SearchField
{
    OpenEnum<SearchFieldType> type;     // "_type"
    std::optional<QString> attributeId; // CustomAttribute (required there)
    SearchOperator op;                  // "operator"
    QJsonObject extra; // members this version does not know, written back unchanged

    static std::optional<SearchField> fromJson(const QJsonValue &json, JsonReader &reader);
    QJsonObject toJson() const;
};

// One condition of a search filter ({"field": ...}).
struct SearchCondition
{
    SearchField field;
    QJsonObject extra;

    static std::optional<SearchCondition> fromJson(const QJsonValue &json, JsonReader &reader);
    QJsonObject toJson() const;
};

// Whether all conditions of a search must hold, or one.
enum class SearchStrategy { Unknown, All, Any };

template<>
struct EnumNames<SearchStrategy>
{
    static constexpr std::u16string_view names[] = {u"All", u"Any"};
};

// The filters of a search: all conditions must hold (All) or one (Any).
struct SearchFilters
{
    OpenEnum<SearchStrategy> strategy;
    QList<SearchCondition> conditions;
    QJsonObject extra;

    static std::optional<SearchFilters> fromJson(const QJsonValue &json, JsonReader &reader);
    QJsonObject toJson() const;
};

// The free-text part of a search.
struct SearchQuery
{
    QString value;
    std::optional<bool> exactMatch;
    QJsonObject extra;

    static std::optional<SearchQuery> fromJson(const QJsonValue &json, JsonReader &reader);
    QJsonObject toJson() const;
};

// The body of POST /search/conversations (re-sent unchanged with every page request).
struct SearchParametersInput
{
    std::optional<SearchQuery> query;
    std::optional<SearchFilters> filters;
    QJsonObject extra;

    static std::optional<SearchParametersInput> fromJson(const QJsonValue &json,
                                                         JsonReader &reader);
    QJsonObject toJson() const;
};

} // namespace Dixa
