#include "relativetime.h"

#include <QLocale>

QString RelativeTime::age(const QDateTime &then, const QDateTime &now)
{
    if (!then.isValid())
        return {};
    const qint64 seconds = then.secsTo(now);
    if (seconds < 60)
        return tr("now");
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return tr("%n min", nullptr, int(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return tr("%n h", nullptr, int(hours));
    const qint64 days = hours / 24;
    if (days < 30)
        return tr("%n d", nullptr, int(days));
    return QLocale().toString(then.toLocalTime().date(), QLocale::ShortFormat);
}

QString RelativeTime::full(const QDateTime &then)
{
    if (!then.isValid())
        return {};
    return QLocale().toString(then.toLocalTime(), QLocale::LongFormat);
}
