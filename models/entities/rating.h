#pragma once

#include "channel.h"
#include "jsonreader.h"

#include <QJsonObject>
#include <QMap>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Dixa {

// The kind of satisfaction question.
enum class RatingType { Unknown, Csat, Nps, ThumbsUpOrDown };

template<>
struct EnumNames<RatingType>
{
    static constexpr std::u16string_view names[] = {u"Csat", u"Nps", u"ThumbsUpOrDown"};
};

// Where a rating stands.
enum class RatingStatus { Unknown, Unscheduled, Offered, Rated, Scheduled, Cancelled };

template<>
struct EnumNames<RatingStatus>
{
    static constexpr std::u16string_view names[] = {u"Unscheduled", u"Offered", u"Rated",
                                                    u"Scheduled", u"Cancelled"};
};

// One question of a conversation's satisfaction survey and where it stands. Scores: Csat 1-5,
// Nps 0-10, ThumbsUpOrDown 0/1. Questions of one survey share the id.
struct ConversationRating
{
    QString id;
    std::optional<int> ratingScore;
    OpenEnum<RatingType> ratingType;
    std::optional<QString> ratingComment;
    OpenEnum<Channel> conversationChannel;
    std::optional<QString> agentId;
    QString userId;
    OpenEnum<RatingStatus> ratingStatus;
    std::optional<QString> language;
    // offered_at, modified_at, scheduled_for, created_at, scheduled_at, rated_at -> time
    QMap<QString, DixaTime> timestamps;
    QJsonObject extra; // members this version does not know, written back unchanged

    std::optional<DixaTime> timestamp(const QString &key) const;

    static std::optional<ConversationRating> fromJson(const QJsonValue &json, JsonReader &reader);
    QJsonObject toJson() const;
};

} // namespace Dixa

Q_DECLARE_METATYPE(Dixa::ConversationRating)
