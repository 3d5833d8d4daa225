#include "searchmatcher.h"

#include "datastore.h"
#include "sandboxtime.h"

#include <QJsonArray>

#include <algorithm>

namespace {
const QString highlightOpen = QStringLiteral("<em class=\"highlight\">");
const QString highlightClose = QStringLiteral("</em>");
constexpr qsizetype snippetBefore = 60;
constexpr qsizetype snippetAfter = 90;

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

// The next whole-word occurrence of `word` in `text` at or after `from`; -1 when none.
qsizetype findWord(const QString &text, const QString &word, qsizetype from)
{
    while (true) {
        const qsizetype at = text.indexOf(word, from);
        if (at < 0)
            return -1;
        const qsizetype end = at + word.size();
        const bool startOk = at == 0 || !isWordChar(text.at(at - 1));
        const bool endOk = end >= text.size() || !isWordChar(text.at(end));
        if (startOk && endOk)
            return at;
        from = at + 1;
    }
}

// Whether the words follow one another from `at` (where words[0] was found), separated by
// anything that is not a word; *end receives the end of the last word.
bool phraseAt(const QString &text, const QStringList &words, qsizetype at, qsizetype *end)
{
    qsizetype cursor = at + words.first().size();
    for (qsizetype i = 1; i < words.size(); ++i) {
        const qsizetype gapStart = cursor;
        while (cursor < text.size() && !isWordChar(text.at(cursor)))
            ++cursor;
        if (cursor == gapStart)
            return false;
        const QString &word = words.at(i);
        if (QStringView(text).mid(cursor, word.size()) != word)
            return false;
        cursor += word.size();
        if (cursor < text.size() && isWordChar(text.at(cursor)))
            return false;
    }
    *end = cursor;
    return true;
}

struct Range
{
    qsizetype start;
    qsizetype end;
};

// Every match of the search inside lower-case `text`, in order, merged where they overlap.
std::vector<Range> allMatches(const QString &text, const QStringList &words, bool exact)
{
    std::vector<Range> ranges;
    if (exact) {
        qsizetype from = 0;
        while (true) {
            const qsizetype at = findWord(text, words.first(), from);
            if (at < 0)
                break;
            qsizetype end = 0;
            if (phraseAt(text, words, at, &end)) {
                ranges.push_back({at, end});
                from = end;
            } else {
                from = at + 1;
            }
        }
    } else {
        for (const QString &word : words) {
            for (qsizetype at = findWord(text, word, 0); at >= 0;
                 at = findWord(text, word, at + word.size()))
                ranges.push_back({at, at + word.size()});
        }
        std::sort(ranges.begin(), ranges.end(),
                  [](const Range &a, const Range &b) { return a.start < b.start; });
    }
    std::vector<Range> merged;
    for (const Range &range : ranges) {
        if (!merged.empty() && range.start <= merged.back().end)
            merged.back().end = std::max(merged.back().end, range.end);
        else
            merged.push_back(range);
    }
    return merged;
}

QStringList wordsOf(const QString &text)
{
    QStringList words;
    QString current;
    for (const QChar c : text) {
        if (isWordChar(c)) {
            current.append(c);
        } else if (!current.isEmpty()) {
            words.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        words.append(current);
    return words;
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
qint64 daysFromCivil(qint64 y, qint64 m, qint64 d)
{
    y -= m <= 2 ? 1 : 0;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

bool digits(QStringView text, qsizetype from, qsizetype count, int *out)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const QChar c = text.at(i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
        value = value * 10 + (c.unicode() - '0');
    }
    *out = value;
    return true;
}
} // namespace

std::optional<qint64> searchEpochMs(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    QStringView view(text);
    const qsizetype bracket = view.indexOf(QLatin1Char('['));
    if (bracket > 0)
        view = view.left(bracket);
    // Fast path: "yyyy-MM-ddTHH:mm:ss", an optional fraction, then "Z".
    if (view.size() >= 20 && view.endsWith(QLatin1Char('Z')) && view.at(4) == QLatin1Char('-') &&
        view.at(7) == QLatin1Char('-') && view.at(10) == QLatin1Char('T') &&
        view.at(13) == QLatin1Char(':') && view.at(16) == QLatin1Char(':')) {
        int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
        if (digits(view, 0, 4, &y) && digits(view, 5, 2, &mo) && digits(view, 8, 2, &d) &&
            digits(view, 11, 2, &h) && digits(view, 14, 2, &mi) && digits(view, 17, 2, &s)) {
            int ms = 0;
            bool ok = true;
            const QStringView rest = view.mid(19, view.size() - 20);
            if (!rest.isEmpty()) {
                ok = rest.at(0) == QLatin1Char('.') && rest.size() > 1;
                int scale = 100;
                for (qsizetype i = 1; ok && i < rest.size(); ++i) {
                    const QChar c = rest.at(i);
                    ok = c >= QLatin1Char('0') && c <= QLatin1Char('9');
                    ms += (c.unicode() - '0') * scale;
                    scale /= 10;
                }
            }
            if (ok && mo >= 1 && mo <= 12 && d >= 1 && d <= 31)
                return ((daysFromCivil(y, mo, d) * 24 + h) * 60 + mi) * 60000LL + s * 1000LL + ms;
        }
    }
    const auto parsed = SandboxTime::parse(text);
    if (!parsed || !parsed->isValid())
        return std::nullopt;
    return parsed->toMSecsSinceEpoch();
}

SearchText::SearchText(const QString &text, bool exactMatch)
    : m_words(wordsOf(text.toLower()))
    , m_phrase(m_words.join(QLatin1Char(' ')))
    , m_exact(exactMatch)
{}

qsizetype SearchText::find(const QString &lowerText, qsizetype *length) const
{
    const auto ranges = allMatches(lowerText, m_words, m_exact);
    if (ranges.empty())
        return -1;
    *length = ranges.front().end - ranges.front().start;
    return ranges.front().start;
}

bool SearchText::matches(const ConversationRecord &record) const
{
    if (m_words.isEmpty())
        return true;
    const QString &text = record.searchText;
    if (!m_exact) {
        return std::all_of(m_words.cbegin(), m_words.cend(),
                           [&text](const QString &word) { return findWord(text, word, 0) >= 0; });
    }
    qsizetype from = 0;
    while (true) {
        const qsizetype at = findWord(text, m_words.first(), from);
        if (at < 0)
            return false;
        qsizetype end = 0;
        if (phraseAt(text, m_words, at, &end))
            return true;
        from = at + 1;
    }
}

QString SearchText::snippet(const QString &text, const QString &lowerText) const
{
    // Lower-casing can change the length of rare characters; then show the lower-case text.
    const QString &shown = text.size() == lowerText.size() ? text : lowerText;
    const auto ranges = allMatches(lowerText, m_words, m_exact);
    if (ranges.empty())
        return {};
    qsizetype start = std::max<qsizetype>(0, ranges.front().start - snippetBefore);
    qsizetype end = std::min(shown.size(), ranges.front().end + snippetAfter);
    // Cut at word boundaries so that the snippet does not start or end inside a word.
    while (start > 0 && start < ranges.front().start && isWordChar(shown.at(start - 1)))
        ++start;
    while (end < shown.size() && end > ranges.front().end && isWordChar(shown.at(end)))
        --end;
    QString out;
    if (start > 0)
        out += QStringLiteral("…");
    qsizetype cursor = start;
    for (const Range &range : ranges) {
        if (range.start >= end)
            break;
        if (range.start < cursor)
            continue;
        out += shown.mid(cursor, range.start - cursor);
        out += highlightOpen + shown.mid(range.start, range.end - range.start) + highlightClose;
        cursor = range.end;
    }
    if (cursor < end)
        out += shown.mid(cursor, end - cursor);
    if (end < shown.size())
        out += QStringLiteral("…");
    return out.simplified();
}

QJsonObject SearchText::highlights(const ConversationRecord &record,
                                   const QStringList &requester) const
{
    QJsonObject out;
    if (m_words.isEmpty())
        return out;
    const QString subject = record.json.value(QStringLiteral("subject")).toString();
    const QString lowerSubject = subject.toLower();
    qsizetype length = 0;
    if (!subject.isEmpty() && find(lowerSubject, &length) >= 0)
        out.insert(QStringLiteral("subject"), QJsonArray{snippet(subject, lowerSubject)});
    // searchText is the subject, the requester's contact details, then the message text.
    QStringView rest(record.searchText);
    if (!lowerSubject.isEmpty() && rest.startsWith(lowerSubject))
        rest = rest.mid(lowerSubject.size()).trimmed();
    const QStringView withRequester = rest;
    for (const QString &part : requester) {
        if (!part.isEmpty() && rest.startsWith(part))
            rest = rest.mid(part.size()).trimmed();
    }
    const QString message = rest.toString();
    if (find(message, &length) >= 0) {
        out.insert(QStringLiteral("message"), QJsonArray{snippet(message, message)});
    } else if (out.isEmpty()) {
        const QString all = withRequester.toString();
        if (find(all, &length) >= 0)
            out.insert(QStringLiteral("message"), QJsonArray{snippet(all, all)});
    }
    return out;
}
