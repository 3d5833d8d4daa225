#pragma once

#include "jsonreader.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Dixa {

// Whether one channel's availability could be read.
enum class AvailabilityOutcomeType { Unknown, Success, Failure };

template<>
struct EnumNames<AvailabilityOutcomeType>
{
    static constexpr std::u16string_view names[] = {u"Success", u"Failure"};
};

// Whether a generic chat channel can take more conversations.
enum class Availability { Unknown, Available, NotAvailable };

template<>
struct EnumNames<Availability>
{
    static constexpr std::u16string_view names[] = {u"Available", u"NotAvailable"};
};

// How busy one generic chat channel of a queue is (`_type` GenericChannel, the only one known).
struct ChannelAvailability
{
    QString type; // "_type"
    QString genericChannelName;
    OpenEnum<Availability> availability;
    std::optional<int> queueSize; // only when NotAvailable
    QJsonObject extra;            // members this version does not know, written back unchanged

    static std::optional<ChannelAvailability> fromJson(const QJsonValue &json, JsonReader &reader);
    QJsonObject toJson() const;
};

// Why one channel's availability could not be read (`_type` UnexpectedError).
struct ChannelAvailabilityError
{
    QString type; // "_type"
    QString channel;
    QString message;
    QJsonObject extra;

    static std::optional<ChannelAvailabilityError> fromJson(const QJsonValue &json,
                                                            JsonReader &reader);
    QJsonObject toJson() const;
};

// One channel's answer to GET /queues/{id}/availability: Success or Failure. An unknown `_type`
// keeps its members in extra.
struct ChannelAvailabilityOutcome
{
    OpenEnum<AvailabilityOutcomeType> type;                 // "_type"
    std::optional<ChannelAvailability> channelAvailability; // Success
    std::optional<ChannelAvailabilityError> error;          // Failure
    QJsonObject extra;

    static std::optional<ChannelAvailabilityOutcome> fromJson(const QJsonValue &json,
                                                              JsonReader &reader);
    QJsonObject toJson() const;
};

} // namespace Dixa
