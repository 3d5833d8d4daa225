#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

class JsonTable;

// A PATCH of custom-attribute values (attribute id -> string | string[] | null), checked against
// the attribute definitions and applied all or nothing. Shared by conversations and end users.
struct CustomAttributePatch
{
    QJsonArray values;         // the entity's customAttributes after the patch
    QJsonArray patched;        // the attributes that now have a value, for the answer
    QJsonArray updatedIds;     // every attribute the patch named, cleared ones included
    QJsonObject updatedValues; // attribute id -> new value, for the activity log

    // nullopt with *problem when an entry names an unknown, archived or other-entity attribute,
    // or has a value its definition does not take. `entityType` is "Contact" or "Conversation".
    static std::optional<CustomAttributePatch> apply(const JsonTable &definitions,
                                                     const QString &entityType,
                                                     const QJsonArray &current,
                                                     const QJsonObject &patch, QString *problem);
};
