// SearchFilter: the conditions of dixa-api.md §11.1 as predicates over ConversationRecord.
#include "searchmatcher.h"

#include "datastore.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <limits>

namespace {
using Predicate = std::function<bool(const ConversationRecord &)>;
using Getter = std::function<QString(const ConversationRecord &)>;
using TimeGetter = std::function<std::optional<qint64>(const ConversationRecord &)>;

const QString genericChannel = QStringLiteral("generic");

QString str(const QJsonObject &object, const QString &key)
{
    return object.value(key).toString();
}

QString nested(const ConversationRecord &record, const QString &outer, const QString &inner)
{
    return record.json.value(outer).toObject().value(inner).toString();
}

// Search channel names are lower case and differ from the conversation's `channel` values.
QString searchChannel(const ConversationRecord &record)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("Email"), QStringLiteral("email")},
        {QStringLiteral("ContactForm"), QStringLiteral("contactform")},
        {QStringLiteral("WidgetChat"), QStringLiteral("chat")},
        {QStringLiteral("Messenger"), QStringLiteral("dixamessenger")},
        {QStringLiteral("PstnPhone"), QStringLiteral("phone")},
        {QStringLiteral("Voicemail"), QStringLiteral("voicemail")},
        {QStringLiteral("Callback"), QStringLiteral("callback")},
        {QStringLiteral("Sms"), QStringLiteral("sms")},
        {QStringLiteral("FacebookMessenger"), QStringLiteral("facebookmessenger")},
        {QStringLiteral("WhatsApp"), QStringLiteral("whatsapp")},
        {QStringLiteral("Twitter"), QStringLiteral("twitter")},
    };
    const QString channel = str(record.json, QStringLiteral("channel"));
    if (str(record.json, QStringLiteral("_type")) == QLatin1String("GenericConversation")) {
        // A generic conversation names its integration when it can; otherwise it stands for
        // every generic channel.
        const QString lower = channel.toLower();
        return lower.isEmpty() || names.contains(channel) ? genericChannel : lower;
    }
    return names.value(channel, channel.toLower());
}

const QSet<QString> &genericChannelNames()
{
    static const QSet<QString> names{
        QStringLiteral("adachat"),    QStringLiteral("digitalgeniuschat"),
        QStringLiteral("kindlychat"), QStringLiteral("genericapimessaging"),
        QStringLiteral("trustpilot"), QStringLiteral("yotpo"),
    };
    return names;
}

QString searchStatus(const ConversationRecord &record)
{
    const QString state = str(record.json, QStringLiteral("state"));
    // AwaitingPending is on its way to Pending (the agent has set it pending, the conversation
    // has not left the agent yet): a supervisor filtering on "pending" wants it too.
    if (state == QLatin1String("AwaitingPending"))
        return QStringLiteral("pending");
    return state.toLower();
}

// Whether lower-case `values` holds `value` in any case; lower-cases only when it must.
bool containsFolded(const QSet<QString> &values, const QString &value)
{
    if (values.contains(value))
        return true;
    const bool hasUpper =
        std::any_of(value.cbegin(), value.cend(), [](QChar c) { return c.isUpper(); });
    return hasUpper && values.contains(value.toLower());
}

QStringList stringValues(const QJsonObject &operatorJson, bool lower)
{
    QStringList values;
    for (const QJsonValue &value : operatorJson.value(QStringLiteral("values")).toArray())
        values.append(lower ? value.toString().toLower() : value.toString());
    return values;
}

// IsOneOf / IsNotOneOf / IsEmpty / IsNotEmpty on a field with at most one value ("" = none).
std::optional<Predicate> singleValue(const QJsonObject &op, Getter get, QString *error,
                                     bool allowEmptyTests = true)
{
    const QString type = str(op, QStringLiteral("_type"));
    if (type == QLatin1String("IsOneOf") || type == QLatin1String("IsNotOneOf")) {
        const QStringList list = stringValues(op, true);
        const QSet<QString> values(list.cbegin(), list.cend());
        const bool negate = type == QLatin1String("IsNotOneOf");
        return Predicate([values, negate, get](const ConversationRecord &record) {
            const QString value = get(record);
            const bool hit = !value.isEmpty() && containsFolded(values, value);
            return negate ? !hit : hit;
        });
    }
    if (allowEmptyTests && type == QLatin1String("IsEmpty"))
        return Predicate([get](const ConversationRecord &record) { return get(record).isEmpty(); });
    if (allowEmptyTests && type == QLatin1String("IsNotEmpty"))
        return Predicate(
            [get](const ConversationRecord &record) { return !get(record).isEmpty(); });
    *error = QStringLiteral("unsupported operator ") + type;
    return std::nullopt;
}

