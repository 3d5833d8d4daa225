#pragma once

#include "sandboxtime.h"

#include <QDateTime>
#include <QString>

#include <algorithm>

// Milliseconds since the epoch, written the ways Dixa writes times (dixa-api.md §3). Seeding
// writes hundreds of thousands of these; formatting them by hand is several times faster than
// QDateTime::toString and gives the same text as SandboxTime.
namespace DemoTime {
constexpr qint64 Second = 1000;
constexpr qint64 Minute = 60 * Second;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;

inline QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// Monday = 1 ... Sunday = 7, as QDate::dayOfWeek; the epoch was a Thursday.
inline int dayOfWeek(qint64 ms)
{
    const qint64 days = (ms >= 0 ? ms : ms - Day + 1) / Day;
    return int(((days % 7) + 7 + 3) % 7) + 1;
}

inline int hourOfDay(qint64 ms)
{
    return int((((ms % Day) + Day) % Day) / Hour);
}

namespace Detail {
// "yyyy-MM-ddTHH:mm:ss" plus, when `withMs`, ".zzz"; days to civil date after H. Hinnant.
inline QString format(qint64 ms, bool withMs, QStringView suffix)
{
    qint64 days = (ms >= 0 ? ms : ms - Day + 1) / Day;
    const qint64 inDay = ms - days * Day;
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 monthIndex = (5 * dayOfYear + 2) / 153;
    const int day = int(dayOfYear - (153 * monthIndex + 2) / 5 + 1);
    const int month = int(monthIndex < 10 ? monthIndex + 3 : monthIndex - 9);
    const int year = int(yearOfEra + era * 400 + (month <= 2 ? 1 : 0));

    char16_t buffer[32];
    int length = 0;
    const auto put = [&](qint64 value, int width) {
        for (int i = width - 1; i >= 0; --i) {
            buffer[length + i] = char16_t(u'0' + value % 10);
            value /= 10;
        }
        length += width;
    };
    put(year, 4);
    buffer[length++] = u'-';
    put(month, 2);
    buffer[length++] = u'-';
    put(day, 2);
    buffer[length++] = u'T';
    put(inDay / Hour, 2);
    buffer[length++] = u':';
    put(inDay / Minute % 60, 2);
    buffer[length++] = u':';
    put(inDay / Second % 60, 2);
    if (withMs) {
        buffer[length++] = u'.';
        put(inDay % Second, 3);
    }
    QString text(length + suffix.size(), Qt::Uninitialized);
    std::copy(buffer, buffer + length, reinterpret_cast<char16_t *>(text.data()));
    std::copy(suffix.begin(), suffix.end(), text.begin() + length);
    return text;
}
} // namespace Detail

// "2020-12-16T09:41:43Z"
inline QString iso(qint64 ms)
{
    return Detail::format(ms, false, u"Z");
}
// "2021-12-01T12:46:36.581Z[GMT]"
inline QString zoned(qint64 ms)
{
    return Detail::format(ms, true, u"Z[GMT]");
}
// "2021-12-01T12:46:35.935", as presence times are written
inline QString withoutOffset(qint64 ms)
{
    return Detail::format(ms, true, u"");
}
// The time a Dixa date-time text stands for, or `fallback` when it does not parse.
inline qint64 parse(const QString &text, qint64 fallback)
{
    const std::optional<QDateTime> time = SandboxTime::parse(text);
    return time ? time->toMSecsSinceEpoch() : fallback;
}
} // namespace DemoTime
