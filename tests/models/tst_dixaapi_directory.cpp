// DixaApi's directory calls against the sandbox: queues (members, availability, positions),
// tags, teams (members, paged presence), custom attribute definitions and the organization.
#include "tst_dixaapi_fixture.h"

#include <QSet>

class TestDixaApiDirectory : public DixaApiTest
{
    Q_OBJECT

    QStringList m_agents;
    QString m_endUser;

    static QStringList memberIds(const QList<Dixa::QueueMember> &members)
    {
        QStringList ids;
        for (const Dixa::QueueMember &member : members)
            ids.append(member.agentId);
        return ids;
    }

    template<class T>
    static QStringList idsOf(const QList<T> &items)
    {
        QStringList ids;
        for (const T &item : items)
            ids.append(item.id);
        return ids;
    }

    static Dixa::SearchCondition condition(Dixa::SearchFieldType field, Dixa::SearchOperator op)
    {
        Dixa::SearchCondition condition;
        condition.field.type = field;
        condition.field.op = op;
        return condition;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.isRunning());
        startClient();
        m_agents = idsOf(await(m_api->allAgents()).value.value_or(QList<Dixa::Agent>()));
        const auto users = await(m_api->endUsers({}, 1));
        QVERIFY(users.ok() && !users->items.isEmpty());
        m_endUser = users->items.first().id;
        QVERIFY(m_agents.size() >= 5);
    }

    void init() { resetSandbox(); }

    void queues()
    {
        const auto list = await(m_api->queues());
        DIXA_VERIFY_OK(list);
        QCOMPARE(lastCall(), u"GET /v1/queues"_s);
        QCOMPARE(json(*list), served(u"/queues"_s));
        const QString id = list->first().id;
        const auto one = await(m_api->queue(id));
        DIXA_VERIFY_OK(one);
        QCOMPARE(lastCall(), u"GET /v1/queues/"_s + id);
        QCOMPARE(json(*one), served(u"/queues/"_s + id));

        Dixa::CreateQueueInput input;
        input.request.name = u"Typed queue"_s;
        input.request.offerAlgorithm = Dixa::OfferingAlgorithm::AllAtOnce;
        const auto call = m_api->createQueue(input);
        QCOMPARE(
            sentBody(call).toObject().value(u"request"_s).toObject().value(u"offerAlgorithm"_s),
            QJsonValue(u"AllAtOnce"_s));
        const auto created = await(call);
        DIXA_VERIFY_OK(created);
        QCOMPARE(lastCall(), u"POST /v1/queues"_s);
        QCOMPARE(created->name, u"Typed queue"_s);
        QCOMPARE(json(*created), served(u"/queues/"_s + created->id));
        QCOMPARE(await(m_api->queue(randomUuid())).error.kind, ApiError::Kind::NotFound);
    }

    void queueMembers()
    {
        Dixa::CreateQueueInput input;
        input.request.name = u"Typed members"_s;
        const auto queue = await(m_api->createQueue(input));
        DIXA_VERIFY_OK(queue);
        const QString id = queue->id;
        const QString ghost = randomUuid();
        const auto call =
            m_api->assignQueueMembers(id, {{m_agents.at(0), ghost, m_endUser, m_agents.at(1)}, {}});
        QCOMPARE(sentBody(call).toObject().value(u"agentIds"_s).toArray().size(), 4);
        const auto assigned = await(call);
        DIXA_VERIFY_OK(assigned);
        QCOMPARE(lastCall(), u"PATCH /v1/queues/%1/members"_s.arg(id));
        QCOMPARE(assigned->size(), 4);
        QCOMPARE(assigned->at(0).data, std::optional<QString>(m_agents.at(0)));
        QVERIFY(assigned->at(1).error->type == Dixa::BulkErrorType::NotFound);
        QCOMPARE(assigned->at(1).error->id, std::optional<QString>(ghost));
        QCOMPARE(assigned->at(1).error->message, u"User not found"_s);
        QVERIFY(assigned->at(2).error->type == Dixa::BulkErrorType::Validation);
        QCOMPARE(assigned->at(2).error->message, u"Member is neither Agent or Admin"_s);
        QVERIFY(assigned->at(3).succeeded());

        auto members = await(m_api->queueMembers(id));
        DIXA_VERIFY_OK(members);
        QCOMPARE(lastCall(), u"GET /v1/queues/%1/members"_s.arg(id));
        QCOMPARE(json(*members), served(u"/queues/%1/members"_s.arg(id)));
        QCOMPARE(memberIds(*members), (QStringList{m_agents.at(0), m_agents.at(1)}));

        const auto removeCall = m_api->removeQueueMembers(id, {{m_agents.at(0)}, {}});
        QCOMPARE(removeCall.job()->request().method, ApiRequest::Method::Delete);
        QCOMPARE(sentBody(removeCall),
                 QJsonValue(QJsonObject{{u"agentIds"_s, QJsonArray{m_agents.at(0)}}}));
        DIXA_VERIFY_OK(await(removeCall));
        QCOMPARE(lastCall(), u"DELETE /v1/queues/%1/members"_s.arg(id));
        members = await(m_api->queueMembers(id));
        QCOMPARE(memberIds(members.value.value_or(QList<Dixa::QueueMember>())),
                 QStringList{m_agents.at(1)});
    }

    void availabilityAndPosition()
    {
        const auto queues = await(m_api->queues());
        DIXA_VERIFY_OK(queues);
        const QString queue = queues->first().id;
        const auto availability = await(m_api->queueAvailability(queue));
        DIXA_VERIFY_OK(availability);
        QCOMPARE(lastCall(), u"GET /v1/queues/%1/availability"_s.arg(queue));
        QCOMPARE(json(*availability), served(u"/queues/%1/availability"_s.arg(queue)));
        QVERIFY(!availability->isEmpty());
        QVERIFY(availability->first().type == Dixa::AvailabilityOutcomeType::Success);
        const auto unknown = await(m_api->queueAvailability(randomUuid()));
        QCOMPARE(unknown.error.kind, ApiError::Kind::BadRequest);
        QCOMPARE(unknown.error.serverMessage, u"Queue does not exist"_s);

        // An open, unassigned, queued conversation has a position.
        Dixa::SearchParametersInput waiting;
        waiting.filters = Dixa::SearchFilters{
            Dixa::SearchStrategy::All,
            {condition(
                 Dixa::SearchFieldType::Status,
                 Dixa::SearchOperator::withValues(Dixa::SearchOperatorType::IsOneOf, {u"open"_s})),
             condition(Dixa::SearchFieldType::AgentId,
                       Dixa::SearchOperator::bare(Dixa::SearchOperatorType::IsEmpty)),
             condition(Dixa::SearchFieldType::QueueId,
                       Dixa::SearchOperator::bare(Dixa::SearchOperatorType::IsNotEmpty))},
            {}};
        const auto hits = await(m_api->searchConversations(waiting, 1));
        DIXA_VERIFY_OK(hits);
        QVERIFY(!hits->items.isEmpty());
        const qint64 id = hits->items.first().id;
        const auto position = await(m_api->conversationPosition(id));
        DIXA_VERIFY_OK(position);
        QCOMPARE(lastCall(), u"GET /v1/queues/conversation-position/%1"_s.arg(id));
        QCOMPARE(json(*position), served(u"/queues/conversation-position/%1"_s.arg(id)));
        QVERIFY(position->position.value_or(0) >= 1);
        QCOMPARE(await(m_api->conversationPosition(999999999)).error.kind,
                 ApiError::Kind::NotFound);
    }

    void tags()
    {
        const auto active = await(m_api->tags());
        DIXA_VERIFY_OK(active);
        QCOMPARE(active->size(), served(u"/tags"_s).toArray().size());
        QCOMPARE(json(*active), served(u"/tags"_s));
        for (const Dixa::Tag &tag : *active)
            QVERIFY(tag.state == Dixa::TagState::Active);
        const auto all = await(m_api->tags(true));
        DIXA_VERIFY_OK(all);
        QCOMPARE(all.raw.httpStatus, 200);
        QCOMPARE(json(*all), served(u"/tags?includeDeactivated=true"_s));
        QVERIFY(all->size() > active->size()); // the demo has inactive tags

        const auto created = await(m_api->createTag({u"Fragile parcel"_s, u"#ff8800"_s, {}}));
        DIXA_VERIFY_OK(created);
        QCOMPARE(lastCall(), u"POST /v1/tags"_s);
        QCOMPARE(created->color, std::optional<QString>(u"#ff8800"_s));
        const QString id = created->id;
        const auto again = await(m_api->createTag({u"fragile Parcel"_s, u"#000000"_s, {}}));
        DIXA_VERIFY_OK(again);
        QCOMPARE(json(*again), json(*created)); // the existing tag, unchanged

        DIXA_VERIFY_OK(await(m_api->deactivateTag(id)));
        QCOMPARE(lastCall(), u"PATCH /v1/tags/%1/deactivate"_s.arg(id));
        auto one = await(m_api->tagById(id));
        DIXA_VERIFY_OK(one);
        QCOMPARE(lastCall(), u"GET /v1/tags/"_s + id);
        QVERIFY(one->state == Dixa::TagState::Inactive);
        DIXA_VERIFY_OK(await(m_api->activateTag(id)));
        QCOMPARE(lastCall(), u"PATCH /v1/tags/%1/activate"_s.arg(id));
        one = await(m_api->tagById(id));
        QVERIFY(one.ok() && one->state == Dixa::TagState::Active);

        DIXA_VERIFY_OK(await(m_api->deleteTag(id)));
        QCOMPARE(lastCall(), u"DELETE /v1/tags/"_s + id);
        QCOMPARE(await(m_api->tagById(id)).error.kind, ApiError::Kind::NotFound);
        QCOMPARE(await(m_api->deleteTag(id)).error.kind, ApiError::Kind::NotFound);
    }

    void teams()
    {
        const auto list = await(m_api->teams());
        DIXA_VERIFY_OK(list);
        QCOMPARE(lastCall(), u"GET /v1/teams"_s);
        QCOMPARE(json(*list), served(u"/teams"_s));

        const auto created = await(m_api->createTeam({u"Night shift"_s, {}}));
        DIXA_VERIFY_OK(created);
        QCOMPARE(lastCall(), u"POST /v1/teams"_s);
        QCOMPARE(created->name, std::optional<QString>(u"Night shift"_s));
        const QString id = created->id;
        const auto one = await(m_api->team(id));
        DIXA_VERIFY_OK(one);
        QCOMPARE(lastCall(), u"GET /v1/teams/"_s + id);
        QCOMPARE(json(*one), json(*created));

        const QStringList five = m_agents.mid(0, 5);
        const auto added = await(m_api->addTeamMembers(id, {five, {}}));
        DIXA_VERIFY_OK(added);
        QCOMPARE(added.raw.httpStatus, 200); // no body: nothing to read
        QCOMPARE(lastCall(), u"PATCH /v1/teams/%1/agents"_s.arg(id));
        auto members = await(m_api->teamMembers(id));
        DIXA_VERIFY_OK(members);
        QCOMPARE(lastCall(), u"GET /v1/teams/%1/agents"_s.arg(id));
        QCOMPARE(json(*members), served(u"/teams/%1/agents"_s.arg(id)));
        const QStringList memberList = idsOf(*members);
        QCOMPARE(QSet<QString>(memberList.cbegin(), memberList.cend()),
                 QSet<QString>(five.cbegin(), five.cend()));

        // Presence, paged: two at a time, every member once.
        QStringList walked;
        QString link;
        int pages = 0;
        do {
            const auto page = await(m_api->teamPresence(id, 2, link));
            DIXA_VERIFY_OK(page);
            QCOMPARE(lastCall(), u"GET /v1/teams/%1/presence"_s.arg(id));
            QVERIFY(page->items.size() <= 2);
            for (const Dixa::UserPresence &presence : page->items)
                walked.append(presence.userId);
            link = page->nextPage;
            ++pages;
        } while (!link.isEmpty() && pages < 10);
        QCOMPARE(pages, 3);
        QCOMPARE(QSet<QString>(walked.cbegin(), walked.cend()).size(), 5);
        QCOMPARE(QSet<QString>(walked.cbegin(), walked.cend()),
                 QSet<QString>(five.cbegin(), five.cend()));
        const auto all = await(m_api->allTeamPresence(id, 2));
        DIXA_VERIFY_OK(all);
        QCOMPARE(all->size(), 5);
        QCOMPARE(all.raw.pages, 3);

        const auto removeCall = m_api->removeTeamMembers(id, {five.mid(0, 2), {}});
        QCOMPARE(removeCall.job()->request().method, ApiRequest::Method::Delete);
        DIXA_VERIFY_OK(await(removeCall));
        QCOMPARE(lastCall(), u"DELETE /v1/teams/%1/agents"_s.arg(id));
        members = await(m_api->teamMembers(id));
        QCOMPARE(members.value.value_or(QList<Dixa::TeamMember>()).size(), 3);

        DIXA_VERIFY_OK(await(m_api->deleteTeam(id)));
        QCOMPARE(lastCall(), u"DELETE /v1/teams/"_s + id);
        QCOMPARE(await(m_api->team(id)).error.kind, ApiError::Kind::NotFound);
    }

    void customAttributeDefinitions()
    {
        const auto list = await(m_api->customAttributes());
        DIXA_VERIFY_OK(list);
        QCOMPARE(lastCall(), u"GET /v1/custom-attributes"_s);
        QCOMPARE(json(*list), served(u"/custom-attributes"_s));
        QVERIFY(!list->isEmpty());
        const QString id = list->last().id;
        const auto one = await(m_api->customAttribute(id));
        DIXA_VERIFY_OK(one);
        QCOMPARE(lastCall(), u"GET /v1/custom-attributes/"_s + id);
        QCOMPARE(json(*one), json(list->last()));
    }

    void organization()
    {
        const auto outcome = await(m_api->organization());
        DIXA_VERIFY_OK(outcome);
        QCOMPARE(lastCall(), u"GET /v1/organization"_s);
        QCOMPARE(json(*outcome), served(u"/organization"_s));
        QVERIFY(!outcome->name.isEmpty());
        QVERIFY(outcome->status == Dixa::OrganizationStatus::Active);
    }
};

QTEST_GUILESS_MAIN(TestDixaApiDirectory)
#include "tst_dixaapi_directory.moc"
