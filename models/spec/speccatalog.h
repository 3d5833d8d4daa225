#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

// One field of a request body as a form or a grid needs to know it: label, whether it is
// required, its type and format, allowed values, and which list it is picked from.
struct SpecField
{
    QString name;
    QString title;
    QString description;
    QString type;   // string, integer, number, boolean, object, array
    QString format; // uuid, date-time, int64, e164, ...
    QString pick;   // x-pick: agent, queue, tag, endUser, team; empty when typed in
    QString ref;    // the schema an object or list item follows, if any
    QStringList allowed;
    bool required = false;
};

// A problem with one value: where it is and what is wrong, in words a supervisor understands.
struct SpecViolation
{
    QString path; // "agentId", "message.content.value", "data[2].displayName"
    QString reason;
};

// Reads the JSON schemas transcribed from the Dixa docs (resources/spec/) for the models layer:
// forms and grids ask it which fields are required, and check what the user entered against it
// before anything is sent. The sandbox reads the same files with code of its own.
class SpecCatalog
{
    Q_DECLARE_TR_FUNCTIONS(SpecCatalog)

public:
    explicit SpecCatalog(const QString &directory = QStringLiteral(":/spec"));

    bool contains(const QString &schema) const { return m_schemas.contains(schema); }
    QStringList schemaNames() const { return m_schemas.keys(); }
    QString title(const QString &schema) const;

    // The fields of an object schema in declaration order (required ones flagged).
    QList<SpecField> fields(const QString &schema) const;
    SpecField field(const QString &schema, const QString &name) const;
    QStringList requiredFields(const QString &schema) const;
    // For a schema chosen by "_type" (oneOf with a discriminator): _type value -> schema name.
    QHash<QString, QString> variants(const QString &schema) const;

    QList<SpecViolation> validate(const QString &schema, const QJsonValue &value) const;

private:
    QJsonObject schema(const QString &name) const;
    QJsonObject follow(QJsonObject node) const;
    void check(const QJsonObject &node, const QJsonValue &value, const QString &path,
               QList<SpecViolation> *violations) const;
    void checkObject(const QJsonObject &node, const QJsonObject &value, const QString &path,
                     QList<SpecViolation> *violations) const;
    void checkArray(const QJsonObject &node, const QJsonArray &value, const QString &path,
                    QList<SpecViolation> *violations) const;

    QHash<QString, QJsonObject> m_schemas;
    QHash<QString, QStringList> m_propertyOrder; // QJsonObject sorts keys; forms want file order
};
