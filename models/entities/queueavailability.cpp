#include "queueavailability.h"

namespace Dixa {

std::optional<ChannelAvailability> ChannelAvailability::fromJson(const QJsonValue &json,
                                                                 JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    ChannelAvailability availability;
    availability.type = in.optional<QString>(u"_type").value_or(QString());
    availability.genericChannelName = in.required<QString>(u"genericChannelName");
    availability.availability = in.required<OpenEnum<Availability>>(u"availability");
    availability.queueSize = in.optional<int>(u"queueSize");
    availability.extra = in.rest();
    return in.finish(std::move(availability));
}

QJsonObject ChannelAvailability::toJson() const
{
    QJsonObject out = extra;
    if (!type.isEmpty())
        Json::put(out, u"_type", type);
    Json::put(out, u"genericChannelName", genericChannelName);
    Json::put(out, u"availability", availability);
    Json::putOptional(out, u"queueSize", queueSize);
    return out;
}

std::optional<ChannelAvailabilityError> ChannelAvailabilityError::fromJson(const QJsonValue &json,
                                                                           JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    ChannelAvailabilityError error;
    error.type = in.optional<QString>(u"_type").value_or(QString());
    error.channel = in.required<QString>(u"channel");
    error.message = in.required<QString>(u"message");
    error.extra = in.rest();
    return in.finish(std::move(error));
}

QJsonObject ChannelAvailabilityError::toJson() const
{
    QJsonObject out = extra;
    if (!type.isEmpty())
        Json::put(out, u"_type", type);
    Json::put(out, u"channel", channel);
    Json::put(out, u"message", message);
    return out;
}

std::optional<ChannelAvailabilityOutcome>
ChannelAvailabilityOutcome::fromJson(const QJsonValue &json, JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    ChannelAvailabilityOutcome outcome;
    outcome.type = in.typeTag<AvailabilityOutcomeType>();
    switch (outcome.type.value()) {
    case AvailabilityOutcomeType::Success:
        outcome.channelAvailability = in.required<ChannelAvailability>(u"channelAvailability");
        break;
    case AvailabilityOutcomeType::Failure:
        outcome.error = in.required<ChannelAvailabilityError>(u"error");
        break;
    case AvailabilityOutcomeType::Unknown:
        break;
    }
    outcome.extra = in.rest();
    return in.finish(std::move(outcome));
}

QJsonObject ChannelAvailabilityOutcome::toJson() const
{
    QJsonObject out = extra;
    Json::putType(out, u"_type", type);
    Json::putOptional(out, u"channelAvailability", channelAvailability);
    Json::putOptional(out, u"error", error);
    return out;
}

} // namespace Dixa
