// ConversationActions against the sandbox over real HTTP: every action's outcome per
// conversation and its effect on the server, mixed failures, conflicts, cancelling, retrying, and
// the conversations reported as changed.
#include "actions/conversationactions.h"
#include "api/dixaclient.h"
#include "sandboxfixture.h"

#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 UnknownId = 987654000;

QString str(const QJsonValue &value, const QString &key)
{
    return value.toObject().value(key).toString();
}

Dixa::CreateInternalNoteInput note(const QString &text)
{
    Dixa::CreateInternalNoteInput input;
    input.message = text;
    return input;
}

QList<bool> okFlags(const QList<ActionOutcome> &outcomes)
{
    QList<bool> flags;
    for (const ActionOutcome &outcome : outcomes)
        flags.append(outcome.ok);
    return flags;
}

QList<qint64> idsOf(const QList<ActionOutcome> &outcomes)
{
    QList<qint64> ids;
    for (const ActionOutcome &outcome : outcomes)
        ids.append(outcome.conversationId);
    return ids;
}
} // namespace

class TestConversationActions : public QObject
{
    Q_OBJECT

private:
    SandboxFixture m_sandbox;
    std::unique_ptr<DixaClient> m_client;
    std::unique_ptr<ConversationActions> m_actions;
    std::unique_ptr<QSignalSpy> m_changes;
    QStringList m_agents;
    QHash<QString, QString> m_agentNames;
    QStringList m_queues;
    QString m_requester;

    QString path(qint64 id, const QString &rest = {}) const
    {
        return u"/v1/conversations/%1%2"_s.arg(id).arg(rest);
    }
    QJsonObject conversation(qint64 id) { return m_sandbox.get(path(id)).data().toObject(); }
    QJsonArray list(qint64 id, const QString &rest)
    {
        return m_sandbox.get(path(id, rest)).data().toArray();
    }

    qint64 createEmail()
    {
        const QJsonObject content{{u"value"_s, u"Where is my order?"_s}, {u"_type"_s, u"Text"_s}};
        const auto reply =
            m_sandbox.post(u"/v1/conversations"_s,
                           QJsonObject{{u"_type"_s, u"Email"_s},
                                       {u"requesterId"_s, m_requester},
                                       {u"emailIntegrationId"_s, u"support@email.dixa.io"_s},
                                       {u"subject"_s, u"Order"_s},
                                       {u"message"_s, QJsonObject{{u"_type"_s, u"Inbound"_s},
                                                                  {u"content"_s, content}}}});
        return reply.status == 201 ? reply.data()[u"id"_s].toInteger() : 0;
    }
    QList<qint64> createEmails(int count)
    {
        QList<qint64> ids;
        for (int i = 0; i < count; ++i)
            ids.append(createEmail());
        return ids;
    }

    static bool finish(ActionJob *job)
    {
        if (!job)
            return false;
        QSignalSpy finished(job, &ActionJob::finished);
        return job->isFinished() || finished.wait(20000);
    }

