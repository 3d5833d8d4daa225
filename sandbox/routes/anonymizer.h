#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

class DataStore;

// Removes personal data from the store the way a processed Dixa anonymization request leaves it.
// Identifiers, channels, states and times stay (reports and links keep working); every text,
// address, name, number, file and custom attribute value a person wrote or is known by goes.
// Texts become Anonymizer::Placeholder rather than "", so that a reader sees that something was
// removed instead of an empty message.
namespace Anonymizer {
inline constexpr char16_t Placeholder[] = u"[anonymized]";
inline constexpr char16_t UserDisplayName[] = u"Anonymized user";

// The conversation as an AnonymizedConversation (only the fields that variant has).
QJsonObject anonymizedConversation(const QJsonObject &conversation, const QDateTime &when);

// Message `attributes` with texts, files and addresses replaced; how many files were dropped
// goes to *deletedFiles when given.
QJsonObject scrubMessageAttributes(const QJsonObject &attributes, int *deletedFiles = nullptr);

// Scrubs the conversation, its messages, notes, activity-log texts, rating comments and its
// free-text search index. No-op for an unknown id.
void scrubConversation(DataStore &store, qint64 conversationId, const QDateTime &when);

// Scrubs one message of a conversation (and its text in the search index); logs a
// ConversationMessageRedacted entry. False when the conversation or message is unknown.
bool scrubMessage(DataStore &store, qint64 conversationId, const QString &messageId);

// Reduces the end user to id/createdAt and an anonymous display name, then scrubs every
// conversation they requested.
void scrubEndUser(DataStore &store, const QString &userId, const QDateTime &when);

// Closes a conversation that is not closed (state, stateUpdatedAt, ConversationClosed entry),
// as anonymization with force=true does first. `actorId` is who closes it.
void closeConversation(DataStore &store, qint64 conversationId, const QString &actorId,
                       const QDateTime &when);
bool isClosed(const QJsonObject &conversation);
} // namespace Anonymizer
