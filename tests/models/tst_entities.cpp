// Targeted decoding rules of the entity value types: missing or mistyped members fail with the
// JSON path named, unknown enum values and unknown `_type`s are kept and written back, nulls
// survive, and request bodies write what the API expects (full updates, sparse patches).

#include "entities/activitylog.h"
#include "entities/agent.h"
#include "entities/agentinput.h"
#include "entities/anonymization.h"
#include "entities/bulkoutcome.h"
#include "entities/conversation.h"
#include "entities/createconversationinput.h"
#include "entities/customattribute.h"
#include "entities/enduserinput.h"
#include "entities/envelope.h"
#include "entities/message.h"
#include "entities/messageinput.h"
#include "entities/organization.h"
#include "entities/presence.h"
#include "entities/queue.h"
#include "entities/queueavailability.h"
#include "entities/rating.h"
#include "entities/searchinput.h"
#include "entities/tag.h"
#include "entities/team.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Dixa;

namespace {

QJsonValue json(const char *text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in test: %s", qPrintable(error.errorString()));
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

// Decodes as T, encodes again and returns the error ("" when it decoded).
template<class T>
QString decodeError(const QJsonValue &value)
{
    QString error;
    const std::optional<T> decoded = Json::decode<T>(value, &error);
    return decoded ? QString() : error;
}

template<class T>
bool roundTrips(const QJsonValue &value)
{
    const std::optional<T> decoded = Json::decode<T>(value);
    return decoded && Json::encode(*decoded) == value;
}

// One decode that must fail: the entity's decoder, the input and the expected error.
struct FailureCase
{
    QString (*decode)(const QJsonValue &);
    const char *input;
    const char *error;
};

const char *const chatConversation = R"({"id": 1, "requesterId": "d58c8b1c",
    "channel": "WidgetChat", "createdAt": "2020-12-16T09:41:43Z", "direction": "Outbound",
    "state": "Open", "assignment": {"agentId": "0e4d0ead", "assignedAt": "2020-12-16T11:00:34Z"},
    "_type": "ChatConversation"})";

} // namespace

// Decoding rules of the entities in models/entities.
class TestEntities final : public QObject
{
    Q_OBJECT

private slots:
    void decodesAConversation();
    void failsNamingThePath_data();
    void failsNamingThePath();
    void keepsUnknownEnumValues();
    void keepsUnknownConversationTypes();
    void keepsOtherUnknownTypes_data();
    void keepsOtherUnknownTypes();
    void keepsNullsAndUnknownMembers();
    void readsConversationIdsAs64Bit();
    void readsPhoneNumbersSentAsNumbers();
    void readsMessageContentWhateverTheChannel();
    void readsBulkOutcomes();
    void readsActivityAttributesLeniently();
    void writesFullUpdatesAndSparsePatches();
    void writesCustomAttributePatches();
    void buildsSearchBodies();

private:
    QList<FailureCase> m_failures;
    QList<std::pair<bool (*)(const QJsonValue &), const char *>> m_roundTrips;
};

void TestEntities::decodesAConversation()
{
    JsonReader reader;
    const auto conversation = Conversation::fromJson(json(chatConversation), reader);
    QVERIFY2(conversation, qPrintable(reader.errorMessage()));
    QCOMPARE(conversation->type, ConversationType::ChatConversation);
    QCOMPARE(conversation->id, Q_INT64_C(1));
    QCOMPARE(conversation->channel, Channel::WidgetChat);
    QCOMPARE(*conversation->state, ConversationState::Open);
    QCOMPARE(conversation->assignment->agentId, QStringLiteral("0e4d0ead"));
    QCOMPARE(conversation->assignment->assignedAt.toUtc(),
             QDateTime(QDate(2020, 12, 16), QTime(11, 0, 34), Qt::UTC));
    QVERIFY(!conversation->queue);
    QVERIFY(conversation->extra.isEmpty());
    QCOMPARE(QJsonValue(conversation->toJson()), json(chatConversation));
}

