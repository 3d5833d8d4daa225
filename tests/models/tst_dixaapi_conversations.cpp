// DixaApi's conversation calls against the sandbox: each call's request (method, path, body) and
// decoded answer compared with what the sandbox serves, actions with their errors, tags, messages,
// notes (bulk outcomes), activity logs (paged by time), ratings, attributes, links, anonymization.
#include "tst_dixaapi_fixture.h"

#include <QSet>

class TestDixaApiConversations : public DixaApiTest
{
    Q_OBJECT

    QList<Dixa::Agent> m_agents;
    QList<Dixa::Queue> m_queues;
    QString m_endUser;

    qint64 createEmail(const QString &subject = u"Where is my order?"_s)
    {
        Dixa::CreateConversationInput input;
        input.type = Dixa::CreateConversationType::Email;
        input.requesterId = m_endUser;
        input.emailIntegrationId = u"support@email.dixa.io"_s;
        input.subject = subject;
        Dixa::CreateMessageInput message;
        message.type = Dixa::MessageInputType::Inbound;
        message.content = Dixa::Content{Dixa::ContentType::Text, u"Hello there"_s, {}};
        input.message = message;
        const auto outcome = await(m_api->createConversation(input));
        if (!outcome.ok())
            qWarning() << "creating a conversation failed:" << outcome.error.message();
        return outcome.ok() ? outcome->id : 0;
    }

    QString path(qint64 id, const QString &rest = {}) const
    {
        return u"/v1/conversations/%1%2"_s.arg(id).arg(rest);
    }

    Dixa::Conversation reread(qint64 id)
    {
        return await(m_api->conversation(id)).value.value_or(Dixa::Conversation());
    }

    QStringList tagNames(qint64 id)
    {
        QStringList names;
        const auto outcome = await(m_api->conversationTags(id));
        for (const Dixa::Tag &tag : outcome.value.value_or(QList<Dixa::Tag>()))
            names.append(tag.name);
        return names;
    }

