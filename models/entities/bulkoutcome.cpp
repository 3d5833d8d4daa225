#include "bulkoutcome.h"

namespace Dixa {

std::optional<BulkError> BulkError::fromJson(const QJsonValue &json, JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    BulkError error;
    error.type = in.typeTag<BulkErrorType>();
    error.id = in.optional<QString>(u"id");
    // Every known error has a message; an unknown one may not, and must still decode.
    if (error.type.isNull() || error.type.isKnown())
        error.message = in.required<QString>(u"message");
    else
        error.message = in.lenient<QString>(u"message").value_or(QString());
    error.extra = in.rest();
    return in.finish(std::move(error));
}

QJsonObject BulkError::toJson() const
{
    QJsonObject out = extra;
    Json::putType(out, u"_type", type);
    Json::putOptional(out, u"id", id);
    if (!message.isEmpty() || type.isNull() || type.isKnown())
        Json::put(out, u"message", message);
    return out;
}

} // namespace Dixa
