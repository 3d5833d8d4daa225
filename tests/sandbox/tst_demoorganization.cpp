#include "datastore.h"
#include "demo/demoorganization.h"
#include "demo/demotime.h"
#include "sandboxtime.h"
#include "specvalidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>
#include <QUuid>

#include <algorithm>

namespace {
constexpr quint32 Seed = 7;

const QStringList Channels = {QStringLiteral("WhatsApp"),    QStringLiteral("Voicemail"),
                              QStringLiteral("WidgetChat"),  QStringLiteral("FacebookMessenger"),
                              QStringLiteral("Twitter"),     QStringLiteral("Email"),
                              QStringLiteral("ContactForm"), QStringLiteral("Callback"),
                              QStringLiteral("PstnPhone"),   QStringLiteral("Sms"),
                              QStringLiteral("Messenger")};
const QStringList States = {QStringLiteral("Open"), QStringLiteral("Pending"),
                            QStringLiteral("Closed"), QStringLiteral("AwaitingPending")};

// The Conversation variants a channel may come as.
QStringList typesFor(const QString &channel)
{
    if (channel == u"WidgetChat")
        return {QStringLiteral("ChatConversation"), QStringLiteral("GenericConversation")};
    if (channel == u"PstnPhone" || channel == u"Voicemail" || channel == u"Callback")
        return {QStringLiteral("PstnPhoneConversation")};
    return {channel + QStringLiteral("Conversation")};
}

// The message attribute variants a Conversation variant may carry (dixa-api.md §10.12, §13.4).
QStringList attributesFor(const QString &type)
{
    if (type == u"EmailConversation")
        return {QStringLiteral("EmailAttributes")};
    if (type == u"ContactFormConversation")
        return {QStringLiteral("EmailAttributes"), QStringLiteral("ContactFormAttributes")};
    if (type == u"ChatConversation" || type == u"MessengerConversation")
        return {QStringLiteral("ChatAttributes")};
    if (type == u"PstnPhoneConversation")
        return {QStringLiteral("PhoneAttributes"), QStringLiteral("CallRecordingAttributes")};
    return {type.chopped(int(qstrlen("Conversation"))) + QStringLiteral("Attributes")};
}

qint64 msecs(const QJsonValue &value)
{
    const std::optional<QDateTime> time = SandboxTime::parse(value.toString());
    return time ? time->toMSecsSinceEpoch() : -1;
}

template<typename Map>
QList<typename Map::key_type> sortedKeys(const Map &map)
{
    QList<typename Map::key_type> keys = map.keys();
    std::sort(keys.begin(), keys.end());
    return keys;
}

QByteArray json(const QJsonValue &value)
{
    return value.isObject() ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
                            : QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
}

QJsonArray rows(const JsonTable &table)
{
    QJsonArray out;
    table.forEach([&out](const QJsonObject &record) { out.append(record); });
    return out;
}

QJsonObject content(const DataStore &store, qint64 id)
{
    const ConversationContent generated = store.peekContent(id);
    return QJsonObject{{QStringLiteral("messages"), generated.messages},
                       {QStringLiteral("notes"), generated.notes},
                       {QStringLiteral("activity"), generated.activity},
                       {QStringLiteral("ratings"), generated.ratings}};
}

// Everything the seeding made, in a fixed order, with the content of a sample of conversations.
QByteArray dump(const DataStore &store)
{
    QByteArray out = json(store.organization) + store.tokenUserId.toUtf8();
    for (const JsonTable *table : {&store.agents, &store.endUsers, &store.queues, &store.tags,
                                   &store.teams, &store.customAttributeDefinitions})
        out += json(rows(*table));
    for (const QString &team : sortedKeys(store.teamMembers))
        out += team.toUtf8() + store.teamMembers.value(team).join(QLatin1Char(',')).toUtf8();
    for (const QString &queue : sortedKeys(store.queueMembers))
        out += queue.toUtf8() + json(store.queueMembers.value(queue));
    for (const QString &agent : sortedKeys(store.presence))
        out += json(store.presence.value(agent));
    for (const auto &[id, record] : store.conversations) {
        out += json(record.json) + record.tagIds.join(QLatin1Char(',')).toUtf8() +
               record.searchText.toUtf8() + record.followUpAt.toUtf8();
        if (id % 97 == 1)
            out += json(content(store, id));
    }
    return out;
}
} // namespace

