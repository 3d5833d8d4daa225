#include "searchinput.h"

namespace Dixa {

SearchOperator SearchOperator::withValues(SearchOperatorType type, const QStringList &values)
{
    SearchOperator op = bare(type);
    op.arguments.insert(u"values", Json::encode(values));
    return op;
}

SearchOperator SearchOperator::withValuePaths(SearchOperatorType type,
                                              const QList<QStringList> &values)
{
    SearchOperator op = bare(type);
    op.arguments.insert(u"values", Json::encode(values));
    return op;
}

SearchOperator SearchOperator::bare(SearchOperatorType type)
{
    SearchOperator op;
    op.type = type;
    return op;
}

SearchOperator SearchOperator::between(const DixaTime &from, const DixaTime &to)
{
    SearchOperator op = bare(SearchOperatorType::Between);
    op.arguments.insert(u"timestampFrom", from.text());
    op.arguments.insert(u"timestampTo", to.text());
    return op;
}

SearchOperator SearchOperator::since(const DixaTime &time)
{
    SearchOperator op = bare(SearchOperatorType::Since);
    op.arguments.insert(u"timestamp", time.text());
    return op;
}

SearchOperator SearchOperator::until(const DixaTime &time)
{
    SearchOperator op = bare(SearchOperatorType::Until);
    op.arguments.insert(u"timestamp", time.text());
    return op;
}

SearchOperator SearchOperator::durationBetween(qint64 minMs, qint64 maxMs)
{
    SearchOperator op = bare(SearchOperatorType::Between);
    op.arguments.insert(u"min", minMs);
    op.arguments.insert(u"max", maxMs);
    return op;
}

std::optional<SearchOperator> SearchOperator::fromJson(const QJsonValue &json, JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    SearchOperator op;
    op.type = in.typeTag<SearchOperatorType>();
    op.arguments = in.rest();
    return in.finish(std::move(op));
}

QJsonObject SearchOperator::toJson() const
{
    QJsonObject out = arguments;
    Json::putType(out, u"_type", type);
    return out;
}

std::optional<SearchField> SearchField::fromJson(const QJsonValue &json, JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    SearchField field;
    field.type = in.typeTag<SearchFieldType>();
    if (field.type == SearchFieldType::CustomAttribute)
        field.attributeId = in.required<QString>(u"attributeId");
    else
        field.attributeId = in.optional<QString>(u"attributeId");
    field.op = in.required<SearchOperator>(u"operator");
    field.extra = in.rest();
    return in.finish(std::move(field));
}

QJsonObject SearchField::toJson() const
{
    QJsonObject out = extra;
    Json::putType(out, u"_type", type);
    Json::putOptional(out, u"attributeId", attributeId);
    Json::put(out, u"operator", op);
    return out;
}

std::optional<SearchCondition> SearchCondition::fromJson(const QJsonValue &json, JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    SearchCondition condition;
    condition.field = in.required<SearchField>(u"field");
    condition.extra = in.rest();
    return in.finish(std::move(condition));
}

QJsonObject SearchCondition::toJson() const
{
    QJsonObject out = extra;
    Json::put(out, u"field", field);
    return out;
}

std::optional<SearchFilters> SearchFilters::fromJson(const QJsonValue &json, JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    SearchFilters filters;
    filters.strategy = in.required<OpenEnum<SearchStrategy>>(u"strategy");
    filters.conditions = in.required<QList<SearchCondition>>(u"conditions");
    filters.extra = in.rest();
    return in.finish(std::move(filters));
}

QJsonObject SearchFilters::toJson() const
{
    QJsonObject out = extra;
    Json::put(out, u"strategy", strategy);
    Json::put(out, u"conditions", conditions);
    return out;
}

std::optional<SearchQuery> SearchQuery::fromJson(const QJsonValue &json, JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    SearchQuery query;
    query.value = in.required<QString>(u"value");
    query.exactMatch = in.optional<bool>(u"exactMatch");
    query.extra = in.rest();
    return in.finish(std::move(query));
}

QJsonObject SearchQuery::toJson() const
{
    QJsonObject out = extra;
    Json::put(out, u"value", value);
    Json::putOptional(out, u"exactMatch", exactMatch);
    return out;
}

std::optional<SearchParametersInput> SearchParametersInput::fromJson(const QJsonValue &json,
                                                                     JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    SearchParametersInput input;
    input.query = in.optional<SearchQuery>(u"query");
    input.filters = in.optional<SearchFilters>(u"filters");
    input.extra = in.rest();
    return in.finish(std::move(input));
}

QJsonObject SearchParametersInput::toJson() const
{
    QJsonObject out = extra;
    Json::putOptional(out, u"query", query);
    Json::putOptional(out, u"filters", filters);
    return out;
}

} // namespace Dixa