std::optional<Predicate> tagCondition(const QJsonObject &op, QString *error)
{
    const QString type = str(op, QStringLiteral("_type"));
    const QStringList values = stringValues(op, true);
    auto has = [](const ConversationRecord &record, const QString &id) {
        return record.tagIds.contains(id, Qt::CaseInsensitive);
    };
    if (type == QLatin1String("IncludesOne"))
        return Predicate([values, has](const ConversationRecord &r) {
            return std::any_of(values.cbegin(), values.cend(),
                               [&](const QString &id) { return has(r, id); });
        });
    if (type == QLatin1String("IncludesAll"))
        return Predicate([values, has](const ConversationRecord &r) {
            return std::all_of(values.cbegin(), values.cend(),
                               [&](const QString &id) { return has(r, id); });
        });
    // ExcludesOne: at least one of the values is missing; ExcludesAll: none of them is there.
    if (type == QLatin1String("ExcludesOne"))
        return Predicate([values, has](const ConversationRecord &r) {
            return std::any_of(values.cbegin(), values.cend(),
                               [&](const QString &id) { return !has(r, id); });
        });
    if (type == QLatin1String("ExcludesAll"))
        return Predicate([values, has](const ConversationRecord &r) {
            return std::none_of(values.cbegin(), values.cend(),
                                [&](const QString &id) { return has(r, id); });
        });
    if (type == QLatin1String("IsEmpty"))
        return Predicate([](const ConversationRecord &r) { return r.tagIds.isEmpty(); });
    if (type == QLatin1String("IsNotEmpty"))
        return Predicate([](const ConversationRecord &r) { return !r.tagIds.isEmpty(); });
    *error = QStringLiteral("unsupported operator ") + type;
    return std::nullopt;
}

std::optional<Predicate> channelCondition(const QJsonObject &op, QString *error)
{
    const QString type = str(op, QStringLiteral("_type"));
    if (type != QLatin1String("IsOneOf") && type != QLatin1String("IsNotOneOf")) {
        *error = QStringLiteral("unsupported operator ") + type;
        return std::nullopt;
    }
    const QStringList list = stringValues(op, true);
    const QSet<QString> values(list.cbegin(), list.cend());
    const bool anyGeneric = values.intersects(genericChannelNames());
    const bool negate = type == QLatin1String("IsNotOneOf");
    return Predicate([values, anyGeneric, negate](const ConversationRecord &record) {
        const QString channel = searchChannel(record);
        const bool hit = channel == genericChannel ? anyGeneric : values.contains(channel);
        return negate ? !hit : hit;
    });
}

QStringList attributeValue(const ConversationRecord &record, const QString &attributeId)
{
    const QJsonArray attributes = record.json.value(QStringLiteral("customAttributes")).toArray();
    for (const QJsonValue &item : attributes) {
        const QJsonObject attribute = item.toObject();
        if (str(attribute, QStringLiteral("id")).compare(attributeId, Qt::CaseInsensitive) != 0)
            continue;
        const QJsonValue value = attribute.value(QStringLiteral("value"));
        QStringList path;
        if (value.isArray()) {
            for (const QJsonValue &part : value.toArray())
                path.append(part.toString());
        } else if (!value.toString().isEmpty()) {
            path.append(value.toString());
        }
        path.removeAll(QString());
        return path;
    }
    return {};
}

std::optional<Predicate> attributeCondition(const QJsonObject &field, QString *error)
{
    const QString attributeId = str(field, QStringLiteral("attributeId"));
    const QJsonObject op = field.value(QStringLiteral("operator")).toObject();
    const QString type = str(op, QStringLiteral("_type"));
    if (type == QLatin1String("IsEmpty"))
        return Predicate([attributeId](const ConversationRecord &r) {
            return attributeValue(r, attributeId).isEmpty();
        });
    if (type == QLatin1String("IsNotEmpty"))
        return Predicate([attributeId](const ConversationRecord &r) {
            return !attributeValue(r, attributeId).isEmpty();
        });
    if (type != QLatin1String("IsOneOf") && type != QLatin1String("IsNotOneOf")) {
        *error = QStringLiteral("unsupported operator ") + type;
        return std::nullopt;
    }
    // Each wanted value is a path: a Text value ["v"], a Select parent ["p"] or a full path
    // ["p", "c"]; a stored value matches when the wanted path is a prefix of it.
    std::vector<QStringList> wanted;
    for (const QJsonValue &item : op.value(QStringLiteral("values")).toArray()) {
        QStringList path;
        for (const QJsonValue &part : item.toArray())
            path.append(part.toString());
        if (!path.isEmpty())
            wanted.push_back(path);
    }
    const bool negate = type == QLatin1String("IsNotOneOf");
    return Predicate([attributeId, wanted, negate](const ConversationRecord &r) {
        const QStringList value = attributeValue(r, attributeId);
        const bool hit = !value.isEmpty() &&
                         std::any_of(wanted.cbegin(), wanted.cend(), [&](const QStringList &w) {
                             return w.size() <= value.size() && value.mid(0, w.size()) == w;
                         });
        return negate ? !hit : hit;
    });
}

