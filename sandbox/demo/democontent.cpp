#include "democontent.h"

#include "democontentwriter.h"
#include "democonversations.h"
#include "demotime.h"

#include <algorithm>

using namespace DemoTime;

DemoContentSource::DemoContentSource(std::shared_ptr<const DemoContext> context,
                                     const DataStore &store)
    : m_context(std::move(context))
    , m_store(store)
{}

ConversationContent DemoContentSource::generate(const QJsonObject &conversation) const
{
    // Conversations created through the API after seeding carry their own content.
    const qint64 id = conversation.value(QStringLiteral("id")).toInteger();
    if (id < 1 || id > m_context->seededConversations)
        return {};
    return DemoContentWriter(*m_context, m_store, conversation).write();
}

DemoContentWriter::DemoContentWriter(const DemoContext &context, const DataStore &store,
                                     const QJsonObject &conversation)
    : m_context(context)
    , m_store(store)
    , m_words(*context.words)
    , m_rng(context.seed, DemoRandom::Content,
            quint64(conversation.value(QStringLiteral("id")).toInteger()))
{
    const auto string = [&conversation](const QString &key) {
        return conversation.value(key).toString();
    };
    m_id = conversation.value(QStringLiteral("id")).toInteger();
    m_type = string(QStringLiteral("_type"));
    m_channel = string(QStringLiteral("channel"));
    m_state = string(QStringLiteral("state"));
    m_style = DemoConversations::styleOf(m_type);
    m_outbound = string(QStringLiteral("direction")) == u"Outbound";
    m_requesterId = string(QStringLiteral("requesterId"));

    int language = DemoWords::languageOf(string(QStringLiteral("language")));
    if (const DemoUserInfo *user = context.user(m_requesterId)) {
        m_customerFirst = user->firstName;
        m_customerName = user->displayName;
        m_customerEmail = user->email;
        m_customerPhone = user->phone;
        language = user->language;
    } else if (const QJsonObject *user = store.endUsers.find(m_requesterId)) {
        m_customerFirst = user->value(QStringLiteral("firstName")).toString();
        m_customerName = user->value(QStringLiteral("displayName")).toString();
        m_customerEmail = user->value(QStringLiteral("email")).toString();
        m_customerPhone = user->value(QStringLiteral("phoneNumber")).toString();
    }

    const QJsonObject assignment = conversation.value(QStringLiteral("assignment")).toObject();
    m_agentId = assignment.value(QStringLiteral("agentId")).toString();
    if (const DemoAgentInfo *agent = context.agent(m_agentId)) {
        m_agentFirst = agent->firstName;
        m_agentName = agent->displayName;
    } else if (const QJsonObject *agent = store.agents.find(m_agentId)) {
        m_agentFirst = agent->value(QStringLiteral("firstName")).toString();
        m_agentName = agent->value(QStringLiteral("displayName")).toString();
    }

    const QJsonObject queue = conversation.value(QStringLiteral("queue")).toObject();
    m_queueId = queue.value(QStringLiteral("id")).toString();
    for (int i = 0; i < context.queues.size(); ++i) {
        if (context.queues.at(i).id == m_queueId)
            m_queueIndex = i;
    }

    m_created = parse(string(QStringLiteral("createdAt")), context.referenceMs);
    m_queued =
        std::max(m_created, parse(queue.value(QStringLiteral("queuedAt")).toString(), m_created));
    if (!m_agentId.isEmpty())
        m_assigned = std::max(
            m_created, parse(assignment.value(QStringLiteral("assignedAt")).toString(), m_queued));
    m_stateUpdated =
        std::max(m_created, parse(string(QStringLiteral("stateUpdatedAt")), m_created));
    m_reference = std::max({context.referenceMs, m_stateUpdated, m_assigned});
    m_script = DemoText::script(m_words, context.seed, m_id, language < 0 ? English : language,
                                m_outbound, m_created);
}

