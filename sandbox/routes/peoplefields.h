#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

class JsonTable;

// The profile fields agents and end users share, and how PUT (replace) and PATCH (merge) change
// them. An agent's primary email is set once at creation; an end user's stays editable.
namespace People {

enum class Kind { Agent, EndUser };
enum class EditMode { Replace, Patch };

// "Agent" or "EndUser", the spelling of Dixa's bulk failure messages.
QString entityName(Kind kind);

// Editable single-value fields (displayName first) and list fields of `kind`.
QStringList textFields(Kind kind);
QStringList listFields();

// PUT: every editable field takes the input's value; an omitted (or null or empty) text field
// is removed and an omitted list becomes empty. id, createdAt, roles, email (agents) and custom
// attributes are left alone.
void replaceProfile(QJsonObject &record, const QJsonObject &input, Kind kind);
// PATCH: only the fields the input carries change (null counts as not sent, as Dixa's Option
// decoders read it); an empty text value removes the field. Returns how many fields were given.
int patchProfile(QJsonObject &record, const QJsonObject &input, Kind kind);
// How many editable fields `input` carries (null counts as not sent).
int editableFieldCount(const QJsonObject &input, Kind kind);

// A new record from a create input: agents get the Agent role and their primary email.
QJsonObject newRecord(const QString &id, const QString &createdAt, const QJsonObject &input,
                      Kind kind);

// "EmailExists" or "PhoneNumberExists" when `after` takes a primary email or phone number that
// another record of `table` already has and `before` did not; empty otherwise. Emails compare
// case-insensitively. Pass an empty `before` for a new record. (An agent's email never changes
// after creation, so for agents only creation checks it.)
QString uniquenessError(const JsonTable &table, const QString &selfId, const QJsonObject &before,
                        const QJsonObject &after);

// Problems beyond the schema: a blank displayName (or agent email) where one is given.
QStringList blankProblems(const QJsonObject &input, Kind kind, bool creating);

// The record as single-record answers show it (end users always carry customAttributes).
QJsonObject present(const QJsonObject &record, Kind kind);
// The record as list pages show it (end users without customAttributes).
QJsonObject presentListed(const QJsonObject &record, Kind kind);

} // namespace People
