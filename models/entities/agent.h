#pragma once

#include "jsonreader.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace Dixa {

// The roles an agent or admin can have.
enum class AgentRole { Unknown, Agent, SystemAdmin, TeamLead, Admin };

template<>
struct EnumNames<AgentRole>
{
    static constexpr std::u16string_view names[] = {u"Agent", u"SystemAdmin", u"TeamLead",
                                                    u"Admin"};
};

// An agent or admin of the organization.
struct Agent
{
    QString id;
    DixaTime createdAt;
    QString displayName;
    QString email; // primary e-mail; not editable through update or patch
    std::optional<QString> avatarUrl;
    std::optional<QString> phoneNumber;
    std::optional<QStringList> additionalEmails;
    std::optional<QStringList> additionalPhoneNumbers;
    std::optional<QString> firstName;
    std::optional<QString> lastName;
    std::optional<QStringList> middleNames;
    std::optional<QList<OpenEnum<AgentRole>>> roles;
    QJsonObject extra; // members this version does not know, written back unchanged

    static std::optional<Agent> fromJson(const QJsonValue &json, JsonReader &reader);
    QJsonObject toJson() const;
};

} // namespace Dixa

Q_DECLARE_METATYPE(Dixa::Agent)
