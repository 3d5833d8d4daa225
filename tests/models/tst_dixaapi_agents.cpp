// DixaApi's agent calls against the sandbox: what each sends (method, path, body) and what it
// decodes, bulk outcomes per item, and paging walks with no duplicates or gaps.
#include "tst_dixaapi_fixture.h"

#include <QSet>

class TestDixaApiAgents : public DixaApiTest
{
    Q_OBJECT

    int m_serial = 0;

    Dixa::CreateAgentInput newAgentInput()
    {
        const int n = ++m_serial;
        Dixa::CreateAgentInput input;
        input.displayName = u"Api Agent %1"_s.arg(n);
        input.email = u"api.agent.%1@typed.example"_s.arg(n);
        input.phoneNumber = u"+4577%1"_s.arg(100000 + n);
        input.firstName = u"Api"_s;
        return input;
    }

    // A fresh agent, so that tests never step on each other or on the seed.
    Dixa::Agent createAgent()
    {
        const auto outcome = await(m_api->createAgent(newAgentInput()));
        if (!outcome.ok())
            qWarning() << "creating an agent failed:" << outcome.error.message();
        return outcome.value.value_or(Dixa::Agent());
    }

    static QStringList idsOf(const QList<Dixa::Agent> &agents)
    {
        QStringList ids;
        for (const Dixa::Agent &agent : agents)
            ids.append(agent.id);
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.isRunning());
        startClient();
    }

    void init() { resetSandbox(); }

    void pagesWalkEveryAgentOnce()
    {
        createAgent();
        const QJsonArray expected = served(u"/agents?pageLimit=500"_s).toArray();
        QVERIFY(expected.size() > 14);
        m_sandbox.clearRequestLog();

        QList<Dixa::Agent> walked;
        QString link;
        int pages = 0;
        do {
            const auto outcome = await(m_api->agents({}, 7, link));
            DIXA_VERIFY_OK(outcome);
            QVERIFY(outcome->items.size() <= 7);
            walked += outcome->items;
            link = outcome->nextPage;
            ++pages;
        } while (!link.isEmpty() && pages < 100);

        QCOMPARE(json(walked), QJsonValue(expected));
        const QStringList ids = idsOf(walked);
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
        QCOMPARE(pages, int((expected.size() + 6) / 7));
        const QStringList log = calls();
        QCOMPARE(log.size(), pages);
        QCOMPARE(log.filter(u"GET /v1/agents"_s).size(), pages);
    }

    void allAgentsFollowsEveryPage()
    {
        const auto outcome = await(m_api->allAgents({}, 4));
        DIXA_VERIFY_OK(outcome);
        QCOMPARE(outcome.raw.pages, calls().size());
        QCOMPARE(json(*outcome), served(u"/agents?pageLimit=500"_s));
        QVERIFY(outcome.raw.pages >= 4);
    }

    void listFiltersByEmailOrPhone()
    {
        const Dixa::Agent agent = createAgent();
        QVERIFY(agent.phoneNumber);
        UserListFilter byEmail;
        byEmail.email = agent.email;
        auto outcome = await(m_api->agents(byEmail));
        DIXA_VERIFY_OK(outcome);
        QCOMPARE(idsOf(outcome->items), QStringList{agent.id});

        // A "+" must reach the server as a plus, not as a space.
        UserListFilter byPhone;
        byPhone.phone = *agent.phoneNumber;
        const auto call = m_api->agents(byPhone);
        QCOMPARE(call.job()->request().query.query(QUrl::FullyEncoded),
                 u"phone=%2B"_s + byPhone.phone.mid(1));
        outcome = await(call);
        DIXA_VERIFY_OK(outcome);
        QCOMPARE(idsOf(outcome->items), QStringList{agent.id});

        UserListFilter both = byEmail;
        both.phone = byPhone.phone;
        outcome = await(m_api->agents(both));
        QCOMPARE(outcome.error.kind, ApiError::Kind::BadRequest);
        QVERIFY(outcome.error.serverMessage.contains(u"Cannot provide both"_s));
    }

    void getCreateUpdateAndPatch()
    {
        const Dixa::Agent created = createAgent();
        QVERIFY(!created.id.isEmpty());
        QCOMPARE(lastCall(), u"POST /v1/agents"_s);
        QCOMPARE(created.displayName, u"Api Agent %1"_s.arg(m_serial));

        auto outcome = await(m_api->agent(created.id));
        DIXA_VERIFY_OK(outcome);
        QCOMPARE(lastCall(), u"GET /v1/agents/"_s + created.id);
        QCOMPARE(json(*outcome), served(u"/agents/"_s + created.id));

        Dixa::UpdateAgentInput update = Dixa::UpdateAgentInput::fromAgent(*outcome);
        update.displayName = u"Replaced"_s;
        update.lastName = u"Everything"_s;
        outcome = await(m_api->updateAgent(created.id, update));
        DIXA_VERIFY_OK(outcome);
        QCOMPARE(lastCall(), u"PUT /v1/agents/"_s + created.id);
        QCOMPARE(outcome->displayName, u"Replaced"_s);
        QCOMPARE(json(*outcome), served(u"/agents/"_s + created.id));

        Dixa::PatchAgentInput patch;
        patch.firstName = u"Patched"_s;
        const auto call = m_api->patchAgent(created.id, patch);
        QCOMPARE(sentBody(call), QJsonValue(QJsonObject{{u"firstName"_s, u"Patched"_s}}));
        outcome = await(call);
        DIXA_VERIFY_OK(outcome);
        QCOMPARE(lastCall(), u"PATCH /v1/agents/"_s + created.id);
        QCOMPARE(outcome->firstName, std::optional<QString>(u"Patched"_s));
        QCOMPARE(outcome->displayName, u"Replaced"_s);

        QCOMPARE(await(m_api->agent(randomUuid())).error.kind, ApiError::Kind::NotFound);
    }

    void bulkUpdateSendsABareArray()
    {
        const Dixa::Agent a = createAgent();
        Dixa::BulkUpdateAgentInput first;
        static_cast<Dixa::UpdateAgentInput &>(first) = Dixa::UpdateAgentInput::fromAgent(a);
        first.id = a.id;
        first.displayName = u"Bulk Updated"_s;
        Dixa::BulkUpdateAgentInput ghost;
        ghost.id = randomUuid();
        ghost.displayName = u"Ghost"_s;

        const auto call = m_api->updateAgents({first, ghost});
        const QJsonValue body = sentBody(call);
        QVERIFY(body.isArray()); // AgentsUpdateBulkRequest: no {"data": ...} around it
        QCOMPARE(body.toArray().size(), 2);
        QCOMPARE(body.toArray().at(0).toObject().value(u"id"_s).toString(), a.id);
        const auto outcome = await(call);
        DIXA_VERIFY_OK(outcome);
        QCOMPARE(lastCall(), u"PUT /v1/agents"_s);
        QCOMPARE(outcome->size(), 2);
        QVERIFY(outcome->at(0).succeeded());
        QCOMPARE(outcome->at(0).data->displayName, u"Bulk Updated"_s);
        QCOMPARE(json(*outcome->at(0).data), served(u"/agents/"_s + a.id));
        QVERIFY(!outcome->at(1).succeeded());
        QVERIFY(outcome->at(1).error->type == Dixa::BulkErrorType::NotFound);
        QCOMPARE(outcome->at(1).error->id, std::optional<QString>(ghost.id));
        QCOMPARE(outcome->at(1).error->message, u"Agent not found"_s);
    }

    void bulkPatchSendsABareArray()
    {
        const Dixa::Agent a = createAgent();
        Dixa::BulkPatchAgentInput patch;
        patch.id = a.id;
        patch.lastName = u"Bulk Patched"_s;
        Dixa::BulkPatchAgentInput ghost;
        ghost.id = randomUuid();
        ghost.lastName = u"Ghost"_s;
        const auto call = m_api->patchAgents({patch, ghost});
        QCOMPARE(
            sentBody(call),
            QJsonValue(QJsonArray{QJsonObject{{u"id"_s, a.id}, {u"lastName"_s, u"Bulk Patched"_s}},
                                  QJsonObject{{u"id"_s, ghost.id}, {u"lastName"_s, u"Ghost"_s}}}));
        const auto outcome = await(call);
        DIXA_VERIFY_OK(outcome);
        QCOMPARE(lastCall(), u"PATCH /v1/agents"_s);
        QCOMPARE(outcome->size(), 2);
        QVERIFY(outcome->at(0).succeeded());
        QCOMPARE(outcome->at(0).data->lastName, std::optional<QString>(u"Bulk Patched"_s));
        QVERIFY(outcome->at(1).error->type == Dixa::BulkErrorType::NotFound);
    }

    void bulkCreateWrapsItsItems()
    {
        const Dixa::CreateAgentInput fresh = newAgentInput();
        Dixa::CreateAgentInput duplicate = newAgentInput();
        duplicate.email = fresh.email; // taken by the first item
        const auto call = m_api->createAgents({fresh, duplicate});
        const QJsonObject body = sentBody(call).toObject();
        QCOMPARE(body.keys(), QStringList{u"data"_s});
        QCOMPARE(body.value(u"data"_s).toArray().size(), 2);
        const auto outcome = await(call);
        DIXA_VERIFY_OK(outcome);
        QCOMPARE(lastCall(), u"POST /v1/agents/bulk"_s);
        QCOMPARE(outcome->size(), 2);
        QVERIFY(outcome->at(0).succeeded());
        QCOMPARE(outcome->at(0).data->email, fresh.email);
        QCOMPARE(json(*outcome->at(0).data), served(u"/agents/"_s + outcome->at(0).data->id));
        QVERIFY(!outcome->at(1).succeeded());
        QVERIFY(!outcome->at(1).error->message.isEmpty());
    }

    void injectedBulkFailuresArePerItem()
    {
        QList<Dixa::BulkPatchAgentInput> patches;
        for (int i = 0; i < 12; ++i) {
            Dixa::BulkPatchAgentInput patch;
            patch.id = createAgent().id;
            patch.firstName = u"Flaky %1"_s.arg(i);
            patches.append(patch);
        }
        QVERIFY(m_sandbox.setFaults(QJsonObject{{u"bulkFailureRate"_s, 0.5}, {u"seed"_s, 3}}));
        const auto outcome = await(m_api->patchAgents(patches));
        DIXA_VERIFY_OK(outcome);
        QCOMPARE(outcome->size(), patches.size());
        int failed = 0;
        for (qsizetype i = 0; i < patches.size(); ++i) {
            const Dixa::AgentOutcome &item = outcome->at(i);
            if (item.succeeded()) {
                QCOMPARE(item.data->id, patches.at(i).id);
                continue;
            }
            ++failed;
            QVERIFY(item.error);
            QVERIFY(!item.error->message.isEmpty());
        }
        QVERIFY(failed > 0);
        QVERIFY(failed < patches.size());
    }

    void deleteDowngradesTheAgent()
    {
        const Dixa::Agent agent = createAgent();
        const auto outcome = await(m_api->deleteAgent(agent.id));
        DIXA_VERIFY_OK(outcome);
        QCOMPARE(outcome.raw.httpStatus, 204);
        QCOMPARE(lastCall(), u"DELETE /v1/agents/"_s + agent.id);
        QCOMPARE(await(m_api->agent(agent.id)).error.kind, ApiError::Kind::NotFound);
        DIXA_VERIFY_OK(await(m_api->endUser(agent.id)));
        QCOMPARE(await(m_api->deleteAgent(agent.id)).error.kind, ApiError::Kind::NotFound);
    }

    void presenceOfEveryAgentIsABareArray()
    {
        const auto outcome = await(m_api->agentsPresence());
        DIXA_VERIFY_OK(outcome);
        QCOMPARE(lastCall(), u"GET /v1/agents/presence"_s);
        QVERIFY(outcome.raw.body.isArray());
        const QJsonArray served = m_sandbox.get(u"/v1/agents/presence"_s).json().array();
        QCOMPARE(outcome->size(), served.size());
        for (qsizetype i = 0; i < served.size(); ++i) {
            const QJsonObject expected = served.at(i).toObject();
            QCOMPARE(outcome->at(i).userId, expected.value(u"userId"_s).toString());
            QCOMPARE(outcome->at(i).connectionStatus.text(),
                     expected.value(u"connectionStatus"_s).toString());
            QVERIFY(outcome->at(i).requestTime.isValid()); // no offset: read as UTC
        }
    }

    void workingChannelAndPresenceOfOneAgent()
    {
        const Dixa::Agent agent = createAgent();
        Dixa::WorkingChannelInput input;
        input.channel = Dixa::WorkingChannel::Email;
        input.working = true;
        const auto call = m_api->setWorkingChannel(agent.id, input);
        QCOMPARE(sentBody(call),
                 QJsonValue(QJsonObject{{u"channel"_s, u"Email"_s}, {u"working"_s, true}}));
        DIXA_VERIFY_OK(await(call));
        QCOMPARE(lastCall(), u"PUT /v1/agents/%1/presence/working-channel"_s.arg(agent.id));

        const auto presence = await(m_api->agentPresence(agent.id));
        DIXA_VERIFY_OK(presence);
        QCOMPARE(lastCall(), u"GET /v1/agents/%1/presence"_s.arg(agent.id));
        QCOMPARE(presence->userId, agent.id);
        QVERIFY(presence->activeChannels);
        QVERIFY(presence->activeChannels->contains(
            Dixa::OpenEnum<Dixa::Channel>(Dixa::Channel::Email)));
    }

    void teamsOfAnAgent()
    {
        const Dixa::Agent agent = createAgent();
        Dixa::CreateTeamInput team;
        team.name = u"Typed API testers"_s;
        const auto created = await(m_api->createTeam(team));
        DIXA_VERIFY_OK(created);
        Dixa::AgentIdsInput members;
        members.agentIds = {agent.id};
        DIXA_VERIFY_OK(await(m_api->addTeamMembers(created->id, members)));

        const auto outcome = await(m_api->agentTeams(agent.id));
        DIXA_VERIFY_OK(outcome);
        QCOMPARE(lastCall(), u"GET /v1/agents/%1/teams"_s.arg(agent.id));
        QCOMPARE(outcome->size(), 1);
        QCOMPARE(outcome->first().id, created->id);
        QVERIFY(!outcome->first().name); // the list carries ids only
    }
};

QTEST_GUILESS_MAIN(TestDixaApiAgents)
#include "tst_dixaapi_agents.moc"
