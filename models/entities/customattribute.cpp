#include "customattribute.h"

namespace Dixa {

QString CustomAttributeValue::displayText() const
{
    return isText() ? text() : path().join(QStringLiteral(" / "));
}

std::optional<CustomAttributeValue> CustomAttributeValue::fromJson(const QJsonValue &json,
                                                                   JsonReader &reader)
{
    if (json.isString())
        return CustomAttributeValue(json.toString());
    if (json.isArray()) {
        if (auto path = JsonCodec<QStringList>::decode(json, reader))
            return CustomAttributeValue(*path);
        return std::nullopt;
    }
    reader.fail(QStringLiteral("expected a string or an array of strings"));
    return std::nullopt;
}

QJsonValue CustomAttributeValue::toJson() const
{
    return isText() ? JsonCodec<QString>::encode(text()) : JsonCodec<QStringList>::encode(path());
}

std::optional<CustomAttribute> CustomAttribute::fromJson(const QJsonValue &json, JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    CustomAttribute attribute;
    attribute.id = in.required<QString>(u"id");
    attribute.name = in.required<QString>(u"name");
    attribute.identifier = in.required<QString>(u"identifier");
    attribute.value = in.required<CustomAttributeValue>(u"value");
    attribute.extra = in.rest();
    return in.finish(std::move(attribute));
}

QJsonObject CustomAttribute::toJson() const
{
    QJsonObject out = extra;
    Json::put(out, u"id", id);
    Json::put(out, u"name", name);
    Json::put(out, u"identifier", identifier);
    Json::put(out, u"value", value);
    return out;
}

std::optional<CustomAttributeValuesInput>
CustomAttributeValuesInput::fromJson(const QJsonValue &json, JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    CustomAttributeValuesInput input;
    const QJsonObject members = in.rest();
    for (auto it = members.constBegin(); it != members.constEnd(); ++it) {
        if (it.value().isNull()) {
            input.values.insert(it.key(), std::nullopt);
            continue;
        }
        const JsonReader::Scope scope(reader, it.key());
        input.values.insert(it.key(), CustomAttributeValue::fromJson(it.value(), reader));
    }
    return in.finish(std::move(input));
}

QJsonObject CustomAttributeValuesInput::toJson() const
{
    QJsonObject out;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        out.insert(it.key(), it.value() ? it.value()->toJson() : QJsonValue(QJsonValue::Null));
    return out;
}

std::optional<SelectOption> SelectOption::fromJson(const QJsonValue &json, JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    SelectOption option;
    option.id = in.required<QString>(u"id");
    option.label = in.required<QString>(u"label");
    option.value = in.required<QString>(u"value");
    option.nestedOptions = in.optional<QList<SelectOption>>(u"nestedOptions");
    option.isDeactivated = in.required<bool>(u"isDeactivated");
    option.orderIndex = in.required<int>(u"orderIndex");
    option.extra = in.rest();
    return in.finish(std::move(option));
}

QJsonObject SelectOption::toJson() const
{
    QJsonObject out = extra;
    Json::put(out, u"id", id);
    Json::put(out, u"label", label);
    Json::put(out, u"value", value);
    Json::putOptional(out, u"nestedOptions", nestedOptions);
    Json::put(out, u"isDeactivated", isDeactivated);
    Json::put(out, u"orderIndex", orderIndex);
    return out;
}

std::optional<CustomAttributeInputDefinition>
CustomAttributeInputDefinition::fromJson(const QJsonValue &json, JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    CustomAttributeInputDefinition definition;
    definition.type = in.typeTag<InputDefinitionType>();
    switch (definition.type.value()) {
    case InputDefinitionType::Text:
        definition.placeholder = in.optional<QString>(u"placeholder");
        break;
    case InputDefinitionType::Select:
        definition.options = in.optional<QList<SelectOption>>(u"options");
        break;
    case InputDefinitionType::Unknown:
        break;
    }
    definition.extra = in.rest();
    return in.finish(std::move(definition));
}

QJsonObject CustomAttributeInputDefinition::toJson() const
{
    QJsonObject out = extra;
    Json::putType(out, u"_type", type);
    Json::putOptional(out, u"placeholder", placeholder);
    Json::putOptional(out, u"options", options);
    return out;
}

std::optional<CustomAttributeDefinition> CustomAttributeDefinition::fromJson(const QJsonValue &json,
                                                                             JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    CustomAttributeDefinition definition;
    definition.id = in.required<QString>(u"id");
    definition.entityType = in.required<OpenEnum<CustomAttributeEntity>>(u"entityType");
    definition.identifier = in.required<QString>(u"identifier");
    definition.label = in.required<QString>(u"label");
    definition.inputDefinition = in.required<CustomAttributeInputDefinition>(u"inputDefinition");
    definition.description = in.optional<QString>(u"description");
    definition.createdAt = in.required<DixaTime>(u"createdAt");
    definition.updatedAt = in.optional<DixaTime>(u"updatedAt");
    definition.isRequired = in.required<bool>(u"isRequired");
    definition.isArchived = in.required<bool>(u"isArchived");
    definition.isDeactivated = in.required<bool>(u"isDeactivated");
    definition.extra = in.rest();
    return in.finish(std::move(definition));
}

QJsonObject CustomAttributeDefinition::toJson() const
{
    QJsonObject out = extra;
    Json::put(out, u"id", id);
    Json::put(out, u"entityType", entityType);
    Json::put(out, u"identifier", identifier);
    Json::put(out, u"label", label);
    Json::put(out, u"inputDefinition", inputDefinition);
    Json::putOptional(out, u"description", description);
    Json::put(out, u"createdAt", createdAt);
    Json::putOptional(out, u"updatedAt", updatedAt);
    Json::put(out, u"isRequired", isRequired);
    Json::put(out, u"isArchived", isArchived);
    Json::put(out, u"isDeactivated", isDeactivated);
    return out;
}

} // namespace Dixa
