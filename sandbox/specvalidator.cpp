#include "specvalidator.h"

#include "sandboxtime.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

SpecValidator::SpecValidator(const QString &directory)
{
    const QDir dir(directory);
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const QString &fileName : files) {
        QFile file(dir.filePath(fileName));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject schema = QJsonDocument::fromJson(file.readAll()).object();
        QString name = schema.value(QStringLiteral("$id")).toString();
        if (name.isEmpty())
            name = QFileInfo(fileName).completeBaseName();
        m_schemas.insert(name, schema);
    }
}

QStringList SpecValidator::check(const QString &name, const QJsonValue &value) const
{
    const auto it = m_schemas.constFind(name);
    if (it == m_schemas.cend())
        return {QStringLiteral("schema %1 is not known").arg(name)};
    QStringList problems;
    checkValue(*it, value, QString(), &problems);
    return problems;
}

QJsonObject SpecValidator::resolve(const QJsonObject &schema) const
{
    QJsonObject current = schema;
    for (int depth = 0; depth < 16 && current.contains(QStringLiteral("$ref")); ++depth)
        current = m_schemas.value(current.value(QStringLiteral("$ref")).toString());
    return current;
}

namespace {
QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString typeOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

bool isInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    // Casting a double outside the qint64 range is undefined behaviour: check the range first.
    if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0))
        return false;
    return d == double(qint64(d));
}

bool fitsType(const QString &type, const QJsonValue &value)
{
    if (type == QLatin1String("object"))
        return value.isObject();
    if (type == QLatin1String("array"))
        return value.isArray();
    if (type == QLatin1String("string"))
        return value.isString();
    if (type == QLatin1String("boolean"))
        return value.isBool();
    if (type == QLatin1String("integer"))
        return isInteger(value);
    if (type == QLatin1String("number"))
        return value.isDouble();
    return true;
}

QString formatProblem(const QString &format, const QString &text)
{
    if (format == QLatin1String("uuid")) {
        if (QUuid::fromString(text).isNull())
            return QStringLiteral("not a valid uuid");
    } else if (format == QLatin1String("date-time")) {
        if (!SandboxTime::parse(text))
            return QStringLiteral("not a valid date-time");
    } else if (format == QLatin1String("e164")) {
        static const QRegularExpression e164(QStringLiteral("^\\+[1-9]\\d{6,14}$"));
        if (!e164.match(text).hasMatch())
            return QStringLiteral("not an E.164 phone number");
    }
    return {};
}
} // namespace

void SpecValidator::checkValue(const QJsonObject &rawSchema, const QJsonValue &value,
                               const QString &path, QStringList *problems) const
{
    const QJsonObject schema = resolve(rawSchema);
    const QString where = path.isEmpty() ? QStringLiteral("body") : path;

    if (schema.contains(QStringLiteral("oneOf"))) {
        const QJsonArray variants = schema.value(QStringLiteral("oneOf")).toArray();
        const QJsonObject discriminator = schema.value(QStringLiteral("discriminator")).toObject();
        const QString property = discriminator.value(QStringLiteral("propertyName")).toString();
        if (!property.isEmpty()) {
            const QString tag = value.toObject().value(property).toString();
            const QJsonObject mapping = discriminator.value(QStringLiteral("mapping")).toObject();
            if (!value.isObject() || !mapping.contains(tag)) {
                problems->append(QStringLiteral("%1: %2 must be one of %3")
                                     .arg(where, join(path, property),
                                          mapping.keys().join(QStringLiteral(", "))));
                return;
            }
            checkValue(QJsonObject{{QStringLiteral("$ref"), mapping.value(tag)}}, value, path,
                       problems);
            return;
        }
        for (const QJsonValue &variant : variants) {
            QStringList variantProblems;
            checkValue(variant.toObject(), value, path, &variantProblems);
            if (variantProblems.isEmpty())
                return;
        }
        problems->append(QStringLiteral("%1: matches none of the allowed shapes").arg(where));
        return;
    }

    const QString type = schema.value(QStringLiteral("type")).toString();
    if (!type.isEmpty() && !fitsType(type, value)) {
        problems->append(QStringLiteral("%1: expected %2, got %3").arg(where, type, typeOf(value)));
        return;
    }

    if (schema.contains(QStringLiteral("enum"))) {
        const QJsonArray allowed = schema.value(QStringLiteral("enum")).toArray();
        if (!allowed.contains(value)) {
            QStringList names;
            for (const QJsonValue &v : allowed)
                names.append(v.toVariant().toString());
            problems->append(QStringLiteral("%1: must be one of %2")
                                 .arg(where, names.join(QStringLiteral(", "))));
        }
    }

    if (value.isString()) {
        const QString text = value.toString();
        const QString problem =
            formatProblem(schema.value(QStringLiteral("format")).toString(), text);
        if (!problem.isEmpty())
            problems->append(where + QStringLiteral(": ") + problem);
        const int minLength = schema.value(QStringLiteral("minLength")).toInt(0);
        if (text.size() < minLength) {
            problems->append(
                minLength == 1
                    ? where + QStringLiteral(": must not be empty")
                    : QStringLiteral("%1: at least %2 characters").arg(where).arg(minLength));
        }
    }

    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
        for (const QJsonValue &required : schema.value(QStringLiteral("required")).toArray()) {
            const QString key = required.toString();
            if (!object.contains(key) || object.value(key).isNull())
                problems->append(join(path, key) + QStringLiteral(": is required"));
        }
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!properties.contains(it.key()) || it.value().isNull())
                continue;
            checkValue(properties.value(it.key()).toObject(), it.value(), join(path, it.key()),
                       problems);
        }
    }

    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        const auto minItems = schema.value(QStringLiteral("minItems")).toInt(0);
        if (array.size() < minItems)
            problems->append(
                QStringLiteral("%1: needs at least %2 items").arg(where).arg(minItems));
        if (schema.contains(QStringLiteral("maxItems"))) {
            const int maxItems = schema.value(QStringLiteral("maxItems")).toInt();
            if (array.size() > maxItems)
                problems->append(
                    QStringLiteral("%1: takes at most %2 items").arg(where).arg(maxItems));
        }
        if (schema.value(QStringLiteral("uniqueItems")).toBool()) {
            QSet<QString> seen;
            for (const QJsonValue &item : array) {
                const QString key = QString::fromUtf8(
                    QJsonDocument(QJsonArray{item}).toJson(QJsonDocument::Compact));
                if (seen.contains(key)) {
                    problems->append(where + QStringLiteral(": items must be unique"));
                    break;
                }
                seen.insert(key);
            }
        }
        const QJsonObject items = schema.value(QStringLiteral("items")).toObject();
        if (!items.isEmpty()) {
            for (qsizetype i = 0; i < array.size(); ++i)
                checkValue(items, array.at(i), QStringLiteral("%1[%2]").arg(where).arg(i),
                           problems);
        }
    }
}
