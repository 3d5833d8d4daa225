#pragma once

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

// Checks request bodies against the JSON schemas transcribed from the Dixa seeds into
// resources/spec/ (a small JSON Schema subset: type, required, properties, items, enum, format,
// $ref, oneOf with a "_type" discriminator, uniqueItems, minLength, minItems, maxItems).
// The sandbox has its own reader of those files, apart from the app's, so that a bug in one
// cannot hide in the other.
class SpecValidator
{
public:
    // Loads every *.json under `directory` (default: the embedded ":/spec").
    explicit SpecValidator(const QString &directory = QStringLiteral(":/spec"));

    bool hasSchema(const QString &name) const { return m_schemas.contains(name); }
    QStringList schemaNames() const { return m_schemas.keys(); }

    // Empty when `value` fits schema `name`; otherwise one line per problem, "path: reason".
    QStringList check(const QString &name, const QJsonValue &value) const;

private:
    void checkValue(const QJsonObject &schema, const QJsonValue &value, const QString &path,
                    QStringList *problems) const;
    QJsonObject resolve(const QJsonObject &schema) const;

    QHash<QString, QJsonObject> m_schemas;
};
