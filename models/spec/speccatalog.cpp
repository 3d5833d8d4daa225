#include "speccatalog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

namespace {
QString typeWord(const QString &type)
{
    if (type == QLatin1String("string"))
        return SpecCatalog::tr("text");
    if (type == QLatin1String("boolean"))
        return SpecCatalog::tr("yes/no");
    if (type == QLatin1String("array"))
        return SpecCatalog::tr("a list");
    if (type == QLatin1String("object"))
        return SpecCatalog::tr("an object");
    if (type == QLatin1String("integer"))
        return SpecCatalog::tr("a whole number");
    return SpecCatalog::tr("a number");
}

// Property names in the order the file lists them, read from the raw text because QJsonObject
// keeps keys sorted.
QStringList propertyOrder(const QByteArray &raw)
{
    QStringList names;
    const qsizetype start = raw.indexOf("\"properties\"");
    if (start < 0)
        return names;
    int depth = 0;
    bool inString = false;
    QByteArray current;
    bool expectKey = false;
    for (qsizetype i = raw.indexOf('{', start); i >= 0 && i < raw.size(); ++i) {
        const char c = raw.at(i);
        if (inString) {
            if (c == '\\') {
                current += raw.at(++i);
            } else if (c == '"') {
                inString = false;
                if (expectKey && depth == 1)
                    names.append(QString::fromUtf8(current));
            } else {
                current += c;
            }
            continue;
        }
        if (c == '"') {
            inString = true;
            current.clear();
        } else if (c == '{') {
            ++depth;
            expectKey = true;
        } else if (c == '}') {
            if (--depth == 0)
                break;
        } else if (c == ',') {
            expectKey = true;
        } else if (c == ':') {
            expectKey = false;
        } else if (c == '[') {
            ++depth;
        } else if (c == ']') {
            --depth;
        }
    }
    return names;
}

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return SpecCatalog::tr("text");
    case QJsonValue::Double:
        return SpecCatalog::tr("a number");
    case QJsonValue::Bool:
        return SpecCatalog::tr("yes/no");
    case QJsonValue::Array:
        return SpecCatalog::tr("a list");
    case QJsonValue::Object:
        return SpecCatalog::tr("an object");
    default:
        return SpecCatalog::tr("nothing");
    }
}

bool hasType(const QString &type, const QJsonValue &value)
{
    if (type == QLatin1String("string"))
        return value.isString();
    if (type == QLatin1String("boolean"))
        return value.isBool();
    if (type == QLatin1String("number"))
        return value.isDouble();
    if (type == QLatin1String("integer"))
        return value.isDouble() && value.toDouble() == double(value.toInteger());
    if (type == QLatin1String("object"))
        return value.isObject();
    if (type == QLatin1String("array"))
        return value.isArray();
    return true;
}

bool validTime(const QString &text)
{
    static const QRegularExpression suffix(QStringLiteral("\\[[^\\]]*\\]$"));
    QString plain = text;
    plain.remove(suffix);
    return QDateTime::fromString(plain, Qt::ISODateWithMs).isValid();
}

QString formatReason(const QString &format, const QString &text)
{
    if (format == QLatin1String("uuid") && QUuid::fromString(text).isNull())
        return SpecCatalog::tr("must be an id (uuid)");
    if (format == QLatin1String("date-time") && !validTime(text))
        return SpecCatalog::tr("must be a date and time");
    if (format == QLatin1String("e164")) {
        static const QRegularExpression e164(QStringLiteral("^\\+[1-9][0-9]{6,14}$"));
        if (!e164.match(text).hasMatch())
            return SpecCatalog::tr(
                "must be a phone number in international form, such as +4512345678");
    }
    return {};
}

QString childPath(const QString &path, const QString &name)
{
    return path.isEmpty() ? name : path + QLatin1Char('.') + name;
}
} // namespace

