#include "team.h"

namespace Dixa {

std::optional<Team> Team::fromJson(const QJsonValue &json, JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    Team team;
    team.id = in.required<QString>(u"id");
    team.name = in.optional<QString>(u"name");
    team.extra = in.rest();
    return in.finish(std::move(team));
}

QJsonObject Team::toJson() const
{
    QJsonObject out = extra;
    Json::put(out, u"id", id);
    Json::putOptional(out, u"name", name);
    return out;
}

std::optional<TeamMember> TeamMember::fromJson(const QJsonValue &json, JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    TeamMember member;
    member.id = in.required<QString>(u"id");
    member.name = in.optional<QString>(u"name");
    member.email = in.optional<QString>(u"email");
    member.phoneNumber = in.optional<QString>(u"phoneNumber");
    member.extra = in.rest();
    return in.finish(std::move(member));
}

QJsonObject TeamMember::toJson() const
{
    QJsonObject out = extra;
    Json::put(out, u"id", id);
    Json::putOptional(out, u"name", name);
    Json::putOptional(out, u"email", email);
    Json::putOptional(out, u"phoneNumber", phoneNumber);
    return out;
}

std::optional<CreateTeamInput> CreateTeamInput::fromJson(const QJsonValue &json, JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    CreateTeamInput input;
    input.name = in.required<QString>(u"name");
    input.extra = in.rest();
    return in.finish(std::move(input));
}

QJsonObject CreateTeamInput::toJson() const
{
    QJsonObject out = extra;
    Json::put(out, u"name", name);
    return out;
}

} // namespace Dixa
