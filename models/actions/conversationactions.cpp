#include "conversationactions.h"

#include "actionsteps.h"

ConversationActions::ConversationActions(const DixaApi &api, QObject *parent)
    : ConversationActions(api, Options(), parent)
{}

ConversationActions::ConversationActions(const DixaApi &api, const Options &options,
                                         QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_window(options.window > 0 ? options.window
                                  : qMax(1, api.client().options().limits.maxInFlight))
    , m_tracker(new AnonymizationTracker(api, options.tracking, this))
{
    connect(m_tracker, &AnonymizationTracker::processed, this,
            [this](const Dixa::AnonymizationRequestStatus &, qint64 conversationId) {
                if (conversationId > 0)
                    Q_EMIT conversationsChanged({conversationId});
            });
}

ActionJob *ConversationActions::claim(const QList<qint64> &ids, const QString &agentId, bool force)
{
    return start(ids, ActionSteps::claim(m_api, agentId, force));
}

ActionJob *ConversationActions::close(const QList<qint64> &ids,
                                      const std::optional<QString> &userId)
{
    return start(ids, ActionSteps::close(m_api, userId));
}

ActionJob *ConversationActions::reopen(const QList<qint64> &ids,
                                       const std::optional<QString> &userId)
{
    return start(ids, ActionSteps::reopen(m_api, userId));
}

ActionJob *ConversationActions::transfer(const QList<qint64> &ids, const QString &queueId,
                                         const std::optional<QString> &userId)
{
    return start(ids, ActionSteps::transfer(m_api, queueId, userId));
}

ActionJob *ConversationActions::tag(const QList<qint64> &ids, const QString &tagId)
{
    return start(ids, ActionSteps::tag(m_api, tagId));
}

ActionJob *ConversationActions::untag(const QList<qint64> &ids, const QString &tagId)
{
    return start(ids, ActionSteps::untag(m_api, tagId));
}

ActionJob *ConversationActions::followUp(const QList<qint64> &ids, const QDateTime &until,
                                         const std::optional<QString> &userId)
{
    return start(ids, ActionSteps::followUp(m_api, until, userId));
}

ActionJob *ConversationActions::anonymize(const QList<qint64> &ids, bool force)
{
    return start(ids, ActionSteps::anonymize(m_api, force));
}

ActionJob *ConversationActions::anonymizeMessage(qint64 conversationId, const QString &messageId)
{
    return start({conversationId}, ActionSteps::anonymizeMessage(m_api, messageId));
}

ActionJob *ConversationActions::addNotes(const QList<qint64> &ids,
                                         const QList<Dixa::CreateInternalNoteInput> &notes)
{
    return start(ids, ActionSteps::addNotes(m_api, notes));
}

ActionJob *ConversationActions::addMessage(const QList<qint64> &ids,
                                           const Dixa::CreateMessageInput &message)
{
    return start(ids, ActionSteps::addMessage(m_api, message));
}

ActionJob *ConversationActions::start(const QList<qint64> &ids, const ActionJob::Step &step)
{
    auto *job = new ActionJob(ids, step, m_window, this);
    adopt(job);
    return job;
}

void ConversationActions::adopt(ActionJob *job)
{
    connect(job, &ActionJob::conversationsChanged, this,
            &ConversationActions::conversationsChanged);
    connect(job, &ActionJob::itemFinished, this, [this](qint64, const ActionOutcome &outcome) {
        if (outcome.anonymization)
            m_tracker->track(*outcome.anonymization);
    });
    connect(job, &ActionJob::retryCreated, this, &ConversationActions::adopt);
    Q_EMIT jobCreated(job);
}
