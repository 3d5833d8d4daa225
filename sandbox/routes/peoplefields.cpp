#include "peoplefields.h"

#include "jsontable.h"

namespace {
const QString DisplayName = QStringLiteral("displayName");
const QString Email = QStringLiteral("email");
const QString PhoneNumber = QStringLiteral("phoneNumber");
const QString CustomAttributes = QStringLiteral("customAttributes");

bool given(const QJsonObject &input, const QString &key)
{
    return input.contains(key) && !input.value(key).isNull() && !input.value(key).isUndefined();
}

void setText(QJsonObject &record, const QString &key, const QJsonValue &value)
{
    const QString text = value.toString();
    if (text.isEmpty())
        record.remove(key);
    else
        record.insert(key, text);
}

QString normalisedEmail(const QJsonObject &record)
{
    return record.value(Email).toString().trimmed().toCaseFolded();
}

QString normalisedPhone(const QJsonObject &record)
{
    return record.value(PhoneNumber).toString().trimmed();
}
} // namespace

QString People::entityName(Kind kind)
{
    return kind == Kind::Agent ? QStringLiteral("Agent") : QStringLiteral("EndUser");
}

QStringList People::textFields(Kind kind)
{
    QStringList fields{DisplayName, QStringLiteral("firstName"), QStringLiteral("lastName"),
                       PhoneNumber, QStringLiteral("avatarUrl")};
    if (kind == Kind::EndUser)
        fields << Email << QStringLiteral("externalId");
    return fields;
}

QStringList People::listFields()
{
    return {QStringLiteral("additionalEmails"), QStringLiteral("additionalPhoneNumbers"),
            QStringLiteral("middleNames")};
}

void People::replaceProfile(QJsonObject &record, const QJsonObject &input, Kind kind)
{
    for (const QString &field : textFields(kind))
        setText(record, field, input.value(field));
    for (const QString &field : listFields())
        record.insert(field, input.value(field).toArray());
}

int People::patchProfile(QJsonObject &record, const QJsonObject &input, Kind kind)
{
    int changed = 0;
    for (const QString &field : textFields(kind)) {
        if (given(input, field)) {
            setText(record, field, input.value(field));
            ++changed;
        }
    }
    for (const QString &field : listFields()) {
        if (given(input, field)) {
            record.insert(field, input.value(field).toArray());
            ++changed;
        }
    }
    return changed;
}

int People::editableFieldCount(const QJsonObject &input, Kind kind)
{
    int count = 0;
    for (const QString &field : textFields(kind) + listFields()) {
        if (given(input, field))
            ++count;
    }
    return count;
}

QJsonObject People::newRecord(const QString &id, const QString &createdAt, const QJsonObject &input,
                              Kind kind)
{
    QJsonObject record{{QStringLiteral("id"), id}, {QStringLiteral("createdAt"), createdAt}};
    replaceProfile(record, input, kind);
    if (kind == Kind::Agent) {
        record.insert(Email, input.value(Email).toString().trimmed());
        record.insert(QStringLiteral("roles"), QJsonArray{QStringLiteral("Agent")});
    }
    return record;
}

QString People::uniquenessError(const JsonTable &table, const QString &selfId,
                                const QJsonObject &before, const QJsonObject &after)
{
    // Only a value that changes is checked, so a record that already shares a value with
    // another (imported data) can still be edited in its other fields.
    const QString email = normalisedEmail(after);
    const bool checkEmail = !email.isEmpty() && email != normalisedEmail(before);
    const QString phone = normalisedPhone(after);
    const bool checkPhone = !phone.isEmpty() && phone != normalisedPhone(before);
    if (!checkEmail && !checkPhone)
        return {};
    QString error;
    table.forEachAfter(0, [&](qint64, const QJsonObject &other) {
        if (other.value(QStringLiteral("id")).toString() == selfId)
            return true;
        if (checkEmail && normalisedEmail(other) == email)
            error = QStringLiteral("EmailExists");
        else if (checkPhone && normalisedPhone(other) == phone)
            error = QStringLiteral("PhoneNumberExists");
        return error.isEmpty();
    });
    return error;
}

QStringList People::blankProblems(const QJsonObject &input, Kind kind, bool creating)
{
    QStringList problems;
    if (given(input, DisplayName) && input.value(DisplayName).toString().trimmed().isEmpty())
        problems << DisplayName + QStringLiteral(": must not be empty");
    if (creating && kind == Kind::Agent && given(input, Email) &&
        input.value(Email).toString().trimmed().isEmpty())
        problems << Email + QStringLiteral(": must not be empty");
    return problems;
}

QJsonObject People::present(const QJsonObject &record, Kind kind)
{
    if (kind == Kind::Agent || record.value(CustomAttributes).isArray())
        return record;
    QJsonObject shown = record;
    shown.insert(CustomAttributes, QJsonArray());
    return shown;
}

QJsonObject People::presentListed(const QJsonObject &record, Kind kind)
{
    if (kind == Kind::Agent || !record.contains(CustomAttributes))
        return record;
    QJsonObject shown = record;
    shown.remove(CustomAttributes);
    return shown;
}