void TestEntities::failsNamingThePath_data()
{
    QTest::addColumn<int>("index");
    m_failures.clear();
    const auto row = [this](const char *name, QString (*decode)(const QJsonValue &),
                            const char *input, const char *error) {
        m_failures.append(FailureCase{decode, input, error});
        QTest::newRow(name) << int(m_failures.size() - 1);
    };
    row("not an object", &decodeError<Tag>, R"([1])", "expected an object");
    row("list item missing member", &decodeError<Envelope<QList<Conversation>>>,
        R"({"data": [{"id": 1, "requesterId": "r", "channel": "Email",
             "createdAt": "2020-12-16T09:41:43Z", "_type": "SmsConversation"},
            {"id": 2, "channel": "Email", "createdAt": "2020-12-16T09:41:43Z",
             "_type": "SmsConversation"}]})",
        "data[1].requesterId: required member is missing");
    row("nested mistyped member", &decodeError<Envelope<QList<Conversation>>>,
        R"({"data": [{"id": 1, "requesterId": "r", "channel": "WidgetChat",
             "createdAt": "2020-12-16T09:41:43Z", "_type": "ChatConversation",
             "assignment": {"agentId": 7, "assignedAt": "2020-12-16T11:00:34Z"}}]})",
        "data[0].assignment.agentId: expected a string");
    row("conversation id not an integer", &decodeError<Conversation>,
        R"({"id": "12", "requesterId": "r", "channel": "Email", "createdAt": "2020-12-16T09:41:43Z",
            "_type": "ChatConversation"})",
        "id: expected an integer");
    row("conversation id with a fraction", &decodeError<Conversation>,
        R"({"id": 1.5, "requesterId": "r", "channel": "Email", "createdAt": "2020-12-16T09:41:43Z",
            "_type": "ChatConversation"})",
        "id: expected an integer");
    row("email conversation without toEmail", &decodeError<Conversation>,
        R"({"id": 1, "requesterId": "r", "channel": "Email", "createdAt": "2020-12-16T09:41:43Z",
            "fromEmail": "a@b", "integrationEmail": "c@d", "_type": "EmailConversation"})",
        "toEmail: required member is missing");
    row("twitter conversation without conversationType", &decodeError<Conversation>,
        R"({"id": 1, "requesterId": "r", "channel": "Twitter", "createdAt": "2020-12-16T09:41:43Z",
            "_type": "TwitterConversation"})",
        "conversationType: required member is missing");
    row("anonymized conversation without anonymizedAt", &decodeError<Conversation>,
        R"({"id": 1, "requesterId": "r", "channel": "Email", "createdAt": "2020-12-16T09:41:43Z",
            "_type": "AnonymizedConversation"})",
        "anonymizedAt: required member is missing");
    row("bad date-time", &decodeError<Envelope<AnonymizationRequestStatus>>,
        R"({"data": {"id": "x", "entityType": "UserAnonymizationType", "_type": "User",
            "initiatedAt": "yesterday", "targetEntityId": "u", "requestedBy": "r"}})",
        "data.initiatedAt: expected a date-time, got \"yesterday\"");
    row("agent without email", &decodeError<Agent>,
        R"({"id": "a", "createdAt": "2020-12-16T09:41:43Z", "displayName": "A"})",
        "email: required member is missing");
    row("end user without createdAt", &decodeError<EndUser>, R"({"id": "u"})",
        "createdAt: required member is missing");
    row("tag without state", &decodeError<Tag>, R"({"id": "t", "name": "n"})",
        "state: required member is missing");
    row("team roles not strings", &decodeError<Agent>,
        R"({"id": "a", "createdAt": "2020-12-16T09:41:43Z", "displayName": "A", "email": "e",
            "roles": ["Agent", 3]})",
        "roles[1]: expected a string");
    row("message without attributes", &decodeError<Message>,
        R"({"id": "m", "authorId": "a", "createdAt": "2021-12-01T12:46:36.581Z[GMT]"})",
        "attributes: required member is missing");
    row("chat attributes without isAutomated", &decodeError<Message>,
        R"({"id": "m", "authorId": "a", "createdAt": "2021-12-01T12:46:36.581Z[GMT]",
            "attributes": {"_type": "ChatAttributes"}})",
        "attributes.isAutomated: required member is missing");
    row("email attributes without from", &decodeError<MessageAttributes>,
        R"({"isAutoReply": false, "_type": "EmailAttributes"})",
        "from: required member is missing");
    row("email content without content", &decodeError<MessageAttributes>,
        R"({"isAutoReply": false, "from": {"email": "a@b"},
            "emailContent": {"_type": "Regular"}, "_type": "EmailAttributes"})",
        "emailContent.content: required member is missing");
    row("note without csid", &decodeError<InternalNote>,
        R"({"id": "n", "authorId": "a", "createdAt": "2021-01-20T09:00:00Z", "message": "m"})",
        "csid: required member is missing");
    row("activity without _type", &decodeError<ActivityLogEntry>,
        R"({"id": "x", "conversationId": 1, "activityTimestamp": "2021-12-01T12:46:36.581Z[GMT]",
            "activityType": "ConversationAssignedActivityType"})",
        "_type: required member is missing");
    row("queue threshold not an integer", &decodeError<Queue>,
        R"({"id": "q", "name": "Q", "isDefault": true, "organizationId": "o",
            "queueThresholds": {"SlaPercentage": "ten"}, "slaCalculationMethod": "AbandonedIgnored",
            "doNotOfferTimeouts": {}, "isDoNotOfferEnabled": true})",
        "queueThresholds.SlaPercentage: expected an integer");
    row("queue member priority too large", &decodeError<QueueMember>,
        R"({"agentId": "a", "priority": 3000000000})", "priority: expected a 32-bit integer");
    row("presence without connectionStatus", &decodeError<UserPresence>,
        R"({"userId": "u", "requestTime": "2021-12-01T12:46:35.935"})",
        "connectionStatus: required member is missing");
    row("rating timestamp not a time", &decodeError<ConversationRating>,
        R"({"id": "r", "ratingType": "Csat", "conversationChannel": "Email", "userId": "u",
            "ratingStatus": "Rated", "timestamps": {"rated_at": "later"}})",
        "timestamps.rated_at: expected a date-time, got \"later\"");
    row("nested select option", &decodeError<CustomAttributeDefinition>,
        R"({"id": "d", "entityType": "Conversation", "identifier": "i", "label": "L",
            "createdAt": "2023-01-05T06:42:31.532Z[GMT]", "isRequired": true, "isArchived": false,
            "isDeactivated": false, "inputDefinition": {"_type": "Select", "options": [
              {"id": "o", "label": "P", "value": "p", "isDeactivated": false, "orderIndex": 1,
               "nestedOptions": [{"id": "c", "label": "C", "value": "c", "isDeactivated": false}]}]}})",
        "inputDefinition.options[0].nestedOptions[0].orderIndex: required member is missing");
    row("custom attribute value", &decodeError<CustomAttribute>,
        R"({"id": "c", "name": "n", "identifier": "i", "value": 5})",
        "value: expected a string or an array of strings");
    row("bulk failure without error", &decodeError<Envelope<QList<AgentOutcome>>>,
        R"({"data": [{"_type": "BulkActionFailure"}]})",
        "data[0].error: required member is missing");
    row("bulk error without message", &decodeError<AgentOutcome>,
        R"({"_type": "BulkActionFailure", "error": {"_type": "NotFound", "id": "x"}})",
        "error.message: required member is missing");
    row("organization without status", &decodeError<Organization>,
        R"({"id": "o", "name": "N", "subdomain": "s"})", "status: required member is missing");
    row("inbound message without content", &decodeError<CreateMessageInput>,
        R"({"_type": "Inbound"})", "content: required member is missing");
    row("outbound message without agent", &decodeError<CreateMessageInput>,
        R"({"_type": "Outbound", "content": {"value": "v", "_type": "Text"}})",
        "agentId: required member is missing");
    row("email conversation input without subject", &decodeError<CreateConversationInput>,
        R"({"_type": "Email", "requesterId": "r", "emailIntegrationId": "i@email.dixa.io",
            "message": {"_type": "Inbound", "content": {"value": "v"}}})",
        "subject: required member is missing");
    row("custom attribute search without attributeId", &decodeError<SearchParametersInput>,
        R"({"filters": {"strategy": "All", "conditions": [
            {"field": {"_type": "CustomAttribute", "operator": {"_type": "IsEmpty"}}}]}})",
        "filters.conditions[0].field.attributeId: required member is missing");
    row("update agent without displayName", &decodeError<BulkUpdateAgentInput>,
        R"({"id": "a", "firstName": "A"})", "displayName: required member is missing");
}

