#include "dixatime.h"

#include <QRegularExpression>

namespace Dixa {

namespace {

const QRegularExpression &isoPattern()
{
    // date T hh:mm[:ss[.fraction]] [Z | ±hh[[:]mm]]
    static const QRegularExpression pattern(QStringLiteral(
        "^(\\d{4})-(\\d{2})-(\\d{2})[Tt](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?"
        "(?:([Zz])|([+-])(\\d{2})(?::?(\\d{2}))?)?$"));
    return pattern;
}

int capturedInt(const QRegularExpressionMatch &match, int group)
{
    return match.capturedView(group).toInt();
}

} // namespace

DixaTime::DixaTime(const QDateTime &instant)
    : m_utc(instant.toUTC())
{
    if (m_utc.isValid())
        m_text = m_utc.toString(m_utc.time().msec() == 0 ? Qt::ISODate : Qt::ISODateWithMs);
}

DixaTime DixaTime::fromString(const QString &text)
{
    DixaTime time;
    time.m_text = text;
    if (const auto instant = parse(text))
        time.m_utc = *instant;
    return time;
}

std::optional<QDateTime> DixaTime::parse(QStringView text)
{
    // Java's ZonedDateTime appends the zone id: "2021-12-01T12:46:36.581Z[GMT]".
    if (text.endsWith(u']')) {
        const qsizetype open = text.lastIndexOf(u'[');
        if (open <= 0)
            return std::nullopt;
        text = text.first(open);
    }
    const QRegularExpressionMatch match = isoPattern().match(text);
    if (!match.hasMatch())
        return std::nullopt;

    const QDate date(capturedInt(match, 1), capturedInt(match, 2), capturedInt(match, 3));
    int msec = 0;
    if (match.hasCaptured(7)) {
        // Milliseconds are the first three fraction digits; finer digits live on in the text.
        const QString fraction = match.captured(7).leftJustified(3, u'0', true);
        msec = fraction.toInt();
    }
    const int second = match.hasCaptured(6) ? capturedInt(match, 6) : 0;
    const QTime time(capturedInt(match, 4), capturedInt(match, 5), second, msec);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;

    int offsetSeconds = 0;
    if (match.hasCaptured(9)) {
        const int hours = capturedInt(match, 10);
        const int minutes = match.hasCaptured(11) ? capturedInt(match, 11) : 0;
        if (hours > 18 || minutes > 59)
            return std::nullopt;
        offsetSeconds = (hours * 3600 + minutes * 60) * (match.capturedView(9) == u"-" ? -1 : 1);
    }
    // No offset means UTC (presence times); Qt 6.4 has no QTimeZone::UTC, hence Qt::UTC.
    QDateTime utc(date, time, Qt::UTC);
    return utc.addSecs(-offsetSeconds);
}

} // namespace Dixa
