#pragma once

#include "dixatime.h"
#include "openenum.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace Dixa {

// The state of one decode run: where in the document it is and the first place the document did
// not fit, as a path and a sentence ("data[3].assignment.agentId" / "expected a string"), so the
// client can report decode errors precisely. Once failed, it stays failed.
class JsonReader
{
public:
    // Steps into an object member or an array element for as long as it lives.
    class Scope
    {
    public:
        Scope(JsonReader &reader, QStringView member);
        Scope(JsonReader &reader, qsizetype index);
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        JsonReader &m_reader;
    };

    bool failed() const { return m_failed; }
    QString path() const;
    QString errorPath() const { return m_errorPath; }
    QString errorWhat() const { return m_errorWhat; }
    // "data[3].assignment.agentId: expected a string" (just the sentence at the root).
    QString errorMessage() const;

    // Records a mismatch at the current path, unless one was recorded already.
    void fail(const QString &what);
    // Records a mismatch at the member `member` of the current object.
    void failMember(QStringView member, const QString &what);

private:
    QStringList m_path; // "data", "[3]", "assignment"
    bool m_failed = false;
    QString m_errorPath;
    QString m_errorWhat;
};

// How one C++ type is read from and written to JSON. Entity types provide
//   static std::optional<T> fromJson(const QJsonValue &, JsonReader &);  and  toJson() const;
// the specialisations below cover scalars, times, enums, lists and string-keyed maps.
template<class T>
struct JsonCodec
{
    static std::optional<T> decode(const QJsonValue &value, JsonReader &reader)
    {
        return T::fromJson(value, reader);
    }
    static QJsonValue encode(const T &value) { return value.toJson(); }
};

template<>
struct JsonCodec<QString>
{
    static std::optional<QString> decode(const QJsonValue &value, JsonReader &reader);
    static QJsonValue encode(const QString &value) { return value; }
};

template<>
struct JsonCodec<bool>
{
    static std::optional<bool> decode(const QJsonValue &value, JsonReader &reader);
    static QJsonValue encode(bool value) { return value; }
};

template<>
struct JsonCodec<int>
{
    static std::optional<int> decode(const QJsonValue &value, JsonReader &reader);
    static QJsonValue encode(int value) { return value; }
};

template<>
struct JsonCodec<qint64>
{
    static std::optional<qint64> decode(const QJsonValue &value, JsonReader &reader);
    static QJsonValue encode(qint64 value) { return value; }
};

template<>
struct JsonCodec<QJsonValue>
{
    static std::optional<QJsonValue> decode(const QJsonValue &value, JsonReader &) { return value; }
    static QJsonValue encode(const QJsonValue &value) { return value; }
};

template<>
struct JsonCodec<QJsonObject>
{
    static std::optional<QJsonObject> decode(const QJsonValue &value, JsonReader &reader);
    static QJsonValue encode(const QJsonObject &value) { return value; }
};

template<>
struct JsonCodec<DixaTime>
{
    static std::optional<DixaTime> decode(const QJsonValue &value, JsonReader &reader);
    static QJsonValue encode(const DixaTime &value) { return value.text(); }
};

template<class E>
struct JsonCodec<OpenEnum<E>>
{
    static std::optional<OpenEnum<E>> decode(const QJsonValue &value, JsonReader &reader)
    {
        if (!value.isString()) {
            reader.fail(QStringLiteral("expected a string"));
            return std::nullopt;
        }
        return OpenEnum<E>::fromString(value.toString());
    }
    static QJsonValue encode(const OpenEnum<E> &value) { return value.text(); }
};

template<class T>
struct JsonCodec<QList<T>>
{
    static std::optional<QList<T>> decode(const QJsonValue &value, JsonReader &reader)
    {
        if (!value.isArray()) {
            reader.fail(QStringLiteral("expected an array"));
            return std::nullopt;
        }
        const QJsonArray array = value.toArray();
        QList<T> items;
        items.reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i) {
            const JsonReader::Scope scope(reader, i);
            std::optional<T> item = JsonCodec<T>::decode(array.at(i), reader);
            if (!item)
                return std::nullopt;
            items.append(std::move(*item));
        }
        return items;
    }
    static QJsonValue encode(const QList<T> &items)
    {
        QJsonArray array;
        for (const T &item : items)
            array.append(JsonCodec<T>::encode(item));
        return array;
    }
};