SpecCatalog::SpecCatalog(const QString &directory)
{
    const QDir dir(directory);
    for (const QString &file : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        QFile in(dir.filePath(file));
        if (!in.open(QIODevice::ReadOnly))
            continue;
        const QByteArray raw = in.readAll();
        const QJsonObject node = QJsonDocument::fromJson(raw).object();
        QString name = node.value(QStringLiteral("$id")).toString();
        if (name.isEmpty())
            name = file.chopped(5);
        m_schemas.insert(name, node);
        m_propertyOrder.insert(name, propertyOrder(raw));
    }
}

QJsonObject SpecCatalog::schema(const QString &name) const
{
    return m_schemas.value(name);
}

QJsonObject SpecCatalog::follow(QJsonObject node) const
{
    for (int hops = 0; hops < 16 && node.contains(QStringLiteral("$ref")); ++hops)
        node = schema(node.value(QStringLiteral("$ref")).toString());
    return node;
}

QString SpecCatalog::title(const QString &name) const
{
    return schema(name).value(QStringLiteral("title")).toString();
}

QList<SpecField> SpecCatalog::fields(const QString &name) const
{
    const QJsonObject node = follow(schema(name));
    const QJsonObject properties = node.value(QStringLiteral("properties")).toObject();
    QSet<QString> required;
    for (const QJsonValue &key : node.value(QStringLiteral("required")).toArray())
        required.insert(key.toString());

    QStringList order = m_propertyOrder.value(name);
    for (const QString &key : properties.keys()) {
        if (!order.contains(key))
            order.append(key);
    }
    QList<SpecField> result;
    for (const QString &key : std::as_const(order)) {
        if (!properties.contains(key))
            continue;
        const QJsonObject raw = properties.value(key).toObject();
        const QJsonObject resolved = follow(raw);
        SpecField field;
        field.name = key;
        field.title = raw.value(QStringLiteral("title")).toString(key);
        field.description = raw.value(QStringLiteral("description")).toString();
        field.type = resolved.value(QStringLiteral("type")).toString();
        field.format = resolved.value(QStringLiteral("format")).toString();
        field.pick = raw.value(QStringLiteral("x-pick")).toString();
        field.ref = raw.value(QStringLiteral("$ref")).toString();
        if (field.ref.isEmpty())
            field.ref = resolved.value(QStringLiteral("items"))
                            .toObject()
                            .value(QStringLiteral("$ref"))
                            .toString();
        for (const QJsonValue &allowed : resolved.value(QStringLiteral("enum")).toArray())
            field.allowed.append(allowed.toString());
        field.required = required.contains(key);
        result.append(field);
    }
    return result;
}

SpecField SpecCatalog::field(const QString &name, const QString &fieldName) const
{
    for (const SpecField &candidate : fields(name)) {
        if (candidate.name == fieldName)
            return candidate;
    }
    return {};
}

QStringList SpecCatalog::requiredFields(const QString &name) const
{
    QStringList required;
    for (const SpecField &candidate : fields(name)) {
        if (candidate.required)
            required.append(candidate.name);
    }
    return required;
}

QHash<QString, QString> SpecCatalog::variants(const QString &name) const
{
    QHash<QString, QString> result;
    const QJsonObject mapping = follow(schema(name))
                                    .value(QStringLiteral("discriminator"))
                                    .toObject()
                                    .value(QStringLiteral("mapping"))
                                    .toObject();
    for (auto it = mapping.begin(); it != mapping.end(); ++it)
        result.insert(it.key(), it.value().toString());
    return result;
}

QList<SpecViolation> SpecCatalog::validate(const QString &name, const QJsonValue &value) const
{
    QList<SpecViolation> violations;
    if (!contains(name)) {
        violations.append({QString(), tr("no schema named %1").arg(name)});
        return violations;
    }
    check(schema(name), value, QString(), &violations);
    return violations;
}