ConversationContent DemoContentWriter::write()
{
    writeOpening();
    writeRouting();
    writeTags();
    if (m_style == DemoStyle::Phone)
        writeCall();
    else
        writeExchange();
    writeNotes();
    writeEnding();
    writeRatings();

    std::stable_sort(m_activity.begin(), m_activity.end(), [](const Entry &a, const Entry &b) {
        return a.ms != b.ms ? a.ms < b.ms : a.sequence < b.sequence;
    });
    ConversationContent content;
    content.messages = m_messages;
    content.notes = m_notes;
    content.ratings = m_ratings;
    for (const Entry &entry : std::as_const(m_activity))
        content.activity.append(entry.json);
    return content;
}

void DemoContentWriter::logActivity(qint64 ms, const QString &type, const QString &authorId,
                                    const QJsonObject &attributes)
{
    QJsonObject entry{
        {QStringLiteral("id"), m_rng.uuid()},
        {QStringLiteral("conversationId"), m_id},
        {QStringLiteral("activityTimestamp"), zoned(ms)},
        {QStringLiteral("activityType"), QString(type + QStringLiteral("ActivityType"))},
        {QStringLiteral("_type"), type},
    };
    if (!authorId.isEmpty())
        entry.insert(QStringLiteral("author"), author(authorId));
    if (!attributes.isEmpty())
        entry.insert(QStringLiteral("attributes"), attributes);
    m_activity.append(Entry{ms, m_sequence++, entry});
}

QJsonObject DemoContentWriter::author(const QString &userId)
{
    auto it = m_authors.find(userId);
    if (it == m_authors.end())
        it = m_authors.insert(userId, m_store.activityUser(userId));
    return *it;
}

QString DemoContentWriter::messageAgent() const
{
    if (!m_agentId.isEmpty())
        return m_agentId;
    if (m_queueIndex >= 0 && !m_context.queues.at(m_queueIndex).members.isEmpty())
        return m_context.agents.at(m_context.queues.at(m_queueIndex).members.first()).id;
    return m_context.agents.value(m_context.tokenAgent).id;
}

QString DemoContentWriter::otherAgent()
{
    QList<int> members;
    if (m_queueIndex >= 0)
        members = m_context.queues.at(m_queueIndex).members;
    QStringList ids;
    for (const int member : members) {
        if (m_context.agents.at(member).id != m_agentId)
            ids.append(m_context.agents.at(member).id);
    }
    return ids.isEmpty() ? messageAgent() : m_rng.pick(ids);
}

bool DemoContentWriter::isClosedOrPending() const
{
    return m_state == u"Closed" || m_state == u"Pending" || m_state == u"AwaitingPending";
}

bool DemoContentWriter::wasReopened() const
{
    return m_state == u"Open" && !m_agentId.isEmpty() && m_stateUpdated > m_assigned + Minute;
}

void DemoContentWriter::writeOpening()
{
    QJsonObject attributes;
    if (m_style == DemoStyle::Email)
        attributes.insert(QStringLiteral("subject"), DemoText::subject(m_words, m_script));
    if (m_outbound)
        logActivity(m_created, QStringLiteral("ConversationCreatedByAgent"), messageAgent(),
                    attributes);
    else
        logActivity(m_created, QStringLiteral("ConversationCreatedByCustomer"), m_requesterId,
                    attributes);
    if (m_style == DemoStyle::Phone)
        return;

    const QStringList paragraphs =
        DemoText::firstMessage(m_words, m_script, m_style, m_customerFirst, m_agentFirst);
    const DemoTopic &topic = m_words.topics.at(m_script.topic);
    const bool photo = !m_outbound && topic.customerAttachment == u"photo" && m_rng.chance(0.75);
    const QJsonArray files = photo ? attachment(QStringLiteral("photo")) : QJsonArray();
    addMessage(m_created + m_rng.below(900), !m_outbound, paragraphs, files);
    if (m_style == DemoStyle::Email && !m_outbound && m_rng.chance(0.3))
        logActivity(m_created + 4 * Second, QStringLiteral("ConversationAutoreplySent"), {},
                    {{QStringLiteral("templateName"),
                      m_words.phrases[m_script.language].autoReplyTemplate}});
}