template<class T>
struct JsonCodec<QMap<QString, T>>
{
    static std::optional<QMap<QString, T>> decode(const QJsonValue &value, JsonReader &reader)
    {
        if (!value.isObject()) {
            reader.fail(QStringLiteral("expected an object"));
            return std::nullopt;
        }
        const QJsonObject object = value.toObject();
        QMap<QString, T> map;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const JsonReader::Scope scope(reader, it.key());
            std::optional<T> item = JsonCodec<T>::decode(it.value(), reader);
            if (!item)
                return std::nullopt;
            map.insert(it.key(), std::move(*item));
        }
        return map;
    }
    static QJsonValue encode(const QMap<QString, T> &map)
    {
        QJsonObject object;
        for (auto it = map.constBegin(); it != map.constEnd(); ++it)
            object.insert(it.key(), JsonCodec<T>::encode(it.value()));
        return object;
    }
};

// Reads one JSON object member by member; rest() holds what was not read (unknown members, and
// optional members that were null), so writers can start from it and round-trip exactly.
class JsonObjectReader
{
public:
    JsonObjectReader(JsonReader &reader, const QJsonValue &value);

    JsonReader &reader() const { return m_reader; }
    bool isObject() const { return m_isObject; }
    // Present and not null.
    bool has(QStringView key) const;
    QJsonValue peek(QStringView key) const { return m_object.value(key); }

    // A member that must be there: a missing or mistyped one fails the run and yields T{}.
    template<class T>
    T required(QStringView key)
    {
        if (!m_isObject)
            return T{};
        m_used.insert(key.toString());
        const auto it = m_object.constFind(key);
        if (it == m_object.constEnd()) {
            m_reader.failMember(key, QStringLiteral("required member is missing"));
            return T{};
        }
        const JsonReader::Scope scope(m_reader, key);
        std::optional<T> value = JsonCodec<T>::decode(it.value(), m_reader);
        return value ? std::move(*value) : T{};
    }

    // A member that may be absent or null (null is left in rest()); a mistyped one fails.
    template<class T>
    std::optional<T> optional(QStringView key)
    {
        if (!has(key))
            return std::nullopt;
        m_used.insert(key.toString());
        const JsonReader::Scope scope(m_reader, key);
        return JsonCodec<T>::decode(m_object.value(key), m_reader);
    }

    // A member taken only when it has the expected shape; otherwise it stays in rest() and the
    // run does not fail. For members whose shape depends on a discriminator Dixa does not send.
    template<class T>
    std::optional<T> lenient(QStringView key)
    {
        if (!has(key))
            return std::nullopt;
        JsonReader scratch;
        std::optional<T> value = JsonCodec<T>::decode(m_object.value(key), scratch);
        if (value)
            m_used.insert(key.toString());
        return value;
    }

    // The `_type` discriminator; a null OpenEnum when absent (then treated like an unknown one).
    template<class E>
    OpenEnum<E> typeTag()
    {
        return optional<OpenEnum<E>>(u"_type").value_or(OpenEnum<E>());
    }

    // Members not read so far.
    QJsonObject rest() const;

    // `value` when the run has not failed.
    template<class T>
    std::optional<T> finish(T &&value) const
    {
        if (m_reader.failed())
            return std::nullopt;
        return std::optional<T>(std::forward<T>(value));
    }

private:
    JsonReader &m_reader;
    QJsonObject m_object;
    QSet<QString> m_used;
    bool m_isObject = false;
};

// Writers: `put` always writes, `putOptional` only a set value, `putType` only a non-null enum.
namespace Json {

template<class T>
void put(QJsonObject &out, QStringView key, const T &value)
{
    out.insert(key, JsonCodec<T>::encode(value));
}

template<class T>
void putOptional(QJsonObject &out, QStringView key, const std::optional<T> &value)
{
    if (value)
        out.insert(key, JsonCodec<T>::encode(*value));
}

template<class E>
void putType(QJsonObject &out, QStringView key, const OpenEnum<E> &value)
{
    if (!value.isNull())
        out.insert(key, value.text());
}

// Decodes a whole document as T (a run of its own); on failure `error` gets the sentence.
template<class T>
std::optional<T> decode(const QJsonValue &value, QString *error = nullptr)
{
    JsonReader reader;
    std::optional<T> result = JsonCodec<T>::decode(value, reader);
    if (reader.failed()) {
        if (error)
            *error = reader.errorMessage();
        return std::nullopt;
    }
    return result;
}

template<class T>
QJsonValue encode(const T &value)
{
    return JsonCodec<T>::encode(value);
}

} // namespace Json

} // namespace Dixa
