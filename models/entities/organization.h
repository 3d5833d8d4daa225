#pragma once

#include "jsonreader.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Dixa {

// Whether an organization is usable.
enum class OrganizationStatus { Unknown, Active, Suspended };

template<>
struct EnumNames<OrganizationStatus>
{
    static constexpr std::u16string_view names[] = {u"Active", u"Suspended"};
};

// The organization the API token belongs to.
struct Organization
{
    QString id;
    QString name;
    QString subdomain;
    OpenEnum<OrganizationStatus> status;
    std::optional<QString> avatarUrl;
    QJsonObject extra; // members this version does not know, written back unchanged

    static std::optional<Organization> fromJson(const QJsonValue &json, JsonReader &reader);
    QJsonObject toJson() const;
};

} // namespace Dixa

Q_DECLARE_METATYPE(Dixa::Organization)
