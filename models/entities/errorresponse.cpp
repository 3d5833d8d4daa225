#include "errorresponse.h"

namespace Dixa {

std::optional<ErrorResponse> ErrorResponse::fromJson(const QJsonValue &json, JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    ErrorResponse error;
    error.message = in.required<QString>(u"message");
    error.extra = in.rest();
    return in.finish(std::move(error));
}

QJsonObject ErrorResponse::toJson() const
{
    QJsonObject out = extra;
    Json::put(out, u"message", message);
    return out;
}

} // namespace Dixa
