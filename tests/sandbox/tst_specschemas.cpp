#include "specvalidator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <utility>

// Checks the spec schemas in resources/spec/: that they hang together, keep to the keyword subset
// SpecValidator reads, accept every request body Dixa documents, and reject broken ones with the
// problem path a form or grid can point at.
class TestSpecSchemas final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void filesAreNamedAfterTheirId();
    void schemasUseOnlyTheSupportedKeywords();
    void propertiesHaveTitlesAndPickHints();
    void referencesResolve();
    void discriminatorsMatchTheirVariants();
    void documentedExamplesAreValid_data();
    void documentedExamplesAreValid();
    void handMadeBodiesAreValid_data();
    void handMadeBodiesAreValid();
    void invalidBodiesAreRejected_data();
    void invalidBodiesAreRejected();

private:
    // Calls `visit(schema, where)` on `schema` and on every schema nested in it.
    template<typename Visit>
    static void walk(const QJsonObject &schema, const QString &where, const Visit &visit);
    static QJsonValue parse(const QByteArray &json);

    const SpecValidator m_validator{QStringLiteral(":/spec")};
    QHash<QString, QJsonObject> m_files; // file base name -> schema as written
    QString m_examples;                  // tests/data/spec-examples
};

namespace {
const QString specDirectory = QStringLiteral(":/spec");

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}
} // namespace

template<typename Visit>
void TestSpecSchemas::walk(const QJsonObject &schema, const QString &where, const Visit &visit)
{
    visit(schema, where);
    const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it)
        walk(it.value().toObject(), where + QLatin1Char('.') + it.key(), visit);
    if (schema.contains(QStringLiteral("items")))
        walk(schema.value(QStringLiteral("items")).toObject(), where + QStringLiteral("[]"), visit);
    const QJsonArray variants = schema.value(QStringLiteral("oneOf")).toArray();
    for (qsizetype i = 0; i < variants.size(); ++i)
        walk(variants.at(i).toObject(), QStringLiteral("%1|%2").arg(where).arg(i), visit);
}

QJsonValue TestSpecSchemas::parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in test data: %s", qPrintable(error.errorString()));
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

void TestSpecSchemas::initTestCase()
{
    const QDir dir(specDirectory);
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const QString &fileName : files) {
        QFile file(dir.filePath(fileName));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(fileName));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError,
                 qPrintable(fileName + QStringLiteral(": ") + error.errorString()));
        QVERIFY2(document.isObject(), qPrintable(fileName));
        m_files.insert(QFileInfo(fileName).completeBaseName(), document.object());
    }
    QVERIFY2(m_files.size() > 50, "the spec schemas are not embedded at :/spec");

    const QByteArray fromEnvironment = qgetenv("DIXA_TEST_DATA");
    m_examples = fromEnvironment.isEmpty()
                     ? QFINDTESTDATA("../data/spec-examples")
                     : QString::fromLocal8Bit(fromEnvironment) + QStringLiteral("/spec-examples");
    QVERIFY2(QFileInfo(m_examples).isDir(), "tests/data/spec-examples not found");
}

void TestSpecSchemas::filesAreNamedAfterTheirId()
{
    for (auto it = m_files.cbegin(); it != m_files.cend(); ++it) {
        QCOMPARE(it.value().value(QStringLiteral("$id")).toString(), it.key());
        QVERIFY2(!it.value().value(QStringLiteral("title")).toString().isEmpty(),
                 qPrintable(it.key()));
        QVERIFY2(m_validator.hasSchema(it.key()), qPrintable(it.key()));
    }
    QCOMPARE(m_validator.schemaNames().size(), m_files.size());
}

void TestSpecSchemas::schemasUseOnlyTheSupportedKeywords()
{
    static const QSet<QString> keywords = {
        QStringLiteral("$id"),           QStringLiteral("$ref"),        QStringLiteral("type"),
        QStringLiteral("required"),      QStringLiteral("properties"),  QStringLiteral("items"),
        QStringLiteral("enum"),          QStringLiteral("format"),      QStringLiteral("oneOf"),
        QStringLiteral("discriminator"), QStringLiteral("uniqueItems"), QStringLiteral("minLength"),
        QStringLiteral("minItems"),      QStringLiteral("maxItems"),    QStringLiteral("title"),
        QStringLiteral("description")};
    static const QSet<QString> types = {QStringLiteral("object"), QStringLiteral("array"),
                                        QStringLiteral("string"), QStringLiteral("integer"),
                                        QStringLiteral("number"), QStringLiteral("boolean")};
    static const QSet<QString> formats = {QStringLiteral("uuid"), QStringLiteral("date-time"),
                                          QStringLiteral("int64"), QStringLiteral("int32"),
                                          QStringLiteral("e164")};

    for (auto it = m_files.cbegin(); it != m_files.cend(); ++it) {
        walk(it.value(), it.key(), [](const QJsonObject &schema, const QString &where) {
            for (const QString &key : schema.keys()) {
                QVERIFY2(keywords.contains(key) || key.startsWith(QLatin1String("x-")),
                         qPrintable(where + QStringLiteral(": unsupported keyword ") + key));
            }
            if (schema.contains(QStringLiteral("type"))) {
                QVERIFY2(types.contains(schema.value(QStringLiteral("type")).toString()),
                         qPrintable(where));
            }
            if (schema.contains(QStringLiteral("format"))) {
                QVERIFY2(formats.contains(schema.value(QStringLiteral("format")).toString()),
                         qPrintable(where));
            }
            const QStringList required = stringList(schema.value(QStringLiteral("required")));
            const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
            for (const QString &name : required) {
                QVERIFY2(properties.contains(name),
                         qPrintable(where + QStringLiteral(": requires undeclared ") + name));
            }
        });
    }
}

