// DixaApi's end-user calls against the sandbox: what each sends and decodes, bulk bodies wrapped
// in {"data": [...]}, custom attributes, anonymization, and paging walks with no duplicates or
// gaps.
#include "tst_dixaapi_fixture.h"

#include <QSet>

class TestDixaApiEndUsers : public DixaApiTest
{
    Q_OBJECT

    int m_serial = 0;

    Dixa::CreateEndUserInput newEndUserInput()
    {
        const int n = ++m_serial;
        Dixa::CreateEndUserInput input;
        input.displayName = u"Api User %1"_s.arg(n);
        input.email = u"api.user.%1@typed.example"_s.arg(n);
        input.phoneNumber = u"+4566%1"_s.arg(100000 + n);
        input.externalId = u"ext-%1"_s.arg(n);
        return input;
    }

    Dixa::EndUser createEndUser()
    {
        const auto outcome = await(m_api->createEndUser(newEndUserInput()));
        if (!outcome.ok())
            qWarning() << "creating an end user failed:" << outcome.error.message();
        return outcome.value.value_or(Dixa::EndUser());
    }

    qint64 createConversation(const QString &requesterId, const QString &subject)
    {
        Dixa::CreateConversationInput input;
        input.type = Dixa::CreateConversationType::Email;
        input.requesterId = requesterId;
        input.emailIntegrationId = u"support@email.dixa.io"_s;
        input.subject = subject;
        Dixa::CreateMessageInput message;
        message.type = Dixa::MessageInputType::Inbound;
        message.content = Dixa::Content{Dixa::ContentType::Text, subject, {}};
        input.message = message;
        const auto outcome = await(m_api->createConversation(input));
        return outcome.ok() ? outcome->id : 0;
    }