std::optional<Predicate> timeCondition(const QJsonObject &op, TimeGetter get, QString *error)
{
    const QString type = str(op, QStringLiteral("_type"));
    auto read = [&op, error](const QString &key) -> std::optional<qint64> {
        const auto ms = searchEpochMs(str(op, key));
        if (!ms)
            *error = QStringLiteral("operator.") + key + QStringLiteral(": not a date-time");
        return ms;
    };
    qint64 from = std::numeric_limits<qint64>::min();
    qint64 to = std::numeric_limits<qint64>::max();
    if (type == QLatin1String("Between")) {
        const auto a = read(QStringLiteral("timestampFrom"));
        const auto b = read(QStringLiteral("timestampTo"));
        if (!a || !b)
            return std::nullopt;
        from = *a;
        to = *b;
    } else if (type == QLatin1String("Since")) {
        const auto a = read(QStringLiteral("timestamp"));
        if (!a)
            return std::nullopt;
        from = *a;
    } else if (type == QLatin1String("Until")) {
        const auto b = read(QStringLiteral("timestamp"));
        if (!b)
            return std::nullopt;
        to = *b;
    } else {
        *error = QStringLiteral("unsupported operator ") + type;
        return std::nullopt;
    }
    return Predicate([get, from, to](const ConversationRecord &record) {
        const auto at = get(record);
        return at && *at >= from && *at <= to;
    });
}

std::optional<Predicate> durationCondition(const QJsonObject &op, qint64 nowMs, QString *error)
{
    const QString type = str(op, QStringLiteral("_type"));
    qint64 min = 0;
    qint64 max = std::numeric_limits<qint64>::max();
    if (type == QLatin1String("Between")) {
        min = op.value(QStringLiteral("min")).toInteger();
        max = op.value(QStringLiteral("max")).toInteger();
    } else if (type == QLatin1String("LongerThanOrEqualTo")) {
        min = op.value(QStringLiteral("duration")).toInteger();
    } else if (type == QLatin1String("ShorterThanOrEqualTo")) {
        max = op.value(QStringLiteral("duration")).toInteger();
    } else {
        *error = QStringLiteral("unsupported operator ") + type;
        return std::nullopt;
    }
    return Predicate([nowMs, min, max](const ConversationRecord &record) {
        const auto created = searchEpochMs(str(record.json, QStringLiteral("createdAt")));
        if (!created)
            return false;
        // A closed conversation lasted until it was closed; any other is still running.
        qint64 end = nowMs;
        if (str(record.json, QStringLiteral("state")) == QLatin1String("Closed")) {
            const auto closed = searchEpochMs(str(record.json, QStringLiteral("stateUpdatedAt")));
            if (closed)
                end = *closed;
        }
        const qint64 duration = std::max<qint64>(0, end - *created);
        return duration >= min && duration <= max;
    });
}

std::optional<qint64> lastActivity(const ConversationRecord &record)
{
    const auto updated = searchEpochMs(str(record.json, QStringLiteral("stateUpdatedAt")));
    return updated ? updated : searchEpochMs(str(record.json, QStringLiteral("createdAt")));
}

// Content is not generated for a search; a conversation whose messages are already in memory
// (read or written through the API) uses its newest message when that is later.
std::optional<qint64> lastMessage(const ConversationRecord &record)
{
    auto at = lastActivity(record);
    if (record.content && !record.content->messages.isEmpty()) {
        const QJsonObject newest = record.content->messages.last().toObject();
        const auto messageAt = searchEpochMs(str(newest, QStringLiteral("createdAt")));
        if (messageAt && (!at || *messageAt > *at))
            at = messageAt;
    }
    return at;
}

