#pragma once

#include "customattribute.h"
#include "jsonreader.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace Dixa {

// An end user (a customer); customAttributes only come with the single-user calls.
struct EndUser
{
    QString id;
    DixaTime createdAt;
    std::optional<QString> displayName;
    std::optional<QString> email;
    std::optional<QString> phoneNumber;
    std::optional<QStringList> additionalEmails;
    std::optional<QStringList> additionalPhoneNumbers;
    std::optional<QString> firstName;
    std::optional<QString> lastName;
    std::optional<QStringList> middleNames;
    std::optional<QString> avatarUrl;
    std::optional<QString> externalId;
    std::optional<QList<CustomAttribute>> customAttributes;
    QJsonObject extra; // members this version does not know, written back unchanged

    static std::optional<EndUser> fromJson(const QJsonValue &json, JsonReader &reader);
    QJsonObject toJson() const;
};

} // namespace Dixa

Q_DECLARE_METATYPE(Dixa::EndUser)
