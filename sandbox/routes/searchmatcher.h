#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

struct ConversationRecord;

// The free-text part of a conversation search. Words are matched whole and case-insensitively in
// ConversationRecord::searchText: with exactMatch the words must follow one another as written,
// without it every word must appear somewhere.
class SearchText
{
public:
    SearchText() = default;
    SearchText(const QString &text, bool exactMatch);

    bool isEmpty() const { return m_words.isEmpty(); }
    bool matches(const ConversationRecord &record) const;
    // {"subject": [snippet]} and/or {"message": [snippet]} with the matches wrapped in
    // <em class="highlight">; {} when nothing to show. `requester` holds the requester's name,
    // e-mail and phone as searchText carries them after the subject, so that a message snippet
    // starts at the message.
    QJsonObject highlights(const ConversationRecord &record, const QStringList &requester) const;

private:
    // Where the phrase (exact) or the first word (otherwise) occurs in lower-case `text`; -1 when
    // absent. *length receives the matched length.
    qsizetype find(const QString &lowerText, qsizetype *length) const;
    QString snippet(const QString &text, const QString &lowerText) const;

    QStringList m_words; // lower case
    QString m_phrase;    // the words joined by single spaces
    bool m_exact = false;
};

// The filter part of a conversation search: SearchParametersInput.filters compiled once per
// request into plain predicates, so that a page over 100,000 conversations costs one cheap test
// per conversation looked at.
class SearchFilter
{
public:
    // nullopt and *error (a reason for a 400) when a condition cannot be understood. `filters`
    // may be empty (no filter).
    static std::optional<SearchFilter> compile(const QJsonObject &filters, const QDateTime &now,
                                               QString *error);

    bool matches(const ConversationRecord &record) const;

private:
    using Predicate = std::function<bool(const ConversationRecord &)>;
    std::vector<Predicate> m_conditions;
    bool m_any = false;
};

// Epoch milliseconds of a Dixa date-time; nullopt when absent or unreadable. Fast for the plain
// "yyyy-MM-ddTHH:mm:ss(.fff)Z" form that conversations carry.
std::optional<qint64> searchEpochMs(const QString &text);
