// Queues, tags and teams of the demo organisation: reads, writes, members and their errors.
#include "sandboxfixture.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QUuid>

#include <algorithm>

namespace {
const QString unknownId = QStringLiteral("00000000-0000-4000-8000-000000000001");

QString messageOf(const SandboxFixture::Reply &reply)
{
    return reply.object().value(QStringLiteral("message")).toString();
}

QStringList idsOf(const QJsonArray &items, const QString &key = QStringLiteral("id"))
{
    QStringList ids;
    for (const QJsonValue &item : items)
        ids.append(item.toObject().value(key).toString());
    return ids;
}

QJsonObject agentIds(const QStringList &ids)
{
    return QJsonObject{{QStringLiteral("agentIds"), QJsonArray::fromStringList(ids)}};
}
} // namespace

class TestDirectoryRoutes : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    QStringList m_agents; // every agent/admin id
    QString m_endUser;    // an end user who is not an agent

    QJsonObject searchFilter(const QJsonArray &conditions)
    {
        return QJsonObject{{QStringLiteral("filters"),
                            QJsonObject{{QStringLiteral("strategy"), QStringLiteral("All")},
                                        {QStringLiteral("conditions"), conditions}}}};
    }

    QList<qint64> searchIds(const QJsonObject &body)
    {
        QList<qint64> ids;
        QString path = QStringLiteral("/v1/search/conversations?pageLimit=500");
        while (!path.isEmpty()) {
            const auto reply = m_sandbox->send("POST", path, SandboxFixture::toJson(body));
            if (reply.status != 200)
                return {};
            for (const QJsonValue &hit : reply.data().toArray())
                ids.append(hit.toObject().value(QStringLiteral("id")).toInteger());
            path = reply.object()
                       .value(QStringLiteral("meta"))
                       .toObject()
                       .value(QStringLiteral("next"))
                       .toString();
        }
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxFixture>();
        QVERIFY(m_sandbox->isRunning());
        QString path = QStringLiteral("/v1/agents?pageLimit=100");
        while (!path.isEmpty()) {
            const auto reply = m_sandbox->get(path);
            QCOMPARE(reply.status, 200);
            m_agents += idsOf(reply.data().toArray());
            path = reply.object()
                       .value(QStringLiteral("meta"))
                       .toObject()
                       .value(QStringLiteral("next"))
                       .toString();
        }
        QVERIFY(m_agents.size() >= 6);
        const auto users = m_sandbox->get(QStringLiteral("/v1/endusers?pageLimit=5"));
        QCOMPARE(users.status, 200);
        for (const QString &id : idsOf(users.data().toArray())) {
            if (!m_agents.contains(id)) {
                m_endUser = id;
                break;
            }
        }
        QVERIFY(!m_endUser.isEmpty());
    }

    void cleanup() { QCOMPARE(m_sandbox->del(QStringLiteral("/_sandbox/faults")).status, 204); }

    // --- queues ---------------------------------------------------------------------------

    void listsAndGetsQueues()
    {
        const auto list = m_sandbox->get(QStringLiteral("/v1/queues"));
        QCOMPARE(list.status, 200);
        const QJsonArray queues = list.data().toArray();
        QVERIFY(queues.size() >= 3);
        int defaults = 0;
        for (const QJsonValue &value : queues) {
            const QJsonObject queue = value.toObject();
            for (const char *key :
                 {"id", "name", "organizationId", "isDefault", "queueThresholds",
                  "slaCalculationMethod", "doNotOfferTimeouts", "isDoNotOfferEnabled"})
                QVERIFY2(queue.contains(QLatin1String(key)), key);
            defaults += queue.value(QStringLiteral("isDefault")).toBool() ? 1 : 0;
            const auto one = m_sandbox->get(QStringLiteral("/v1/queues/") +
                                            queue.value(QStringLiteral("id")).toString());
            QCOMPARE(one.status, 200);
            QCOMPARE(one.data().toObject(), queue);
        }
        QCOMPARE(defaults, 1);
        const auto missing = m_sandbox->get(QStringLiteral("/v1/queues/") + unknownId);
        QCOMPARE(missing.status, 404);
        QCOMPARE(messageOf(missing), QStringLiteral("The requested resource could not be found"));
        const auto malformed = m_sandbox->get(QStringLiteral("/v1/queues/not-a-uuid"));
        QCOMPARE(malformed.status, 400);
        QCOMPARE(messageOf(malformed), QStringLiteral("Invalid value for: path parameter queueId"));
    }

    void createsQueues()
    {
        const QJsonObject request{{QStringLiteral("name"), QStringLiteral("Escalations")},
                                  {QStringLiteral("callFunctionality"), false},
                                  {QStringLiteral("isDefault"), false},
                                  {QStringLiteral("isDoNotOfferEnabled"), true},
                                  {QStringLiteral("offerAlgorithm"), QStringLiteral("LongestIdle")},
                                  {QStringLiteral("offerTimeout"), 45},
                                  {QStringLiteral("queueThresholds"),
                                   QJsonObject{{QStringLiteral("WaitingConversations"), 7}}}};
        const auto created = m_sandbox->post(QStringLiteral("/v1/queues"),
                                             QJsonObject{{QStringLiteral("request"), request}});
        QCOMPARE(created.status, 201);
        const QJsonObject queue = created.data().toObject();
        const QString id = queue.value(QStringLiteral("id")).toString();
        QVERIFY(!QUuid::fromString(id).isNull());
        QCOMPARE(queue.value(QStringLiteral("name")).toString(), QStringLiteral("Escalations"));
        QCOMPARE(queue.value(QStringLiteral("offeringAlgorithm")).toString(),
                 QStringLiteral("LongestIdle"));
        QVERIFY(!queue.contains(QStringLiteral("offerAlgorithm")));
        QVERIFY(!queue.contains(QStringLiteral("callFunctionality")));
        QCOMPARE(queue.value(QStringLiteral("offerTimeout")).toInt(), 45);
        QCOMPARE(queue.value(QStringLiteral("queueThresholds"))
                     .toObject()
                     .value(QStringLiteral("WaitingConversations"))
                     .toInt(),
                 7);
        const auto org = m_sandbox->get(QStringLiteral("/v1/organization"));
        QCOMPARE(queue.value(QStringLiteral("organizationId")).toString(),
                 org.data().toObject().value(QStringLiteral("id")).toString());
        QCOMPARE(m_sandbox->get(QStringLiteral("/v1/queues/") + id).data().toObject(), queue);
        QVERIFY(idsOf(m_sandbox->get(QStringLiteral("/v1/queues")).data().toArray()).contains(id));
        QCOMPARE(m_sandbox->get(QStringLiteral("/v1/queues/%1/members").arg(id)).data().toArray(),
                 QJsonArray());

        // A new default queue takes the flag from the old one.
        QJsonObject asDefault = request;
        asDefault.insert(QStringLiteral("name"), QStringLiteral("New front door"));
        asDefault.insert(QStringLiteral("isDefault"), true);
        const auto second = m_sandbox->post(QStringLiteral("/v1/queues"),
                                            QJsonObject{{QStringLiteral("request"), asDefault}});
        QCOMPARE(second.status, 201);
        QStringList defaults;
        for (const QJsonValue &q : m_sandbox->get(QStringLiteral("/v1/queues")).data().toArray()) {
            if (q.toObject().value(QStringLiteral("isDefault")).toBool())
                defaults.append(q.toObject().value(QStringLiteral("id")).toString());
        }
        QCOMPARE(defaults,
                 QStringList{second.data().toObject().value(QStringLiteral("id")).toString()});

        for (const QJsonObject &bad :
             {QJsonObject{},
              QJsonObject{{QStringLiteral("request"),
                           QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}}}},
              QJsonObject{{QStringLiteral("request"),
                           QJsonObject{{QStringLiteral("name"), QStringLiteral(" ")},
                                       {QStringLiteral("callFunctionality"), false},
                                       {QStringLiteral("isDefault"), false},
                                       {QStringLiteral("isDoNotOfferEnabled"), false}}}}}) {
            const auto reply = m_sandbox->post(QStringLiteral("/v1/queues"), bad);
            QCOMPARE(reply.status, 400);
            QVERIFY2(messageOf(reply).startsWith(QLatin1String("Invalid value for: body")),
                     qPrintable(messageOf(reply)));
        }
    }

    void assignsAndRemovesQueueMembers()
    {
        // The seeded queue with the fewest members, so that some agents are not in it yet.
        QString membersPath;
        QStringList current;
        for (const QString &queue :
             idsOf(m_sandbox->get(QStringLiteral("/v1/queues")).data().toArray())) {
            const QString path = QStringLiteral("/v1/queues/%1/members").arg(queue);
            const auto reply = m_sandbox->get(path);
            QCOMPARE(reply.status, 200);
            const QStringList members = idsOf(reply.data().toArray(), QStringLiteral("agentId"));
            if (!members.isEmpty() && (membersPath.isEmpty() || members.size() < current.size())) {
                membersPath = path;
                current = members;
            }
        }
        QVERIFY(!current.isEmpty());
        QStringList outsiders;
        for (const QString &agent : m_agents) {
            if (!current.contains(agent))
                outsiders.append(agent);
        }
        QVERIFY(outsiders.size() >= 2);
        const QString a = outsiders.at(0);
        const QString b = outsiders.at(1);
        const auto outcome = m_sandbox->patch(membersPath, agentIds({a, unknownId, m_endUser, b}));
        QCOMPARE(outcome.status, 200);
        const QJsonArray items = outcome.data().toArray();
        QCOMPARE(items.size(), 4);
        QCOMPARE(items.at(0).toObject(),
                 (QJsonObject{{QStringLiteral("_type"), QStringLiteral("BulkActionSuccess")},
                              {QStringLiteral("data"), a}}));
        QCOMPARE(items.at(1).toObject().value(QStringLiteral("_type")).toString(),
                 QStringLiteral("BulkActionFailure"));
        QCOMPARE(items.at(1).toObject().value(QStringLiteral("error")).toObject(),
                 (QJsonObject{{QStringLiteral("_type"), QStringLiteral("NotFound")},
                              {QStringLiteral("id"), unknownId},
                              {QStringLiteral("message"), QStringLiteral("User not found")}}));
        QCOMPARE(items.at(2).toObject().value(QStringLiteral("error")).toObject(),
                 (QJsonObject{{QStringLiteral("_type"), QStringLiteral("Validation")},
                              {QStringLiteral("id"), m_endUser},
                              {QStringLiteral("message"),
                               QStringLiteral("Member is neither Agent or Admin")}}));
        QCOMPARE(items.at(3).toObject().value(QStringLiteral("data")).toString(), b);

        const QJsonArray after = m_sandbox->get(membersPath).data().toArray();
        QCOMPARE(idsOf(after, QStringLiteral("agentId")), (current + QStringList{a, b}));
        for (const QJsonValue &member : after)
            QVERIFY(member.toObject().value(QStringLiteral("priority")).toInt() >= 1);

        // Assigning again changes nothing; removing takes them out.
        QCOMPARE(m_sandbox->patch(membersPath, agentIds({a}))
                     .data()
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("_type"))
                     .toString(),
                 QStringLiteral("BulkActionSuccess"));
        QCOMPARE(m_sandbox->get(membersPath).data().toArray().size(), after.size());
        const auto removed = m_sandbox->send("DELETE", membersPath,
                                             SandboxFixture::toJson(agentIds({a, b, unknownId})));
        QCOMPARE(removed.status, 204);
        QCOMPARE(idsOf(m_sandbox->get(membersPath).data().toArray(), QStringLiteral("agentId")),
                 current);

        QStringList eleven;
        for (int i = 0; i < 11; ++i)
            eleven.append(QUuid::createUuid().toString(QUuid::WithoutBraces));
        const auto tooMany =
            m_sandbox->send("DELETE", membersPath, SandboxFixture::toJson(agentIds(eleven)));
        QCOMPARE(tooMany.status, 400);
        QVERIFY(messageOf(tooMany).startsWith(QLatin1String("Invalid value for: body")));
        QCOMPARE(m_sandbox
                     ->patch(membersPath, QJsonObject{{QStringLiteral("agentIds"),
                                                       QJsonArray{QStringLiteral("nope")}}})
                     .status,
                 400);

        const QString unknownMembers = QStringLiteral("/v1/queues/%1/members").arg(unknownId);
        QCOMPARE(m_sandbox->get(unknownMembers).status, 404);
        QCOMPARE(m_sandbox->patch(unknownMembers, agentIds({a})).status, 404);
        QCOMPARE(
            m_sandbox->send("DELETE", unknownMembers, SandboxFixture::toJson(agentIds({a}))).status,
            404);
        QCOMPARE(m_sandbox->get(QStringLiteral("/v1/queues/x/members")).status, 400);
    }

    void queueMemberFailuresCanBeInjected()
    {
        const QString queue = m_sandbox->get(QStringLiteral("/v1/queues"))
                                  .data()
                                  .toArray()
                                  .first()
                                  .toObject()
                                  .value(QStringLiteral("id"))
                                  .toString();
        QVERIFY(m_sandbox->setFaults(QJsonObject{{QStringLiteral("bulkFailureRate"), 1.0}}));
        const auto outcome = m_sandbox->patch(QStringLiteral("/v1/queues/%1/members").arg(queue),
                                              agentIds({m_agents.at(0), m_agents.at(1)}));
        QCOMPARE(outcome.status, 200);
        const QJsonArray items = outcome.data().toArray();
        QCOMPARE(items.size(), 2);
        for (int i = 0; i < 2; ++i) {
            const QJsonObject error =
                items.at(i).toObject().value(QStringLiteral("error")).toObject();
            QCOMPARE(error.value(QStringLiteral("id")).toString(), m_agents.at(i));
            QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
        }
    }

    void reportsQueueAvailability()
    {
        const QString queue = m_sandbox->get(QStringLiteral("/v1/queues"))
                                  .data()
                                  .toArray()
                                  .first()
                                  .toObject()
                                  .value(QStringLiteral("id"))
                                  .toString();
        const auto reply = m_sandbox->get(QStringLiteral("/v1/queues/%1/availability").arg(queue));
        // Generic chat channels exist in the demo organisation exactly when it has generic
        // conversations; otherwise Dixa answers 409.
        const auto generic = searchIds(searchFilter({QJsonObject{
            {QStringLiteral("field"),
             QJsonObject{
                 {QStringLiteral("_type"), QStringLiteral("Channel")},
                 {QStringLiteral("operator"),
                  QJsonObject{{QStringLiteral("_type"), QStringLiteral("IsOneOf")},
                              {QStringLiteral("values"),
                               QJsonArray{QStringLiteral("genericapimessaging"),
                                          QStringLiteral("adachat"), QStringLiteral("kindlychat"),
                                          QStringLiteral("digitalgeniuschat")}}}}}}}}));
        if (generic.isEmpty()) {
            QCOMPARE(reply.status, 409);
            QVERIFY(!messageOf(reply).isEmpty());
        } else {
            QCOMPARE(reply.status, 200);
            const QJsonArray items = reply.data().toArray();
            QVERIFY(!items.isEmpty());
            for (const QJsonValue &item : items) {
                const QJsonObject object = item.toObject();
                QCOMPARE(object.value(QStringLiteral("_type")).toString(),
                         QStringLiteral("Success"));
                const QJsonObject state =
                    object.value(QStringLiteral("channelAvailability")).toObject();
                QCOMPARE(state.value(QStringLiteral("_type")).toString(),
                         QStringLiteral("GenericChannel"));
                const QString availability = state.value(QStringLiteral("availability")).toString();
                QVERIFY(availability == QLatin1String("Available") ||
                        availability == QLatin1String("NotAvailable"));
                QCOMPARE(state.contains(QStringLiteral("queueSize")),
                         availability == QLatin1String("NotAvailable"));
            }
        }
        const auto unknown =
            m_sandbox->get(QStringLiteral("/v1/queues/%1/availability").arg(unknownId));
        QCOMPARE(unknown.status, 400);
        QCOMPARE(messageOf(unknown), QStringLiteral("Queue does not exist"));
    }

    void givesQueuePositions()
    {
        // Every open, unassigned conversation of the busiest queue, ranked by queuedAt.
        const auto waiting = searchIds(searchFilter(
            {QJsonObject{
                 {QStringLiteral("field"),
                  QJsonObject{{QStringLiteral("_type"), QStringLiteral("Status")},
                              {QStringLiteral("operator"),
                               QJsonObject{{QStringLiteral("_type"), QStringLiteral("IsOneOf")},
                                           {QStringLiteral("values"),
                                            QJsonArray{QStringLiteral("open")}}}}}}},
             QJsonObject{{QStringLiteral("field"),
                          QJsonObject{{QStringLiteral("_type"), QStringLiteral("AgentId")},
                                      {QStringLiteral("operator"),
                                       QJsonObject{{QStringLiteral("_type"),
                                                    QStringLiteral("IsEmpty")}}}}}},
             QJsonObject{{QStringLiteral("field"),
                          QJsonObject{{QStringLiteral("_type"), QStringLiteral("QueueId")},
                                      {QStringLiteral("operator"),
                                       QJsonObject{{QStringLiteral("_type"),
                                                    QStringLiteral("IsNotEmpty")}}}}}}}));
        QVERIFY(!waiting.isEmpty());
        QHash<QString, QList<QPair<QDateTime, qint64>>> byQueue;
        for (const qint64 id : waiting) {
            const QJsonObject queue = m_sandbox->get(QStringLiteral("/v1/conversations/%1").arg(id))
                                          .data()
                                          .toObject()
                                          .value(QStringLiteral("queue"))
                                          .toObject();
            byQueue[queue.value(QStringLiteral("id")).toString()].append(
                {QDateTime::fromString(queue.value(QStringLiteral("queuedAt")).toString(),
                                       Qt::ISODateWithMs),
                 id});
        }
        QString busiest;
        for (auto it = byQueue.cbegin(); it != byQueue.cend(); ++it) {
            if (busiest.isEmpty() || it.value().size() > byQueue.value(busiest).size())
                busiest = it.key();
        }
        auto ranked = byQueue.value(busiest);
        std::sort(ranked.begin(), ranked.end());
        for (int i = 0; i < ranked.size(); ++i) {
            const auto reply = m_sandbox->get(
                QStringLiteral("/v1/queues/conversation-position/%1").arg(ranked.at(i).second));
            QCOMPARE(reply.status, 200);
            const QJsonObject data = reply.data().toObject();
            QCOMPARE(data.value(QStringLiteral("position")).toInt(), i + 1);
            QCOMPARE(QDateTime::fromString(data.value(QStringLiteral("queuedAt")).toString(),
                                           Qt::ISODateWithMs),
                     ranked.at(i).first);
        }

        const auto closed = searchIds(searchFilter({QJsonObject{
            {QStringLiteral("field"),
             QJsonObject{{QStringLiteral("_type"), QStringLiteral("Status")},
                         {QStringLiteral("operator"),
                          QJsonObject{{QStringLiteral("_type"), QStringLiteral("IsOneOf")},
                                      {QStringLiteral("values"),
                                       QJsonArray{QStringLiteral("closed")}}}}}}}}));
        QVERIFY(!closed.isEmpty());
        QCOMPARE(
            m_sandbox
                ->get(QStringLiteral("/v1/queues/conversation-position/%1").arg(closed.first()))
                .status,
            404);
        QCOMPARE(
            m_sandbox->get(QStringLiteral("/v1/queues/conversation-position/999999999")).status,
            404);
        const auto bad = m_sandbox->get(QStringLiteral("/v1/queues/conversation-position/abc"));
        QCOMPARE(bad.status, 400);
        QCOMPARE(messageOf(bad), QStringLiteral("Invalid value for: path parameter csid"));
    }

    // --- tags -------------------------------------------------------------------------------

    void listsTags()
    {
        const auto active = m_sandbox->get(QStringLiteral("/v1/tags"));
        QCOMPARE(active.status, 200);
        QVERIFY(!active.data().toArray().isEmpty());
        for (const QJsonValue &tag : active.data().toArray())
            QCOMPARE(tag.toObject().value(QStringLiteral("state")).toString(),
                     QStringLiteral("Active"));
        QCOMPARE(m_sandbox->get(QStringLiteral("/v1/tags?includeDeactivated=false")).body,
                 active.body);
        const auto all = m_sandbox->get(QStringLiteral("/v1/tags?includeDeactivated=true"));
        QCOMPARE(all.status, 200);
        const QStringList allIds = idsOf(all.data().toArray());
        for (const QString &id : idsOf(active.data().toArray()))
            QVERIFY(allIds.contains(id));
        const auto bad = m_sandbox->get(QStringLiteral("/v1/tags?includeDeactivated=yes"));
        QCOMPARE(bad.status, 400);
        QCOMPARE(messageOf(bad),
                 QStringLiteral("Invalid value for: query parameter includeDeactivated"));
    }

    void createsTagsOrReturnsTheExistingOne()
    {
        const auto created =
            m_sandbox->post(QStringLiteral("/v1/tags"),
                            QJsonObject{{QStringLiteral("name"), QStringLiteral("Fragile parcel")},
                                        {QStringLiteral("color"), QStringLiteral("#ff8800")}});
        QCOMPARE(created.status, 200);
        const QJsonObject tag = created.data().toObject();
        QCOMPARE(tag.value(QStringLiteral("name")).toString(), QStringLiteral("Fragile parcel"));
        QCOMPARE(tag.value(QStringLiteral("color")).toString(), QStringLiteral("#ff8800"));
        QCOMPARE(tag.value(QStringLiteral("state")).toString(), QStringLiteral("Active"));
        const QString id = tag.value(QStringLiteral("id")).toString();
        QCOMPARE(m_sandbox->get(QStringLiteral("/v1/tags/") + id).data().toObject(), tag);

        const auto again =
            m_sandbox->post(QStringLiteral("/v1/tags"),
                            QJsonObject{{QStringLiteral("name"), QStringLiteral("fragile Parcel")},
                                        {QStringLiteral("color"), QStringLiteral("#000000")}});
        QCOMPARE(again.status, 200);
        QCOMPARE(again.data().toObject(), tag);
        QCOMPARE(idsOf(m_sandbox->get(QStringLiteral("/v1/tags")).data().toArray()).count(id), 1);

        QCOMPARE(m_sandbox->post(QStringLiteral("/v1/tags"), QJsonObject{}).status, 400);
        QCOMPARE(m_sandbox
                     ->post(QStringLiteral("/v1/tags"),
                            QJsonObject{{QStringLiteral("name"), QStringLiteral("")}})
                     .status,
                 400);
        QCOMPARE(
            m_sandbox->post(QStringLiteral("/v1/tags"), QJsonObject{{QStringLiteral("name"), 5}})
                .status,
            400);
    }

    void deactivatesAndActivatesTags()
    {
        const QString id =
            m_sandbox
                ->post(QStringLiteral("/v1/tags"),
                       QJsonObject{{QStringLiteral("name"), QStringLiteral("Seasonal")}})
                .data()
                .toObject()
                .value(QStringLiteral("id"))
                .toString();
        QCOMPARE(m_sandbox->send("PATCH", QStringLiteral("/v1/tags/%1/deactivate").arg(id)).status,
                 204);
        QCOMPARE(m_sandbox->get(QStringLiteral("/v1/tags/") + id)
                     .data()
                     .toObject()
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("Inactive"));
        QVERIFY(!idsOf(m_sandbox->get(QStringLiteral("/v1/tags")).data().toArray()).contains(id));
        QVERIFY(
            idsOf(
                m_sandbox->get(QStringLiteral("/v1/tags?includeDeactivated=true")).data().toArray())
                .contains(id));
        // Creating it by name again returns it as it is: still inactive.
        QCOMPARE(m_sandbox
                     ->post(QStringLiteral("/v1/tags"),
                            QJsonObject{{QStringLiteral("name"), QStringLiteral("Seasonal")}})
                     .data()
                     .toObject()
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("Inactive"));
        QCOMPARE(m_sandbox->send("PATCH", QStringLiteral("/v1/tags/%1/activate").arg(id)).status,
                 204);
        QVERIFY(idsOf(m_sandbox->get(QStringLiteral("/v1/tags")).data().toArray()).contains(id));

        for (const char *action : {"activate", "deactivate"}) {
            const auto missing = m_sandbox->send(
                "PATCH", QStringLiteral("/v1/tags/%1/%2").arg(unknownId, QLatin1String(action)));
            QCOMPARE(missing.status, 404);
            const auto malformed = m_sandbox->send(
                "PATCH", QStringLiteral("/v1/tags/zzz/%1").arg(QLatin1String(action)));
            QCOMPARE(malformed.status, 400);
            QCOMPARE(messageOf(malformed),
                     QStringLiteral("Invalid value for: path parameter tagId"));
        }
        QCOMPARE(m_sandbox->get(QStringLiteral("/v1/tags/") + unknownId).status, 404);
    }

    void deletesTagsEverywhere()
    {
        // The most used seeded tag.
        QString used;
        QList<qint64> tagged;
        for (const QString &id :
             idsOf(m_sandbox->get(QStringLiteral("/v1/tags")).data().toArray())) {
            const auto ids = searchIds(searchFilter({QJsonObject{
                {QStringLiteral("field"),
                 QJsonObject{{QStringLiteral("_type"), QStringLiteral("TagId")},
                             {QStringLiteral("operator"),
                              QJsonObject{{QStringLiteral("_type"), QStringLiteral("IncludesOne")},
                                          {QStringLiteral("values"), QJsonArray{id}}}}}}}}));
            if (ids.size() > tagged.size()) {
                used = id;
                tagged = ids;
            }
        }
        QVERIFY(!tagged.isEmpty());
        const auto tagsOf = [this](qint64 id) {
            return idsOf(m_sandbox->get(QStringLiteral("/v1/conversations/%1/tags").arg(id))
                             .data()
                             .toArray());
        };
        QVERIFY(tagsOf(tagged.first()).contains(used));
        QCOMPARE(m_sandbox->del(QStringLiteral("/v1/tags/") + used).status, 204);
        QCOMPARE(m_sandbox->get(QStringLiteral("/v1/tags/") + used).status, 404);
        QVERIFY(!idsOf(m_sandbox->get(QStringLiteral("/v1/tags?includeDeactivated=true"))
                           .data()
                           .toArray())
                     .contains(used));
        QVERIFY(!tagsOf(tagged.first()).contains(used));
        QVERIFY(!tagsOf(tagged.last()).contains(used));
        QVERIFY(searchIds(
                    searchFilter({QJsonObject{
                        {QStringLiteral("field"),
                         QJsonObject{
                             {QStringLiteral("_type"), QStringLiteral("TagId")},
                             {QStringLiteral("operator"),
                              QJsonObject{{QStringLiteral("_type"), QStringLiteral("IncludesOne")},
                                          {QStringLiteral("values"), QJsonArray{used}}}}}}}}))
                    .isEmpty());
        QCOMPARE(m_sandbox->del(QStringLiteral("/v1/tags/") + used).status, 404);
        QCOMPARE(m_sandbox->del(QStringLiteral("/v1/tags/nope")).status, 400);
    }

    // --- teams ------------------------------------------------------------------------------

    void teamCrud()
    {
        const auto list = m_sandbox->get(QStringLiteral("/v1/teams"));
        QCOMPARE(list.status, 200);
        const QJsonArray seeded = list.data().toArray();
        QVERIFY(!seeded.isEmpty());
        for (const QJsonValue &team : seeded) {
            QCOMPARE(team.toObject().keys(),
                     (QStringList{QStringLiteral("id"), QStringLiteral("name")}));
            QCOMPARE(m_sandbox
                         ->get(QStringLiteral("/v1/teams/") +
                               team.toObject().value(QStringLiteral("id")).toString())
                         .data()
                         .toObject(),
                     team.toObject());
        }

        const auto created =
            m_sandbox->post(QStringLiteral("/v1/teams"),
                            QJsonObject{{QStringLiteral("name"), QStringLiteral("Night shift")}});
        QCOMPARE(created.status, 201);
        const QJsonObject team = created.data().toObject();
        QCOMPARE(team.value(QStringLiteral("name")).toString(), QStringLiteral("Night shift"));
        const QString id = team.value(QStringLiteral("id")).toString();
        QCOMPARE(m_sandbox->get(QStringLiteral("/v1/teams/") + id).data().toObject(), team);
        QCOMPARE(m_sandbox->get(QStringLiteral("/v1/teams")).data().toArray().size(),
                 seeded.size() + 1);
        QCOMPARE(m_sandbox->get(QStringLiteral("/v1/teams/%1/agents").arg(id)).data().toArray(),
                 QJsonArray());

        QCOMPARE(m_sandbox->del(QStringLiteral("/v1/teams/") + id).status, 204);
        QCOMPARE(m_sandbox->get(QStringLiteral("/v1/teams/") + id).status, 404);
        QCOMPARE(m_sandbox->del(QStringLiteral("/v1/teams/") + id).status, 404);
        QVERIFY(!idsOf(m_sandbox->get(QStringLiteral("/v1/teams")).data().toArray()).contains(id));

        QCOMPARE(m_sandbox->post(QStringLiteral("/v1/teams"), QJsonObject{}).status, 400);
        QCOMPARE(m_sandbox
                     ->post(QStringLiteral("/v1/teams"),
                            QJsonObject{{QStringLiteral("name"), QStringLiteral("  ")}})
                     .status,
                 400);
        const auto malformed = m_sandbox->get(QStringLiteral("/v1/teams/abc"));
        QCOMPARE(malformed.status, 400);
        QCOMPARE(messageOf(malformed), QStringLiteral("Invalid value for: path parameter teamId"));
        QCOMPARE(m_sandbox->get(QStringLiteral("/v1/teams/%1/agents").arg(unknownId)).status, 404);
        QCOMPARE(m_sandbox->get(QStringLiteral("/v1/teams/%1/presence").arg(unknownId)).status,
                 404);
    }

    void teamMembersAndPresence()
    {
        const QString id =
            m_sandbox
                ->post(QStringLiteral("/v1/teams"),
                       QJsonObject{{QStringLiteral("name"), QStringLiteral("Returns desk")}})
                .data()
                .toObject()
                .value(QStringLiteral("id"))
                .toString();
        const QString agentsPath = QStringLiteral("/v1/teams/%1/agents").arg(id);
        const QStringList five = m_agents.mid(0, 5);
        const auto added = m_sandbox->patch(agentsPath, agentIds(five));
        QCOMPARE(added.status, 200);
        QVERIFY(added.body.isEmpty()); // Dixa documents no body
        const QJsonArray members = m_sandbox->get(agentsPath).data().toArray();
        QCOMPARE(idsOf(members), five);
        const QJsonObject agent =
            m_sandbox->get(QStringLiteral("/v1/agents/") + five.first()).data().toObject();
        QCOMPARE(members.first().toObject().value(QStringLiteral("name")).toString(),
                 agent.value(QStringLiteral("displayName")).toString());
        QCOMPARE(members.first().toObject().value(QStringLiteral("email")).toString(),
                 agent.value(QStringLiteral("email")).toString());

        // All or nothing: an end user or an unknown id rejects the whole request.
        const auto endUser = m_sandbox->patch(agentsPath, agentIds({m_agents.at(5), m_endUser}));
        QCOMPARE(endUser.status, 400);
        QCOMPARE(messageOf(endUser), QStringLiteral("User is not agent/admin"));
        const auto unknown = m_sandbox->patch(agentsPath, agentIds({unknownId}));
        QCOMPARE(unknown.status, 400);
        QCOMPARE(messageOf(unknown), QStringLiteral("User not found"));
        QCOMPARE(idsOf(m_sandbox->get(agentsPath).data().toArray()), five);

        // Presence, paged two at a time: every member exactly once.
        QStringList seen;
        QString path = QStringLiteral("/v1/teams/%1/presence?pageLimit=2").arg(id);
        while (!path.isEmpty()) {
            const auto page = m_sandbox->get(path);
            QCOMPARE(page.status, 200);
            QVERIFY(page.data().toArray().size() <= 2);
            for (const QJsonValue &presence : page.data().toArray()) {
                const QJsonObject object = presence.toObject();
                QVERIFY(!object.value(QStringLiteral("requestTime")).toString().isEmpty());
                const QString connection =
                    object.value(QStringLiteral("connectionStatus")).toString();
                QVERIFY(connection == QLatin1String("Online") ||
                        connection == QLatin1String("Offline"));
                seen.append(object.value(QStringLiteral("userId")).toString());
            }
            path = page.object()
                       .value(QStringLiteral("meta"))
                       .toObject()
                       .value(QStringLiteral("next"))
                       .toString();
        }
        std::sort(seen.begin(), seen.end());
        QStringList want = five;
        std::sort(want.begin(), want.end());
        QCOMPARE(seen, want);
        QCOMPARE(m_sandbox->get(QStringLiteral("/v1/teams/%1/presence?pageLimit=0").arg(id)).status,
                 400);

        const auto removed = m_sandbox->send(
            "DELETE", agentsPath, SandboxFixture::toJson(agentIds({five.at(1), five.at(3)})));
        QCOMPARE(removed.status, 204);
        QCOMPARE(idsOf(m_sandbox->get(agentsPath).data().toArray()),
                 (QStringList{five.at(0), five.at(2), five.at(4)}));
        QCOMPARE(m_sandbox->send("DELETE", agentsPath, "{\"agentIds\":[1]}").status, 400);
        QCOMPARE(m_sandbox
                     ->patch(QStringLiteral("/v1/teams/%1/agents").arg(unknownId),
                             agentIds({five.first()}))
                     .status,
                 404);
    }
};

QTEST_GUILESS_MAIN(TestDirectoryRoutes)
#include "tst_directoryroutes.moc"