void DemoContentWriter::writeRouting()
{
    if (!m_queueId.isEmpty() && !m_outbound) {
        const QString queueName =
            m_store.queues.value(m_queueId).value(QStringLiteral("name")).toString();
        QJsonArray names;
        if (!m_agentId.isEmpty())
            names.append(author(m_agentId).value(QStringLiteral("name")));
        const QString timedOut = otherAgent();
        const qint64 offered = m_queued + m_rng.between(1, 3) * Second;
        const bool timeout = m_assigned > offered + 45 * Second && m_rng.chance(0.15);
        if (timeout)
            names.append(author(timedOut).value(QStringLiteral("name")));
        const int extra = m_rng.below(3);
        for (int i = 0; i < extra; ++i) {
            const QJsonValue name = author(otherAgent()).value(QStringLiteral("name"));
            if (!names.contains(name))
                names.append(name);
        }
        if (m_assigned == 0 || offered <= m_assigned) {
            logActivity(
                offered, QStringLiteral("ConversationOffered"), {},
                {{QStringLiteral("agentNames"), names}, {QStringLiteral("queueLabel"), queueName}});
        }
        if (timeout)
            logActivity(offered + 30 * Second, QStringLiteral("ConversationOfferTimeout"),
                        timedOut);
        if (m_assigned > 0 && m_rng.chance(0.25)) {
            logActivity(m_assigned, QStringLiteral("ConversationClaimed"), m_agentId,
                        {{QStringLiteral("claimedFromLabel"), queueName},
                         {QStringLiteral("claimedFromType"), QStringLiteral("Queue")}});
            return;
        }
        if (m_assigned > 0)
            logActivity(m_assigned, QStringLiteral("ConversationOfferAccepted"), m_agentId);
    }
    if (m_assigned > 0)
        logActivity(
            m_assigned, QStringLiteral("ConversationAssigned"), m_agentId,
            {{QStringLiteral("agentId"), m_agentId}, {QStringLiteral("agentName"), m_agentName}});
}

void DemoContentWriter::writeTags()
{
    const ConversationRecord *record = m_store.conversation(m_id);
    if (!record || record->tagIds.isEmpty())
        return;
    qint64 at = m_assigned > 0 ? m_assigned + m_rng.between(20, 600) * Second
                               : m_created + m_rng.between(5, 60) * Second;
    const qint64 limit = isClosedOrPending() ? m_stateUpdated : m_reference;
    // Rules tag new conversations; agents tag the ones they work on.
    const QString author = m_assigned > 0 ? m_agentId : QString();
    for (const QString &tagId : record->tagIds) {
        at = std::min(at, limit);
        logActivity(at, QStringLiteral("TagAdded"), author,
                    {{QStringLiteral("tag"),
                      m_store.tags.value(tagId).value(QStringLiteral("name")).toString()}});
        at += m_rng.between(1, 20) * Second;
    }
}

bool DemoContentWriter::isAgentStep(Step step)
{
    return step == Step::Reply || step == Step::Reply2 || step == Step::Closing;
}

