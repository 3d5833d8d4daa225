#include "sandboxtime.h"

#include <QRegularExpression>

QString SandboxTime::iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QString SandboxTime::zoned(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs) + QStringLiteral("[GMT]");
}

std::optional<QDateTime> SandboxTime::parse(const QString &text)
{
    static const QRegularExpression zoneSuffix(QStringLiteral("\\[[^\\]]*\\]$"));
    static const QRegularExpression shape(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:?\\d{2})?$"));
    QString trimmed = text.trimmed();
    trimmed.remove(zoneSuffix);
    if (!shape.match(trimmed).hasMatch())
        return std::nullopt;
    QDateTime parsed = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return std::nullopt;
    const bool hasOffset = trimmed.endsWith(QLatin1Char('Z')) ||
                           trimmed.lastIndexOf(QLatin1Char('+')) > 10 ||
                           trimmed.lastIndexOf(QLatin1Char('-')) > 10;
    if (!hasOffset)
        parsed.setTimeSpec(Qt::UTC);
    return parsed.toUTC();
}
