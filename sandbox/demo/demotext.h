#pragma once

#include "demowords.h"

// What a seeded conversation is about and how its first message is worded. It is a pure
// function of (seed, conversation id, language, direction, creation time), so the seeding (for
// the search text) and the content source (for the messages) write the same first message.
struct DemoScript
{
    int language = English;
    int topic = 0;
    int caseIndex = 0;
    int product = 0;
    int outboundOpening = -1; // -1 for conversations the customer started
    int customerGreeting = 0;
    int customerSignOff = 0;
    int agentGreeting = 0;
    int chatGreeting = 0;
    int agentSignOff = 0;
    QString order;
    QString tracking;
    QString invoice;
    QString amount;
    QString date;
};

// How messages of a channel are written.
enum class DemoStyle { Email, Chat, Phone };

namespace DemoText {
// The topic script() picks, drawn without building the rest.
int topicOf(const DemoWords &words, quint32 seed, qint64 conversationId, bool outbound);
DemoScript script(const DemoWords &words, quint32 seed, qint64 conversationId, int language,
                  bool outbound, qint64 createdAtMs);
const DemoCase &caseOf(const DemoWords &words, const DemoScript &script);
QString subject(const DemoWords &words, const DemoScript &script);

// `text` with {order}, {product}, {amount}, {tracking}, {invoice}, {date}, {customer} and
// {agent} filled in and its first letter in upper case. An empty name removes its placeholder
// with the space or line break before it, so "Thanks,\n{customer}" becomes "Thanks,".
QString fill(const DemoWords &words, const DemoScript &script, const QString &text,
             const QString &customer = {}, const QString &agent = {});

QString customerGreeting(const DemoWords &words, const DemoScript &script);
QString customerSignOff(const DemoWords &words, const DemoScript &script, const QString &customer);
// The first greeting of a conversation may thank the customer for writing; later ones, and
// those of conversations the agent started, stay plain.
QString agentGreeting(const DemoWords &words, const DemoScript &script, const QString &customer,
                      bool first);
QString chatGreeting(const DemoWords &words, const DemoScript &script, const QString &customer);
QString agentSignOff(const DemoWords &words, const DemoScript &script, const QString &agent);

// The paragraphs of the conversation's first message (none for phone calls).
QStringList firstMessage(const DemoWords &words, const DemoScript &script, DemoStyle style,
                         const QString &customer, const QString &agent);
QString plain(const QStringList &paragraphs);

// Lower-case ASCII for e-mail addresses: "Søren Østergaard" gives "soerenoestergaard".
QString asciiFold(const QString &text);
// A price in the customer's currency and number format, e.g. "6.705,00 kr.".
QString amount(int language, int priceEur);
// A day of the year as the language writes it in a sentence, e.g. "12. marts".
QString date(const DemoWords &words, int language, qint64 msecsSinceEpoch);
} // namespace DemoText