void TestEntities::failsNamingThePath()
{
    QFETCH(int, index);
    const FailureCase &failure = m_failures.at(index);
    QCOMPARE(failure.decode(json(failure.input)), QString::fromUtf8(failure.error));
}

void TestEntities::keepsUnknownEnumValues()
{
    QJsonObject input = json(chatConversation).toObject();
    input.insert(u"state", QStringLiteral("Snoozed"));
    input.insert(u"channel", QStringLiteral("Instagram"));
    const auto conversation = Json::decode<Conversation>(input);
    QVERIFY(conversation);
    QCOMPARE(conversation->state->value(), ConversationState::Unknown);
    QCOMPARE(conversation->state->text(), QStringLiteral("Snoozed"));
    QVERIFY(!conversation->channel.isKnown());
    QCOMPARE(conversation->toJson(), input);

    const QJsonValue agent = json(R"({"id": "a", "createdAt": "2020-12-16T09:41:43Z",
        "displayName": "A", "email": "e", "roles": ["Agent", "Supervisor"]})");
    const auto decoded = Json::decode<Agent>(agent);
    QVERIFY(decoded);
    QCOMPARE(decoded->roles->at(0), AgentRole::Agent);
    QVERIFY(!decoded->roles->at(1).isKnown());
    QCOMPARE(QJsonValue(decoded->toJson()), agent);

    QVERIFY(roundTrips<Tag>(json(R"({"id": "t", "name": "n", "state": "Archived"})")));
    QVERIFY(roundTrips<ActivityLogEntry>(json(R"({"id": "x", "conversationId": 1,
        "activityTimestamp": "2021-12-01T12:46:36.581Z[GMT]", "activityType": {"new": true},
        "_type": "ConversationTeleported"})")));

    // A known value made in code writes its spelling.
    Tag tag;
    tag.state = TagState::Inactive;
    QCOMPARE(tag.toJson().value(u"state"), QJsonValue(QStringLiteral("Inactive")));
}