std::optional<Predicate> compileCondition(const QJsonObject &field, qint64 nowMs, QString *error)
{
    const QString type = str(field, QStringLiteral("_type"));
    const QJsonObject op = field.value(QStringLiteral("operator")).toObject();
    if (type == QLatin1String("AgentId"))
        return singleValue(
            op,
            [](const ConversationRecord &r) {
                return nested(r, QStringLiteral("assignment"), QStringLiteral("agentId"));
            },
            error);
    if (type == QLatin1String("QueueId"))
        return singleValue(
            op,
            [](const ConversationRecord &r) {
                return nested(r, QStringLiteral("queue"), QStringLiteral("id"));
            },
            error);
    if (type == QLatin1String("ContactId"))
        return singleValue(
            op,
            [](const ConversationRecord &r) { return str(r.json, QStringLiteral("requesterId")); },
            error, false);
    if (type == QLatin1String("ConversationId")) {
        for (const QString &value : stringValues(op, false)) {
            bool ok = false;
            value.toLongLong(&ok);
            if (!ok) {
                *error = QStringLiteral("ConversationId: not a conversation id: ") + value;
                return std::nullopt;
            }
        }
        return singleValue(
            op,
            [](const ConversationRecord &r) {
                return QString::number(r.json.value(QStringLiteral("id")).toInteger());
            },
            error, false);
    }
    if (type == QLatin1String("TagId"))
        return tagCondition(op, error);
    if (type == QLatin1String("Channel"))
        return channelCondition(op, error);
    if (type == QLatin1String("Direction"))
        return singleValue(
            op,
            [](const ConversationRecord &r) { return str(r.json, QStringLiteral("direction")); },
            error, false);
    if (type == QLatin1String("Status"))
        return singleValue(op, searchStatus, error, false);
    if (type == QLatin1String("CustomAttribute"))
        return attributeCondition(field, error);
    if (type == QLatin1String("Duration"))
        return durationCondition(op, nowMs, error);
    if (type == QLatin1String("CreationDate"))
        return timeCondition(
            op,
            [](const ConversationRecord &r) {
                return searchEpochMs(str(r.json, QStringLiteral("createdAt")));
            },
            error);
    if (type == QLatin1String("ClosedDate"))
        return timeCondition(
            op,
            [](const ConversationRecord &r) -> std::optional<qint64> {
                if (str(r.json, QStringLiteral("state")) != QLatin1String("Closed"))
                    return std::nullopt;
                return searchEpochMs(str(r.json, QStringLiteral("stateUpdatedAt")));
            },
            error);
    if (type == QLatin1String("AssignedDate"))
        return timeCondition(
            op,
            [](const ConversationRecord &r) {
                return searchEpochMs(
                    nested(r, QStringLiteral("assignment"), QStringLiteral("assignedAt")));
            },
            error);
    if (type == QLatin1String("LastActivity"))
        return timeCondition(op, lastActivity, error);
    if (type == QLatin1String("LastMessage"))
        return timeCondition(op, lastMessage, error);
    *error = QStringLiteral("unsupported field ") + type;
    return std::nullopt;
}
} // namespace

std::optional<SearchFilter> SearchFilter::compile(const QJsonObject &filters, const QDateTime &now,
                                                  QString *error)
{
    SearchFilter filter;
    if (filters.isEmpty())
        return filter;
    const QString strategy = str(filters, QStringLiteral("strategy"));
    if (strategy != QLatin1String("All") && strategy != QLatin1String("Any")) {
        *error = QStringLiteral("filters.strategy: must be All or Any");
        return std::nullopt;
    }
    filter.m_any = strategy == QLatin1String("Any");
    const qint64 nowMs = now.toMSecsSinceEpoch();
    for (const QJsonValue &condition : filters.value(QStringLiteral("conditions")).toArray()) {
        const QJsonObject field = condition.toObject().value(QStringLiteral("field")).toObject();
        auto predicate = compileCondition(field, nowMs, error);
        if (!predicate) {
            *error = QStringLiteral("filters.conditions: ") + *error;
            return std::nullopt;
        }
        filter.m_conditions.push_back(std::move(*predicate));
    }
    return filter;
}

bool SearchFilter::matches(const ConversationRecord &record) const
{
    // No condition at all constrains nothing, whatever the strategy.
    if (m_conditions.empty())
        return true;
    if (m_any) {
        return std::any_of(m_conditions.cbegin(), m_conditions.cend(),
                           [&record](const Predicate &p) { return p(record); });
    }
    return std::all_of(m_conditions.cbegin(), m_conditions.cend(),
                       [&record](const Predicate &p) { return p(record); });
}