    static QStringList userIds(const QList<Dixa::EndUser> &users)
    {
        QStringList ids;
        for (const Dixa::EndUser &user : users)
            ids.append(user.id);
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.isRunning());
        startClient();
    }

    void init() { resetSandbox(); }

    void pagesWalkEveryEndUserOnce()
    {
        const QJsonArray expected = served(u"/endusers?pageLimit=500"_s).toArray();
        QList<Dixa::EndUser> walked;
        QString link;
        int pages = 0;
        m_sandbox.clearRequestLog();
        do {
            const auto outcome = await(m_api->endUsers({}, 7, link));
            DIXA_VERIFY_OK(outcome);
            QVERIFY(outcome->items.size() <= 7);
            walked += outcome->items;
            link = outcome->nextPage;
            ++pages;
        } while (!link.isEmpty() && pages < 1000);
        QCOMPARE(calls().size(), pages);

        const QStringList ids = userIds(walked);
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
        QVERIFY(ids.size() >= 1000);
        QCOMPARE(pages, int((ids.size() + 6) / 7));
        // The walk holds what the sandbox serves, in its order (the first 500 as a sample).
        QCOMPARE(json(walked.mid(0, expected.size())), QJsonValue(expected));
    }

    void allEndUsersEqualsTheWalk()
    {
        QList<Dixa::EndUser> walked;
        QString link;
        do {
            const auto page = await(m_api->endUsers({}, 250, link));
            DIXA_VERIFY_OK(page);
            walked += page->items;
            link = page->nextPage;
        } while (!link.isEmpty());
        m_sandbox.clearRequestLog();
        const auto all = await(m_api->allEndUsers({}, 100));
        DIXA_VERIFY_OK(all);
        QCOMPARE(calls().size(), all.raw.pages);
        QCOMPARE(userIds(*all), userIds(walked));
        QCOMPARE(json(*all), json(walked));
    }

    void listFiltersByOneField_data()
    {
        QTest::addColumn<int>("field");
        QTest::newRow("email") << 0;
        QTest::newRow("phone") << 1;
        QTest::newRow("externalId") << 2;
    }

    void listFiltersByOneField()
    {
        QFETCH(int, field);
        const Dixa::EndUser user = createEndUser();
        UserListFilter filter;
        if (field == 0)
            filter.email = *user.email;
        else if (field == 1)
            filter.phone = *user.phoneNumber; // "+45...": sent percent-encoded
        else
            filter.externalId = *user.externalId;
        const auto outcome = await(m_api->endUsers(filter));
        DIXA_VERIFY_OK(outcome);
        QCOMPARE(userIds(outcome->items), QStringList{user.id});
    }

    void getCreateUpdateAndPatch()
    {
        const Dixa::EndUser created = createEndUser();
        QVERIFY(!created.id.isEmpty());
        QCOMPARE(lastCall(), u"POST /v1/endusers"_s);

        auto outcome = await(m_api->endUser(created.id));
        DIXA_VERIFY_OK(outcome);
        QCOMPARE(lastCall(), u"GET /v1/endusers/"_s + created.id);
        QCOMPARE(json(*outcome), served(u"/endusers/"_s + created.id));
        QVERIFY(outcome->customAttributes); // the single user carries them

        Dixa::UpdateEndUserInput update = Dixa::UpdateEndUserInput::fromEndUser(*outcome);
        update.displayName = u"Replaced User"_s;
        update.phoneNumber.clear();
        outcome = await(m_api->updateEndUser(created.id, update));
        DIXA_VERIFY_OK(outcome);
        QCOMPARE(lastCall(), u"PUT /v1/endusers/"_s + created.id);
        QCOMPARE(outcome->displayName, std::optional<QString>(u"Replaced User"_s));
        QCOMPARE(json(*outcome), served(u"/endusers/"_s + created.id));

        Dixa::PatchEndUserInput patch;
        patch.lastName = u"Patched"_s;
        const auto call = m_api->patchEndUser(created.id, patch);
        QCOMPARE(sentBody(call), QJsonValue(QJsonObject{{u"lastName"_s, u"Patched"_s}}));
        outcome = await(call);
        DIXA_VERIFY_OK(outcome);
        QCOMPARE(lastCall(), u"PATCH /v1/endusers/"_s + created.id);
        QCOMPARE(outcome->lastName, std::optional<QString>(u"Patched"_s));
        QCOMPARE(outcome->displayName, std::optional<QString>(u"Replaced User"_s));

        const auto missing = await(m_api->endUser(randomUuid()));
        QCOMPARE(missing.error.kind, ApiError::Kind::NotFound);
        QVERIFY(!missing.error.serverMessage.isEmpty());
    }

    void bulkUpdateWrapsItsItems()
    {
        const Dixa::EndUser a = createEndUser();
        const Dixa::EndUser b = createEndUser();
        Dixa::BulkUpdateEndUserInput first;
        static_cast<Dixa::UpdateEndUserInput &>(first) = Dixa::UpdateEndUserInput::fromEndUser(a);
        first.id = a.id;
        first.displayName = u"Bulk Updated"_s;
        Dixa::BulkUpdateEndUserInput clash;
        static_cast<Dixa::UpdateEndUserInput &>(clash) = Dixa::UpdateEndUserInput::fromEndUser(b);
        clash.id = b.id;
        clash.email = *a.email; // taken by a

        const auto call = m_api->updateEndUsers({first, clash});
        const QJsonObject body = sentBody(call).toObject(); // {"data": [...]}, unlike PUT /agents
        QCOMPARE(body.keys(), QStringList{u"data"_s});
        QCOMPARE(body.value(u"data"_s).toArray().at(0).toObject().value(u"id"_s).toString(), a.id);
        const auto outcome = await(call);
        DIXA_VERIFY_OK(outcome);
        QCOMPARE(lastCall(), u"PUT /v1/endusers"_s);
        QCOMPARE(outcome->size(), 2);
        QVERIFY(outcome->at(0).succeeded());
        QCOMPARE(json(*outcome->at(0).data), served(u"/endusers/"_s + a.id));
        QVERIFY(!outcome->at(1).succeeded());
        QVERIFY(outcome->at(1).error->type == Dixa::BulkErrorType::Validation);
        QCOMPARE(outcome->at(1).error->message,
                 u"Updating EndUser [id:%1] failed with [errors:EmailExists]"_s.arg(b.id));
    }

    void bulkPatchAndBulkCreate()
    {
        const Dixa::EndUser a = createEndUser();
        Dixa::BulkPatchEndUserInput patch;
        patch.id = a.id;
        patch.firstName = u"Bulk"_s;
        Dixa::BulkPatchEndUserInput ghost;
        ghost.id = randomUuid();
        ghost.firstName = u"Ghost"_s;
        const auto patchCall = m_api->patchEndUsers({patch, ghost});
        QCOMPARE(sentBody(patchCall).toObject().value(u"data"_s).toArray().size(), 2);
        const auto patched = await(patchCall);
        DIXA_VERIFY_OK(patched);
        QCOMPARE(lastCall(), u"PATCH /v1/endusers"_s);
        QCOMPARE(patched->at(0).data->firstName, std::optional<QString>(u"Bulk"_s));
        QVERIFY(patched->at(1).error->type == Dixa::BulkErrorType::NotFound);
        QCOMPARE(patched->at(1).error->message, u"End user not found"_s);

        const auto createCall = m_api->createEndUsers({newEndUserInput(), newEndUserInput()});
        QCOMPARE(sentBody(createCall).toObject().keys(), QStringList{u"data"_s});
        const auto created = await(createCall);
        DIXA_VERIFY_OK(created);
        QCOMPARE(lastCall(), u"POST /v1/endusers/bulk"_s);
        QCOMPARE(created->size(), 2);
        for (const Dixa::EndUserOutcome &item : *created) {
            QVERIFY(item.succeeded());
            QCOMPARE(json(*item.data), served(u"/endusers/"_s + item.data->id));
        }
    }

    void customAttributesArePatched()
    {
        const auto definitions = await(m_api->customAttributes());
        DIXA_VERIFY_OK(definitions);
        const Dixa::CustomAttributeDefinition *text = nullptr;
        for (const Dixa::CustomAttributeDefinition &definition : *definitions) {
            if (definition.entityType == Dixa::CustomAttributeEntity::Contact &&
                definition.inputDefinition.type == Dixa::InputDefinitionType::Text &&
                !definition.isArchived && !definition.isDeactivated) {
                text = &definition;
                break;
            }
        }
        QVERIFY2(text, "the demo organisation needs a Text end-user attribute");
        const Dixa::EndUser user = createEndUser();
        Dixa::CustomAttributeValuesInput input;
        input.values.insert(text->id, Dixa::CustomAttributeValue(u"abcdef"_s));
        const auto call = m_api->patchEndUserAttributes(user.id, input);
        QCOMPARE(sentBody(call), QJsonValue(QJsonObject{{text->id, u"abcdef"_s}}));
        const auto outcome = await(call);
        DIXA_VERIFY_OK(outcome);
        QCOMPARE(lastCall(), u"PATCH /v1/endusers/%1/custom-attributes"_s.arg(user.id));
        QCOMPARE(outcome->size(), 1);
        QCOMPARE(outcome->first().id, text->id);
        QCOMPARE(outcome->first().identifier, text->identifier);
        QCOMPARE(outcome->first().value.text(), u"abcdef"_s);
    }

    void conversationsOfAnEndUserArePaged()
    {
        const Dixa::EndUser user = createEndUser();
        QList<qint64> expected;
        for (int i = 0; i < 5; ++i) {
            expected.append(createConversation(user.id, u"Question %1"_s.arg(i)));
            QVERIFY(expected.last() > 0);
        }
        QList<qint64> walked;
        QString link;
        int pages = 0;
        do {
            const auto page = await(m_api->endUserConversations(user.id, 2, link));
            DIXA_VERIFY_OK(page);
            QCOMPARE(lastCall(), u"GET /v1/endusers/%1/conversations"_s.arg(user.id));
            for (const Dixa::Conversation &conversation : page->items) {
                QCOMPARE(conversation.requesterId, user.id);
                walked.append(conversation.id);
            }
            link = page->nextPage;
            ++pages;
        } while (!link.isEmpty() && pages < 10);
        QCOMPARE(walked, expected);
        QCOMPARE(pages, 3);

        const auto all = await(m_api->allEndUserConversations(user.id, 2));
        DIXA_VERIFY_OK(all);
        QCOMPARE(all->size(), 5);
        QCOMPARE(json(*all), served(u"/endusers/%1/conversations?pageLimit=50"_s.arg(user.id)));
    }

    void anonymizeAnEndUser()
    {
        const Dixa::EndUser user = createEndUser();
        QVERIFY(createConversation(user.id, u"Still open"_s) > 0);

        auto outcome = await(m_api->anonymizeEndUser(user.id));
        QCOMPARE(outcome.error.kind, ApiError::Kind::Conflict);
        QCOMPARE(outcome.raw.httpStatus, 409);

        outcome = await(m_api->anonymizeEndUser(user.id, true));
        DIXA_VERIFY_OK(outcome);
        QCOMPARE(outcome.raw.httpStatus, 202);
        QCOMPARE(lastCall(), u"PATCH /v1/endusers/%1/anonymize"_s.arg(user.id));
        QVERIFY(outcome->type == Dixa::AnonymizationType::User);
        QCOMPARE(outcome->targetEntityId, user.id);
        QVERIFY(!outcome->isProcessed());

        const QString requestId = outcome->id;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const auto status = await(m_api->anonymizationStatus(requestId));
                return status.ok() && status->isProcessed();
            }(),
            10000);
        QCOMPARE(lastCall(), u"GET /v1/anonymization/request/"_s + requestId);
        const auto after = await(m_api->endUser(user.id));
        DIXA_VERIFY_OK(after);
        QVERIFY(!after->email);
    }
};

QTEST_GUILESS_MAIN(TestDixaApiEndUsers)
#include "tst_dixaapi_endusers.moc"