void TestEntities::keepsUnknownConversationTypes()
{
    // A variant this build does not know still lists, with the fields that fit.
    const QJsonValue instagram = json(R"({"id": 77, "requesterId": "r", "channel": "Instagram",
        "createdAt": "2024-01-01T00:00:00Z", "state": "Open", "handle": "@someone",
        "assignment": {"agentId": "a", "assignedAt": "2024-01-01T00:01:00Z"},
        "_type": "InstagramConversation"})");
    const auto conversation = Json::decode<Conversation>(instagram);
    QVERIFY(conversation);
    QCOMPARE(conversation->id, Q_INT64_C(77));
    QVERIFY(!conversation->type.isKnown());
    QCOMPARE(conversation->type.text(), QStringLiteral("InstagramConversation"));
    QCOMPARE(conversation->assignment->agentId, QStringLiteral("a"));
    QCOMPARE(conversation->extra.value(u"handle"), QJsonValue(QStringLiteral("@someone")));
    QCOMPARE(QJsonValue(conversation->toJson()), instagram);

    // Even without the common members, or with members of another shape, it never fails.
    for (const char *odd : {R"({"id": 78, "_type": "FaxConversation"})",
                            R"({"id": "x-1", "createdAt": 5, "queue": [], "_type": "Fax"})",
                            R"({"id": 79, "requesterId": "r", "channel": "Email",
                                "createdAt": "2020-12-16T09:41:43Z"})"}) {
        QVERIFY2(roundTrips<Conversation>(json(odd)), odd);
    }
}

