#include "agent.h"

namespace Dixa {

std::optional<Agent> Agent::fromJson(const QJsonValue &json, JsonReader &reader)
{
    JsonObjectReader in(reader, json);
    Agent agent;
    agent.id = in.required<QString>(u"id");
    agent.createdAt = in.required<DixaTime>(u"createdAt");
    agent.displayName = in.required<QString>(u"displayName");
    agent.email = in.required<QString>(u"email");
    agent.avatarUrl = in.optional<QString>(u"avatarUrl");
    agent.phoneNumber = in.optional<QString>(u"phoneNumber");
    agent.additionalEmails = in.optional<QStringList>(u"additionalEmails");
    agent.additionalPhoneNumbers = in.optional<QStringList>(u"additionalPhoneNumbers");
    agent.firstName = in.optional<QString>(u"firstName");
    agent.lastName = in.optional<QString>(u"lastName");
    agent.middleNames = in.optional<QStringList>(u"middleNames");
    agent.roles = in.optional<QList<OpenEnum<AgentRole>>>(u"roles");
    agent.extra = in.rest();
    return in.finish(std::move(agent));
}

QJsonObject Agent::toJson() const
{
    QJsonObject out = extra;
    Json::put(out, u"id", id);
    Json::put(out, u"createdAt", createdAt);
    Json::put(out, u"displayName", displayName);
    Json::put(out, u"email", email);
    Json::putOptional(out, u"avatarUrl", avatarUrl);
    Json::putOptional(out, u"phoneNumber", phoneNumber);
    Json::putOptional(out, u"additionalEmails", additionalEmails);
    Json::putOptional(out, u"additionalPhoneNumbers", additionalPhoneNumbers);
    Json::putOptional(out, u"firstName", firstName);
    Json::putOptional(out, u"lastName", lastName);
    Json::putOptional(out, u"middleNames", middleNames);
    Json::putOptional(out, u"roles", roles);
    return out;
}

} // namespace Dixa