QList<DemoContentWriter::Step> DemoContentWriter::plannedSteps()
{
    using enum Step;
    const double draw = m_rng.unit();
    const bool closed = m_state == u"Closed";
    const bool pending = m_state == u"Pending" || m_state == u"AwaitingPending";
    QList<Step> steps;
    if (m_outbound) {
        if (closed)
            steps = draw < 0.5   ? QList<Step>{OutboundResponse, Closing}
                    : draw < 0.8 ? QList<Step>{OutboundResponse}
                                 : QList<Step>{};
        else if (!pending)
            steps = {OutboundResponse};
    } else if (m_assigned > 0) {
        if (closed)
            steps = draw < 0.35   ? QList<Step>{Reply}
                    : draw < 0.75 ? QList<Step>{Reply, FollowUp, Reply2}
                                  : QList<Step>{Reply, FollowUp, Reply2, Thanks, Closing};
        else if (pending)
            steps = draw < 0.55 ? QList<Step>{Reply} : QList<Step>{Reply, FollowUp, Reply2};
        else if (wasReopened())
            steps = {Reply, FollowUp, Reply2};
        else
            steps = draw < 0.3   ? QList<Step>{}
                    : draw < 0.8 ? QList<Step>{Reply, FollowUp}
                                 : QList<Step>{Reply, FollowUp, Reply2, Thanks};
        // Now and then the customer is away and their mail server says so.
        if (m_type == u"EmailConversation" && !steps.isEmpty() && m_rng.chance(0.03))
            steps.insert(1, AutoReply);
    } else if (m_state == u"Open" && m_reference - m_created > 20 * Minute && draw < 0.25) {
        steps = {Nudge};
    }
    return steps;
}

QStringList DemoContentWriter::stepText(Step step, bool firstAgentMessage)
{
    const DemoPhrases &phrases = m_words.phrases[m_script.language];
    const DemoCase &story = DemoText::caseOf(m_words, m_script);
    const auto fill = [this](const QString &text) {
        return DemoText::fill(m_words, m_script, text, m_customerFirst, m_agentFirst);
    };
    QString body;
    switch (step) {
    case Step::Reply:
        body = fill(story.reply);
        break;
    case Step::FollowUp:
        body = fill(story.followUp);
        break;
    case Step::Reply2:
        body = fill(story.reply2);
        break;
    case Step::Thanks:
        body = fill(m_rng.pick(phrases.thanks));
        break;
    case Step::Closing:
        body = fill(m_rng.pick(phrases.closings));
        break;
    case Step::Nudge:
        body = fill(m_rng.pick(phrases.nudges));
        break;
    case Step::OutboundResponse:
        body = fill(m_rng.pick(phrases.outboundResponses));
        break;
    case Step::AutoReply: {
        DemoScript later = m_script;
        later.date = DemoText::date(m_words, m_script.language, m_reference + 5 * Day);
        return {DemoText::fill(m_words, later, m_rng.pick(phrases.autoReplies))};
    }
    }
    if (m_style == DemoStyle::Chat) {
        if (isAgentStep(step) && firstAgentMessage)
            return {DemoText::chatGreeting(m_words, m_script, m_customerFirst) + QLatin1Char(' ') +
                    body};
        return {body};
    }
    if (isAgentStep(step))
        return {DemoText::agentGreeting(m_words, m_script, m_customerFirst,
                                        firstAgentMessage && !m_outbound),
                body, DemoText::agentSignOff(m_words, m_script, m_agentFirst)};
    return {body, DemoText::customerSignOff(m_words, m_script, m_customerFirst)};
}