void TestEntities::keepsOtherUnknownTypes_data()
{
    QTest::addColumn<int>("index");
    m_roundTrips.clear();
    const auto row = [this](const char *name, bool (*check)(const QJsonValue &),
                            const char *input) {
        m_roundTrips.append({check, input});
        QTest::newRow(name) << int(m_roundTrips.size() - 1);
    };
    row("message attributes", &roundTrips<Message>,
        R"({"id": "m", "authorId": "a", "createdAt": "2021-12-01T12:46:36.581Z[GMT]",
            "attributes": {"_type": "InstagramAttributes", "content": 42, "reel": {"x": 1}}})");
    row("message attributes without _type", &roundTrips<MessageAttributes>,
        R"({"content": {"value": "v", "_type": "Text"}})");
    row("email content", &roundTrips<EmailContent>, R"({"_type": "Encrypted", "blob": "zz"})");
    row("content without _type", &roundTrips<Content>, R"({"value": "plain"})");
    row("content of a new markup", &roundTrips<Content>, R"({"value": "v", "_type": "BBCode"})");
    row("conversation link", &roundTrips<ConversationLink>,
        R"({"_type": "Merged", "parentId": 5, "mergedAt": "2024-01-01T00:00:00Z"})");
    row("conversation link, odd parent", &roundTrips<ConversationLink>,
        R"({"_type": "Merged", "parentId": "5"})");
    row("input definition", &roundTrips<CustomAttributeInputDefinition>,
        R"({"_type": "Number", "min": 0, "max": 10})");
    row("bulk outcome", &roundTrips<AgentOutcome>,
        R"({"_type": "BulkActionSkipped", "reason": "unchanged"})");
    row("bulk error without message", &roundTrips<AgentOutcome>,
        R"({"_type": "BulkActionFailure", "error": {"_type": "RateLimited", "retryIn": 5}})");
    row("availability outcome", &roundTrips<ChannelAvailabilityOutcome>,
        R"({"_type": "Pending", "channel": "adachat"})");
    row("search field and operator", &roundTrips<SearchParametersInput>,
        R"({"filters": {"strategy": "Either", "conditions": [{"field": {"_type": "Mood",
            "operator": {"_type": "Around", "value": 3, "spread": [1, 2]}}}]}})");
    row("create conversation", &roundTrips<CreateConversationInput>,
        R"({"_type": "Fax", "requesterId": "r", "number": "+45"})");
}

void TestEntities::keepsOtherUnknownTypes()
{
    QFETCH(int, index);
    const auto &[check, input] = m_roundTrips.at(index);
    QVERIFY2(check(json(input)), input);
}

void TestEntities::keepsNullsAndUnknownMembers()
{
    // An unassigned conversation may say "assignment": null; it reads as absent and is kept.
    QJsonObject input = json(chatConversation).toObject();
    input.insert(u"assignment", QJsonValue::Null);
    input.insert(u"language", QJsonValue::Null);
    input.insert(u"priority", QStringLiteral("high"));
    const auto conversation = Json::decode<Conversation>(input);
    QVERIFY(conversation);
    QVERIFY(!conversation->assignment);
    QVERIFY(!conversation->language);
    QCOMPARE(conversation->toJson(), input);

    // Required members may not be null.
    QCOMPARE(decodeError<Tag>(json(R"({"id": "t", "name": null, "state": "Active"})")),
             QStringLiteral("name: expected a string"));
}

