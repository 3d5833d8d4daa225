#pragma once

#include "customattribute.h"
#include "jsonreader.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace Dixa {

// Activity `_type`s: the 32 of the seed plus the 11 the beta spec adds.
enum class ActivityType {
    Unknown,
    ConversationRatingScheduled,
    ConversationOfferAccepted,
    ConversationPending,
    ConversationRatingUnscheduled,
    ConversationOfferRejected,
    ConversationEndUserReplaced,
    NoteAdded,
    FollowupExpired,
    ConversationRated,
    TagAdded,
    ConversationOfferTimeout,
    MessageAddedByCustomer,
    ConversationCreatedByCustomer,
    ConversationCreatedByAgent,
    TransferFailed,
    TransferSuccessful,
    ConversationOffered,
    ConversationUnassigned,
    TagRemoved,
    TransferInitiated,
    ConversationClaimed,
    ConversationReopened,
    ConversationClosed,
    ConversationLanguageUpdated,
    FollowupAdded,
    ConversationAutoreplySent,
    ConversationReserved,
    ConversationAssigned,
    ConversationRatingOffered,
    ConversationRatingCancelled,
    MessageAddedByAgent,
    FollowupRemoved,
    ConversationRatingNotOffered,
    ConversationChannelChanged,
    ConversationUnlinkedToParent,
    ConversationTranscriptionEnded,
    ConversationMessageRedacted,
    ConversationResolvedStateToggled,
    ConversationCustomAttributesUpdated,
    ConversationLinkedToParent,
    ConversationLinkedFromChild,
    ConversationUnlinkedFromChild,
    ConversationTranscriptionStarted,
};

template<>
struct EnumNames<ActivityType>
{
    static constexpr std::u16string_view names[] = {u"ConversationRatingScheduled",
                                                    u"ConversationOfferAccepted",
                                                    u"ConversationPending",
                                                    u"ConversationRatingUnscheduled",
                                                    u"ConversationOfferRejected",
                                                    u"ConversationEndUserReplaced",
                                                    u"NoteAdded",
                                                    u"FollowupExpired",
                                                    u"ConversationRated",
                                                    u"TagAdded",
                                                    u"ConversationOfferTimeout",
                                                    u"MessageAddedByCustomer",
                                                    u"ConversationCreatedByCustomer",
                                                    u"ConversationCreatedByAgent",
                                                    u"TransferFailed",
                                                    u"TransferSuccessful",
                                                    u"ConversationOffered",
                                                    u"ConversationUnassigned",
                                                    u"TagRemoved",
                                                    u"TransferInitiated",
                                                    u"ConversationClaimed",
                                                    u"ConversationReopened",
                                                    u"ConversationClosed",
                                                    u"ConversationLanguageUpdated",
                                                    u"FollowupAdded",
                                                    u"ConversationAutoreplySent",
                                                    u"ConversationReserved",
                                                    u"ConversationAssigned",
                                                    u"ConversationRatingOffered",
                                                    u"ConversationRatingCancelled",
                                                    u"MessageAddedByAgent",
                                                    u"FollowupRemoved",
                                                    u"ConversationRatingNotOffered",
                                                    u"ConversationChannelChanged",
                                                    u"ConversationUnlinkedToParent",
                                                    u"ConversationTranscriptionEnded",
                                                    u"ConversationMessageRedacted",
                                                    u"ConversationResolvedStateToggled",
                                                    u"ConversationCustomAttributesUpdated",
                                                    u"ConversationLinkedToParent",
                                                    u"ConversationLinkedFromChild",
                                                    u"ConversationUnlinkedFromChild",
                                                    u"ConversationTranscriptionStarted"};
};

// A person named in the activity log (author, assignee, rater...).
struct ActivityLogUser
{
    QString id;
    std::optional<QString> name;
    std::optional<QString> email;
    std::optional<QString> phoneNumber;
    QJsonObject extra; // members this version does not know, written back unchanged

    static std::optional<ActivityLogUser> fromJson(const QJsonValue &json, JsonReader &reader);
    QJsonObject toJson() const;
};

// The details of one activity. Dixa sends no discriminator for them (their shape follows the
// entry's `_type`), so every documented member is read when it has its documented shape and
// anything else stays raw in extra; nothing here fails a decode.
struct ActivityLogAttributes
{
    std::optional<QString> agentId; // ConversationAssigned
    std::optional<QString> agentName;
    std::optional<QString> templateName;     // AutoReplySent
    std::optional<QString> claimedFromLabel; // Claimed
    std::optional<QString> claimedFromType;
    std::optional<QString> subject;         // Created
    std::optional<ActivityLogUser> oldUser; // EndUserReplaced
    std::optional<ActivityLogUser> newUser;
    std::optional<QString> language;       // LanguageUpdated
    std::optional<QStringList> agentNames; // Offered
    std::optional<QString> queueLabel;
    std::optional<ActivityLogUser> agent;       // Rated, RatingOffered, Reserved, Unassigned
    std::optional<int> score;                   // Rated
    std::optional<QString> message;             // Rated, NoteAdded
    std::optional<ActivityLogUser> user;        // RatingOffered
    std::optional<QString> ratingScheduledTime; // RatingScheduled
    std::optional<QString> queueId;             // Reserved
    std::optional<QString> queueName;
    std::optional<QString> reservationType;
    std::optional<QString> validUntil;
    std::optional<QString> transferType; // Transfer*
    std::optional<QString> destinationType;
    std::optional<QString> destinationId;
    std::optional<QString> destinationLabel;
    std::optional<QString> reason;
    std::optional<QString> messageId; // MessageAdded, MessageRedacted
    std::optional<QString> fromEndpoint;
    std::optional<QString> avatarUrl;               // MessageAdded, NoteAdded
    std::optional<QString> tag;                     // TagAdded, TagRemoved
    std::optional<QString> channelReference;        // ChannelChanged
    std::optional<QStringList> updatedAttributeIds; // CustomAttributesUpdated
    std::optional<QMap<QString, CustomAttributeValue>> updatedAttributeValues;
    std::optional<qint64> child; // Linked*
    std::optional<qint64> parent;
    std::optional<QString> linkType;
    std::optional<QString> evaluationFilters; // RatingNotOffered
    std::optional<bool> isResolved;           // ResolvedStateToggled
    std::optional<QString> oldSubject;        // SubjectUpdated
    std::optional<QString> newSubject;
    std::optional<bool> isSuccessful; // TranscriptionEnded
    std::optional<QString> failureReason;
    std::optional<bool> wasTextRedacted; // MessageRedacted
    std::optional<int> numberOfDeletedFiles;
    QJsonObject extra;

    static std::optional<ActivityLogAttributes> fromJson(const QJsonValue &json,
                                                         JsonReader &reader);
    QJsonObject toJson() const;
};

// One event in a conversation's (or the organization's) activity log.
struct ActivityLogEntry
{
    QString id;
    qint64 conversationId = 0; // declared int32 by Dixa, read as int64 like every conversation id
    DixaTime activityTimestamp;
    OpenEnum<ActivityType> type; // "_type"
    QJsonValue activityType;     // deprecated (replaced by _type); a string in practice, kept
    std::optional<ActivityLogUser> author;
    std::optional<ActivityLogAttributes> attributes;
    QJsonObject extra;

    static std::optional<ActivityLogEntry> fromJson(const QJsonValue &json, JsonReader &reader);
    QJsonObject toJson() const;
};

} // namespace Dixa

Q_DECLARE_METATYPE(Dixa::ActivityLogEntry)
