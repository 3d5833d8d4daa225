#pragma once

#include "enduser.h"
#include "jsonreader.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Dixa {

// The body of PUT /endusers/{id}: a full replace, so every editable field is written, set or
// not (unlike agents, the e-mail is editable).
struct UpdateEndUserInput
{
    QString displayName;
    QString email;
    QString phoneNumber;
    QStringList additionalEmails;
    QStringList additionalPhoneNumbers;
    QString firstName;
    QString lastName;
    QStringList middleNames;
    QString avatarUrl;
    QString externalId;
    QJsonObject extra; // members this version does not know, written back unchanged

    // The editable fields of `user` as they are now.
    static UpdateEndUserInput fromEndUser(const EndUser &user);
    static std::optional<UpdateEndUserInput> fromJson(const QJsonValue &json, JsonReader &reader);
    QJsonObject toJson() const;

protected:
    void readFields(JsonObjectReader &in);
    void writeFields(QJsonObject &out) const;
};

// One item of PUT /endusers (bulk update, inside {"data": [...]}): the id plus a full update.
struct BulkUpdateEndUserInput : UpdateEndUserInput
{
    QString id;

    static std::optional<BulkUpdateEndUserInput> fromJson(const QJsonValue &json,
                                                          JsonReader &reader);
    QJsonObject toJson() const;
};

// The body of PATCH /endusers/{id}, and of POST /endusers (create, where nothing is required):
// only the fields that are set are written.
struct PatchEndUserInput
{
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
    QJsonObject extra;

    bool isEmpty() const;
    static std::optional<PatchEndUserInput> fromJson(const QJsonValue &json, JsonReader &reader);
    QJsonObject toJson() const;

protected:
    void readFields(JsonObjectReader &in);
    void writeFields(QJsonObject &out) const;
};

// CreateEndUserInput has exactly the shape of a patch (every field optional).
using CreateEndUserInput = PatchEndUserInput;

// One item of PATCH /endusers (bulk patch, inside {"data": [...]}): the id plus a patch.
struct BulkPatchEndUserInput : PatchEndUserInput
{
    QString id;

    static std::optional<BulkPatchEndUserInput> fromJson(const QJsonValue &json,
                                                         JsonReader &reader);
    QJsonObject toJson() const;
};

} // namespace Dixa