void TestEntities::readsConversationIdsAs64Bit()
{
    const QJsonValue note = json(R"({"id": "n", "authorId": "a",
        "createdAt": "2021-12-01T12:46:36.581Z[GMT]", "csid": 9007199254740991, "message": "m"})");
    const auto decoded = Json::decode<InternalNote>(note);
    QVERIFY(decoded);
    QCOMPARE(decoded->csid, Q_INT64_C(9007199254740991));
    QCOMPARE(QJsonValue(decoded->toJson()), note);

    const auto entry = Json::decode<ActivityLogEntry>(json(R"({"id": "x",
        "conversationId": 5000000000, "activityTimestamp": "2021-12-01T12:46:36.581Z[GMT]",
        "activityType": "ConversationClosedActivityType", "_type": "ConversationClosed"})"));
    QVERIFY(entry);
    QCOMPARE(entry->conversationId, Q_INT64_C(5000000000));
    QCOMPARE(entry->type, ActivityType::ConversationClosed);
}

void TestEntities::readsPhoneNumbersSentAsNumbers()
{
    const QJsonValue asNumber = json(R"({"from": "+1234567890", "to": 987654321,
        "direction": "Outbound", "duration": 120, "_type": "PhoneAttributes"})");
    const auto attributes = Json::decode<MessageAttributes>(asNumber);
    QVERIFY(attributes);
    const PhoneAttributes *phone = attributes->as<PhoneAttributes>();
    QVERIFY(phone);
    QCOMPARE(phone->to, QStringLiteral("987654321"));
    QCOMPARE(phone->duration, 120);
    QCOMPARE(QJsonValue(attributes->toJson()), asNumber);

    QVERIFY(roundTrips<MessageAttributes>(json(R"({"from": "+1", "to": "+2",
        "_type": "PhoneAttributes"})")));
}

void TestEntities::readsMessageContentWhateverTheChannel()
{
    const auto email = Json::decode<MessageAttributes>(json(R"({"_type": "EmailAttributes",
        "emailContent": {"content": {"value": "Hello", "_type": "Text"}, "_type": "Regular"},
        "from": {"email": "a@b"}, "isAutoReply": false, "direction": "Inbound",
        "attachments": [{"url": "https://files.dixa.io/private/x"}]})"));
    QVERIFY(email);
    QCOMPARE(email->content()->value, QStringLiteral("Hello"));
    QCOMPARE(*email->direction(), Direction::Inbound);
    QCOMPARE(email->attachments().size(), 1);

    const auto contactForm = Json::decode<MessageAttributes>(
        json(R"({"_type": "ContactFormAttributes", "isAutoReply": false})"));
    QVERIFY(contactForm); // `from` is optional there
    QVERIFY(contactForm->as<EmailAttributes>());

    const auto sms = Json::decode<MessageAttributes>(json(R"({"_type": "SmsAttributes",
        "content": {"value": "Hi", "_type": "Text"}})"));
    QVERIFY(sms);
    QCOMPARE(sms->content()->type, ContentType::Text);

    const auto recording = Json::decode<MessageAttributes>(json(R"({"recording": "https://r",
        "_type": "CallRecordingAttributes"})"));
    QVERIFY(recording);
    QVERIFY(!recording->content());
    QVERIFY(!recording->direction());
}

