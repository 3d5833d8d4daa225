#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Dixa {

// A date-time as Dixa wrote it: the UTC instant plus the exact text, so a value read from JSON
// is written back byte for byte (`2021-12-01T12:46:36.581Z[GMT]` stays that way).
class DixaTime
{
public:
    DixaTime() = default;
    // A time made by the console; its text is ISO-8601 UTC, with milliseconds only when non-zero.
    explicit DixaTime(const QDateTime &instant);

    // Parses every shape of dixa-api.md §3: a trailing `[zone]` is dropped, 1-9 fraction digits,
    // `Z`, `±hh:mm`, `±hhmm`, `±hh` or no offset at all (then the time is UTC). The result keeps
    // the text even when it is not a date-time (isValid() is false then).
    static DixaTime fromString(const QString &text);
    // The instant of `text`, or nothing when it is not a date-time of the shapes above.
    static std::optional<QDateTime> parse(QStringView text);

    bool isValid() const { return m_utc.isValid(); }
    bool isNull() const { return m_text.isEmpty(); }
    QDateTime toUtc() const { return m_utc; }
    QString text() const { return m_text; }

    // Same instant (texts may differ: `...Z` and `...Z[GMT]` are equal).
    friend bool operator==(const DixaTime &a, const DixaTime &b) { return a.m_utc == b.m_utc; }
    friend bool operator!=(const DixaTime &a, const DixaTime &b) { return !(a == b); }

private:
    QDateTime m_utc;
    QString m_text;
};

} // namespace Dixa

Q_DECLARE_METATYPE(Dixa::DixaTime)