    bool processed(const QString &requestId)
    {
        const auto status = await(m_api->anonymizationStatus(requestId));
        return status.ok() && status->isProcessed();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.isRunning());
        startClient();
        m_agents = await(m_api->allAgents()).value.value_or(QList<Dixa::Agent>());
        m_queues = await(m_api->queues()).value.value_or(QList<Dixa::Queue>());
        const auto users = await(m_api->endUsers({}, 1));
        QVERIFY(users.ok() && !users->items.isEmpty());
        m_endUser = users->items.first().id;
        QVERIFY(m_agents.size() >= 3);
        QVERIFY(m_queues.size() >= 2);
    }

    void init() { resetSandbox(); }

    void getAndCreate()
    {
        const auto outcome = await(m_api->conversation(1));
        DIXA_VERIFY_OK(outcome);
        QCOMPARE(lastCall(), u"GET /v1/conversations/1"_s);
        QCOMPARE(json(*outcome), served(u"/conversations/1"_s));
        QVERIFY(outcome->customAttributes);

        const qint64 id = createEmail(u"Typed create"_s);
        QVERIFY(id > 0);
        QCOMPARE(lastCall(), u"POST /v1/conversations"_s);
        const Dixa::Conversation created = reread(id);
        QCOMPARE(created.subject, std::optional<QString>(u"Typed create"_s));
        QCOMPARE(created.requesterId, m_endUser);
    }

    void claimCloseAndReopen()
    {
        const qint64 id = createEmail();
        const Dixa::Agent &first = m_agents.at(0);
        Dixa::ClaimConversationInput claim{first.id, false, {}};
        auto call = m_api->claim(id, claim);
        QCOMPARE(sentBody(call),
                 QJsonValue(QJsonObject{{u"agentId"_s, first.id}, {u"force"_s, false}}));
        auto outcome = await(call);
        DIXA_VERIFY_OK(outcome);
        QCOMPARE(outcome.raw.httpStatus, 204);
        QCOMPARE(lastCall(), u"PUT %1"_s.arg(path(id, u"/claim"_s)));
        QCOMPARE(reread(id).assignment->agentId, first.id);

        // Someone else's conversation is only taken over with force.
        outcome = await(m_api->claim(id, {m_agents.at(1).id, false, {}}));
        QCOMPARE(outcome.error.kind, ApiError::Kind::Conflict);
        QCOMPARE(outcome.error.serverMessage,
                 u"Conversation is already assigned to %1"_s.arg(first.displayName));
        DIXA_VERIFY_OK(await(m_api->claim(id, {m_agents.at(1).id, true, {}})));
        QCOMPARE(reread(id).assignment->agentId, m_agents.at(1).id);

        Dixa::CloseConversationInput close;
        close.userId = m_agents.at(2).id;
        call = m_api->close(id, close);
        QCOMPARE(sentBody(call), QJsonValue(QJsonObject{{u"userId"_s, m_agents.at(2).id}}));
        DIXA_VERIFY_OK(await(call));
        QCOMPARE(lastCall(), u"PUT %1"_s.arg(path(id, u"/close"_s)));
        QVERIFY(*reread(id).state == Dixa::ConversationState::Closed);

        close.userId = m_endUser;
        outcome = await(m_api->close(id, close));
        QCOMPARE(outcome.error.kind, ApiError::Kind::BadRequest);
        QCOMPARE(outcome.error.serverMessage, u"User is not agent/admin"_s);

        call = m_api->reopen(id);
        QCOMPARE(sentBody(call), QJsonValue(QJsonObject()));
        DIXA_VERIFY_OK(await(call));
        QCOMPARE(lastCall(), u"PUT %1"_s.arg(path(id, u"/reopen"_s)));
        QVERIFY(*reread(id).state == Dixa::ConversationState::Open);
        QCOMPARE(await(m_api->close(987654321)).error.kind, ApiError::Kind::NotFound);
    }

    void transferAndFollowUp()
    {
        const qint64 id = createEmail();
        const QString target = m_queues.at(1).id;
        Dixa::TransferConversationInput transfer;
        transfer.queueId = target;
        transfer.userId = m_agents.at(0).id;
        auto call = m_api->transfer(id, transfer);
        QCOMPARE(sentBody(call),
                 QJsonValue(QJsonObject{{u"queueId"_s, target}, {u"userId"_s, m_agents.at(0).id}}));
        DIXA_VERIFY_OK(await(call));
        QCOMPARE(lastCall(), u"PUT %1"_s.arg(path(id, u"/transfer/queue"_s)));
        QCOMPARE(reread(id).queue->id, target);

        Dixa::FollowupConversationInput followUp;
        followUp.timestamp =
            Dixa::DixaTime(QDateTime(QDate(2031, 1, 8), QTime(8, 31, 25), Qt::UTC));
        followUp.userId = m_agents.at(0).id;
        call = m_api->followUp(id, followUp);
        QCOMPARE(sentBody(call).toObject().value(u"timestamp"_s).toString(),
                 u"2031-01-08T08:31:25Z"_s);
        DIXA_VERIFY_OK(await(call));
        QCOMPARE(lastCall(), u"PUT %1"_s.arg(path(id, u"/followup"_s)));
        followUp.userId = randomUuid();
        const auto refused = await(m_api->followUp(id, followUp));
        QCOMPARE(refused.error.kind, ApiError::Kind::BadRequest);
        QCOMPARE(refused.error.serverMessage, u"User not found"_s);
    }

    void tagUntagAndTagByNames()
    {
        const qint64 id = createEmail();
        const QString name = u"Typed %1"_s.arg(randomUuid().left(8));
        const auto tag = await(m_api->createTag({name, std::nullopt, {}}));
        DIXA_VERIFY_OK(tag);

        DIXA_VERIFY_OK(await(m_api->tag(id, tag->id)));
        QCOMPARE(lastCall(), u"PUT %1"_s.arg(path(id, u"/tags/"_s + tag->id)));
        const auto tags = await(m_api->conversationTags(id));
        DIXA_VERIFY_OK(tags);
        QCOMPARE(lastCall(), u"GET %1"_s.arg(path(id, u"/tags"_s)));
        QCOMPARE(json(*tags), served(u"/conversations/%1/tags"_s.arg(id)));
        QCOMPARE(tags->size(), 1);
        QCOMPARE(tags->first().name, name);

        DIXA_VERIFY_OK(await(m_api->untag(id, tag->id)));
        QCOMPARE(lastCall(), u"DELETE %1"_s.arg(path(id, u"/tags/"_s + tag->id)));
        QCOMPARE(tagNames(id), QStringList());
        QCOMPARE(await(m_api->tag(id, randomUuid())).error.kind, ApiError::Kind::NotFound);

        const QString fresh = u"Typed new %1"_s.arg(randomUuid().left(8));
        const auto call = m_api->tagByNames(id, {{name, {}}, {fresh, {}}});
        QCOMPARE(sentBody(call),
                 QJsonValue(QJsonObject{{u"data"_s, QJsonArray{QJsonObject{{u"name"_s, name}},
                                                               QJsonObject{{u"name"_s, fresh}}}}}));
        const auto accepted = await(call);
        DIXA_VERIFY_OK(accepted);
        QCOMPARE(accepted.raw.httpStatus, 202);
        QCOMPARE(lastCall(), u"POST %1"_s.arg(path(id, u"/tags/bulk"_s)));
        QTRY_COMPARE(tagNames(id), (QStringList{name, fresh})); // applied asynchronously
    }

    void messages()
    {
        const qint64 id = createEmail();
        Dixa::CreateMessageInput input;
        input.type = Dixa::MessageInputType::Outbound;
        input.agentId = m_agents.at(0).id;
        input.content = Dixa::Content{Dixa::ContentType::Text, u"Ok, I can help you!"_s, {}};
        const auto call = m_api->addMessage(id, input);
        QCOMPARE(sentBody(call).toObject().value(u"_type"_s).toString(), u"Outbound"_s);
        const auto added = await(call);
        DIXA_VERIFY_OK(added);
        QCOMPARE(lastCall(), u"POST %1"_s.arg(path(id, u"/messages"_s)));
        QVERIFY(added->direction == Dixa::Direction::Outbound);
        QCOMPARE(added->authorId, m_agents.at(0).id);
        QVERIFY(added->messageId);

        const auto list = await(m_api->messages(id));
        DIXA_VERIFY_OK(list);
        QCOMPARE(lastCall(), u"GET %1"_s.arg(path(id, u"/messages"_s)));
        QCOMPARE(json(*list), served(u"/conversations/%1/messages"_s.arg(id)));
        QCOMPARE(list->size(), 2); // oldest first: the inbound one, then ours
        QCOMPARE(list->last().id, *added->messageId);
    }

    void notesOneAndInBulk()
    {
        const qint64 id = createEmail();
        Dixa::CreateInternalNoteInput note;
        note.message = u"first"_s;
        note.agentId = m_agents.at(0).id;
        const auto added = await(m_api->addNote(id, note));
        DIXA_VERIFY_OK(added);
        QCOMPARE(lastCall(), u"POST %1"_s.arg(path(id, u"/notes"_s)));
        QCOMPARE(added->message, u"first"_s);
        QCOMPARE(added->csid, id);

        const QString stranger = randomUuid();
        Dixa::CreateInternalNoteInput second;
        second.message = u"second"_s;
        second.agentId = stranger;
        Dixa::CreateInternalNoteInput third;
        third.message = u"third"_s;
        const auto call = m_api->addNotes(id, {second, third});
        QCOMPARE(sentBody(call).toObject().value(u"data"_s).toArray().size(), 2);
        const auto outcome = await(call);
        DIXA_VERIFY_OK(outcome);
        QCOMPARE(lastCall(), u"POST %1"_s.arg(path(id, u"/notes/bulk"_s)));
        QCOMPARE(outcome->size(), 2);
        QVERIFY(!outcome->at(0).succeeded());
        QVERIFY(outcome->at(0).error->type.isNull()); // a bare ErrorResponse: no _type
        QCOMPARE(outcome->at(0).error->message,
                 u"An agent with id:%1 cannot be found in org."_s.arg(stranger));
        QVERIFY(outcome->at(1).succeeded());
        QCOMPARE(outcome->at(1).data->message, u"third"_s);

        const auto notes = await(m_api->notes(id));
        DIXA_VERIFY_OK(notes);
        QCOMPARE(lastCall(), u"GET %1"_s.arg(path(id, u"/notes"_s)));
        QCOMPARE(json(*notes), served(u"/conversations/%1/notes"_s.arg(id)));
        QCOMPARE(notes->size(), 2);
    }

    void activityLogs()
    {
        const auto one = await(m_api->activityLog(1));
        DIXA_VERIFY_OK(one);
        QCOMPARE(lastCall(), u"GET /v1/conversations/1/activitylog"_s);
        QCOMPARE(json(*one), served(u"/conversations/1/activitylog"_s));

        // A window of time from conversation 1's first entry (a small one: the sandbox scans the
        // whole log for every page): the all... variant and a walk in pages of 7 give the same
        // entries, once each, including conversation 1's.
        QVERIFY(!one->isEmpty());
        const QDateTime from = one->first().activityTimestamp.toUtc();
        const QDateTime to = from.addSecs(3 * 3600);
        const auto all = await(m_api->allOrganizationActivityLog(from, to, 50));
        DIXA_VERIFY_OK(all);
        QVERIFY2(all->size() > 7, "the window should span several pages");
        QStringList expected;
        for (const Dixa::ActivityLogEntry &entry : *all) {
            QVERIFY(entry.activityTimestamp.toUtc() >= from);
            QVERIFY(entry.activityTimestamp.toUtc() <= to);
            expected.append(entry.id);
        }
        QCOMPARE(QSet<QString>(expected.cbegin(), expected.cend()).size(), expected.size());
        for (const Dixa::ActivityLogEntry &entry : *one) {
            if (entry.activityTimestamp.toUtc() <= to)
                QVERIFY(expected.contains(entry.id));
        }
        QStringList seen;
        QString link;
        int pages = 0;
        do {
            const auto page = await(m_api->organizationActivityLog(from, to, 7, link));
            DIXA_VERIFY_OK(page);
            QVERIFY(page->items.size() <= 7);
            for (const Dixa::ActivityLogEntry &entry : page->items) {
                QVERIFY2(!seen.contains(entry.id), "no entry twice");
                seen.append(entry.id);
            }
            link = page->nextPage;
            ++pages;
        } while (!link.isEmpty() && pages < 100);
        QCOMPARE(lastCall(), u"GET /v1/conversations/activitylog"_s);
        QCOMPARE(seen, expected);
        QCOMPARE(pages, int((expected.size() + 6) / 7));
    }

    void ratings()
    {
        qint64 rated = 0;
        for (qint64 id = 1; id <= 300 && !rated; ++id) {
            if (!served(u"/conversations/%1/ratings"_s.arg(id)).toArray().isEmpty())
                rated = id;
        }
        QVERIFY2(rated, "the demo organisation needs a rated conversation");
        const auto outcome = await(m_api->ratings(rated));
        DIXA_VERIFY_OK(outcome);
        QCOMPARE(lastCall(), u"GET %1"_s.arg(path(rated, u"/ratings"_s)));
        QCOMPARE(json(*outcome), served(u"/conversations/%1/ratings"_s.arg(rated)));
        const auto alias = await(m_api->ratingsDeprecated(rated));
        DIXA_VERIFY_OK(alias);
        QCOMPARE(lastCall(), u"GET %1"_s.arg(path(rated, u"/rating"_s)));
        QCOMPARE(json(*alias), json(*outcome));
    }

    void customAttributes()
    {
        const auto definitions = await(m_api->customAttributes());
        DIXA_VERIFY_OK(definitions);
        QString textId;
        for (const Dixa::CustomAttributeDefinition &definition : *definitions) {
            if (definition.entityType == Dixa::CustomAttributeEntity::Conversation &&
                definition.inputDefinition.type == Dixa::InputDefinitionType::Text &&
                !definition.isArchived && !definition.isDeactivated && textId.isEmpty())
                textId = definition.id;
        }
        QVERIFY(!textId.isEmpty());
        const qint64 id = createEmail();
        Dixa::CustomAttributeValuesInput input;
        input.values.insert(textId, Dixa::CustomAttributeValue(u"012345"_s));
        const auto outcome = await(m_api->patchConversationAttributes(id, input));
        DIXA_VERIFY_OK(outcome);
        QCOMPARE(lastCall(), u"PATCH %1"_s.arg(path(id, u"/custom-attributes"_s)));
        QCOMPARE(outcome->size(), 1);
        QCOMPARE(outcome->first().value.text(), u"012345"_s);
        const auto stored = reread(id).customAttributes.value_or(QList<Dixa::CustomAttribute>());
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().id, textId);
    }

    void linkAndLinked()
    {
        const qint64 parent = createEmail(u"Parent"_s);
        const qint64 child = createEmail(u"Side"_s);
        Dixa::LinkConversationInput input{parent, Dixa::LinkType::SideConversation, {}};
        const auto call = m_api->link(child, input);
        QCOMPARE(sentBody(call), QJsonValue(QJsonObject{{u"parentId"_s, parent},
                                                        {u"linkType"_s, u"SideConversation"_s}}));
        DIXA_VERIFY_OK(await(call));
        QCOMPARE(lastCall(), u"PUT %1"_s.arg(path(child, u"/link"_s)));
        QCOMPARE(reread(child).link->parentId, parent);

        const auto linked = await(m_api->linked(parent));
        DIXA_VERIFY_OK(linked);
        QCOMPARE(lastCall(), u"GET %1"_s.arg(path(parent, u"/linked"_s)));
        QCOMPARE(linked->size(), 1);
        QCOMPARE(linked->first().id, child);
        QCOMPARE(json(*linked), served(u"/conversations/%1/linked"_s.arg(parent)));

        const auto refused = await(m_api->link(parent, {child, Dixa::LinkType::Related, {}}));
        QCOMPARE(refused.error.kind, ApiError::Kind::BadRequest);
        QVERIFY(refused.error.serverMessage.contains(u"cannot have child conversations"_s));
    }

    void anonymizeConversationAndMessage()
    {
        const qint64 id = createEmail(u"Secret"_s);
        auto outcome = await(m_api->anonymizeConversation(id));
        QCOMPARE(outcome.error.kind, ApiError::Kind::Conflict); // open: needs force
        QVERIFY(!outcome.error.serverMessage.isEmpty());

        outcome = await(m_api->anonymizeConversation(id, true));
        DIXA_VERIFY_OK(outcome);
        QCOMPARE(outcome.raw.httpStatus, 202);
        QCOMPARE(lastCall(), u"PATCH %1"_s.arg(path(id, u"/anonymize"_s)));
        QVERIFY(outcome->type == Dixa::AnonymizationType::Conversation);
        QCOMPARE(outcome->targetEntityId, QString::number(id));
        QTRY_VERIFY_WITH_TIMEOUT(processed(outcome->id), 10000);
        QVERIFY(reread(id).type == Dixa::ConversationType::AnonymizedConversation);

        const qint64 other = createEmail(u"One message"_s);
        const auto messages = await(m_api->messages(other));
        QVERIFY(messages.ok() && !messages->isEmpty());
        const QString messageId = messages->first().id;
        outcome = await(m_api->anonymizeMessage(other, messageId));
        DIXA_VERIFY_OK(outcome);
        QCOMPARE(lastCall(),
                 u"PATCH %1"_s.arg(path(other, u"/messages/%1/anonymize"_s.arg(messageId))));
        QVERIFY(outcome->type == Dixa::AnonymizationType::Message);
        QCOMPARE(outcome->targetEntityId, u"%1_%2"_s.arg(other).arg(messageId));
        QTRY_VERIFY_WITH_TIMEOUT(processed(outcome->id), 10000);
        QCOMPARE(await(m_api->anonymizationStatus(randomUuid())).error.kind,
                 ApiError::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestDixaApiConversations)
#include "tst_dixaapi_conversations.moc"