void TestEntities::readsBulkOutcomes()
{
    const auto outcomes = Json::decode<Envelope<QList<IdOutcome>>>(json(R"({"data": [
        {"data": "b41558f2", "_type": "BulkActionSuccess"},
        {"error": {"id": "914a6e19", "message": "User not found", "_type": "NotFound"},
         "_type": "BulkActionFailure"}]})"));
    QVERIFY(outcomes);
    QCOMPARE(outcomes->data.size(), 2);
    QVERIFY(outcomes->data[0].succeeded());
    QCOMPARE(*outcomes->data[0].data, QStringLiteral("b41558f2"));
    QVERIFY(!outcomes->data[1].succeeded());
    QCOMPARE(outcomes->data[1].error->type, BulkErrorType::NotFound);
    QCOMPARE(*outcomes->data[1].error->id, QStringLiteral("914a6e19"));

    const auto notes = Json::decode<NoteOutcome>(json(R"({"_type": "BulkActionFailure",
        "error": {"message": "An agent with id:... cannot be found in org."}})"));
    QVERIFY(notes);
    QVERIFY(notes->error->type.isNull()); // ErrorResponse: no _type, no id
    QVERIFY(!notes->error->id);

    for (const char *type : {"Validation", "Integrity", "EmptyPatchSet", "Infrastructure",
                             "ErrorResponse", "InvalidArgument"}) {
        QJsonObject error{{QStringLiteral("message"), QStringLiteral("m")},
                          {QStringLiteral("_type"), QString::fromLatin1(type)}};
        const auto decoded = Json::decode<BulkError>(error);
        QVERIFY(decoded && decoded->type.isKnown());
    }

    const auto unknown = Json::decode<EndUserOutcome>(json(R"({"_type": "BulkActionDeferred"})"));
    QVERIFY(unknown);
    QVERIFY(!unknown->succeeded()); // treated as a failure
}

void TestEntities::readsActivityAttributesLeniently()
{
    const QJsonValue attributes = json(R"({"agentId": "a", "agentName": "Dale",
        "score": "high", "agent": {"id": "b", "name": "Bob"}, "isResolved": true,
        "updatedAttributeValues": {"c1": "v", "c2": ["p", "q"]}, "newThing": 1})");
    const auto decoded = Json::decode<ActivityLogAttributes>(attributes);
    QVERIFY(decoded);
    QCOMPARE(*decoded->agentId, QStringLiteral("a"));
    QVERIFY(!decoded->score); // not the documented shape: kept raw, no failure
    QCOMPARE(decoded->extra.value(u"score"), QJsonValue(QStringLiteral("high")));
    QCOMPARE(*decoded->agent->name, QStringLiteral("Bob"));
    QCOMPARE(decoded->isResolved, true);
    QCOMPARE(decoded->updatedAttributeValues->value(QStringLiteral("c2")).path(),
             QStringList({QStringLiteral("p"), QStringLiteral("q")}));
    QCOMPARE(QJsonValue(decoded->toJson()), attributes);
}

