#include "jsonreader.h"

#include <limits>

namespace Dixa {

JsonReader::Scope::Scope(JsonReader &reader, QStringView member)
    : m_reader(reader)
{
    m_reader.m_path.append(member.toString());
}

JsonReader::Scope::Scope(JsonReader &reader, qsizetype index)
    : m_reader(reader)
{
    m_reader.m_path.append(QString(u'[' + QString::number(index) + u']'));
}

JsonReader::Scope::~Scope()
{
    m_reader.m_path.removeLast();
}

QString JsonReader::path() const
{
    QString result;
    for (const QString &segment : m_path) {
        if (!result.isEmpty() && !segment.startsWith(u'['))
            result += u'.';
        result += segment;
    }
    return result;
}

QString JsonReader::errorMessage() const
{
    if (!m_failed)
        return {};
    if (m_errorPath.isEmpty())
        return m_errorWhat;
    return QString(m_errorPath + u": " + m_errorWhat);
}

void JsonReader::fail(const QString &what)
{
    if (m_failed)
        return;
    m_failed = true;
    m_errorPath = path();
    m_errorWhat = what;
}

void JsonReader::failMember(QStringView member, const QString &what)
{
    const Scope scope(*this, member);
    fail(what);
}

std::optional<QString> JsonCodec<QString>::decode(const QJsonValue &value, JsonReader &reader)
{
    if (!value.isString()) {
        reader.fail(QStringLiteral("expected a string"));
        return std::nullopt;
    }
    return value.toString();
}

std::optional<bool> JsonCodec<bool>::decode(const QJsonValue &value, JsonReader &reader)
{
    if (!value.isBool()) {
        reader.fail(QStringLiteral("expected a boolean"));
        return std::nullopt;
    }
    return value.toBool();
}

std::optional<qint64> JsonCodec<qint64>::decode(const QJsonValue &value, JsonReader &reader)
{
    // toInteger() answers the default for anything that is not a whole number: try two defaults.
    const qint64 first = value.toInteger(0);
    if (!value.isDouble() || first != value.toInteger(1)) {
        reader.fail(QStringLiteral("expected an integer"));
        return std::nullopt;
    }
    return first;
}

std::optional<int> JsonCodec<int>::decode(const QJsonValue &value, JsonReader &reader)
{
    const std::optional<qint64> wide = JsonCodec<qint64>::decode(value, reader);
    if (!wide)
        return std::nullopt;
    if (*wide < std::numeric_limits<int>::min() || *wide > std::numeric_limits<int>::max()) {
        reader.fail(QStringLiteral("expected a 32-bit integer"));
        return std::nullopt;
    }
    return static_cast<int>(*wide);
}

std::optional<QJsonObject> JsonCodec<QJsonObject>::decode(const QJsonValue &value,
                                                          JsonReader &reader)
{
    if (!value.isObject()) {
        reader.fail(QStringLiteral("expected an object"));
        return std::nullopt;
    }
    return value.toObject();
}

std::optional<DixaTime> JsonCodec<DixaTime>::decode(const QJsonValue &value, JsonReader &reader)
{
    if (!value.isString()) {
        reader.fail(QStringLiteral("expected a date-time string"));
        return std::nullopt;
    }
    DixaTime time = DixaTime::fromString(value.toString());
    if (!time.isValid()) {
        reader.fail(QStringLiteral("expected a date-time, got \"%1\"").arg(value.toString()));
        return std::nullopt;
    }
    return time;
}

JsonObjectReader::JsonObjectReader(JsonReader &reader, const QJsonValue &value)
    : m_reader(reader)
    , m_object(value.toObject())
    , m_isObject(value.isObject())
{
    if (!m_isObject)
        m_reader.fail(QStringLiteral("expected an object"));
}

bool JsonObjectReader::has(QStringView key) const
{
    const auto it = m_object.constFind(key);
    return it != m_object.constEnd() && !it.value().isNull();
}

QJsonObject JsonObjectReader::rest() const
{
    QJsonObject rest;
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_used.contains(it.key()))
            rest.insert(it.key(), it.value());
    }
    return rest;
}

} // namespace Dixa
