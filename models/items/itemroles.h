#pragma once

#include <QByteArray>
#include <QHash>
#include <Qt>

// Every custom item-data role of the console's models, in one place so that no two models give
// one number two meanings and views, proxies and delegates share one vocabulary.
namespace ItemRoles {

enum Role : int {
    // The value a column sorts by (a number, a time in ms since the epoch, a plain name), where
    // DisplayRole would give formatted text.
    RawValueRole = Qt::UserRole + 1,

    // Row state: the row's data is still being read (LoadingRole), may be out of date because a
    // refresh has not reached it yet (StaleRole), or could not be read (ErrorRole: the error's
    // sentence, empty when none).
    LoadingRole,
    StaleRole,
    ErrorRole,

    // The whole entity of the row (Dixa::Conversation, Dixa::Agent...) as a QVariant.
    EntityRole,
    // The row's id as a string (agents, end users, queues, tags, teams, messages, notes...).
    IdRole,

    // Conversations.
    ConversationIdRole, // qint64
    StateRole,          // Dixa::ConversationState as int
    QueueIdRole,
    AssigneeIdRole, // empty when unassigned
    RequesterIdRole,
    ChannelRole,   // Dixa::Channel as int
    DirectionRole, // Dixa::Direction as int
    TagIdsRole,    // QStringList
    CreatedAtRole, // QDateTime (UTC)
    LastActivityRole,
    SubjectRole,
    // The case-folded text the free-text filter searches: id, subject, requester, tag names.
    SearchTextRole,

    // Messages, notes and activity.
    AuthorIdRole,
    AuthorNameRole,
    TextRole, // the message or note text, the activity's summary
    DirectionTextRole,
    ActivityTypeRole, // the `_type` text

    // People.
    DisplayNameRole,
    EmailRole,
    PhoneRole,

    // Tags and queues.
    NameRole,
    ColorRole,   // "#rrggbb"; the models layer has no QColor
    ActiveRole,  // bool: a tag that can still be put on conversations
    DefaultRole, // bool: the organisation's default queue
};

// Names for roleNames(): QML and debugging output see the same words as C++.
inline QHash<int, QByteArray> names()
{
    return {
        {RawValueRole, "rawValue"},
        {LoadingRole, "loading"},
        {StaleRole, "stale"},
        {ErrorRole, "error"},
        {EntityRole, "entity"},
        {IdRole, "id"},
        {ConversationIdRole, "conversationId"},
        {StateRole, "state"},
        {QueueIdRole, "queueId"},
        {AssigneeIdRole, "assigneeId"},
        {RequesterIdRole, "requesterId"},
        {ChannelRole, "channel"},
        {DirectionRole, "direction"},
        {TagIdsRole, "tagIds"},
        {CreatedAtRole, "createdAt"},
        {LastActivityRole, "lastActivity"},
        {SubjectRole, "subject"},
        {SearchTextRole, "searchText"},
        {AuthorIdRole, "authorId"},
        {AuthorNameRole, "authorName"},
        {TextRole, "text"},
        {DirectionTextRole, "directionText"},
        {ActivityTypeRole, "activityType"},
        {DisplayNameRole, "displayName"},
        {EmailRole, "email"},
        {PhoneRole, "phone"},
        {NameRole, "name"},
        {ColorRole, "color"},
        {ActiveRole, "active"},
        {DefaultRole, "isDefault"},
    };
}

} // namespace ItemRoles