void TestEntities::writesFullUpdatesAndSparsePatches()
{
    Agent agent;
    agent.displayName = QStringLiteral("Alice Brown");
    agent.firstName = QStringLiteral("Alice");
    agent.additionalEmails = QStringList{QStringLiteral("alice@secondary.email")};
    const QJsonObject update = UpdateAgentInput::fromAgent(agent).toJson();
    // Every editable field, set or not; never the primary e-mail.
    QCOMPARE(
        update.keys(),
        QStringList({QStringLiteral("additionalEmails"), QStringLiteral("additionalPhoneNumbers"),
                     QStringLiteral("avatarUrl"), QStringLiteral("displayName"),
                     QStringLiteral("firstName"), QStringLiteral("lastName"),
                     QStringLiteral("middleNames"), QStringLiteral("phoneNumber")}));
    QCOMPARE(update.value(u"lastName"), QJsonValue(QString()));

    BulkPatchAgentInput patch;
    patch.id = QStringLiteral("434ce9f5");
    QVERIFY(patch.isEmpty());
    patch.displayName = QStringLiteral("AB");
    patch.middleNames = QStringList();
    QVERIFY(!patch.isEmpty());
    QCOMPARE(QJsonValue(patch.toJson()),
             json(R"({"id": "434ce9f5", "displayName": "AB", "middleNames": []})"));

    BulkUpdateEndUserInput endUserUpdate;
    endUserUpdate.id = QStringLiteral("d4826125");
    endUserUpdate.displayName = QStringLiteral("Alice");
    const QJsonObject written = endUserUpdate.toJson();
    QCOMPARE(written.size(), 11); // id + 10 editable fields, the e-mail included
    QCOMPARE(written.value(u"email"), QJsonValue(QString()));

    PatchEndUserInput endUserPatch;
    endUserPatch.externalId = QStringLiteral("#1");
    QCOMPARE(QJsonValue(endUserPatch.toJson()), json(R"({"externalId": "#1"})"));
    QCOMPARE(PatchEndUserInput().toJson(), QJsonObject());
}

void TestEntities::writesCustomAttributePatches()
{
    CustomAttributeValuesInput patch;
    patch.values.insert(QStringLiteral("274e5a2c"), CustomAttributeValue(QStringLiteral("abc")));
    patch.values.insert(QStringLiteral("befae0d9"), CustomAttributeValue(QStringList{
                                                        QStringLiteral("a"), QStringLiteral("b")}));
    patch.values.insert(QStringLiteral("c1ea4ed0"), std::nullopt); // clears it
    const QJsonValue expected =
        json(R"({"274e5a2c": "abc", "befae0d9": ["a", "b"], "c1ea4ed0": null})");
    QCOMPARE(QJsonValue(patch.toJson()), expected);
    QVERIFY(roundTrips<CustomAttributeValuesInput>(expected));
    QCOMPARE(CustomAttributeValue(QStringList{QStringLiteral("payment"), QStringLiteral("card")})
                 .displayText(),
             QStringLiteral("payment / card"));
}

void TestEntities::buildsSearchBodies()
{
    SearchCondition queue;
    queue.field.type = SearchFieldType::QueueId;
    queue.field.op =
        SearchOperator::withValues(SearchOperatorType::IsOneOf, {QStringLiteral("6f2e0d7f")});
    SearchCondition lastActivity;
    lastActivity.field.type = SearchFieldType::LastActivity;
    lastActivity.field.op = SearchOperator::until(
        DixaTime(QDateTime(QDate(2023, 2, 11), QTime(22, 59, 59, 999), Qt::UTC)));
    SearchCondition attribute;
    attribute.field.type = SearchFieldType::CustomAttribute;
    attribute.field.attributeId = QStringLiteral("1fba54c0");
    attribute.field.op = SearchOperator::withValuePaths(
        SearchOperatorType::IsOneOf,
        {{QStringLiteral("cookies")}, {QStringLiteral("tart"), QStringLiteral("nut_tart")}});

    SearchParametersInput search;
    search.query = SearchQuery{QStringLiteral("order 12345"), true, {}};
    search.filters = SearchFilters{SearchStrategy::All, {queue, lastActivity, attribute}, {}};

    const QJsonValue expected = json(R"({"query": {"value": "order 12345", "exactMatch": true},
        "filters": {"strategy": "All", "conditions": [
          {"field": {"operator": {"values": ["6f2e0d7f"], "_type": "IsOneOf"}, "_type": "QueueId"}},
          {"field": {"operator": {"timestamp": "2023-02-11T22:59:59.999Z", "_type": "Until"},
                     "_type": "LastActivity"}},
          {"field": {"operator": {"values": [["cookies"], ["tart", "nut_tart"]], "_type": "IsOneOf"},
                     "attributeId": "1fba54c0", "_type": "CustomAttribute"}}]}})");
    QCOMPARE(QJsonValue(search.toJson()), expected);
    QVERIFY(roundTrips<SearchParametersInput>(expected));
}

QTEST_GUILESS_MAIN(TestEntities)
#include "tst_entities.moc"
