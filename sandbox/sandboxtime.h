#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

// The date-time shapes Dixa writes and reads (see dixa-api.md §3).
namespace SandboxTime {
// "2020-12-16T09:41:43Z"
QString iso(const QDateTime &time);
// "2021-12-01T12:46:36.581Z[GMT]", the Java ZonedDateTime form used by notes and activity logs.
QString zoned(const QDateTime &time);
// Accepts every form above, with or without fraction, offset or a "[zone]" suffix.
std::optional<QDateTime> parse(const QString &text);
} // namespace SandboxTime
