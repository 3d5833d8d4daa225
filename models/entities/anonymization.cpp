#include "anonymization.h"

namespace Dixa {

std::optional<AnonymizationRequestStatus>
AnonymizationRequestStatus::fromJson(const QJsonValue &json, JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    AnonymizationRequestStatus status;
    status.id = in.required<QString>(u"id");
    status.type = in.required<OpenEnum<AnonymizationType>>(u"_type");
    status.entityType = in.required<QJsonValue>(u"entityType");
    status.initiatedAt = in.required<DixaTime>(u"initiatedAt");
    status.processedAt = in.optional<DixaTime>(u"processedAt");
    status.requestedBy = in.required<QString>(u"requestedBy");
    status.targetEntityId = in.required<QString>(u"targetEntityId");
    status.extra = in.rest();
    return in.finish(std::move(status));
}

QJsonObject AnonymizationRequestStatus::toJson() const
{
    QJsonObject out = extra;
    Json::put(out, u"id", id);
    Json::put(out, u"_type", type);
    Json::put(out, u"entityType", entityType);
    Json::put(out, u"initiatedAt", initiatedAt);
    Json::putOptional(out, u"processedAt", processedAt);
    Json::put(out, u"requestedBy", requestedBy);
    Json::put(out, u"targetEntityId", targetEntityId);
    return out;
}

} // namespace Dixa