    // The same, sorted: calls run side by side, so they end (and are reported) in any order.
    QList<qint64> changedSorted() const
    {
        QList<qint64> ids = changedIds();
        std::sort(ids.begin(), ids.end());
        return ids;
    }
    static QList<qint64> sorted(QList<qint64> ids)
    {
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    // Every id reported through conversationsChanged since init().
    QList<qint64> changedIds() const
    {
        QList<qint64> ids;
        for (const QList<QVariant> &signal : *m_changes)
            ids.append(signal.first().value<QList<qint64>>());
        return ids;
    }

    int requestsTo(const QString &method, const QString &path)
    {
        int count = 0;
        for (const QJsonValue &entry : m_sandbox.requestLog()) {
            if (entry[u"method"_s].toString() == method && entry[u"path"_s].toString() == path)
                ++count;
        }
        return count;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ActionOutcome>();
        QVERIFY(m_sandbox.isRunning());
        ApiEndpoint endpoint;
        endpoint.baseUrl = m_sandbox.baseUrl();
        endpoint.apiKey = m_sandbox.apiKey();
        DixaClient::Options options;
        options.backoffBaseMs = 10;
        options.limits.perSecond = 0;
        options.limits.maxInFlight = 4;
        m_client = std::make_unique<DixaClient>(m_sandbox.network(), endpoint, options);
        for (const QJsonValue &agent :
             m_sandbox.get(u"/v1/agents?pageLimit=5"_s).data().toArray()) {
            m_agents.append(str(agent, u"id"_s));
            m_agentNames.insert(str(agent, u"id"_s), str(agent, u"displayName"_s));
        }
        for (const QJsonValue &queue : m_sandbox.get(u"/v1/queues"_s).data().toArray())
            m_queues.append(str(queue, u"id"_s));
        m_requester = str(m_sandbox.get(u"/v1/endusers?pageLimit=1"_s).data()[0], u"id"_s);
        QVERIFY(m_agents.size() >= 3 && m_queues.size() >= 2 && !m_requester.isEmpty());
    }

    void init()
    {
        QCOMPARE(m_sandbox.del(u"/_sandbox/faults"_s).status, 204);
        m_sandbox.clearRequestLog();
        ConversationActions::Options options;
        options.tracking.firstDelayMs = 20;
        options.tracking.maxDelayMs = 100;
        m_actions = std::make_unique<ConversationActions>(DixaApi(*m_client), options);
        m_changes = std::make_unique<QSignalSpy>(m_actions.get(),
                                                 &ConversationActions::conversationsChanged);
    }

    void claimAssignsEveryConversation()
    {
        const QList<qint64> ids = createEmails(3);
        ActionJob *job = m_actions->claim(ids, m_agents.at(0));
        QSignalSpy progress(job, &ActionJob::progress);
        QSignalSpy items(job, &ActionJob::itemFinished);
        QVERIFY(finish(job));
        QCOMPARE(idsOf(job->outcomes()), ids);
        QCOMPARE(okFlags(job->outcomes()), QList<bool>(3, true));
        QCOMPARE(items.size(), 3);
        QCOMPARE(progress.first(), (QList<QVariant>{0, 3}));
        QCOMPARE(progress.last(), (QList<QVariant>{3, 3}));
        for (const qint64 id : ids)
            QCOMPARE(str(conversation(id)[u"assignment"_s], u"agentId"_s), m_agents.at(0));
        QCOMPARE(changedSorted(), sorted(ids));
        QCOMPARE(job->retryFailed(), nullptr); // nothing failed
    }

    void claimConflictThenForce()
    {
        const qint64 id = createEmail();
        QVERIFY(finish(m_actions->claim({id}, m_agents.at(0))));
        m_changes->clear();

        ActionJob *job = m_actions->claim({id}, m_agents.at(1));
        QVERIFY(finish(job));
        const ActionOutcome refused = job->outcomes().first();
        QVERIFY(!refused.ok);
        QVERIFY(refused.isConflict());
        QCOMPARE(refused.error.httpStatus, 409);
        // The server's words name who has it, so the UI can ask before forcing.
        QCOMPARE(refused.message, u"Conversation is already assigned to %1"_s.arg(
                                      m_agentNames.value(m_agents.at(0))));
        QVERIFY(!refused.changed);
        QVERIFY(m_changes->isEmpty());
        QCOMPARE(str(conversation(id)[u"assignment"_s], u"agentId"_s), m_agents.at(0));

        job = m_actions->claim({id}, m_agents.at(1), true);
        QVERIFY(finish(job));
        QVERIFY(job->outcomes().first().ok);
        QCOMPARE(str(conversation(id)[u"assignment"_s], u"agentId"_s), m_agents.at(1));
        QCOMPARE(changedIds(), QList<qint64>{id});
    }

    void closeAndReopen()
    {
        const QList<qint64> ids = createEmails(2);
        QVERIFY(finish(m_actions->close(ids, m_agents.at(1))));
        for (const qint64 id : ids)
            QCOMPARE(str(conversation(id), u"state"_s), u"Closed"_s);

        ActionJob *job = m_actions->reopen(ids);
        QVERIFY(finish(job));
        QCOMPARE(okFlags(job->outcomes()), QList<bool>(2, true));
        for (const qint64 id : ids)
            QCOMPARE(str(conversation(id), u"state"_s), u"Open"_s);
        QCOMPARE(changedSorted(), sorted(ids + ids));

        // A user that is not an agent: Dixa's reason is the outcome's message.
        job = m_actions->close({ids.first()}, m_requester);
        QVERIFY(finish(job));
        QCOMPARE(job->outcomes().first().error.kind, ApiError::Kind::BadRequest);
        QCOMPARE(job->outcomes().first().message, u"User is not agent/admin"_s);
    }

    void transferMovesAndUnassigns()
    {
        const QList<qint64> ids = createEmails(2);
        QVERIFY(finish(m_actions->claim(ids, m_agents.at(0))));
        const QString target = m_queues.at(1);
        ActionJob *job = m_actions->transfer(ids, target, m_agents.at(2));
        QVERIFY(finish(job));
        QCOMPARE(okFlags(job->outcomes()), QList<bool>(2, true));
        for (const qint64 id : ids) {
            const QJsonObject json = conversation(id);
            QCOMPARE(str(json[u"queue"_s], u"id"_s), target);
            QVERIFY(!json.contains(u"assignment"_s));
        }

        job =
            m_actions->transfer({ids.first()}, QUuid::createUuid().toString(QUuid::WithoutBraces));
        QVERIFY(finish(job));
        QCOMPARE(job->outcomes().first().message, u"Queue does not exist"_s);
    }

    void tagAndUntag()
    {
        const QList<qint64> ids = createEmails(3);
        const QString tag =
            str(m_sandbox
                    .post(u"/v1/tags"_s, QJsonObject{{u"name"_s, u"Actions %1"_s.arg(ids.first())}})
                    .data(),
                u"id"_s);
        QVERIFY(!tag.isEmpty());
        const auto tagged = [this, &tag](qint64 id) {
            const QJsonArray tags = list(id, u"/tags"_s);
            return std::any_of(tags.begin(), tags.end(),
                               [&tag](const QJsonValue &t) { return str(t, u"id"_s) == tag; });
        };
        QVERIFY(finish(m_actions->tag(ids, tag)));
        for (const qint64 id : ids)
            QVERIFY(tagged(id));
        ActionJob *job = m_actions->untag(ids.mid(0, 2), tag);
        QVERIFY(finish(job));
        QCOMPARE(okFlags(job->outcomes()), QList<bool>(2, true));
        QVERIFY(!tagged(ids.at(0)));
        QVERIFY(!tagged(ids.at(1)));
        QVERIFY(tagged(ids.at(2)));
    }

    void followUp()
    {
        const QList<qint64> ids = createEmails(2);
        const QDateTime until = QDateTime::currentDateTimeUtc().addDays(3);
        ActionJob *job = m_actions->followUp(ids, until, m_agents.at(0));
        QVERIFY(finish(job));
        QCOMPARE(okFlags(job->outcomes()), QList<bool>(2, true));
        for (const qint64 id : ids) {
            const QJsonArray log = list(id, u"/activitylog"_s);
            QCOMPARE(str(log.last(), u"_type"_s), u"FollowupAdded"_s);
            QCOMPARE(str(log.last()[u"author"_s], u"id"_s), m_agents.at(0));
        }
    }

    void oneNoteToManyConversations()
    {
        const QList<qint64> ids = createEmails(3);
        ActionJob *job = m_actions->addNotes(ids, {note(u"Checked with the warehouse"_s)});
        QVERIFY(finish(job));
        for (const ActionOutcome &outcome : job->outcomes()) {
            QVERIFY(outcome.ok);
            QCOMPARE(outcome.notes.size(), 1);
            QCOMPARE(outcome.notes.first().note->csid, outcome.conversationId);
        }
        for (const qint64 id : ids) {
            QCOMPARE(requestsTo(u"POST"_s, path(id, u"/notes"_s)), 1);
            QCOMPARE(str(list(id, u"/notes"_s).last(), u"message"_s),
                     u"Checked with the warehouse"_s);
        }
        QCOMPARE(changedSorted(), sorted(ids));
    }

    void manyNotesGoThroughBulk()
    {
        const QList<qint64> ids = createEmails(2);
        const QList<Dixa::CreateInternalNoteInput> notes{note(u"First"_s), note(u"Second"_s),
                                                         note(u"Third"_s)};
        ActionJob *job = m_actions->addNotes(ids, notes);
        QVERIFY(finish(job));
        for (const ActionOutcome &outcome : job->outcomes()) {
            QVERIFY(outcome.ok);
            QCOMPARE(outcome.notes.size(), 3);
            QCOMPARE(outcome.notes.at(1).note->message, u"Second"_s);
        }
        for (const qint64 id : ids) {
            QCOMPARE(requestsTo(u"POST"_s, path(id, u"/notes/bulk"_s)), 1);
            QCOMPARE(requestsTo(u"POST"_s, path(id, u"/notes"_s)), 0);
            QCOMPARE(list(id, u"/notes"_s).size(), 3);
        }
    }

    void failedBulkNotesAreRetriedAlone()
    {
        const QList<qint64> ids = createEmails(4);
        QList<Dixa::CreateInternalNoteInput> notes;
        for (int i = 0; i < 5; ++i)
            notes.append(note(u"Note %1"_s.arg(i)));
        QVERIFY(m_sandbox.setFaults(QJsonObject{{u"bulkFailureRate"_s, 0.3}, {u"seed"_s, 3}}));
        ActionJob *job = m_actions->addNotes(ids, notes);
        QVERIFY(finish(job));
        QCOMPARE(m_sandbox.del(u"/_sandbox/faults"_s).status, 204);

        int failedNotes = 0;
        for (const ActionOutcome &outcome : job->outcomes()) {
            const int stored = int(list(outcome.conversationId, u"/notes"_s).size());
            const auto bad = std::count_if(outcome.notes.begin(), outcome.notes.end(),
                                           [](const NoteResult &n) { return !n.ok; });
            failedNotes += int(bad);
            QCOMPARE(stored, 5 - int(bad));
            QCOMPARE(outcome.ok, bad == 0);
            QCOMPARE(outcome.changed, stored > 0);
            if (bad > 0) {
                QVERIFY2(outcome.message.contains(u"could not be stored"_s),
                         qPrintable(outcome.message));
                QCOMPARE(outcome.notes.size(), 5);
            }
        }
        QVERIFY2(failedNotes > 0 && failedNotes < 20, "the seed should fail some notes, not all");

        ActionJob *retry = job->retryFailed();
        QVERIFY(finish(retry));
        QCOMPARE(retry->conversationIds(), job->failedIds());
        for (const ActionOutcome &outcome : retry->outcomes()) {
            QVERIFY(outcome.ok);
            QCOMPARE(outcome.notes.size(), 5);
        }
        // Only the failed notes went again: every conversation has each note exactly once.
        for (const qint64 id : ids) {
            QStringList texts;
            for (const QJsonValue &stored : list(id, u"/notes"_s))
                texts.append(str(stored, u"message"_s));
            texts.sort();
            QCOMPARE(texts, (QStringList{u"Note 0"_s, u"Note 1"_s, u"Note 2"_s, u"Note 3"_s,
                                         u"Note 4"_s}));
        }
    }

    void addMessageOutboundAndInbound()
    {
        const QList<qint64> ids = createEmails(2);
        Dixa::CreateMessageInput outbound;
        outbound.type = Dixa::MessageInputType::Outbound;
        outbound.agentId = m_agents.at(0);
        outbound.content = Dixa::Content{Dixa::ContentType::Markdown, u"We are **on it**"_s, {}};
        ActionJob *job = m_actions->addMessage(ids, outbound);
        QVERIFY(finish(job));
        for (const ActionOutcome &outcome : job->outcomes()) {
            QVERIFY(outcome.ok);
            QVERIFY(outcome.createdMessage);
            QCOMPARE(outcome.createdMessage->authorId, m_agents.at(0));
            QVERIFY(outcome.createdMessage->direction == Dixa::Direction::Outbound);
            QCOMPARE(str(list(outcome.conversationId, u"/messages"_s).last(), u"authorId"_s),
                     m_agents.at(0));
        }

        Dixa::CreateMessageInput inbound;
        inbound.type = Dixa::MessageInputType::Inbound;
        inbound.content = Dixa::Content{Dixa::ContentType::Text, u"Thanks!"_s, {}};
        job = m_actions->addMessage({ids.first()}, inbound);
        QVERIFY(finish(job));
        QVERIFY(job->outcomes().first().ok);
        QVERIFY(job->outcomes().first().createdMessage->direction == Dixa::Direction::Inbound);
        QCOMPARE(str(list(ids.first(), u"/messages"_s).last(), u"authorId"_s), m_requester);
    }

    void anonymizeIsTrackedUntilProcessed()
    {
        const qint64 open = createEmail();
        ActionJob *job = m_actions->anonymize({open});
        QVERIFY(finish(job));
        QVERIFY(job->outcomes().first().isConflict()); // open, and not forced

        QSignalSpy processed(m_actions->anonymizations(), &AnonymizationTracker::processed);
        job = m_actions->anonymize({open}, true);
        QVERIFY(finish(job));
        const ActionOutcome outcome = job->outcomes().first();
        QVERIFY(outcome.ok);
        QVERIFY(outcome.anonymization);
        QCOMPARE(outcome.anonymization->targetEntityId, QString::number(open));
        QCOMPARE(m_actions->anonymizations()->pending().size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(processed.size(), 1, 10000);
        QCOMPARE(processed.first().at(1).toLongLong(), open);
        QVERIFY(m_actions->anonymizations()->pending().isEmpty());
        QCOMPARE(str(conversation(open), u"_type"_s), u"AnonymizedConversation"_s);
        // Changed when forced closed, and again when scrubbed.
        QCOMPARE(changedIds(), (QList<qint64>{open, open}));
    }

    void anonymizeMessage()
    {
        const qint64 id = createEmail();
        const QString messageId = str(list(id, u"/messages"_s).first(), u"id"_s);
        QSignalSpy processed(m_actions->anonymizations(), &AnonymizationTracker::processed);
        ActionJob *job = m_actions->anonymizeMessage(id, messageId);
        QVERIFY(finish(job));
        QVERIFY(job->outcomes().first().ok);
        QCOMPARE(job->outcomes().first().anonymization->type.value(),
                 Dixa::AnonymizationType::Message);
        QTRY_COMPARE_WITH_TIMEOUT(processed.size(), 1, 10000);
        QCOMPARE(processed.first().at(1).toLongLong(), id);
        QVERIFY(m_changes->size() >= 2);
        QCOMPARE(changedIds().last(), id);
    }

    void mixedFailuresKeepIdOrder()
    {
        // 20 ids: every fourth does not exist, and two real ones meet a server error.
        QList<qint64> ids;
        QSet<qint64> missing;
        for (int i = 0; i < 20; ++i) {
            ids.append(i % 4 == 3 ? UnknownId + i : createEmail());
            if (i % 4 == 3)
                missing.insert(ids.last());
        }
        const QSet<qint64> broken{ids.at(5), ids.at(10)};
        QJsonArray faults;
        for (const qint64 id : broken)
            faults.append(QJsonObject{{u"kind"_s, u"server-error"_s},
                                      {u"method"_s, u"POST"_s},
                                      {u"path"_s, u"/conversations/%1/notes"_s.arg(id)}});
        QVERIFY(m_sandbox.setFaults(QJsonObject{{u"script"_s, faults}}));

        ActionJob *job = m_actions->addNotes(ids, {note(u"Bulk note"_s)});
        QVERIFY(finish(job));
        const QList<ActionOutcome> outcomes = job->outcomes();
        QCOMPARE(idsOf(outcomes), ids);
        QList<qint64> succeeded;
        for (const ActionOutcome &outcome : outcomes) {
            const qint64 id = outcome.conversationId;
            QCOMPARE(outcome.ok, !missing.contains(id) && !broken.contains(id));
            if (missing.contains(id)) {
                QCOMPARE(outcome.error.kind, ApiError::Kind::NotFound);
                QCOMPARE(outcome.message, u"The requested resource could not be found"_s);
            } else if (broken.contains(id)) {
                QCOMPARE(outcome.error.kind, ApiError::Kind::Server);
                QCOMPARE(outcome.error.httpStatus, 500);
                QVERIFY(!outcome.message.isEmpty());
                QCOMPARE(requestsTo(u"POST"_s, path(id, u"/notes"_s)), 1); // POST is not retried
                QVERIFY(list(id, u"/notes"_s).isEmpty());
            } else {
                succeeded.append(id);
            }
        }
        QCOMPARE(job->succeededIds(), succeeded);
        QCOMPARE(changedSorted(), sorted(succeeded));

        // The retry repeats only the failures; the server errors are gone now.
        m_changes->clear();
        ActionJob *retry = job->retryFailed();
        QVERIFY(finish(retry));
        QCOMPARE(retry->conversationIds(), job->failedIds());
        for (const ActionOutcome &outcome : retry->outcomes())
            QCOMPARE(outcome.ok, broken.contains(outcome.conversationId));
        QCOMPARE(changedSorted(), sorted(broken.values()));
        for (const qint64 id : broken)
            QCOMPARE(list(id, u"/notes"_s).size(), 1);
    }

    void exhaustedRetriesOnPutFail()
    {
        const QList<qint64> ids = createEmails(3);
        // PUT is retried by the client: the fault outlasts every attempt.
        const int attempts = m_client->options().maxRetries + 1;
        QVERIFY(m_sandbox.setFaults(QJsonObject{
            {u"script"_s,
             QJsonArray{QJsonObject{{u"kind"_s, u"server-error"_s},
                                    {u"method"_s, u"PUT"_s},
                                    {u"path"_s, u"/conversations/%1/close"_s.arg(ids.at(1))},
                                    {u"count"_s, attempts}}}}}));
        ActionJob *job = m_actions->close(ids);
        QVERIFY(finish(job));
        QCOMPARE(okFlags(job->outcomes()), (QList<bool>{true, false, true}));
        QCOMPARE(job->outcomes().at(1).error.kind, ApiError::Kind::Server);
        QCOMPARE(str(conversation(ids.at(1)), u"state"_s), u"Open"_s);
        QCOMPARE(changedSorted(), sorted({ids.at(0), ids.at(2)}));
        ActionJob *retry = job->retryFailed();
        QVERIFY(finish(retry));
        QVERIFY(retry->outcomes().first().ok);
        QCOMPARE(str(conversation(ids.at(1)), u"state"_s), u"Closed"_s);
    }

    void cancelStopsWhatWasNotSent()
    {
        const QList<qint64> ids = createEmails(20);
        m_sandbox.clearRequestLog();
        ActionJob *job = m_actions->close(ids);
        connect(job, &ActionJob::itemFinished, job, &ActionJob::cancel);
        QVERIFY(finish(job));
        QVERIFY(job->isCancelled());
        const QList<ActionOutcome> outcomes = job->outcomes();
        QCOMPARE(idsOf(outcomes), ids);
        QList<qint64> cancelled;
        for (const ActionOutcome &outcome : outcomes) {
            const int sent = requestsTo(u"PUT"_s, path(outcome.conversationId, u"/close"_s));
            if (outcome.isCancelled()) {
                cancelled.append(outcome.conversationId);
                QCOMPARE(sent, 0);
                QCOMPARE(str(conversation(outcome.conversationId), u"state"_s), u"Open"_s);
            } else {
                QVERIFY(outcome.ok);
                QCOMPARE(sent, 1);
            }
        }
        // Only what was with the client (one window) went out.
        QVERIFY2(cancelled.size() >= 20 - 4, qPrintable(QString::number(cancelled.size())));
        QCOMPARE(job->failedIds(), cancelled);

        ActionJob *retry = job->retryFailed();
        QVERIFY(finish(retry));
        QCOMPARE(okFlags(retry->outcomes()), QList<bool>(cancelled.size(), true));
        for (const qint64 id : ids)
            QCOMPARE(str(conversation(id), u"state"_s), u"Closed"_s);
        QCOMPARE(changedSorted(), sorted(ids));
    }

    void emptyAndDuplicateIds()
    {
        ActionJob *empty = m_actions->close({});
        QSignalSpy finished(empty, &ActionJob::finished);
        QVERIFY(finished.wait(2000));
        QVERIFY(empty->outcomes().isEmpty());

        const qint64 id = createEmail();
        ActionJob *job = m_actions->close({id, id, id});
        QVERIFY(finish(job));
        QCOMPARE(job->outcomes().size(), 1);
        QCOMPARE(requestsTo(u"PUT"_s, path(id, u"/close"_s)), 1);
    }
};

QTEST_GUILESS_MAIN(TestConversationActions)
#include "tst_conversationactions.moc"
