#pragma once

#include "jsonreader.h"

#include <QJsonObject>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace Dixa {

// The value of a custom attribute: a string (Text attribute) or the path of option values
// (Select attribute, e.g. ["payment", "card"]).
class CustomAttributeValue
{
public:
    CustomAttributeValue() = default;
    CustomAttributeValue(const QString &text)
        : m_value(text)
    {}
    CustomAttributeValue(const QStringList &path)
        : m_value(path)
    {}

    bool isText() const { return std::holds_alternative<QString>(m_value); }
    bool isPath() const { return std::holds_alternative<QStringList>(m_value); }
    QString text() const { return isText() ? std::get<QString>(m_value) : QString(); }
    QStringList path() const { return isPath() ? std::get<QStringList>(m_value) : QStringList(); }
    // Text as is; a path joined with " / " for display.
    QString displayText() const;

    static std::optional<CustomAttributeValue> fromJson(const QJsonValue &json, JsonReader &reader);
    QJsonValue toJson() const;

    friend bool operator==(const CustomAttributeValue &, const CustomAttributeValue &) = default;

private:
    std::variant<QString, QStringList> m_value;
};

// A custom attribute set on a conversation or an end user.
struct CustomAttribute
{
    QString id;
    QString name;
    QString identifier;
    CustomAttributeValue value;
    QJsonObject extra; // members this version does not know, written back unchanged

    static std::optional<CustomAttribute> fromJson(const QJsonValue &json, JsonReader &reader);
    QJsonObject toJson() const;
};

// The body of PATCH .../custom-attributes: attribute id -> new value; no value (null) clears it.
struct CustomAttributeValuesInput
{
    QMap<QString, std::optional<CustomAttributeValue>> values;

    static std::optional<CustomAttributeValuesInput> fromJson(const QJsonValue &json,
                                                              JsonReader &reader);
    QJsonObject toJson() const;
};

// One choice of a Select attribute, possibly with choices below it.
struct SelectOption
{
    QString id;
    QString label;
    QString value;
    std::optional<QList<SelectOption>> nestedOptions;
    bool isDeactivated = false;
    int orderIndex = 0;
    QJsonObject extra;

    static std::optional<SelectOption> fromJson(const QJsonValue &json, JsonReader &reader);
    QJsonObject toJson() const;
};

// How a custom attribute is entered (`_type` of its input definition).
enum class InputDefinitionType { Unknown, Text, Select };

template<>
struct EnumNames<InputDefinitionType>
{
    static constexpr std::u16string_view names[] = {u"Text", u"Select"};
};

// How a custom attribute is entered: free text (with a placeholder) or a choice of options.
struct CustomAttributeInputDefinition
{
    OpenEnum<InputDefinitionType> type; // "_type"; an unknown one keeps its members in extra
    std::optional<QString> placeholder; // Text
    std::optional<QList<SelectOption>> options; // Select
    QJsonObject extra;

    static std::optional<CustomAttributeInputDefinition> fromJson(const QJsonValue &json,
                                                                  JsonReader &reader);
    QJsonObject toJson() const;
};

// What a custom attribute is set on (Contact = end user).
enum class CustomAttributeEntity { Unknown, Contact, Conversation };

template<>
struct EnumNames<CustomAttributeEntity>
{
    static constexpr std::u16string_view names[] = {u"Contact", u"Conversation"};
};

// The definition of a custom attribute (Contact = end-user attribute).
struct CustomAttributeDefinition
{
    QString id;
    OpenEnum<CustomAttributeEntity> entityType;
    QString identifier;
    QString label;
    CustomAttributeInputDefinition inputDefinition;
    std::optional<QString> description;
    DixaTime createdAt;
    std::optional<DixaTime> updatedAt;
    bool isRequired = false;
    bool isArchived = false;
    bool isDeactivated = false;
    QJsonObject extra;

    static std::optional<CustomAttributeDefinition> fromJson(const QJsonValue &json,
                                                             JsonReader &reader);
    QJsonObject toJson() const;
};

} // namespace Dixa

Q_DECLARE_METATYPE(Dixa::CustomAttribute)
Q_DECLARE_METATYPE(Dixa::CustomAttributeDefinition)
Q_DECLARE_METATYPE(Dixa::CustomAttributeValue)
