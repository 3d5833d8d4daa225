#include "demotext.h"

#include "demorandom.h"

#include <QDateTime>

namespace {
constexpr qint64 DayMs = 24 * 60 * 60 * 1000LL;

int drawTopic(DemoRandom &rng, const DemoWords &words, bool outbound, int *opening)
{
    if (outbound && !words.outboundTopics.isEmpty()) {
        *opening = rng.below(int(words.outboundTopics.size()));
        return words.outboundTopics.at(*opening);
    }
    *opening = -1;
    return rng.weighted(words.topicWeights);
}

int indexIn(DemoRandom &rng, const QStringList &list)
{
    return list.isEmpty() ? 0 : rng.below(int(list.size()));
}

QString at(const QStringList &list, int index)
{
    return index >= 0 && index < list.size() ? list.at(index) : QString();
}

QString grouped(qint64 cents, QChar thousands, QChar decimal)
{
    QString whole = QString::number(cents / 100);
    for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, thousands);
    return whole + decimal + QStringLiteral("%1").arg(cents % 100, 2, 10, QLatin1Char('0'));
}
} // namespace

int DemoText::topicOf(const DemoWords &words, quint32 seed, qint64 conversationId, bool outbound)
{
    DemoRandom rng(seed, DemoRandom::Script, quint64(conversationId));
    int opening = -1;
    return drawTopic(rng, words, outbound, &opening);
}

DemoScript DemoText::script(const DemoWords &words, quint32 seed, qint64 conversationId,
                            int language, bool outbound, qint64 createdAtMs)
{
    DemoRandom rng(seed, DemoRandom::Script, quint64(conversationId));
    DemoScript script;
    script.language = qBound(0, language, LanguageCount - 1);
    script.topic = drawTopic(rng, words, outbound, &script.outboundOpening);
    const DemoTopic &topic = words.topics.at(script.topic);
    script.caseIndex = rng.below(int(topic.cases[script.language].size()));
    script.product = topic.products.isEmpty() ? 0 : rng.pick(topic.products);
    const DemoPhrases &phrases = words.phrases[script.language];
    script.customerGreeting = indexIn(rng, phrases.customerGreetings);
    script.customerSignOff = indexIn(rng, phrases.customerSignOffs);
    script.agentGreeting = indexIn(rng, phrases.agentGreetings);
    script.chatGreeting = indexIn(rng, phrases.chatGreetings);
    script.agentSignOff = indexIn(rng, phrases.agentSignOffs);
    script.order = QStringLiteral("NL-") + rng.digits(6);
    script.tracking = QStringLiteral("00370") + rng.digits(15, true);
    const int year = QDateTime::fromMSecsSinceEpoch(createdAtMs, Qt::UTC).date().year();
    script.invoice = QStringLiteral("INV-%1-").arg(year) + rng.digits(5);
    script.amount = amount(script.language, words.products.at(script.product).priceEur);
    script.date = date(words, script.language, createdAtMs - rng.between(2, 12) * DayMs);
    return script;
}

const DemoCase &DemoText::caseOf(const DemoWords &words, const DemoScript &script)
{
    return words.topics.at(script.topic).cases[script.language].at(script.caseIndex);
}

QString DemoText::subject(const DemoWords &words, const DemoScript &script)
{
    if (script.outboundOpening >= 0)
        return fill(words, script, words.phrases[script.language].outboundSubject);
    return fill(words, script, caseOf(words, script).subject);
}

QString DemoText::fill(const DemoWords &words, const DemoScript &script, const QString &text,
                       const QString &customer, const QString &agent)
{
    QString out;
    out.reserve(text.size() + 48);
    qsizetype position = 0;
    while (position < text.size()) {
        const qsizetype open = text.indexOf(QLatin1Char('{'), position);
        if (open < 0) {
            out += QStringView(text).mid(position);
            break;
        }
        const qsizetype close = text.indexOf(QLatin1Char('}'), open);
        if (close < 0) {
            out += QStringView(text).mid(position);
            break;
        }
        out += QStringView(text).mid(position, open - position);
        const QStringView key = QStringView(text).mid(open + 1, close - open - 1);
        QString value;
        if (key == u"order")
            value = script.order;
        else if (key == u"product")
            value = words.products.at(script.product).names[script.language];
        else if (key == u"amount")
            value = script.amount;
        else if (key == u"tracking")
            value = script.tracking;
        else if (key == u"invoice")
            value = script.invoice;
        else if (key == u"date")
            value = script.date;
        else if (key == u"customer")
            value = customer;
        else if (key == u"agent")
            value = agent;
        else
            value = text.mid(open, close - open + 1);
        if (value.isEmpty() && !out.isEmpty() && (out.back() == u' ' || out.back() == u'\n'))
            out.chop(1);
        out += value;
        position = close + 1;
    }
    out = out.trimmed();
    if (!out.isEmpty() && out.front().isLower())
        out[0] = out.front().toUpper();
    return out;
}

