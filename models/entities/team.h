#pragma once

#include "jsonreader.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Dixa {

// A team of agents. The list of an agent's teams carries only the id, hence the optional name.
struct Team
{
    QString id;
    std::optional<QString> name;
    QJsonObject extra; // members this version does not know, written back unchanged

    static std::optional<Team> fromJson(const QJsonValue &json, JsonReader &reader);
    QJsonObject toJson() const;
};

// One member of a team.
struct TeamMember
{
    QString id;
    std::optional<QString> name;
    std::optional<QString> email;
    std::optional<QString> phoneNumber;
    QJsonObject extra;

    static std::optional<TeamMember> fromJson(const QJsonValue &json, JsonReader &reader);
    QJsonObject toJson() const;
};

// The body of POST /teams.
struct CreateTeamInput
{
    QString name;
    QJsonObject extra;

    static std::optional<CreateTeamInput> fromJson(const QJsonValue &json, JsonReader &reader);
    QJsonObject toJson() const;
};

} // namespace Dixa

Q_DECLARE_METATYPE(Dixa::Team)
Q_DECLARE_METATYPE(Dixa::TeamMember)