void DemoContentWriter::writeExchange()
{
    const QList<Step> steps = plannedSteps();
    if (steps.isEmpty())
        return;
    const bool email = m_style == DemoStyle::Email;
    const qint64 start = m_outbound       ? m_created + Second
                         : m_assigned > 0 ? m_assigned
                                          : m_created + 10 * Minute;
    QList<qint64> delays;
    qint64 total = 0;
    for (const Step step : steps) {
        const qint64 delay = isAgentStep(step) ? (email ? m_rng.between(10 * Minute, 8 * Hour)
                                                        : m_rng.between(20 * Second, 4 * Minute))
                                               : (email ? m_rng.between(30 * Minute, 20 * Hour)
                                                        : m_rng.between(15 * Second, 3 * Minute));
        delays.append(delay);
        total += delay;
    }
    qint64 end = start + total;
    if (m_state == u"Closed")
        end = m_stateUpdated -
              (email ? m_rng.between(2, 30) * Minute : m_rng.between(20, 90) * Second);
    else if (m_state == u"Pending" || m_state == u"AwaitingPending")
        end = m_stateUpdated;
    else if (wasReopened())
        end = std::min(start + total, start + (m_stateUpdated - start) / 2);
    end = std::min(end, m_reference - 30 * Second);
    if (end < start + qint64(steps.size()) * Second)
        end = std::min(start + qint64(steps.size()) * Second, std::max(m_stateUpdated, start));
    if (end <= start)
        return;

    const DemoTopic &topic = m_words.topics.at(m_script.topic);
    qint64 elapsed = 0;
    bool agentWrote = false;
    for (int i = 0; i < steps.size(); ++i) {
        elapsed += delays.at(i);
        const qint64 at = start + qint64(double(end - start) * double(elapsed) / double(total));
        const Step step = steps.at(i);
        const bool fromCustomer = !isAgentStep(step);
        QJsonArray files;
        if (step == Step::Reply && !topic.agentAttachment.isEmpty())
            files = attachment(topic.agentAttachment);
        if (step == Step::FollowUp && topic.photoInFollowUp.contains(m_script.caseIndex))
            files = attachment(QStringLiteral("photo"));
        addMessage(at, fromCustomer, stepText(step, !agentWrote), files, step == Step::AutoReply);
        agentWrote = agentWrote || !fromCustomer;
    }

    if (wasReopened()) {
        // Closed once the case seemed solved; the customer's new message opened it again.
        const qint64 closedAt = end + m_rng.between(1, 10) * Minute;
        logActivity(closedAt, QStringLiteral("ConversationClosed"), m_agentId);
        const qint64 reopened = std::max(closedAt + Minute, m_stateUpdated);
        addMessage(reopened, true, stepText(Step::Nudge, false), {});
        logActivity(reopened, QStringLiteral("ConversationReopened"), m_requesterId);
    }
}

void DemoContentWriter::writeCall()
{
    const bool closed = m_state == u"Closed";
    const qint64 talkEnd =
        closed ? m_stateUpdated - m_rng.between(10, 60) * Second : m_reference - Minute;
    const auto duration = [&](qint64 from) {
        const qint64 seconds = (talkEnd - from) / Second;
        return int(closed ? qBound(qint64(20), seconds, qint64(3600)) : m_rng.between(40, 600));
    };
    if (m_channel == u"Voicemail") {
        addRecording(m_created, m_requesterId, int(m_rng.between(8, 95)));
        if (m_assigned > 0) {
            const qint64 at = std::min(m_assigned + m_rng.between(1, 20) * Minute,
                                       std::max(m_assigned, talkEnd - 20 * Second));
            addCall(at, false, duration(at));
        }
    } else if (m_channel == u"Callback") {
        if (m_assigned > 0) {
            const qint64 at = std::min(m_assigned + m_rng.between(10, 300) * Second,
                                       std::max(m_assigned, talkEnd - 20 * Second));
            addCall(at, false, duration(at));
        }
    } else if (m_outbound) {
        addCall(m_created, false, duration(m_created));
    } else if (m_assigned > 0) {
        const int seconds = duration(m_assigned);
        addCall(m_created, true, seconds);
        if (m_rng.chance(0.5))
            addRecording(m_assigned + qint64(seconds) * Second, m_requesterId, seconds);
    } else {
        addCall(m_created, true, 0); // nobody picked up
    }
}

void DemoContentWriter::writeEnding()
{
    const QString closer = m_agentId;
    if (m_state == u"Pending")
        logActivity(m_stateUpdated, QStringLiteral("ConversationPending"), closer);
    else if (m_state == u"Closed")
        logActivity(m_stateUpdated, QStringLiteral("ConversationClosed"), closer);
    const ConversationRecord *record = m_store.conversation(m_id);
    if (record && !record->followUpAt.isEmpty() && !closer.isEmpty())
        logActivity(m_stateUpdated + Second, QStringLiteral("FollowupAdded"), closer);
}