void TestSpecSchemas::propertiesHaveTitlesAndPickHints()
{
    static const QSet<QString> lists = {QStringLiteral("agent"), QStringLiteral("queue"),
                                        QStringLiteral("tag"), QStringLiteral("endUser"),
                                        QStringLiteral("team")};
    // Id fields that name something no list in the app offers.
    static const QSet<QString> unpicked = {
        QStringLiteral("widgetId"),           QStringLiteral("parentId"),
        QStringLiteral("attributeId"),        QStringLiteral("contactEndpointId"),
        QStringLiteral("emailIntegrationId"), QStringLiteral("externalId")};
    static const QRegularExpression idName(QStringLiteral("^(id|.+Id|.+Ids)$"));

    for (auto it = m_files.cbegin(); it != m_files.cend(); ++it) {
        walk(it.value(), it.key(), [](const QJsonObject &schema, const QString &where) {
            if (schema.contains(QStringLiteral("x-pick"))) {
                QVERIFY2(lists.contains(schema.value(QStringLiteral("x-pick")).toString()),
                         qPrintable(where));
            }
            const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
            for (auto p = properties.begin(); p != properties.end(); ++p) {
                const QJsonObject property = p.value().toObject();
                const QString at = where + QLatin1Char('.') + p.key();
                QVERIFY2(!property.value(QStringLiteral("title")).toString().isEmpty(),
                         qPrintable(at + QStringLiteral(": no title")));
                if (idName.match(p.key()).hasMatch() && !unpicked.contains(p.key())) {
                    QVERIFY2(property.contains(QStringLiteral("x-pick")),
                             qPrintable(at + QStringLiteral(": id field without x-pick")));
                }
            }
        });
    }
}

void TestSpecSchemas::referencesResolve()
{
    for (auto it = m_files.cbegin(); it != m_files.cend(); ++it) {
        walk(it.value(), it.key(), [this](const QJsonObject &schema, const QString &where) {
            QStringList targets;
            if (schema.contains(QStringLiteral("$ref")))
                targets.append(schema.value(QStringLiteral("$ref")).toString());
            const QJsonObject mapping = schema.value(QStringLiteral("discriminator"))
                                            .toObject()
                                            .value(QStringLiteral("mapping"))
                                            .toObject();
            for (const QJsonValue &target : mapping)
                targets.append(target.toString());
            for (const QString &target : std::as_const(targets)) {
                QVERIFY2(m_files.contains(target),
                         qPrintable(where + QStringLiteral(": unknown schema ") + target));
            }
        });
    }
}

void TestSpecSchemas::discriminatorsMatchTheirVariants()
{
    int discriminated = 0;
    for (auto it = m_files.cbegin(); it != m_files.cend(); ++it) {
        const QJsonObject &schema = it.value();
        if (!schema.contains(QStringLiteral("oneOf")))
            continue;
        ++discriminated;
        const QJsonObject discriminator = schema.value(QStringLiteral("discriminator")).toObject();
        QCOMPARE(discriminator.value(QStringLiteral("propertyName")).toString(),
                 QStringLiteral("_type"));
        const QJsonObject mapping = discriminator.value(QStringLiteral("mapping")).toObject();
        QVERIFY2(!mapping.isEmpty(), qPrintable(it.key()));

        QSet<QString> listed;
        for (const QJsonValue &variant : schema.value(QStringLiteral("oneOf")).toArray())
            listed.insert(variant.toObject().value(QStringLiteral("$ref")).toString());
        QSet<QString> mapped;
        for (auto m = mapping.begin(); m != mapping.end(); ++m) {
            const QString target = m.value().toString();
            mapped.insert(target);
            // Each variant names itself: "_type" is required and can only be its own tag.
            const QJsonObject variant = m_files.value(target);
            const QJsonObject tag = variant.value(QStringLiteral("properties"))
                                        .toObject()
                                        .value(QStringLiteral("_type"))
                                        .toObject();
            QVERIFY2(stringList(tag.value(QStringLiteral("enum"))) == QStringList{m.key()},
                     qPrintable(it.key() + QStringLiteral(": ") + target +
                                QStringLiteral("._type must allow only ") + m.key()));
            QVERIFY2(stringList(variant.value(QStringLiteral("required")))
                         .contains(QStringLiteral("_type")),
                     qPrintable(target));
        }
        QVERIFY2(listed == mapped,
                 qPrintable(it.key() + QStringLiteral(": oneOf and mapping name other schemas")));
    }
    QVERIFY(discriminated >= 10);
}

void TestSpecSchemas::documentedExamplesAreValid_data()
{
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QString>("path");

    const QDir root(m_examples);
    int count = 0;
    for (const QString &schema : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QDir dir(root.filePath(schema));
        for (const QString &file : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
            QTest::addRow("%s/%s", qPrintable(schema), qPrintable(file))
                << schema << dir.filePath(file);
            ++count;
        }
    }
    QVERIFY(count >= 40);
}

