#include "rating.h"

namespace Dixa {

std::optional<DixaTime> ConversationRating::timestamp(const QString &key) const
{
    const auto it = timestamps.constFind(key);
    if (it == timestamps.constEnd())
        return std::nullopt;
    return it.value();
}

std::optional<ConversationRating> ConversationRating::fromJson(const QJsonValue &json,
                                                               JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    ConversationRating rating;
    rating.id = in.required<QString>(u"id");
    rating.ratingScore = in.optional<int>(u"ratingScore");
    rating.ratingType = in.required<OpenEnum<RatingType>>(u"ratingType");
    rating.ratingComment = in.optional<QString>(u"ratingComment");
    rating.conversationChannel = in.required<OpenEnum<Channel>>(u"conversationChannel");
    rating.agentId = in.optional<QString>(u"agentId");
    rating.userId = in.required<QString>(u"userId");
    rating.ratingStatus = in.required<OpenEnum<RatingStatus>>(u"ratingStatus");
    rating.language = in.optional<QString>(u"language");
    rating.timestamps = in.required<QMap<QString, DixaTime>>(u"timestamps");
    rating.extra = in.rest();
    return in.finish(std::move(rating));
}

QJsonObject ConversationRating::toJson() const
{
    QJsonObject out = extra;
    Json::put(out, u"id", id);
    Json::putOptional(out, u"ratingScore", ratingScore);
    Json::put(out, u"ratingType", ratingType);
    Json::putOptional(out, u"ratingComment", ratingComment);
    Json::put(out, u"conversationChannel", conversationChannel);
    Json::putOptional(out, u"agentId", agentId);
    Json::put(out, u"userId", userId);
    Json::put(out, u"ratingStatus", ratingStatus);
    Json::putOptional(out, u"language", language);
    Json::put(out, u"timestamps", timestamps);
    return out;
}

} // namespace Dixa
