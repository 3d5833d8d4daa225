#pragma once

#include "jsontable.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>
#include <optional>

// The parts of a conversation that are only served on request. For seeded conversations they
// are generated on first use, so a 100,000-conversation organisation costs little memory.
struct ConversationContent
{
    QJsonArray messages; // Message objects, oldest first
    QJsonArray notes;    // InternalNoteData objects, oldest first
    QJsonArray activity; // ActivityLogEntry objects, oldest first
    QJsonArray ratings;  // ConversationRating objects
};

// Produces the content of a seeded conversation from its JSON, deterministically.
class ContentSource
{
public:
    virtual ~ContentSource() = default;
    virtual ConversationContent generate(const QJsonObject &conversation) const = 0;
};

struct ConversationRecord
{
    QJsonObject json;   // the Conversation as GET /conversations/{id} serves it
    QStringList tagIds; // in the order they were added
    QString searchText; // lower-cased text that free-text search looks in
    QString followUpAt; // ISO time, empty when none
    std::optional<ConversationContent> content; // materialised on first use or first change
};

// Everything the sandbox knows about its organisation. Lives on the sandbox thread only.
class DataStore
{
public:
    DataStore();
    ~DataStore();
    DataStore(const DataStore &) = delete;
    DataStore &operator=(const DataStore &) = delete;

    QJsonObject organization;
    // The id of the admin whose API key the sandbox accepts
    // (AnonymizationRequestStatus.requestedBy).
    QString tokenUserId;

    JsonTable agents;   // Agent objects (roles include Agent/Admin/...)
    JsonTable endUsers; // EndUser objects, with customAttributes
    JsonTable queues;   // Queue configuration objects
    JsonTable tags;     // Tag objects
    JsonTable teams;    // Team objects
    JsonTable customAttributeDefinitions;
    JsonTable anonymizationRequests;

    QHash<QString, QStringList> teamMembers; // team id -> agent ids
    QHash<QString, QJsonArray> queueMembers; // queue id -> [{agentId, priority}]
    QHash<QString, QJsonObject> presence;    // agent id -> UserPresence

    std::map<qint64, ConversationRecord> conversations;
    qint64 nextConversationId = 1;

    void setContentSource(std::unique_ptr<ContentSource> source);

    ConversationRecord *conversation(qint64 id);
    const ConversationRecord *conversation(qint64 id) const;

    // The conversation's content, generated and kept on first use. Call before changing a
    // conversation so that generated history reflects the state before the change.
    ConversationContent &content(qint64 id);
    // The content without keeping it (for walks over the whole organisation).
    ConversationContent peekContent(qint64 id) const;

    // Appends an ActivityLogEntry of `type` by `authorId` (may be empty) with optional attributes.
    void logActivity(qint64 conversationId, const QString &type, const QString &authorId,
                     const QJsonObject &attributes = {});

    // {id, name, email, phoneNumber} of an agent or end user, for activity-log authors.
    QJsonObject activityUser(const QString &userId) const;
    bool isAgentOrAdmin(const QString &userId) const;

private:
    std::unique_ptr<ContentSource> m_contentSource;
};