void TestSpecSchemas::documentedExamplesAreValid()
{
    QFETCH(QString, schema);
    QFETCH(QString, path);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY2(m_validator.hasSchema(schema), qPrintable(schema));
    const QStringList problems = m_validator.check(schema, parse(file.readAll()));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
}

void TestSpecSchemas::handMadeBodiesAreValid_data()
{
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QByteArray>("json");

    auto row = [](const char *name, const char *schema, const char *json) {
        QTest::newRow(name) << QString::fromLatin1(schema) << QByteArray(json);
    };
    row("claim without force", "ClaimConversationInput",
        R"({"agentId": "5A556159-9C21-4F3E-A44F-D323DEB80D16"})");
    row("claim with braced uuid", "ClaimConversationInput",
        R"({"agentId": "{5a556159-9c21-4f3e-a44f-d323deb80d16}", "force": true})");
    row("close with null user", "CloseConversationInput", R"({"userId": null})");
    row("transfer without user", "TransferConversationInput",
        R"({"queueId": "92f8d193-b26f-4a62-86a3-bb03ee0915e9"})");
    row("follow-up with zone suffix", "FollowupConversationInput",
        R"({"timestamp": "2021-12-01T12:46:36.581Z[GMT]"})");
    row("follow-up with offset", "FollowupConversationInput",
        R"({"timestamp": "2025-01-08T09:31:25+01:00"})");
    row("link related", "LinkConversationInput",
        R"({"parentId": 9007199254740991, "linkType": "Related"})");
    row("bulk tag, no data", "BulkTagConversationInput", R"({})");
    row("callback", "CreateConversationInput", R"({"_type": "Callback",
        "requesterId": "9c2a2cce-699f-4a72-89d9-fda5bc8dec8b", "direction": "Outbound",
        "contactEndpointId": "+4535150000", "queueId": "92f8d193-b26f-4a62-86a3-bb03ee0915e9"})");
    row("chat", "CreateConversationInput", R"({"_type": "Chat",
        "requesterId": "9c2a2cce-699f-4a72-89d9-fda5bc8dec8b",
        "widgetId": "0e4d0ead-dc69-470a-9b3a-e7eb16a56453",
        "message": {"_type": "Inbound", "content": {"value": "Hi", "_type": "Text"}},
        "browserInfo": {"name": "Chrome 9", "version": "91.0.4472.114", "ipAddress": "127.0.0.1",
                        "originatingUrl": "http://localhost:3000/"},
        "language": "en"})");
    row("contact form", "CreateConversationInput", R"({"_type": "ContactForm",
        "requesterId": "9c2a2cce-699f-4a72-89d9-fda5bc8dec8b",
        "emailIntegrationId": "my-integration@email.dixa.io", "subject": "Refund",
        "message": {"_type": "Inbound", "content": {"value": "<p>Please</p>", "_type": "Html"}}})");
    row("email opened by an agent", "CreateConversationInput", R"({"_type": "Email",
        "requesterId": "9c2a2cce-699f-4a72-89d9-fda5bc8dec8b",
        "emailIntegrationId": "my-integration@email.dixa.io", "subject": "Your order",
        "message": {"_type": "Outbound", "agentId": "bac5a02c-15b3-44da-ae1e-ab7b9db4aa89",
                    "content": {"value": "It has shipped."}, "cc": ["boss@example.com"],
                    "bcc": [], "externalId": "order-123",
                    "integrationEmail": "my-integration@email.dixa.io"}})");
    row("sms", "CreateConversationInput", R"({"_type": "Sms",
        "requesterId": "9c2a2cce-699f-4a72-89d9-fda5bc8dec8b", "contactEndpointId": "+4535150000",
        "message": {"_type": "Outbound", "agentId": "bac5a02c-15b3-44da-ae1e-ab7b9db4aa89",
                    "content": {"value": "Your parcel is here", "_type": "Text"}}})");
    row("outbound attachment only", "CreateMessageInput", R"({"_type": "Outbound",
        "agentId": "359ef707-d77f-4298-a101-43da2d0c5770",
        "attachments": [{"url": "https://file.hosting.service/file1234.jpg"}]})");
    row("note with plain Z", "CreateInternalNoteInput",
        R"({"message": "Called the customer", "createdAt": "2024-03-11T16:39:30Z"})");
    row("bulk notes, empty", "BulkCreateInternalNoteInput", R"({"data": []})");
    row("patch agent, nothing", "PatchAgentInput", R"({})");
    row("bulk update agents, empty", "AgentsUpdateBulkRequest", R"([])");
    row("bulk patch agent, id only", "AgentsBulkPatchRequest",
        R"([{"id": "434ce9f5-14c8-4be1-a0a8-f755010deb9b"}])");
    row("create end user, nothing", "CreateEndUserInput", R"({})");
    row("bulk patch end user, id only", "BulkPatchEndUsersInput",
        R"({"data": [{"id": "43b1fe06-a7c4-4f34-8e48-b0559e6acdb9", "phoneNumber": "+4512345678"}]})");
    row("working channel", "WorkingChannelInput",
        R"({"channel": "InteractiveChat", "working": true})");
    row("search, no body members", "SearchParametersInput", R"({})");
    row("search, text only", "SearchParametersInput", R"({"query": {"value": "refund"}})");
    row("search, every field", "SearchParametersInput", R"({"filters": {"strategy": "Any",
        "conditions": [
          {"field": {"_type": "AgentId", "operator": {"_type": "IsEmpty"}}},
          {"field": {"_type": "AgentId", "operator": {"_type": "IsNotOneOf",
                     "values": ["0e4d0ead-dc69-470a-9b3a-e7eb16a56453"]}}},
          {"field": {"_type": "QueueId", "operator": {"_type": "IsNotEmpty"}}},
          {"field": {"_type": "ConversationId", "operator": {"_type": "IsOneOf", "values": ["1", "2"]}}},
          {"field": {"_type": "ContactId", "operator": {"_type": "IsNotOneOf",
                     "values": ["9c2a2cce-699f-4a72-89d9-fda5bc8dec8b"]}}},
          {"field": {"_type": "TagId", "operator": {"_type": "ExcludesOne", "values": ["a"]}}},
          {"field": {"_type": "TagId", "operator": {"_type": "ExcludesAll", "values": ["a", "b"]}}},
          {"field": {"_type": "TagId", "operator": {"_type": "IsEmpty"}}},
          {"field": {"_type": "Channel", "operator": {"_type": "IsNotOneOf",
                     "values": ["email", "whatsapp", "yotpo"]}}},
          {"field": {"_type": "Direction", "operator": {"_type": "IsNotOneOf", "values": ["internal"]}}},
          {"field": {"_type": "Status", "operator": {"_type": "IsOneOf", "values": ["open", "pending"]}}},
          {"field": {"_type": "Status", "operator": {"_type": "IsNotOneOf", "values": ["closed"]}}},
          {"field": {"_type": "CustomAttribute", "attributeId": "1fba54c0-3ef6-48c8-bf00-912c5c9890fd",
                     "operator": {"_type": "IsNotOneOf", "values": [["parent", "child"]]}}},
          {"field": {"_type": "CustomAttribute", "attributeId": "1fba54c0-3ef6-48c8-bf00-912c5c9890fd",
                     "operator": {"_type": "IsNotEmpty"}}},
          {"field": {"_type": "Duration", "operator": {"_type": "LongerThanOrEqualTo",
                     "duration": 10800000}}},
          {"field": {"_type": "Duration", "operator": {"_type": "ShorterThanOrEqualTo", "duration": 0}}},
          {"field": {"_type": "AssignedDate", "operator": {"_type": "Since",
                     "timestamp": "2023-02-11T22:59:59Z"}}},
          {"field": {"_type": "CreationDate", "operator": {"_type": "Until",
                     "timestamp": "2023-02-11T22:59:59.999Z"}}},
          {"field": {"_type": "LastMessage", "operator": {"_type": "Between",
                     "timestampFrom": "2023-02-01T00:00:00Z", "timestampTo": "2023-02-11T00:00:00Z"}}}
        ]}})");
    row("tag without colour", "CreateTagInput", R"({"name": "vip"})");
    row("add eleven queue members", "BulkQueueEndpointInput", R"({"agentIds": [
        "00000000-0000-4000-8000-000000000001", "00000000-0000-4000-8000-000000000002",
        "00000000-0000-4000-8000-000000000003", "00000000-0000-4000-8000-000000000004",
        "00000000-0000-4000-8000-000000000005", "00000000-0000-4000-8000-000000000006",
        "00000000-0000-4000-8000-000000000007", "00000000-0000-4000-8000-000000000008",
        "00000000-0000-4000-8000-000000000009", "00000000-0000-4000-8000-000000000010",
        "00000000-0000-4000-8000-000000000011"]})");
    row("remove ten queue members", "QueueMembersRemoveInput", R"({"agentIds": [
        "00000000-0000-4000-8000-000000000001", "00000000-0000-4000-8000-000000000002",
        "00000000-0000-4000-8000-000000000003", "00000000-0000-4000-8000-000000000004",
        "00000000-0000-4000-8000-000000000005", "00000000-0000-4000-8000-000000000006",
        "00000000-0000-4000-8000-000000000007", "00000000-0000-4000-8000-000000000008",
        "00000000-0000-4000-8000-000000000009", "00000000-0000-4000-8000-000000000010"]})");
    row("minimal queue", "CreateQueueInput", R"({"request": {"name": "Second line",
        "callFunctionality": true, "isDefault": false, "isDoNotOfferEnabled": false}})");
}