// The seeded demo organisation: the same seed grows the same organisation, with the counts,
// shapes and cross-references the rest of the sandbox relies on.
class TestDemoOrganization : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void timesAreWrittenAsTheSandboxWritesThem();
    void sameSeedSameOrganization();
    void otherSeedOtherOrganization();
    void counts();
    void agentsAndPresence();
    void queuesTagsAndAttributes();
    void endUsers();
    void everyChannelAndState();
    void conversationsReferToWhatExists();
    void searchTextHoldsTheFirstMessage();
    void contentFitsItsConversation();
    void contentIsStable();
    void fitsTheSpecSchemas();

private:
    DataStore m_store;
};

void TestDemoOrganization::initTestCase()
{
    DemoOrganization::populate(m_store, Seed, 1.0);
}

void TestDemoOrganization::timesAreWrittenAsTheSandboxWritesThem()
{
    const QDateTime start(QDate(1999, 12, 31), QTime(23, 59, 58, 7), Qt::UTC);
    for (qint64 ms = start.toMSecsSinceEpoch();
         ms < start.toMSecsSinceEpoch() + 40 * 365 * DemoTime::Day;
         ms += 7 * DemoTime::Day + 3 * DemoTime::Hour + 123457) {
        const QDateTime time = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        QCOMPARE(DemoTime::iso(ms), SandboxTime::iso(time));
        QCOMPARE(DemoTime::zoned(ms), SandboxTime::zoned(time));
        QCOMPARE(DemoTime::withoutOffset(ms),
                 time.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz")));
        QCOMPARE(DemoTime::dayOfWeek(ms), time.date().dayOfWeek());
        QCOMPARE(DemoTime::hourOfDay(ms), time.time().hour());
    }
}

void TestDemoOrganization::sameSeedSameOrganization()
{
    DataStore again;
    DemoOrganization::populate(again, Seed, 1.0);
    const QByteArray first = dump(m_store);
    const QByteArray second = dump(again);
    QVERIFY(first.size() > 1000000);
    QVERIFY(first == second);
}

void TestDemoOrganization::otherSeedOtherOrganization()
{
    DataStore other;
    DemoOrganization::populate(other, Seed + 1, 1.0);
    QCOMPARE(other.conversations.size(), m_store.conversations.size());
    QVERIFY(json(rows(other.agents)) != json(rows(m_store.agents)));
    QVERIFY(json(rows(other.endUsers)) != json(rows(m_store.endUsers)));
    QVERIFY(json(other.conversations.at(1).json) != json(m_store.conversations.at(1).json));
    QVERIFY(json(content(other, 1)) != json(content(m_store, 1)));
}

void TestDemoOrganization::counts()
{
    QVERIFY(m_store.agents.size() >= 12 && m_store.agents.size() <= 20);
    QCOMPARE(m_store.queues.size(), 5);
    QCOMPARE(m_store.tags.size(), 25);
    QVERIFY(m_store.teams.size() >= 3 && m_store.teams.size() <= 4);
    QCOMPARE(m_store.endUsers.size(), 1000);
    QCOMPARE(qsizetype(m_store.conversations.size()), 3000);
    QCOMPARE(m_store.conversations.begin()->first, qint64(1));
    QCOMPARE(m_store.conversations.rbegin()->first, qint64(3000));
    QCOMPARE(m_store.nextConversationId, qint64(3001));
}

void TestDemoOrganization::agentsAndPresence()
{
    const QJsonObject *owner = m_store.agents.find(m_store.tokenUserId);
    QVERIFY(owner);
    QVERIFY(owner->value(QStringLiteral("roles")).toArray().contains(QStringLiteral("Admin")));
    QCOMPARE(m_store.organization.value(QStringLiteral("status")).toString(),
             QStringLiteral("Active"));
    QVERIFY(!m_store.organization.value(QStringLiteral("name")).toString().isEmpty());

    QSet<QString> emails;
    m_store.agents.forEach([&](const QJsonObject &agent) {
        const QString id = agent.value(QStringLiteral("id")).toString();
        QCOMPARE(id, id.toLower());
        QVERIFY(!QUuid::fromString(id).isNull());
        QVERIFY(msecs(agent.value(QStringLiteral("createdAt"))) > 0);
        QVERIFY(agent.value(QStringLiteral("createdAt")).toString().endsWith(u'Z'));
        QVERIFY(!agent.value(QStringLiteral("displayName")).toString().isEmpty());
        const QString email = agent.value(QStringLiteral("email")).toString();
        QVERIFY(email.contains(u'@'));
        QVERIFY(!emails.contains(email));
        emails.insert(email);
        QVERIFY(agent.value(QStringLiteral("phoneNumber")).toString().startsWith(u'+'));
        for (const QString &key :
             {QStringLiteral("middleNames"), QStringLiteral("additionalEmails"),
              QStringLiteral("additionalPhoneNumbers")})
            QVERIFY(agent.value(key).isArray());
        const QJsonArray roles = agent.value(QStringLiteral("roles")).toArray();
        QVERIFY(!roles.isEmpty());
        for (const QJsonValue &role : roles)
            QVERIFY(QStringList({QStringLiteral("Agent"), QStringLiteral("Admin"),
                                 QStringLiteral("TeamLead"), QStringLiteral("SystemAdmin")})
                        .contains(role.toString()));

        const QJsonObject presence = m_store.presence.value(id);
        QCOMPARE(presence.value(QStringLiteral("userId")).toString(), id);
        const QString requestTime = presence.value(QStringLiteral("requestTime")).toString();
        QVERIFY(!requestTime.endsWith(u'Z'));
        QVERIFY(msecs(requestTime) > 0);
        QVERIFY(presence.value(QStringLiteral("connectionStatus")).toString() == u"Online" ||
                presence.value(QStringLiteral("connectionStatus")).toString() == u"Offline");
    });

    for (const QString &team : m_store.teamMembers.keys()) {
        QVERIFY(m_store.teams.contains(team));
        for (const QString &agent : m_store.teamMembers.value(team))
            QVERIFY(m_store.agents.contains(agent));
    }
}

void TestDemoOrganization::queuesTagsAndAttributes()
{
    int defaults = 0;
    m_store.queues.forEach([&](const QJsonObject &queue) {
        for (const QString &key :
             {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("organizationId"),
              QStringLiteral("isDefault"), QStringLiteral("queueThresholds"),
              QStringLiteral("slaCalculationMethod"), QStringLiteral("doNotOfferTimeouts"),
              QStringLiteral("isDoNotOfferEnabled"), QStringLiteral("offeringAlgorithm"),
              QStringLiteral("offerTimeout"), QStringLiteral("priority")})
            QVERIFY2(queue.contains(key), qPrintable(key));
        defaults += queue.value(QStringLiteral("isDefault")).toBool() ? 1 : 0;
        const QJsonArray members =
            m_store.queueMembers.value(queue.value(QStringLiteral("id")).toString());
        QVERIFY(members.size() >= 3);
        for (const QJsonValue &member : members) {
            QVERIFY(m_store.agents.contains(member[QStringLiteral("agentId")].toString()));
            QVERIFY(member[QStringLiteral("priority")].toInt() >= 1);
        }
    });
    QCOMPARE(defaults, 1);

    int inactive = 0;
    m_store.tags.forEach([&](const QJsonObject &tag) {
        const QString state = tag.value(QStringLiteral("state")).toString();
        QVERIFY(state == u"Active" || state == u"Inactive");
        inactive += state == u"Inactive" ? 1 : 0;
        const QString color = tag.value(QStringLiteral("color")).toString();
        QCOMPARE(color.size(), 7);
        QVERIFY(color.startsWith(u'#'));
    });
    QCOMPARE(inactive, 3);

    QSet<QString> entityTypes;
    QSet<QString> inputTypes;
    m_store.customAttributeDefinitions.forEach([&](const QJsonObject &definition) {
        entityTypes.insert(definition.value(QStringLiteral("entityType")).toString());
        const QJsonObject input = definition.value(QStringLiteral("inputDefinition")).toObject();
        inputTypes.insert(input.value(QStringLiteral("_type")).toString());
        QVERIFY(definition.value(QStringLiteral("createdAt")).toString().endsWith(u"Z[GMT]"));
        for (const QJsonValue &option : input.value(QStringLiteral("options")).toArray()) {
            QVERIFY(!option[QStringLiteral("id")].toString().isEmpty());
            QVERIFY(option[QStringLiteral("nestedOptions")].isArray());
        }
    });
    QCOMPARE(entityTypes,
             QSet<QString>({QStringLiteral("Contact"), QStringLiteral("Conversation")}));
    QCOMPARE(inputTypes, QSet<QString>({QStringLiteral("Text"), QStringLiteral("Select")}));
}

void TestDemoOrganization::endUsers()
{
    QSet<QString> emails;
    int withExternalId = 0;
    int withAttributes = 0;
    int sparse = 0;
    m_store.endUsers.forEach([&](const QJsonObject &user) {
        QVERIFY(!user.value(QStringLiteral("displayName")).toString().isEmpty());
        QVERIFY(msecs(user.value(QStringLiteral("createdAt"))) > 0);
        const QString email = user.value(QStringLiteral("email")).toString();
        if (!email.isEmpty()) {
            QVERIFY(!emails.contains(email));
            emails.insert(email);
        }
        const QString phone = user.value(QStringLiteral("phoneNumber")).toString();
        if (!phone.isEmpty())
            QVERIFY(phone.startsWith(u'+'));
        withExternalId += user.contains(QStringLiteral("externalId")) ? 1 : 0;
        withAttributes +=
            user.value(QStringLiteral("customAttributes")).toArray().isEmpty() ? 0 : 1;
        sparse += user.contains(QStringLiteral("firstName")) ? 0 : 1;
    });
    QVERIFY(withExternalId > 100);
    QVERIFY(withAttributes > 100);
    QVERIFY(sparse > 10);
}

void TestDemoOrganization::everyChannelAndState()
{
    // Even a tiny organisation shows every channel and state.
    DataStore small;
    DemoOrganization::populate(small, Seed, 0.01);
    QCOMPARE(small.endUsers.size(), 10);
    QCOMPARE(qsizetype(small.conversations.size()), 30);
    for (const DataStore *store : {&m_store, &small}) {
        QSet<QString> channels;
        QSet<QString> states;
        QSet<QString> types;
        for (const auto &[id, record] : store->conversations) {
            const QString channel = record.json.value(QStringLiteral("channel")).toString();
            const QString type = record.json.value(QStringLiteral("_type")).toString();
            QVERIFY2(typesFor(channel).contains(type), qPrintable(channel + u' ' + type));
            channels.insert(channel);
            states.insert(record.json.value(QStringLiteral("state")).toString());
            types.insert(type);
        }
        QCOMPARE(channels, QSet<QString>(Channels.cbegin(), Channels.cend()));
        QCOMPARE(states, QSet<QString>(States.cbegin(), States.cend()));
        QCOMPARE(types.size(), 10);
    }
}

void TestDemoOrganization::conversationsReferToWhatExists()
{
    const qint64 latest =
        msecs(m_store.conversations.rbegin()->second.json.value(QStringLiteral("createdAt")));
    int assigned = 0;
    int linked = 0;
    int withAttributes = 0;
    for (const auto &[id, record] : m_store.conversations) {
        const QJsonObject &c = record.json;
        QCOMPARE(c.value(QStringLiteral("id")).toInteger(), id);
        const QJsonObject *requester =
            m_store.endUsers.find(c.value(QStringLiteral("requesterId")).toString());
        QVERIFY(requester);
        const qint64 created = msecs(c.value(QStringLiteral("createdAt")));
        QVERIFY(created > 0 && created <= latest);
        QVERIFY(msecs(requester->value(QStringLiteral("createdAt"))) <= created);
        QVERIFY(msecs(c.value(QStringLiteral("stateUpdatedAt"))) >= created);
        const QString direction = c.value(QStringLiteral("direction")).toString();
        QVERIFY(direction == u"Inbound" || direction == u"Outbound");

        if (c.contains(QStringLiteral("queue"))) {
            const QJsonObject queue = c.value(QStringLiteral("queue")).toObject();
            QVERIFY(m_store.queues.contains(queue.value(QStringLiteral("id")).toString()));
            QVERIFY(msecs(queue.value(QStringLiteral("queuedAt"))) >= created);
        }
        if (c.contains(QStringLiteral("assignment"))) {
            ++assigned;
            const QJsonObject assignment = c.value(QStringLiteral("assignment")).toObject();
            QVERIFY(
                m_store.agents.contains(assignment.value(QStringLiteral("agentId")).toString()));
            QVERIFY(msecs(assignment.value(QStringLiteral("assignedAt"))) >= created);
        } else {
            QVERIFY(c.value(QStringLiteral("state")).toString() != u"Pending");
        }
        if (c.contains(QStringLiteral("link"))) {
            ++linked;
            const qint64 parent = c[QStringLiteral("link")][QStringLiteral("parentId")].toInteger();
            QVERIFY(parent >= 1 && parent < id);
            QVERIFY(!m_store.conversations.at(parent).json.contains(QStringLiteral("link")));
        }
        withAttributes += c.contains(QStringLiteral("customAttributes")) ? 1 : 0;

        const QString type = c.value(QStringLiteral("_type")).toString();
        if (type == u"EmailConversation") {
            for (const QString &key :
                 {QStringLiteral("toEmail"), QStringLiteral("fromEmail"),
                  QStringLiteral("integrationEmail"), QStringLiteral("subject")})
                QVERIFY(!c.value(key).toString().isEmpty());
        } else if (type == u"ChatConversation") {
            QVERIFY(!c[QStringLiteral("browserInfo")][QStringLiteral("name")].toString().isEmpty());
        } else if (type == u"SmsConversation") {
            QVERIFY(c.value(QStringLiteral("fromNumber")).toString().startsWith(u'+'));
        } else if (type == u"TwitterConversation") {
            QVERIFY(c.contains(QStringLiteral("conversationType")));
        }

        QVERIFY(record.tagIds.size() <= 3);
        for (const QString &tag : record.tagIds)
            QCOMPARE(m_store.tags.value(tag).value(QStringLiteral("state")).toString(),
                     QStringLiteral("Active"));
    }
    QVERIFY(assigned > 2000);
    QVERIFY(linked > 10);
    QVERIFY(withAttributes > 300);
}

void TestDemoOrganization::searchTextHoldsTheFirstMessage()
{
    int checked = 0;
    for (qint64 id = 1; id <= 3000; id += 7) {
        const ConversationRecord &record = m_store.conversations.at(id);
        const QJsonObject requester =
            m_store.endUsers.value(record.json.value(QStringLiteral("requesterId")).toString());
        QCOMPARE(record.searchText, record.searchText.toLower());
        QVERIFY(record.searchText.contains(
            requester.value(QStringLiteral("displayName")).toString().toLower()));
        if (record.json.contains(QStringLiteral("subject")))
            QVERIFY(record.searchText.contains(
                record.json.value(QStringLiteral("subject")).toString().toLower()));
        const QJsonArray messages = m_store.peekContent(id).messages;
        if (messages.isEmpty())
            continue;
        const QJsonObject attributes = messages.first()[QStringLiteral("attributes")].toObject();
        QJsonObject text = attributes.value(QStringLiteral("content")).toObject();
        if (text.isEmpty())
            text = attributes[QStringLiteral("emailContent")][QStringLiteral("content")].toObject();
        if (text.value(QStringLiteral("_type")).toString() != u"Text")
            continue;
        QVERIFY2(
            record.searchText.contains(text.value(QStringLiteral("value")).toString().toLower()),
            qPrintable(QString::number(id)));
        ++checked;
    }
    QVERIFY(checked > 100);

    const auto found = [this](const QString &word) {
        return std::count_if(
            m_store.conversations.cbegin(), m_store.conversations.cend(),
            [&word](const auto &entry) { return entry.second.searchText.contains(word); });
    };
    QVERIFY(found(QStringLiteral("refund")) > 20);
    QVERIFY(found(QStringLiteral("ordre")) > 20);
    QVERIFY(found(QStringLiteral("bestellung")) > 20);
}

void TestDemoOrganization::contentFitsItsConversation()
{
    QSet<QString> seenTypes;
    QSet<QString> contentTypes;
    int withNotes = 0;
    int withRatings = 0;
    for (qint64 id = 1; id <= 3000; id += 3) {
        const ConversationRecord &record = m_store.conversations.at(id);
        const QJsonObject &c = record.json;
        const QString type = c.value(QStringLiteral("_type")).toString();
        const QString state = c.value(QStringLiteral("state")).toString();
        const QString requester = c.value(QStringLiteral("requesterId")).toString();
        const qint64 created = msecs(c.value(QStringLiteral("createdAt")));
        const ConversationContent content = m_store.peekContent(id);
        seenTypes.insert(type);

        if (type != u"PstnPhoneConversation")
            QVERIFY2(!content.messages.isEmpty(), qPrintable(QString::number(id)));
        qint64 previous = created;
        for (const QJsonValue &value : content.messages) {
            const QJsonObject message = value.toObject();
            const qint64 at = msecs(message.value(QStringLiteral("createdAt")));
            QVERIFY(message.value(QStringLiteral("createdAt")).toString().endsWith(u"Z[GMT]"));
            QVERIFY2(at >= previous, qPrintable(QString::number(id)));
            previous = at;
            const QString author = message.value(QStringLiteral("authorId")).toString();
            QVERIFY(author == requester || m_store.agents.contains(author));
            const QJsonObject attributes = message.value(QStringLiteral("attributes")).toObject();
            const QString attributesType = attributes.value(QStringLiteral("_type")).toString();
            QVERIFY2(attributesFor(type).contains(attributesType),
                     qPrintable(type + u' ' + attributesType));
            QJsonObject body = attributes.value(QStringLiteral("content")).toObject();
            if (attributes.contains(QStringLiteral("emailContent"))) {
                QVERIFY(attributes.contains(QStringLiteral("isAutoReply")));
                body = attributes[QStringLiteral("emailContent")][QStringLiteral("content")]
                           .toObject();
            }
            if (!body.isEmpty()) {
                contentTypes.insert(body.value(QStringLiteral("_type")).toString());
                QVERIFY(!body.value(QStringLiteral("value")).toString().isEmpty());
            }
        }
        if (!content.messages.isEmpty() &&
            content.messages.first()[QStringLiteral("attributes")][QStringLiteral("direction")]
                    .toString() == u"Inbound")
            QCOMPARE(content.messages.first()[QStringLiteral("authorId")].toString(), requester);

        for (const QJsonValue &note : content.notes) {
            QCOMPARE(note[QStringLiteral("csid")].toInteger(), id);
            QVERIFY(m_store.agents.contains(note[QStringLiteral("authorId")].toString()));
            QVERIFY(note[QStringLiteral("createdAt")].toString().endsWith(u"Z[GMT]"));
        }
        withNotes += content.notes.isEmpty() ? 0 : 1;

        QStringList activityTypes;
        previous = 0;
        for (const QJsonValue &value : content.activity) {
            const QJsonObject entry = value.toObject();
            const QString activityType = entry.value(QStringLiteral("_type")).toString();
            QCOMPARE(entry.value(QStringLiteral("activityType")).toString(),
                     activityType + QStringLiteral("ActivityType"));
            QCOMPARE(entry.value(QStringLiteral("conversationId")).toInteger(), id);
            const qint64 at = msecs(entry.value(QStringLiteral("activityTimestamp")));
            QVERIFY(at >= previous);
            previous = at;
            activityTypes.append(activityType);
        }
        QVERIFY(activityTypes.value(0).startsWith(u"ConversationCreatedBy"));
        if (state == u"Closed")
            QVERIFY(activityTypes.contains(QStringLiteral("ConversationClosed")));
        if (c.contains(QStringLiteral("assignment")))
            QVERIFY(activityTypes.contains(QStringLiteral("ConversationAssigned")) ||
                    activityTypes.contains(QStringLiteral("ConversationClaimed")));
        QCOMPARE(activityTypes.count(QStringLiteral("TagAdded")), record.tagIds.size());
        QCOMPARE(activityTypes.count(QStringLiteral("NoteAdded")), content.notes.size());

        for (const QJsonValue &rating : content.ratings) {
            QCOMPARE(state, QStringLiteral("Closed"));
            QCOMPARE(rating[QStringLiteral("userId")].toString(), requester);
            QVERIFY(rating[QStringLiteral("timestamps")].isObject());
        }
        withRatings += content.ratings.isEmpty() ? 0 : 1;
    }
    QCOMPARE(seenTypes.size(), 10);
    QCOMPARE(contentTypes, QSet<QString>({QStringLiteral("Text"), QStringLiteral("Html"),
                                          QStringLiteral("Markdown")}));
    QVERIFY(withNotes > 20);
    QVERIFY(withRatings > 50);
}

void TestDemoOrganization::contentIsStable()
{
    // Generated on demand, so asking twice must give the same history.
    for (const qint64 id : {1, 2, 500, 1234, 2999, 3000})
        QCOMPARE(json(content(m_store, id)), json(content(m_store, id)));
    // Conversations that were not seeded have no generated history.
    QJsonObject unseeded = m_store.conversations.at(1).json;
    unseeded.insert(QStringLiteral("id"), 3001);
    m_store.conversations[3001].json = unseeded;
    QVERIFY(m_store.peekContent(3001).messages.isEmpty());
    m_store.conversations.erase(3001);
}

void TestDemoOrganization::fitsTheSpecSchemas()
{
    // resources/spec holds request schemas: seeded records must be sendable back as they are
    // (a grid edit of a seeded end user must not fail on the seeding's own data).
    const SpecValidator spec;
    int checked = 0;
    const auto check = [&](const QString &name, const QJsonValue &value) {
        if (!spec.hasSchema(name))
            return;
        const QStringList problems = spec.check(name, value);
        QVERIFY2(problems.isEmpty(), qPrintable(name + u": " + problems.join(u"; ") + u"\n" +
                                                QString::fromUtf8(json(value))));
        ++checked;
    };
    const auto without = [](QJsonObject object, const QStringList &keys) {
        for (const QString &key : keys)
            object.remove(key);
        return object;
    };
    m_store.agents.forEach([&](const QJsonObject &agent) {
        check(QStringLiteral("UpdateAgentInput"),
              without(agent, {QStringLiteral("id"), QStringLiteral("createdAt"),
                              QStringLiteral("email"), QStringLiteral("roles")}));
    });
    m_store.endUsers.forEach([&](const QJsonObject &user) {
        check(QStringLiteral("UpdateEndUserInput"),
              without(user, {QStringLiteral("id"), QStringLiteral("createdAt"),
                             QStringLiteral("customAttributes")}));
    });
    m_store.queues.forEach([&](const QJsonObject &queue) {
        check(QStringLiteral("Map_QueueThreshold_Int"),
              queue.value(QStringLiteral("queueThresholds")));
        check(QStringLiteral("Map_ConversationChannel_Int"),
              queue.value(QStringLiteral("doNotOfferTimeouts")));
    });
    for (qint64 id = 1; id <= 3000; id += 11) {
        const QJsonObject &c = m_store.conversations.at(id).json;
        if (c.contains(QStringLiteral("browserInfo")))
            check(QStringLiteral("BrowserInfo"), c.value(QStringLiteral("browserInfo")));
        for (const QJsonValue &message : m_store.peekContent(id).messages) {
            const QJsonObject attributes = message[QStringLiteral("attributes")].toObject();
            if (attributes.contains(QStringLiteral("content")))
                check(QStringLiteral("Content"), attributes.value(QStringLiteral("content")));
            for (const QJsonValue &file : attributes.value(QStringLiteral("attachments")).toArray())
                check(QStringLiteral("File"), file);
        }
    }
    if (checked == 0)
        QSKIP("resources/spec has none of the schemas this test reads");
}

QTEST_GUILESS_MAIN(TestDemoOrganization)
#include "tst_demoorganization.moc"