QString DemoText::customerGreeting(const DemoWords &words, const DemoScript &script)
{
    return at(words.phrases[script.language].customerGreetings, script.customerGreeting);
}

QString DemoText::customerSignOff(const DemoWords &words, const DemoScript &script,
                                  const QString &customer)
{
    return fill(words, script,
                at(words.phrases[script.language].customerSignOffs, script.customerSignOff),
                customer);
}

QString DemoText::agentGreeting(const DemoWords &words, const DemoScript &script,
                                const QString &customer, bool first)
{
    const DemoPhrases &phrases = words.phrases[script.language];
    // Without a name, "Hi {customer}," would read oddly; the plainest greeting fits everyone.
    if (customer.isEmpty())
        return phrases.customerGreetings.value(0);
    return fill(words, script, at(phrases.agentGreetings, first ? script.agentGreeting : 0),
                customer);
}

QString DemoText::chatGreeting(const DemoWords &words, const DemoScript &script,
                               const QString &customer)
{
    const DemoPhrases &phrases = words.phrases[script.language];
    if (customer.isEmpty())
        return phrases.customerGreetings.value(0);
    return fill(words, script, at(phrases.chatGreetings, script.chatGreeting), customer);
}

QString DemoText::agentSignOff(const DemoWords &words, const DemoScript &script,
                               const QString &agent)
{
    return fill(words, script,
                at(words.phrases[script.language].agentSignOffs, script.agentSignOff), {}, agent);
}

QStringList DemoText::firstMessage(const DemoWords &words, const DemoScript &script,
                                   DemoStyle style, const QString &customer, const QString &agent)
{
    if (style == DemoStyle::Phone)
        return {};
    const DemoPhrases &phrases = words.phrases[script.language];
    if (script.outboundOpening >= 0) {
        const QString body =
            fill(words, script, at(phrases.outboundOpenings, script.outboundOpening), customer);
        if (style == DemoStyle::Chat)
            return {body};
        return {agentGreeting(words, script, customer, false), body,
                agentSignOff(words, script, agent)};
    }
    const QString body = fill(words, script, caseOf(words, script).opening, customer);
    if (style == DemoStyle::Chat)
        return {body};
    return {customerGreeting(words, script), body, customerSignOff(words, script, customer)};
}

QString DemoText::plain(const QStringList &paragraphs)
{
    return paragraphs.join(QStringLiteral("\n\n"));
}

QString DemoText::asciiFold(const QString &text)
{
    QString out;
    out.reserve(text.size() + 4);
    for (const QChar ch : text) {
        const QChar lower = ch.toLower();
        switch (lower.unicode()) {
        case u'æ':
        case u'ä':
            out += QStringLiteral("ae");
            continue;
        case u'ø':
        case u'ö':
            out += QStringLiteral("oe");
            continue;
        case u'å':
            out += QStringLiteral("aa");
            continue;
        case u'ü':
            out += QStringLiteral("ue");
            continue;
        case u'ß':
            out += QStringLiteral("ss");
            continue;
        case u'ı':
            out += QLatin1Char('i');
            continue;
        default:
            break;
        }
        if (lower.unicode() < 128) {
            if (lower.isLetterOrNumber())
                out += lower;
            continue;
        }
        // é, ñ, ç...: the base letter of the canonical decomposition.
        const QString decomposed = lower.decomposition();
        if (!decomposed.isEmpty() && decomposed.front().unicode() < 128 &&
            decomposed.front().isLetter())
            out += decomposed.front();
    }
    return out;
}

QString DemoText::amount(int language, int priceEur)
{
    switch (language) {
    case English: {
        const qint64 pounds = qRound64(priceEur * 0.86);
        return QStringLiteral("£") + grouped(pounds * 100 - 1, u',', u'.');
    }
    case Danish: {
        const qint64 kroner = qRound64(priceEur * 7.46 / 5.0) * 5;
        return grouped(kroner * 100, u'.', u',') + QStringLiteral(" kr.");
    }
    case French:
        return grouped(qint64(priceEur) * 100, QChar(0x202f), u',') + QStringLiteral(" €");
    default:
        return grouped(qint64(priceEur) * 100, u'.', u',') + QStringLiteral(" €");
    }
}

QString DemoText::date(const DemoWords &words, int language, qint64 msecsSinceEpoch)
{
    const QDate day = QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::UTC).date();
    const DemoPhrases &phrases = words.phrases[qBound(0, language, LanguageCount - 1)];
    QString text = phrases.dateFormat;
    text.replace(QStringLiteral("{day}"), QString::number(day.day()));
    text.replace(QStringLiteral("{month}"), phrases.months.value(day.month() - 1));
    return text;
}
