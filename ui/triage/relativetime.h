#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// How long ago something happened, in the few characters a list column has room for ("now",
// "5 min", "3 h", "2 d", then the date), so a supervisor sees the age of a conversation at a
// glance.
class RelativeTime
{
    Q_DECLARE_TR_FUNCTIONS(RelativeTime)

public:
    static QString age(const QDateTime &then, const QDateTime &now);
    // The full local time, for tooltips.
    static QString full(const QDateTime &then);
};
