// The parts of a conversation's history that are not messages: internal notes and the
// satisfaction survey sent after closing.

#include "democontentwriter.h"
#include "demotime.h"

#include <algorithm>

using namespace DemoTime;

void DemoContentWriter::writeNotes()
{
    if (m_agentId.isEmpty())
        return;
    const DemoPhrases &phrases = m_words.phrases[m_script.language];
    const bool phone = m_style == DemoStyle::Phone;
    if (!m_rng.chance(phone ? 0.55 : 0.12))
        return;
    const qint64 from = std::max(m_assigned + Minute, m_lastMessage + Minute);
    const qint64 to = isClosedOrPending() ? std::max(from, m_stateUpdated - Second)
                                          : std::min(m_reference, m_assigned + 2 * Hour);

    // Mostly about the case at hand, sometimes one of the team's everyday remarks.
    QStringList texts;
    const QString caseNote = DemoText::caseOf(m_words, m_script).note;
    if (!caseNote.isEmpty() && m_rng.chance(0.6))
        texts.append(caseNote);
    else
        texts.append(m_rng.pick(phone ? phrases.callNotes : phrases.notes));
    if (!phone && m_rng.chance(0.4)) {
        const QString second = m_rng.pick(phrases.notes);
        if (!texts.contains(second))
            texts.append(second);
    }

    QList<qint64> times;
    for (qsizetype i = 0; i < texts.size(); ++i)
        times.append(phone ? std::min(to, from + m_rng.between(0, 3) * Minute)
                           : m_rng.between(from, std::max(from, to)));
    std::sort(times.begin(), times.end());
    for (qsizetype i = 0; i < texts.size(); ++i) {
        // Now and then a colleague or team lead leaves the note instead of the assignee.
        const QString author = phone || m_rng.chance(0.8) ? m_agentId : otherAgent();
        const QString message =
            DemoText::fill(m_words, m_script, texts.at(i), m_customerFirst, m_agentFirst);
        m_notes.append(QJsonObject{
            {QStringLiteral("id"), m_rng.uuid()},
            {QStringLiteral("authorId"), author},
            {QStringLiteral("createdAt"), zoned(times.at(i))},
            {QStringLiteral("csid"), m_id},
            {QStringLiteral("message"), message},
        });
        logActivity(times.at(i), QStringLiteral("NoteAdded"), author,
                    {{QStringLiteral("message"), message}});
    }
}

void DemoContentWriter::writeRatings()
{
    if (m_state != u"Closed" || m_agentId.isEmpty() || !m_rng.chance(0.35))
        return;
    const DemoPhrases &phrases = m_words.phrases[m_script.language];
    static const int CsatWeights[] = {4, 5, 10, 26, 55};
    static const int NpsWeights[] = {2, 1, 1, 2, 2, 4, 6, 10, 18, 24, 30};
    const double surveyDraw = m_rng.unit();
    const QStringList types = surveyDraw < 0.7 ? QStringList{QStringLiteral("Csat")}
                              : surveyDraw < 0.9
                                  ? QStringList{QStringLiteral("ThumbsUpOrDown")}
                                  : QStringList{QStringLiteral("Nps"), QStringLiteral("Csat")};
    const qint64 scheduled = m_stateUpdated + Second;
    const qint64 sendAfter = m_style == DemoStyle::Email   ? Hour
                             : m_style == DemoStyle::Phone ? 5 * Minute
                                                           : 2 * Minute;
    const qint64 offered = scheduled + sendAfter;
    const qint64 rated = offered + m_rng.between(2 * Minute, 36 * Hour);
    const double statusDraw = m_rng.unit();
    QString status = QStringLiteral("Scheduled");
    if (offered <= m_reference) {
        if (statusDraw < 0.65 && rated <= m_reference)
            status = QStringLiteral("Rated");
        else if (statusDraw < 0.92)
            status = QStringLiteral("Offered");
        else
            status = QStringLiteral("Cancelled");
    }
    const bool isRated = status == u"Rated";
    const bool wasOffered = status != u"Scheduled";

    const QString id = m_rng.uuid();
    int firstScore = -1;
    QString comment;
    for (const QString &type : types) {
        QJsonObject timestamps{
            {QStringLiteral("created_at"), iso(scheduled)},
            {QStringLiteral("scheduled_at"), iso(scheduled)},
            {QStringLiteral("scheduled_for"), iso(offered)},
            {QStringLiteral("modified_at"), iso(isRated      ? rated
                                                : wasOffered ? offered
                                                             : scheduled)},
        };
        if (wasOffered)
            timestamps.insert(QStringLiteral("offered_at"), iso(offered));
        QJsonObject rating{
            {QStringLiteral("id"), id},
            {QStringLiteral("ratingType"), type},
            {QStringLiteral("conversationChannel"), m_channel},
            {QStringLiteral("agentId"), m_agentId},
            {QStringLiteral("userId"), m_requesterId},
            {QStringLiteral("ratingStatus"), status},
            {QStringLiteral("language"), DemoWords::languageCode(m_script.language)},
        };
        if (isRated) {
            timestamps.insert(QStringLiteral("rated_at"), iso(rated));
            int score = 0;
            bool happy = true;
            if (type == u"Csat") {
                score = 1 + m_rng.weighted(CsatWeights);
                happy = score >= 4;
            } else if (type == u"Nps") {
                score = m_rng.weighted(NpsWeights);
                happy = score >= 8;
            } else {
                score = m_rng.chance(0.85) ? 1 : 0;
                happy = score == 1;
            }
            rating.insert(QStringLiteral("ratingScore"), score);
            if (firstScore < 0) {
                firstScore = score;
                if (m_rng.chance(0.45))
                    comment =
                        m_rng.pick(happy ? phrases.positiveComments : phrases.negativeComments);
            }
            if (!comment.isEmpty() && type == types.constLast())
                rating.insert(QStringLiteral("ratingComment"), comment);
        }
        rating.insert(QStringLiteral("timestamps"), timestamps);
        m_ratings.append(rating);
    }

    logActivity(scheduled, QStringLiteral("ConversationRatingScheduled"), {},
                {{QStringLiteral("ratingScheduledTime"), iso(offered)}});
    if (!wasOffered)
        return;
    const QJsonObject agent = author(m_agentId);
    logActivity(
        offered, QStringLiteral("ConversationRatingOffered"), {},
        {{QStringLiteral("agent"), agent}, {QStringLiteral("user"), author(m_requesterId)}});
    if (isRated) {
        QJsonObject attributes{{QStringLiteral("agent"), agent},
                               {QStringLiteral("score"), firstScore}};
        if (!comment.isEmpty())
            attributes.insert(QStringLiteral("message"), comment);
        logActivity(rated, QStringLiteral("ConversationRated"), m_requesterId, attributes);
    } else if (status == u"Cancelled") {
        logActivity(std::min(offered + Hour, m_reference),
                    QStringLiteral("ConversationRatingCancelled"), {});
    }
}