void SpecCatalog::check(const QJsonObject &raw, const QJsonValue &value, const QString &path,
                        QList<SpecViolation> *violations) const
{
    const QJsonObject node = follow(raw);
    const QJsonObject discriminator = node.value(QStringLiteral("discriminator")).toObject();
    if (!discriminator.isEmpty()) {
        const QString key = discriminator.value(QStringLiteral("propertyName")).toString();
        const QJsonObject mapping = discriminator.value(QStringLiteral("mapping")).toObject();
        const QString chosen = value.toObject().value(key).toString();
        if (!mapping.contains(chosen)) {
            violations->append(
                {childPath(path, key),
                 tr("must be one of %1").arg(mapping.keys().join(QStringLiteral(", ")))});
            return;
        }
        check(schema(mapping.value(chosen).toString()), value, path, violations);
        return;
    }
    if (node.contains(QStringLiteral("oneOf"))) {
        for (const QJsonValue &option : node.value(QStringLiteral("oneOf")).toArray()) {
            QList<SpecViolation> attempt;
            check(option.toObject(), value, path, &attempt);
            if (attempt.isEmpty())
                return;
        }
        violations->append({path, tr("does not have any of the allowed shapes")});
        return;
    }

    const QString type = node.value(QStringLiteral("type")).toString();
    if (!type.isEmpty() && !hasType(type, value)) {
        violations->append({path, tr("must be %1, not %2").arg(typeWord(type), describe(value))});
        return;
    }
    const QJsonArray allowed = node.value(QStringLiteral("enum")).toArray();
    if (!allowed.isEmpty() && !allowed.contains(value)) {
        QStringList names;
        for (const QJsonValue &option : allowed)
            names.append(option.toString());
        violations->append({path, tr("must be one of %1").arg(names.join(QStringLiteral(", ")))});
    }
    if (value.isString()) {
        const QString text = value.toString();
        const QString reason = formatReason(node.value(QStringLiteral("format")).toString(), text);
        if (!reason.isEmpty())
            violations->append({path, reason});
        if (text.size() < node.value(QStringLiteral("minLength")).toInt(0))
            violations->append({path, tr("must not be empty")});
    } else if (value.isObject()) {
        checkObject(node, value.toObject(), path, violations);
    } else if (value.isArray()) {
        checkArray(node, value.toArray(), path, violations);
    }
}

void SpecCatalog::checkObject(const QJsonObject &node, const QJsonObject &value,
                              const QString &path, QList<SpecViolation> *violations) const
{
    const QJsonObject properties = node.value(QStringLiteral("properties")).toObject();
    for (const QJsonValue &key : node.value(QStringLiteral("required")).toArray()) {
        const QJsonValue member = value.value(key.toString());
        if (member.isUndefined() || member.isNull() ||
            (member.isString() && member.toString().trimmed().isEmpty()))
            violations->append({childPath(path, key.toString()), tr("is required")});
    }
    for (auto it = value.begin(); it != value.end(); ++it) {
        if (properties.contains(it.key()) && !it.value().isNull())
            check(properties.value(it.key()).toObject(), it.value(), childPath(path, it.key()),
                  violations);
    }
}

void SpecCatalog::checkArray(const QJsonObject &node, const QJsonArray &value, const QString &path,
                             QList<SpecViolation> *violations) const
{
    if (value.size() < node.value(QStringLiteral("minItems")).toInt(0))
        violations->append(
            {path,
             tr("needs at least %1 entries").arg(node.value(QStringLiteral("minItems")).toInt())});
    if (node.contains(QStringLiteral("maxItems")) &&
        value.size() > node.value(QStringLiteral("maxItems")).toInt())
        violations->append(
            {path,
             tr("takes at most %1 entries").arg(node.value(QStringLiteral("maxItems")).toInt())});
    if (node.value(QStringLiteral("uniqueItems")).toBool()) {
        QSet<QString> seen;
        for (const QJsonValue &item : value) {
            const QString key = item.toVariant().toString();
            if (seen.contains(key)) {
                violations->append({path, tr("lists “%1” twice").arg(key)});
                break;
            }
            seen.insert(key);
        }
    }
    const QJsonObject items = node.value(QStringLiteral("items")).toObject();
    if (items.isEmpty())
        return;
    for (qsizetype i = 0; i < value.size(); ++i)
        check(items, value.at(i), QStringLiteral("%1[%2]").arg(path).arg(i), violations);
}
