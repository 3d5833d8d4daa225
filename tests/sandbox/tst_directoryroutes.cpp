// Queues, tags and teams of the demo organisation: reads, writes, members and their errors.
#include "sandboxfixture.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
const QString unknownId = u"00000000-0000-4000-8000-000000000001"_s;

QString messageOf(const SandboxFixture::Reply &reply)
{
    return reply.object().value(u"message"_s).toString();
}

QStringList idsOf(const QJsonArray &items, const QString &key = u"id"_s)
{
    QStringList ids;
    for (const QJsonValue &item : items)
        ids.append(item.toObject().value(key).toString());
    return ids;
}

// {"field": {"_type": type, "operator": {"_type": op, "values": values}}}
QJsonObject condition(const QString &type, const QString &op, const QJsonArray &values = {})
{
    QJsonObject test{{u"_type"_s, op}};
    if (!values.isEmpty())
        test.insert(u"values"_s, values);
    return QJsonObject{{u"field"_s, QJsonObject{{u"_type"_s, type}, {u"operator"_s, test}}}};
}

QJsonObject agentIds(const QStringList &ids)
{
    return QJsonObject{{u"agentIds"_s, QJsonArray::fromStringList(ids)}};
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
        return QJsonObject{
            {u"filters"_s, QJsonObject{{u"strategy"_s, u"All"_s}, {u"conditions"_s, conditions}}}};
    }

    QString firstQueue()
    {
        return m_sandbox->get(u"/v1/queues"_s).data().toArray().first()[u"id"_s].toString();
    }

    QList<qint64> searchIds(const QJsonObject &body)
    {
        QList<qint64> ids;
        QString path = u"/v1/search/conversations?pageLimit=500"_s;
        while (!path.isEmpty()) {
            const auto reply = m_sandbox->send("POST", path, SandboxFixture::toJson(body));
            if (reply.status != 200)
                return {};
            for (const QJsonValue &hit : reply.data().toArray())
                ids.append(hit.toObject().value(u"id"_s).toInteger());
            path = reply.object().value(u"meta"_s).toObject().value(u"next"_s).toString();
        }
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxFixture>();
        QVERIFY(m_sandbox->isRunning());
        QString path = u"/v1/agents?pageLimit=100"_s;
        while (!path.isEmpty()) {
            const auto reply = m_sandbox->get(path);
            QCOMPARE(reply.status, 200);
            m_agents += idsOf(reply.data().toArray());
            path = reply.object().value(u"meta"_s).toObject().value(u"next"_s).toString();
        }
        QVERIFY(m_agents.size() >= 6);
        const auto users = m_sandbox->get(u"/v1/endusers?pageLimit=5"_s);
        QCOMPARE(users.status, 200);
        for (const QString &id : idsOf(users.data().toArray())) {
            if (!m_agents.contains(id)) {
                m_endUser = id;
                break;
            }
        }
        QVERIFY(!m_endUser.isEmpty());
    }

    void cleanup() { QCOMPARE(m_sandbox->del(u"/_sandbox/faults"_s).status, 204); }

    // --- queues ---------------------------------------------------------------------------

    void listsAndGetsQueues()
    {
        const auto list = m_sandbox->get(u"/v1/queues"_s);
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
            defaults += queue.value(u"isDefault"_s).toBool() ? 1 : 0;
            const auto one = m_sandbox->get(u"/v1/queues/"_s + queue.value(u"id"_s).toString());
            QCOMPARE(one.status, 200);
            QCOMPARE(one.data().toObject(), queue);
        }
        QCOMPARE(defaults, 1);
        const auto missing = m_sandbox->get(u"/v1/queues/"_s + unknownId);
        QCOMPARE(missing.status, 404);
        QCOMPARE(messageOf(missing), u"The requested resource could not be found"_s);
        const auto malformed = m_sandbox->get(u"/v1/queues/not-a-uuid"_s);
        QCOMPARE(malformed.status, 400);
        QCOMPARE(messageOf(malformed), u"Invalid value for: path parameter queueId"_s);
    }

    void createsQueues()
    {
        const QJsonObject request{
            {u"name"_s, u"Escalations"_s},
            {u"callFunctionality"_s, false},
            {u"isDefault"_s, false},
            {u"isDoNotOfferEnabled"_s, true},
            {u"offerAlgorithm"_s, u"LongestIdle"_s},
            {u"offerTimeout"_s, 45},
            {u"queueThresholds"_s, QJsonObject{{u"WaitingConversations"_s, 7}}}};
        const auto created = m_sandbox->post(u"/v1/queues"_s, QJsonObject{{u"request"_s, request}});
        QCOMPARE(created.status, 201);
        const QJsonObject queue = created.data().toObject();
        const QString id = queue.value(u"id"_s).toString();
        QVERIFY(!QUuid::fromString(id).isNull());
        QCOMPARE(queue.value(u"name"_s).toString(), u"Escalations"_s);
        QCOMPARE(queue.value(u"offeringAlgorithm"_s).toString(), u"LongestIdle"_s);
        QVERIFY(!queue.contains(u"offerAlgorithm"_s));
        QVERIFY(!queue.contains(u"callFunctionality"_s));
        QCOMPARE(queue.value(u"offerTimeout"_s).toInt(), 45);
        QCOMPARE(
            queue.value(u"queueThresholds"_s).toObject().value(u"WaitingConversations"_s).toInt(),
            7);
        const auto org = m_sandbox->get(u"/v1/organization"_s);
        QCOMPARE(queue.value(u"organizationId"_s).toString(),
                 org.data().toObject().value(u"id"_s).toString());
        QCOMPARE(m_sandbox->get(u"/v1/queues/"_s + id).data().toObject(), queue);
        QVERIFY(idsOf(m_sandbox->get(u"/v1/queues"_s).data().toArray()).contains(id));
        QCOMPARE(m_sandbox->get(u"/v1/queues/%1/members"_s.arg(id)).data().toArray(), QJsonArray());

        // A new default queue takes the flag from the old one.
        QJsonObject asDefault = request;
        asDefault.insert(u"name"_s, u"New front door"_s);
        asDefault.insert(u"isDefault"_s, true);
        const auto second =
            m_sandbox->post(u"/v1/queues"_s, QJsonObject{{u"request"_s, asDefault}});
        QCOMPARE(second.status, 201);
        QStringList defaults;
        for (const QJsonValue &q : m_sandbox->get(u"/v1/queues"_s).data().toArray()) {
            if (q.toObject().value(u"isDefault"_s).toBool())
                defaults.append(q.toObject().value(u"id"_s).toString());
        }
        QCOMPARE(defaults, QStringList{second.data().toObject().value(u"id"_s).toString()});

        for (const QJsonObject &bad :
             {QJsonObject{}, QJsonObject{{u"request"_s, QJsonObject{{u"name"_s, u"x"_s}}}},
              QJsonObject{{u"request"_s, QJsonObject{{u"name"_s, u" "_s},
                                                     {u"callFunctionality"_s, false},
                                                     {u"isDefault"_s, false},
                                                     {u"isDoNotOfferEnabled"_s, false}}}}}) {
            const auto reply = m_sandbox->post(u"/v1/queues"_s, bad);
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
        for (const QString &queue : idsOf(m_sandbox->get(u"/v1/queues"_s).data().toArray())) {
            const QString path = u"/v1/queues/%1/members"_s.arg(queue);
            const auto reply = m_sandbox->get(path);
            QCOMPARE(reply.status, 200);
            const QStringList members = idsOf(reply.data().toArray(), u"agentId"_s);
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
                 (QJsonObject{{u"_type"_s, u"BulkActionSuccess"_s}, {u"data"_s, a}}));
        QCOMPARE(items.at(1).toObject().value(u"_type"_s).toString(), u"BulkActionFailure"_s);
        QCOMPARE(items.at(1).toObject().value(u"error"_s).toObject(),
                 (QJsonObject{{u"_type"_s, u"NotFound"_s},
                              {u"id"_s, unknownId},
                              {u"message"_s, u"User not found"_s}}));
        QCOMPARE(items.at(2).toObject().value(u"error"_s).toObject(),
                 (QJsonObject{{u"_type"_s, u"Validation"_s},
                              {u"id"_s, m_endUser},
                              {u"message"_s, u"Member is neither Agent or Admin"_s}}));
        QCOMPARE(items.at(3).toObject().value(u"data"_s).toString(), b);

        const QJsonArray after = m_sandbox->get(membersPath).data().toArray();
        QCOMPARE(idsOf(after, u"agentId"_s), (current + QStringList{a, b}));
        for (const QJsonValue &member : after)
            QVERIFY(member.toObject().value(u"priority"_s).toInt() >= 1);

        // Assigning again changes nothing; removing takes them out.
        QCOMPARE(m_sandbox->patch(membersPath, agentIds({a}))
                     .data()
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"_type"_s)
                     .toString(),
                 u"BulkActionSuccess"_s);
        QCOMPARE(m_sandbox->get(membersPath).data().toArray().size(), after.size());
        const auto removed = m_sandbox->send("DELETE", membersPath,
                                             SandboxFixture::toJson(agentIds({a, b, unknownId})));
        QCOMPARE(removed.status, 204);
        QCOMPARE(idsOf(m_sandbox->get(membersPath).data().toArray(), u"agentId"_s), current);

        QStringList eleven;
        for (int i = 0; i < 11; ++i)
            eleven.append(QUuid::createUuid().toString(QUuid::WithoutBraces));
        const auto tooMany =
            m_sandbox->send("DELETE", membersPath, SandboxFixture::toJson(agentIds(eleven)));
        QCOMPARE(tooMany.status, 400);
        QVERIFY(messageOf(tooMany).startsWith(QLatin1String("Invalid value for: body")));
        QCOMPARE(m_sandbox->patch(membersPath, QJsonObject{{u"agentIds"_s, QJsonArray{u"nope"_s}}})
                     .status,
                 400);

        const QString unknownMembers = u"/v1/queues/%1/members"_s.arg(unknownId);
        QCOMPARE(m_sandbox->get(unknownMembers).status, 404);
        QCOMPARE(m_sandbox->patch(unknownMembers, agentIds({a})).status, 404);
        QCOMPARE(
            m_sandbox->send("DELETE", unknownMembers, SandboxFixture::toJson(agentIds({a}))).status,
            404);
        QCOMPARE(m_sandbox->get(u"/v1/queues/x/members"_s).status, 400);
    }

    void queueMemberFailuresCanBeInjected()
    {
        const QString queue = firstQueue();
        QVERIFY(m_sandbox->setFaults(QJsonObject{{u"bulkFailureRate"_s, 1.0}}));
        const auto outcome = m_sandbox->patch(u"/v1/queues/%1/members"_s.arg(queue),
                                              agentIds({m_agents.at(0), m_agents.at(1)}));
        QCOMPARE(outcome.status, 200);
        const QJsonArray items = outcome.data().toArray();
        QCOMPARE(items.size(), 2);
        for (int i = 0; i < 2; ++i) {
            const QJsonObject error = items.at(i).toObject().value(u"error"_s).toObject();
            QCOMPARE(error.value(u"id"_s).toString(), m_agents.at(i));
            QVERIFY(!error.value(u"message"_s).toString().isEmpty());
        }
    }

    void reportsQueueAvailability()
    {
        // The demo's chat bot is a generic API messaging channel; a queue is available on it
        // when one of its members is online and working, otherwise it reports its queue size.
        QVERIFY(!searchIds(searchFilter(
                               {condition(u"Channel"_s, u"IsOneOf"_s, {u"genericapimessaging"_s})}))
                     .isEmpty());
        QSet<QString> working;
        for (const QJsonValue &presence : m_sandbox->get(u"/v1/agents/presence"_s).json().array()) {
            if (presence[u"connectionStatus"_s] == u"Online"_s &&
                presence[u"presenceStatus"_s] == u"Working"_s)
                working.insert(presence[u"userId"_s].toString());
        }
        const QString queue = firstQueue();
        bool staffed = false;
        for (const QJsonValue &member :
             m_sandbox->get(u"/v1/queues/%1/members"_s.arg(queue)).data().toArray())
            staffed |= working.contains(member[u"agentId"_s].toString());
        QVERIFY(staffed);
        const auto reply = m_sandbox->get(u"/v1/queues/%1/availability"_s.arg(queue));
        QCOMPARE(reply.status, 200);
        const QJsonObject available{
            {u"_type"_s, u"Success"_s},
            {u"channelAvailability"_s,
             QJsonObject{{u"_type"_s, u"GenericChannel"_s},
                         {u"genericChannelName"_s, u"genericapimessaging"_s},
                         {u"availability"_s, u"Available"_s}}}};
        QCOMPARE(reply.data().toArray(), QJsonArray{available});

        // A queue nobody staffs is not available, with nothing waiting in it.
        const QJsonObject request{{u"name"_s, u"Unstaffed"_s},
                                  {u"callFunctionality"_s, false},
                                  {u"isDefault"_s, false},
                                  {u"isDoNotOfferEnabled"_s, false}};
        const QString empty = m_sandbox->post(u"/v1/queues"_s, QJsonObject{{u"request"_s, request}})
                                  .data()[u"id"_s]
                                  .toString();
        const QJsonObject state = m_sandbox->get(u"/v1/queues/%1/availability"_s.arg(empty))
                                      .data()[0][u"channelAvailability"_s]
                                      .toObject();
        QCOMPARE(state[u"availability"_s].toString(), u"NotAvailable"_s);
        QCOMPARE(state[u"queueSize"_s].toInt(-1), 0);

        const auto unknown = m_sandbox->get(u"/v1/queues/%1/availability"_s.arg(unknownId));
        QCOMPARE(unknown.status, 400);
        QCOMPARE(messageOf(unknown), u"Queue does not exist"_s);
    }

    void givesQueuePositions()
    {
        // Every open, unassigned conversation of the busiest queue, ranked by queuedAt.
        const auto waiting = searchIds(searchFilter(
            {condition(u"Status"_s, u"IsOneOf"_s, {u"open"_s}),
             condition(u"AgentId"_s, u"IsEmpty"_s), condition(u"QueueId"_s, u"IsNotEmpty"_s)}));
        QVERIFY(!waiting.isEmpty());
        QHash<QString, QList<QPair<QDateTime, qint64>>> byQueue;
        for (const qint64 id : waiting) {
            const QJsonObject queue = m_sandbox->get(u"/v1/conversations/%1"_s.arg(id))
                                          .data()
                                          .toObject()
                                          .value(u"queue"_s)
                                          .toObject();
            byQueue[queue.value(u"id"_s).toString()].append(
                {QDateTime::fromString(queue.value(u"queuedAt"_s).toString(), Qt::ISODateWithMs),
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
            const auto reply =
                m_sandbox->get(u"/v1/queues/conversation-position/%1"_s.arg(ranked.at(i).second));
            QCOMPARE(reply.status, 200);
            const QJsonObject data = reply.data().toObject();
            QCOMPARE(data.value(u"position"_s).toInt(), i + 1);
            QCOMPARE(QDateTime::fromString(data.value(u"queuedAt"_s).toString(), Qt::ISODateWithMs),
                     ranked.at(i).first);
        }

        const auto closed =
            searchIds(searchFilter({condition(u"Status"_s, u"IsOneOf"_s, {u"closed"_s})}));
        QVERIFY(!closed.isEmpty());
        QCOMPARE(
            m_sandbox->get(u"/v1/queues/conversation-position/%1"_s.arg(closed.first())).status,
            404);
        QCOMPARE(m_sandbox->get(u"/v1/queues/conversation-position/999999999"_s).status, 404);
        const auto bad = m_sandbox->get(u"/v1/queues/conversation-position/abc"_s);
        QCOMPARE(bad.status, 400);
        QCOMPARE(messageOf(bad), u"Invalid value for: path parameter csid"_s);
    }

    // --- tags -------------------------------------------------------------------------------

    void listsTags()
    {
        const auto active = m_sandbox->get(u"/v1/tags"_s);
        QCOMPARE(active.status, 200);
        QVERIFY(!active.data().toArray().isEmpty());
        for (const QJsonValue &tag : active.data().toArray())
            QCOMPARE(tag.toObject().value(u"state"_s).toString(), u"Active"_s);
        QCOMPARE(m_sandbox->get(u"/v1/tags?includeDeactivated=false"_s).body, active.body);
        const auto all = m_sandbox->get(u"/v1/tags?includeDeactivated=true"_s);
        QCOMPARE(all.status, 200);
        const QStringList allIds = idsOf(all.data().toArray());
        for (const QString &id : idsOf(active.data().toArray()))
            QVERIFY(allIds.contains(id));
        const auto bad = m_sandbox->get(u"/v1/tags?includeDeactivated=yes"_s);
        QCOMPARE(bad.status, 400);
        QCOMPARE(messageOf(bad), u"Invalid value for: query parameter includeDeactivated"_s);
    }

    void createsTagsOrReturnsTheExistingOne()
    {
        const auto created =
            m_sandbox->post(u"/v1/tags"_s, QJsonObject{{u"name"_s, u"Fragile parcel"_s},
                                                       {u"color"_s, u"#ff8800"_s}});
        QCOMPARE(created.status, 200);
        const QJsonObject tag = created.data().toObject();
        QCOMPARE(tag.value(u"name"_s).toString(), u"Fragile parcel"_s);
        QCOMPARE(tag.value(u"color"_s).toString(), u"#ff8800"_s);
        QCOMPARE(tag.value(u"state"_s).toString(), u"Active"_s);
        const QString id = tag.value(u"id"_s).toString();
        QCOMPARE(m_sandbox->get(u"/v1/tags/"_s + id).data().toObject(), tag);

        const auto again =
            m_sandbox->post(u"/v1/tags"_s, QJsonObject{{u"name"_s, u"fragile Parcel"_s},
                                                       {u"color"_s, u"#000000"_s}});
        QCOMPARE(again.status, 200);
        QCOMPARE(again.data().toObject(), tag);
        QCOMPARE(idsOf(m_sandbox->get(u"/v1/tags"_s).data().toArray()).count(id), 1);

        QCOMPARE(m_sandbox->post(u"/v1/tags"_s, QJsonObject{}).status, 400);
        QCOMPARE(m_sandbox->post(u"/v1/tags"_s, QJsonObject{{u"name"_s, u""_s}}).status, 400);
        QCOMPARE(m_sandbox->post(u"/v1/tags"_s, QJsonObject{{u"name"_s, 5}}).status, 400);
    }

    void deactivatesAndActivatesTags()
    {
        const QString id = m_sandbox->post(u"/v1/tags"_s, QJsonObject{{u"name"_s, u"Seasonal"_s}})
                               .data()
                               .toObject()
                               .value(u"id"_s)
                               .toString();
        QCOMPARE(m_sandbox->send("PATCH", u"/v1/tags/%1/deactivate"_s.arg(id)).status, 204);
        QCOMPARE(m_sandbox->get(u"/v1/tags/"_s + id).data().toObject().value(u"state"_s).toString(),
                 u"Inactive"_s);
        QVERIFY(!idsOf(m_sandbox->get(u"/v1/tags"_s).data().toArray()).contains(id));
        QVERIFY(idsOf(m_sandbox->get(u"/v1/tags?includeDeactivated=true"_s).data().toArray())
                    .contains(id));
        // Creating it by name again returns it as it is: still inactive.
        QCOMPARE(m_sandbox->post(u"/v1/tags"_s, QJsonObject{{u"name"_s, u"Seasonal"_s}})
                     .data()
                     .toObject()
                     .value(u"state"_s)
                     .toString(),
                 u"Inactive"_s);
        QCOMPARE(m_sandbox->send("PATCH", u"/v1/tags/%1/activate"_s.arg(id)).status, 204);
        QVERIFY(idsOf(m_sandbox->get(u"/v1/tags"_s).data().toArray()).contains(id));

        for (const char *action : {"activate", "deactivate"}) {
            const auto missing =
                m_sandbox->send("PATCH", u"/v1/tags/%1/%2"_s.arg(unknownId, QLatin1String(action)));
            QCOMPARE(missing.status, 404);
            const auto malformed =
                m_sandbox->send("PATCH", u"/v1/tags/zzz/%1"_s.arg(QLatin1String(action)));
            QCOMPARE(malformed.status, 400);
            QCOMPARE(messageOf(malformed), u"Invalid value for: path parameter tagId"_s);
        }
        QCOMPARE(m_sandbox->get(u"/v1/tags/"_s + unknownId).status, 404);
    }

    void deletesTagsEverywhere()
    {
        // The most used seeded tag.
        QString used;
        QList<qint64> tagged;
        for (const QString &id : idsOf(m_sandbox->get(u"/v1/tags"_s).data().toArray())) {
            const auto ids =
                searchIds(searchFilter({condition(u"TagId"_s, u"IncludesOne"_s, {id})}));
            if (ids.size() > tagged.size()) {
                used = id;
                tagged = ids;
            }
        }
        QVERIFY(!tagged.isEmpty());
        const auto tagsOf = [this](qint64 id) {
            return idsOf(m_sandbox->get(u"/v1/conversations/%1/tags"_s.arg(id)).data().toArray());
        };
        QVERIFY(tagsOf(tagged.first()).contains(used));
        QCOMPARE(m_sandbox->del(u"/v1/tags/"_s + used).status, 204);
        QCOMPARE(m_sandbox->get(u"/v1/tags/"_s + used).status, 404);
        QVERIFY(!idsOf(m_sandbox->get(u"/v1/tags?includeDeactivated=true"_s).data().toArray())
                     .contains(used));
        QVERIFY(!tagsOf(tagged.first()).contains(used));
        QVERIFY(!tagsOf(tagged.last()).contains(used));
        QVERIFY(
            searchIds(searchFilter({condition(u"TagId"_s, u"IncludesOne"_s, {used})})).isEmpty());
        QCOMPARE(m_sandbox->del(u"/v1/tags/"_s + used).status, 404);
        QCOMPARE(m_sandbox->del(u"/v1/tags/nope"_s).status, 400);
    }

    // --- teams ------------------------------------------------------------------------------

    void teamCrud()
    {
        const auto list = m_sandbox->get(u"/v1/teams"_s);
        QCOMPARE(list.status, 200);
        const QJsonArray seeded = list.data().toArray();
        QVERIFY(!seeded.isEmpty());
        for (const QJsonValue &team : seeded) {
            QCOMPARE(team.toObject().keys(), (QStringList{u"id"_s, u"name"_s}));
            QCOMPARE(m_sandbox->get(u"/v1/teams/"_s + team.toObject().value(u"id"_s).toString())
                         .data()
                         .toObject(),
                     team.toObject());
        }

        const auto created =
            m_sandbox->post(u"/v1/teams"_s, QJsonObject{{u"name"_s, u"Night shift"_s}});
        QCOMPARE(created.status, 201);
        const QJsonObject team = created.data().toObject();
        QCOMPARE(team.value(u"name"_s).toString(), u"Night shift"_s);
        const QString id = team.value(u"id"_s).toString();
        QCOMPARE(m_sandbox->get(u"/v1/teams/"_s + id).data().toObject(), team);
        QCOMPARE(m_sandbox->get(u"/v1/teams"_s).data().toArray().size(), seeded.size() + 1);
        QCOMPARE(m_sandbox->get(u"/v1/teams/%1/agents"_s.arg(id)).data().toArray(), QJsonArray());

        QCOMPARE(m_sandbox->del(u"/v1/teams/"_s + id).status, 204);
        QCOMPARE(m_sandbox->get(u"/v1/teams/"_s + id).status, 404);
        QCOMPARE(m_sandbox->del(u"/v1/teams/"_s + id).status, 404);
        QVERIFY(!idsOf(m_sandbox->get(u"/v1/teams"_s).data().toArray()).contains(id));

        QCOMPARE(m_sandbox->post(u"/v1/teams"_s, QJsonObject{}).status, 400);
        QCOMPARE(m_sandbox->post(u"/v1/teams"_s, QJsonObject{{u"name"_s, u"  "_s}}).status, 400);
        const auto malformed = m_sandbox->get(u"/v1/teams/abc"_s);
        QCOMPARE(malformed.status, 400);
        QCOMPARE(messageOf(malformed), u"Invalid value for: path parameter teamId"_s);
        QCOMPARE(m_sandbox->get(u"/v1/teams/%1/agents"_s.arg(unknownId)).status, 404);
        QCOMPARE(m_sandbox->get(u"/v1/teams/%1/presence"_s.arg(unknownId)).status, 404);
    }

    void teamMembersAndPresence()
    {
        const QString id =
            m_sandbox->post(u"/v1/teams"_s, QJsonObject{{u"name"_s, u"Returns desk"_s}})
                .data()
                .toObject()
                .value(u"id"_s)
                .toString();
        const QString agentsPath = u"/v1/teams/%1/agents"_s.arg(id);
        const QStringList five = m_agents.mid(0, 5);
        const auto added = m_sandbox->patch(agentsPath, agentIds(five));
        QCOMPARE(added.status, 200);
        QVERIFY(added.body.isEmpty()); // Dixa documents no body
        const QJsonArray members = m_sandbox->get(agentsPath).data().toArray();
        QCOMPARE(idsOf(members), five);
        const QJsonObject agent = m_sandbox->get(u"/v1/agents/"_s + five.first()).data().toObject();
        QCOMPARE(members.first().toObject().value(u"name"_s).toString(),
                 agent.value(u"displayName"_s).toString());
        QCOMPARE(members.first().toObject().value(u"email"_s).toString(),
                 agent.value(u"email"_s).toString());

        // All or nothing: an end user or an unknown id rejects the whole request.
        const auto endUser = m_sandbox->patch(agentsPath, agentIds({m_agents.at(5), m_endUser}));
        QCOMPARE(endUser.status, 400);
        QCOMPARE(messageOf(endUser), u"User is not agent/admin"_s);
        const auto unknown = m_sandbox->patch(agentsPath, agentIds({unknownId}));
        QCOMPARE(unknown.status, 400);
        QCOMPARE(messageOf(unknown), u"User not found"_s);
        QCOMPARE(idsOf(m_sandbox->get(agentsPath).data().toArray()), five);

        // Presence, paged two at a time: every member exactly once.
        QStringList seen;
        QString path = u"/v1/teams/%1/presence?pageLimit=2"_s.arg(id);
        while (!path.isEmpty()) {
            const auto page = m_sandbox->get(path);
            QCOMPARE(page.status, 200);
            QVERIFY(page.data().toArray().size() <= 2);
            for (const QJsonValue &presence : page.data().toArray()) {
                const QJsonObject object = presence.toObject();
                QVERIFY(!object.value(u"requestTime"_s).toString().isEmpty());
                const QString connection = object.value(u"connectionStatus"_s).toString();
                QVERIFY(connection == QLatin1String("Online") ||
                        connection == QLatin1String("Offline"));
                seen.append(object.value(u"userId"_s).toString());
            }
            path = page.object().value(u"meta"_s).toObject().value(u"next"_s).toString();
        }
        std::sort(seen.begin(), seen.end());
        QStringList want = five;
        std::sort(want.begin(), want.end());
        QCOMPARE(seen, want);
        QCOMPARE(m_sandbox->get(u"/v1/teams/%1/presence?pageLimit=0"_s.arg(id)).status, 400);

        const auto removed = m_sandbox->send(
            "DELETE", agentsPath, SandboxFixture::toJson(agentIds({five.at(1), five.at(3)})));
        QCOMPARE(removed.status, 204);
        QCOMPARE(idsOf(m_sandbox->get(agentsPath).data().toArray()),
                 (QStringList{five.at(0), five.at(2), five.at(4)}));
        QCOMPARE(m_sandbox->send("DELETE", agentsPath, "{\"agentIds\":[1]}").status, 400);
        QCOMPARE(m_sandbox->patch(u"/v1/teams/%1/agents"_s.arg(unknownId), agentIds({five.first()}))
                     .status,
                 404);
    }
};

QTEST_GUILESS_MAIN(TestDirectoryRoutes)
#include "tst_directoryroutes.moc"
