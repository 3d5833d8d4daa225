#include "organization.h"

namespace Dixa {

std::optional<Organization> Organization::fromJson(const QJsonValue &json, JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    Organization organization;
    organization.id = in.required<QString>(u"id");
    organization.name = in.required<QString>(u"name");
    organization.subdomain = in.required<QString>(u"subdomain");
    organization.status = in.required<OpenEnum<OrganizationStatus>>(u"status");
    organization.avatarUrl = in.optional<QString>(u"avatarUrl");
    organization.extra = in.rest();
    return in.finish(std::move(organization));
}

QJsonObject Organization::toJson() const
{
    QJsonObject out = extra;
    Json::put(out, u"id", id);
    Json::put(out, u"name", name);
    Json::put(out, u"subdomain", subdomain);
    Json::put(out, u"status", status);
    Json::putOptional(out, u"avatarUrl", avatarUrl);
    return out;
}

} // namespace Dixa
