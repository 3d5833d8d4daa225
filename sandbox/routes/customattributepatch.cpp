#include "customattributepatch.h"

#include "jsontable.h"

#include <QList>
#include <QPair>
#include <QUuid>

namespace {
// A Select value is the path of option values from the top level down through nestedOptions.
bool isOptionPath(const QJsonArray &options, const QJsonArray &path)
{
    if (path.isEmpty())
        return false;
    QJsonArray level = options;
    for (const QJsonValue &step : path) {
        if (!step.isString())
            return false;
        bool found = false;
        for (const QJsonValue &option : std::as_const(level)) {
            const QJsonObject object = option.toObject();
            if (object.value(QStringLiteral("value")).toString() == step.toString()) {
                level = object.value(QStringLiteral("nestedOptions")).toArray();
                found = true;
                break;
            }
        }
        if (!found)
            return false;
    }
    return true;
}

// Empty when `value` fits the definition's input; otherwise what is wrong with it.
QString valueProblem(const QJsonObject &definition, const QJsonValue &value)
{
    if (value.isNull())
        return {};
    const QJsonObject input = definition.value(QStringLiteral("inputDefinition")).toObject();
    if (input.value(QStringLiteral("_type")).toString() == QLatin1String("Select")) {
        if (!value.isArray() ||
            !isOptionPath(input.value(QStringLiteral("options")).toArray(), value.toArray()))
            return QStringLiteral("not a path of option values");
        return {};
    }
    return value.isString() ? QString() : QStringLiteral("expected a text value");
}
} // namespace

std::optional<CustomAttributePatch>
CustomAttributePatch::apply(const JsonTable &definitions, const QString &entityType,
                            const QJsonArray &current, const QJsonObject &patch, QString *problem)
{
    // Checked in full before anything changes: a bad entry rejects the whole patch.
    QList<QPair<QJsonObject, QJsonValue>> changes;
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        const QString attributeId = it.key().toLower();
        if (QUuid::fromString(attributeId).isNull()) {
            *problem = QStringLiteral("%1 is not an attribute id").arg(it.key());
            return std::nullopt;
        }
        const QJsonObject *definition = definitions.find(attributeId);
        if (!definition) {
            *problem = QStringLiteral("attribute %1 does not exist").arg(attributeId);
            return std::nullopt;
        }
        if (definition->value(QStringLiteral("entityType")).toString() != entityType) {
            *problem =
                QStringLiteral("attribute %1 belongs to another kind of record").arg(attributeId);
            return std::nullopt;
        }
        if (definition->value(QStringLiteral("isArchived")).toBool()) {
            *problem = QStringLiteral("attribute %1 is archived").arg(attributeId);
            return std::nullopt;
        }
        const QString wrong = valueProblem(*definition, it.value());
        if (!wrong.isEmpty()) {
            *problem = QStringLiteral("attribute %1: %2").arg(attributeId, wrong);
            return std::nullopt;
        }
        changes.append({*definition, it.value()});
    }

    CustomAttributePatch result;
    result.values = current;
    for (const auto &[definition, value] : std::as_const(changes)) {
        const QString attributeId = definition.value(QStringLiteral("id")).toString();
        qsizetype at = -1;
        for (qsizetype i = 0; i < result.values.size(); ++i) {
            if (result.values.at(i).toObject().value(QStringLiteral("id")).toString() ==
                attributeId)
                at = i;
        }
        result.updatedIds.append(attributeId);
        if (value.isNull()) {
            if (at >= 0)
                result.values.removeAt(at);
            continue;
        }
        const QJsonObject attribute{
            {QStringLiteral("id"), attributeId},
            {QStringLiteral("name"), definition.value(QStringLiteral("label"))},
            {QStringLiteral("identifier"), definition.value(QStringLiteral("identifier"))},
            {QStringLiteral("value"), value},
        };
        if (at >= 0)
            result.values.replace(at, attribute);
        else
            result.values.append(attribute);
        result.patched.append(attribute);
        result.updatedValues.insert(attributeId, value);
    }
    return result;
}