void TestSpecSchemas::handMadeBodiesAreValid()
{
    QFETCH(QString, schema);
    QFETCH(QByteArray, json);

    const QStringList problems = m_validator.check(schema, parse(json));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
}

void TestSpecSchemas::invalidBodiesAreRejected_data()
{
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("problem"); // the start of one of the reported problems

    auto row = [](const char *name, const char *schema, const char *json, const char *problem) {
        QTest::newRow(name) << QString::fromLatin1(schema) << QByteArray(json)
                            << QString::fromUtf8(problem);
    };
    // Conversation actions.
    row("claim without agent", "ClaimConversationInput", R"({"force": true})",
        "agentId: is required");
    row("claim with null agent", "ClaimConversationInput", R"({"agentId": null})",
        "agentId: is required");
    row("claim with bad agent", "ClaimConversationInput", R"({"agentId": "agent-7"})",
        "agentId: not a valid uuid");
    row("claim with string force", "ClaimConversationInput",
        R"({"agentId": "5a556159-9c21-4f3e-a44f-d323deb80d16", "force": "yes"})",
        "force: expected boolean, got string");
    row("claim as array", "ClaimConversationInput", R"([])", "body: expected object, got array");
    row("close with numeric user", "CloseConversationInput", R"({"userId": 42})",
        "userId: expected string, got number");
    row("reopen with bad user", "ReopenConversationInput", R"({"userId": "me"})",
        "userId: not a valid uuid");
    row("transfer with bad queue", "TransferConversationInput", R"({"queueId": "nope"})",
        "queueId: not a valid uuid");
    row("transfer without queue", "TransferConversationInput",
        R"({"userId": "a53b25da-f676-4c52-acac-58c9280aa23d"})", "queueId: is required");
    row("follow-up without time", "FollowupConversationInput", R"({})", "timestamp: is required");
    row("follow-up with words", "FollowupConversationInput", R"({"timestamp": "tomorrow"})",
        "timestamp: not a valid date-time");
    row("follow-up with a date only", "FollowupConversationInput", R"({"timestamp": "2025-01-08"})",
        "timestamp: not a valid date-time");
    row("link with fraction", "LinkConversationInput",
        R"({"parentId": 12.5, "linkType": "Related"})", "parentId: expected integer, got number");
    row("link with huge id", "LinkConversationInput",
        R"({"parentId": 1e300, "linkType": "Related"})", "parentId: expected integer, got number");
    row("link with string id", "LinkConversationInput",
        R"({"parentId": "12345", "linkType": "Related"})",
        "parentId: expected integer, got string");
    row("link as follow-up", "LinkConversationInput", R"({"parentId": 1, "linkType": "FollowUp"})",
        "linkType: must be one of Related, SideConversation");
    row("link without type", "LinkConversationInput", R"({"parentId": 1})",
        "linkType: is required");
    row("bulk tag without name", "BulkTagConversationInput", R"({"data": [{"name": "a"}, {}]})",
        "data[1].name: is required");
    row("bulk tag as names", "BulkTagConversationInput", R"({"data": ["a"]})",
        "data[0]: expected object, got string");

    // New conversations and messages.
    row("conversation by fax", "CreateConversationInput",
        R"({"_type": "Fax", "requesterId": "9c2a2cce-699f-4a72-89d9-fda5bc8dec8b"})",
        "body: _type must be one of Callback, Chat, ContactForm, Email, Sms");
    row("conversation without type", "CreateConversationInput",
        R"({"requesterId": "9c2a2cce-699f-4a72-89d9-fda5bc8dec8b"})",
        "body: _type must be one of Callback, Chat, ContactForm, Email, Sms");
    row("email without subject", "CreateConversationInput", R"({"_type": "Email",
        "requesterId": "9c2a2cce-699f-4a72-89d9-fda5bc8dec8b",
        "emailIntegrationId": "my-integration@email.dixa.io",
        "message": {"_type": "Inbound", "content": {"value": "Hi"}}})",
        "subject: is required");
    row("email message without content", "CreateConversationInput", R"({"_type": "Email",
        "requesterId": "9c2a2cce-699f-4a72-89d9-fda5bc8dec8b", "subject": "Hi",
        "emailIntegrationId": "my-integration@email.dixa.io", "message": {"_type": "Inbound"}})",
        "message.content: is required");
    row("email message of no kind", "CreateConversationInput", R"({"_type": "Email",
        "requesterId": "9c2a2cce-699f-4a72-89d9-fda5bc8dec8b", "subject": "Hi",
        "emailIntegrationId": "my-integration@email.dixa.io", "message": {"content": {"value": "x"}}})",
        "message: message._type must be one of Inbound, Outbound");
    row("contact form with bad requester", "CreateConversationInput", R"({"_type": "ContactForm",
        "requesterId": "alice", "subject": "Hi", "emailIntegrationId": "a@email.dixa.io",
        "message": {"_type": "Inbound", "content": {"value": "x"}}})",
        "requesterId: not a valid uuid");
    row("chat without widget", "CreateConversationInput", R"({"_type": "Chat",
        "requesterId": "9c2a2cce-699f-4a72-89d9-fda5bc8dec8b",
        "message": {"_type": "Inbound", "content": {"value": "Hi"}}})",
        "widgetId: is required");
    row("chat with nameless browser", "CreateConversationInput", R"({"_type": "Chat",
        "requesterId": "9c2a2cce-699f-4a72-89d9-fda5bc8dec8b",
        "widgetId": "0e4d0ead-dc69-470a-9b3a-e7eb16a56453", "browserInfo": {"version": "9"},
        "message": {"_type": "Inbound", "content": {"value": "Hi"}}})",
        "browserInfo.name: is required");
    row("callback sideways", "CreateConversationInput", R"({"_type": "Callback",
        "requesterId": "9c2a2cce-699f-4a72-89d9-fda5bc8dec8b", "direction": "Sideways",
        "contactEndpointId": "+4535150000", "queueId": "92f8d193-b26f-4a62-86a3-bb03ee0915e9"})",
        "direction: must be one of Inbound, Outbound");
    row("callback without queue", "CreateConversationInput", R"({"_type": "Callback",
        "requesterId": "9c2a2cce-699f-4a72-89d9-fda5bc8dec8b", "direction": "Inbound",
        "contactEndpointId": "+4535150000"})",
        "queueId: is required");
    row("sms with inbound message", "CreateConversationInput", R"({"_type": "Sms",
        "requesterId": "9c2a2cce-699f-4a72-89d9-fda5bc8dec8b", "contactEndpointId": "+4535150000",
        "message": {"_type": "Inbound", "content": {"value": "Hi"}}})",
        "message._type: must be one of Outbound");
    row("sms from a local number", "CreateConversationInput", R"({"_type": "Sms",
        "requesterId": "9c2a2cce-699f-4a72-89d9-fda5bc8dec8b", "contactEndpointId": "35150000",
        "message": {"_type": "Outbound", "agentId": "bac5a02c-15b3-44da-ae1e-ab7b9db4aa89",
                    "content": {"value": "Hi"}}})",
        "contactEndpointId: not an E.164 phone number");
    row("outbound without agent", "CreateMessageInput",
        R"({"_type": "Outbound", "content": {"value": "Hi", "_type": "Text"}})",
        "agentId: is required");
    row("internal message", "CreateMessageInput",
        R"({"_type": "Internal", "content": {"value": "Hi"}})",
        "body: _type must be one of Inbound, Outbound");
    row("content as rich text", "CreateMessageInput",
        R"({"_type": "Inbound", "content": {"value": "Hi", "_type": "Rtf"}})",
        "content._type: must be one of Html, Markdown, Text");
    row("content without value", "CreateMessageInput",
        R"({"_type": "Inbound", "content": {"_type": "Text"}})", "content.value: is required");
    row("content as a string", "CreateMessageInput", R"({"_type": "Inbound", "content": "Hi"})",
        "content: expected object, got string");
    row("attachment without url", "CreateMessageInput", R"({"_type": "Inbound",
        "content": {"value": "Hi"}, "attachments": [{"prettyName": "x.pdf"}]})",
        "attachments[0].url: is required");
    row("cc as a string", "CreateMessageInput", R"({"_type": "Outbound",
        "agentId": "bac5a02c-15b3-44da-ae1e-ab7b9db4aa89", "cc": "boss@example.com"})",
        "cc: expected array, got string");

    // Notes.
    row("empty note", "CreateInternalNoteInput", R"({"message": ""})",
        "message: must not be empty");
    row("note without message", "CreateInternalNoteInput",
        R"({"agentId": "a53b25da-f676-4c52-acac-58c9280aa23d"})", "message: is required");
    row("note written yesterday", "CreateInternalNoteInput",
        R"({"message": "x", "createdAt": "yesterday"})", "createdAt: not a valid date-time");
    row("bulk note without message", "BulkCreateInternalNoteInput",
        R"({"data": [{"message": "x"}, {"agentId": "a53b25da-f676-4c52-acac-58c9280aa23d"}]})",
        "data[1].message: is required");
    row("bulk note with bad author", "BulkCreateInternalNoteInput",
        R"({"data": [{"message": "x", "agentId": "bob"}]})", "data[0].agentId: not a valid uuid");

    // Agents.
    row("update agent without name", "UpdateAgentInput", R"({"firstName": "Alice"})",
        "displayName: is required");
    row("update agent, repeated email", "UpdateAgentInput",
        R"({"displayName": "A", "additionalEmails": ["a@b.com", "a@b.com"]})",
        "additionalEmails: items must be unique");
    row("update agent, repeated phone", "PatchAgentInput",
        R"({"additionalPhoneNumbers": ["+4511111111", "+4511111111"]})",
        "additionalPhoneNumbers: items must be unique");
    row("update agent, middle name string", "UpdateAgentInput",
        R"({"displayName": "A", "middleNames": "J."})", "middleNames: expected array, got string");
    row("patch agent, numeric phone", "PatchAgentInput", R"({"phoneNumber": 4512345678})",
        "phoneNumber: expected string, got number");
    row("bulk update agents wrapped", "AgentsUpdateBulkRequest", R"({"data": []})",
        "body: expected array, got object");
    row("bulk update agent without name", "AgentsUpdateBulkRequest",
        R"([{"id": "434ce9f5-14c8-4be1-a0a8-f755010deb9b"}])", "body[0].displayName: is required");
    row("bulk patch agent without id", "AgentsBulkPatchRequest", R"([{"displayName": "AB"}])",
        "body[0].id: is required");
    row("bulk patch agent, repeated email", "AgentsBulkPatchRequest",
        R"([{"id": "x", "additionalEmails": ["a@b.com", "a@b.com"]}])",
        "body[0].additionalEmails: items must be unique");
    row("create agent without email", "CreateAgentInput", R"({"displayName": "Alice"})",
        "email: is required");
    row("bulk create agent without name", "CreateAgentsInput",
        R"({"data": [{"email": "a@b.com"}]})", "data[0].displayName: is required");
    row("working on the phone", "WorkingChannelInput", R"({"channel": "Phone", "working": true})",
        "channel: must be one of Email, InteractiveChat, Messaging, Speak");
    row("working, unsaid", "WorkingChannelInput", R"({"channel": "Email"})",
        "working: is required");

    // End users.
    row("update end user without name", "UpdateEndUserInput", R"({"email": "a@b.com"})",
        "displayName: is required");
    row("bulk update end user, bad id", "BulkUpdateEndUsersInput",
        R"({"data": [{"id": "nope", "displayName": "A"}]})", "data[0].id: not a valid uuid");
    row("bulk update end user without name", "BulkUpdateEndUsersInput",
        R"({"data": [{"id": "d4826125-559f-496f-ad71-a0340f0cae06"}]})",
        "data[0].displayName: is required");
    row("bulk update end users bare", "BulkUpdateEndUsersInput",
        R"([{"id": "d4826125-559f-496f-ad71-a0340f0cae06", "displayName": "A"}])",
        "body: expected object, got array");
    row("bulk patch end user without id", "BulkPatchEndUsersInput",
        R"({"data": [{"displayName": "A"}]})", "data[0].id: is required");
    row("patch end user, repeated phone", "PatchEndUserInput",
        R"({"additionalPhoneNumbers": ["+4511111111", "+4511111111"]})",
        "additionalPhoneNumbers: items must be unique");
    row("create end users, data object", "CreateEndUsersInput", R"({"data": {"displayName": "A"}})",
        "data: expected array, got object");

    // Search.
    row("search with strategy Some", "SearchParametersInput",
        R"({"filters": {"strategy": "Some", "conditions": []}})",
        "filters.strategy: must be one of All, Any");
    row("search without strategy", "SearchParametersInput", R"({"filters": {"conditions": []}})",
        "filters.strategy: is required");
    row("search text without value", "SearchParametersInput", R"({"query": {"exactMatch": true}})",
        "query.value: is required");
    row("search condition without field", "SearchParametersInput",
        R"({"filters": {"strategy": "All", "conditions": [{}]}})",
        "filters.conditions[0].field: is required");
    row("search on priority", "SearchParametersInput", R"({"filters": {"strategy": "All",
        "conditions": [{"field": {"_type": "Priority", "operator": {"_type": "IsEmpty"}}}]}})",
        "filters.conditions[0].field: filters.conditions[0].field._type must be one of AgentId, "
        "AssignedDate, Channel, ClosedDate, ContactId, ConversationId, CreationDate, "
        "CustomAttribute, Direction, Duration, LastActivity, LastMessage, QueueId, Status, TagId");
    row("search field without operator", "SearchParametersInput", R"({"filters": {"strategy": "All",
        "conditions": [{"field": {"_type": "AgentId"}}]}})",
        "filters.conditions[0].field.operator: is required");
    row("tags tested with IsOneOf", "SearchParametersInput", R"({"filters": {"strategy": "All",
        "conditions": [{"field": {"_type": "TagId", "operator": {"_type": "IsOneOf", "values": []}}}]}})",
        "filters.conditions[0].field.operator: filters.conditions[0].field.operator._type must be "
        "one "
        "of ExcludesAll, ExcludesOne, IncludesAll, IncludesOne, IsEmpty, IsNotEmpty");
    row("conversation id tested for emptiness", "SearchParametersInput",
        R"({"filters": {"strategy": "All",
        "conditions": [{"field": {"_type": "ConversationId", "operator": {"_type": "IsEmpty"}}}]}})",
        "filters.conditions[0].field.operator: filters.conditions[0].field.operator._type must be "
        "one "
        "of IsNotOneOf, IsOneOf");
    row("agent ids as a string", "SearchParametersInput", R"({"filters": {"strategy": "All",
        "conditions": [{"field": {"_type": "AgentId",
                                  "operator": {"_type": "IsOneOf", "values": "all"}}}]}})",
        "filters.conditions[0].field.operator.values: expected array, got string");
    row("channel in capitals", "SearchParametersInput", R"({"filters": {"strategy": "All",
        "conditions": [{"field": {"_type": "Channel",
                                  "operator": {"_type": "IsOneOf", "values": ["Email"]}}}]}})",
        "filters.conditions[0].field.operator.values[0]: must be one of email, contactform, chat,");
    row("channel without values", "SearchParametersInput", R"({"filters": {"strategy": "All",
        "conditions": [{"field": {"_type": "Channel", "operator": {"_type": "IsNotOneOf"}}}]}})",
        "filters.conditions[0].field.operator.values: is required");
    row("direction sideways", "SearchParametersInput", R"({"filters": {"strategy": "All",
        "conditions": [{"field": {"_type": "Direction",
                                  "operator": {"_type": "IsOneOf", "values": ["sideways"]}}}]}})",
        "filters.conditions[0].field.operator.values[0]: must be one of inbound, outbound, "
        "internal");
    row("status Open", "SearchParametersInput", R"({"filters": {"strategy": "All",
        "conditions": [{"field": {"_type": "Status",
                                  "operator": {"_type": "IsOneOf", "values": ["Open"]}}}]}})",
        "filters.conditions[0].field.operator.values[0]: must be one of open, closed, pending");
    row("status named Status1", "SearchParametersInput", R"({"filters": {"strategy": "All",
        "conditions": [{"field": {"_type": "Status1",
                                  "operator": {"_type": "IsOneOf", "values": ["open"]}}}]}})",
        "filters.conditions[0].field: filters.conditions[0].field._type must be one of");
    row("custom attribute without id", "SearchParametersInput", R"({"filters": {"strategy": "All",
        "conditions": [{"field": {"_type": "CustomAttribute", "operator": {"_type": "IsEmpty"}}}]}})",
        "filters.conditions[0].field.attributeId: is required");
    row("custom attribute flat values", "SearchParametersInput", R"({"filters": {"strategy": "All",
        "conditions": [{"field": {"_type": "CustomAttribute",
            "attributeId": "1fba54c0-3ef6-48c8-bf00-912c5c9890fd",
            "operator": {"_type": "IsOneOf", "values": ["PK461926232"]}}}]}})",
        "filters.conditions[0].field.operator.values[0]: expected array, got string");
    row("duration in words", "SearchParametersInput", R"({"filters": {"strategy": "All",
        "conditions": [{"field": {"_type": "Duration",
                                  "operator": {"_type": "Between", "min": "10s", "max": 20000}}}]}})",
        "filters.conditions[0].field.operator.min: expected integer, got string");
    row("duration between dates", "SearchParametersInput", R"({"filters": {"strategy": "All",
        "conditions": [{"field": {"_type": "Duration", "operator": {"_type": "Between",
            "timestampFrom": "2023-02-11T22:59:59Z", "timestampTo": "2023-02-12T22:59:59Z"}}}]}})",
        "filters.conditions[0].field.operator.min: is required");
    row("duration without length", "SearchParametersInput", R"({"filters": {"strategy": "All",
        "conditions": [{"field": {"_type": "Duration",
                                  "operator": {"_type": "LongerThanOrEqualTo"}}}]}})",
        "filters.conditions[0].field.operator.duration: is required");
    row("created since a date", "SearchParametersInput", R"({"filters": {"strategy": "All",
        "conditions": [{"field": {"_type": "CreationDate",
                                  "operator": {"_type": "Since", "timestamp": "2023-02-11"}}}]}})",
        "filters.conditions[0].field.operator.timestamp: not a valid date-time");
    row("closed date by duration", "SearchParametersInput", R"({"filters": {"strategy": "All",
        "conditions": [{"field": {"_type": "ClosedDate",
                                  "operator": {"_type": "LongerThanOrEqualTo", "duration": 5}}}]}})",
        "filters.conditions[0].field.operator: filters.conditions[0].field.operator._type must be "
        "one "
        "of Between, Since, Until");

    // Tags, teams, queues.
    row("tag without name", "CreateTagInput", R"({"color": "#000000"})", "name: is required");
    row("team without name", "CreateTeamInput", R"({})", "name: is required");
    row("team member by name", "AgentsToTeamInput", R"({"agentIds": ["alice"]})",
        "agentIds[0]: not a valid uuid");
    row("team removal by name", "DeleteAgentsFromTeamInput", R"({"agentIds": ["alice"]})",
        "agentIds[0]: not a valid uuid");
    row("queue member by name", "BulkQueueEndpointInput", R"({"agentIds": ["alice"]})",
        "agentIds[0]: not a valid uuid");
    row("remove eleven queue members", "QueueMembersRemoveInput", R"({"agentIds": [
        "00000000-0000-4000-8000-000000000001", "00000000-0000-4000-8000-000000000002",
        "00000000-0000-4000-8000-000000000003", "00000000-0000-4000-8000-000000000004",
        "00000000-0000-4000-8000-000000000005", "00000000-0000-4000-8000-000000000006",
        "00000000-0000-4000-8000-000000000007", "00000000-0000-4000-8000-000000000008",
        "00000000-0000-4000-8000-000000000009", "00000000-0000-4000-8000-000000000010",
        "00000000-0000-4000-8000-000000000011"]})",
        "agentIds: takes at most 10 items");
    row("queue unwrapped", "CreateQueueInput", R"({"name": "Q", "callFunctionality": false,
        "isDefault": false, "isDoNotOfferEnabled": false})",
        "request: is required");
    row("queue without flags", "CreateQueueInput", R"({"request": {"name": "Q"}})",
        "request.callFunctionality: is required");
    row("queue offered at random", "CreateQueueInput", R"({"request": {"name": "Q",
        "callFunctionality": false, "isDefault": false, "isDoNotOfferEnabled": false,
        "offerAlgorithm": "Random"}})",
        "request.offerAlgorithm: must be one of AgentPriorityOneAtATimeRandom");
    row("queue threshold in words", "CreateQueueInput", R"({"request": {"name": "Q",
        "callFunctionality": false, "isDefault": false, "isDoNotOfferEnabled": false,
        "queueThresholds": {"SlaPercentage": "high"}}})",
        "request.queueThresholds.SlaPercentage: expected integer, got string");
    row("queue timeout fraction", "CreateQueueInput", R"({"request": {"name": "Q",
        "callFunctionality": false, "isDefault": false, "isDoNotOfferEnabled": true,
        "doNotOfferTimeouts": {"Email": 1.5}}})",
        "request.doNotOfferTimeouts.Email: expected integer, got number");
}

void TestSpecSchemas::invalidBodiesAreRejected()
{
    QFETCH(QString, schema);
    QFETCH(QByteArray, json);
    QFETCH(QString, problem);

    QVERIFY2(m_validator.hasSchema(schema), qPrintable(schema));
    const QStringList problems = m_validator.check(schema, parse(json));
    const bool found = std::any_of(problems.cbegin(), problems.cend(),
                                   [&](const QString &line) { return line.startsWith(problem); });
    QVERIFY2(found, qPrintable(QStringLiteral("expected \"%1…\", got: %2")
                                   .arg(problem, problems.join(QStringLiteral("; ")))));
}

QTEST_GUILESS_MAIN(TestSpecSchemas)
#include "tst_specschemas.moc"
