#pragma once

#include "actionjob.h"
#include "anonymizationtracker.h"
#include "api/dixaapi.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

// What a supervisor can do to conversations, one or many at a time: every method starts an
// ActionJob (one outcome per conversation id) and the jobs report, through
// conversationsChanged(), every conversation whose server state changed so the models re-read
// it. Accepted anonymization requests are followed until Dixa has processed them.
class ConversationActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationActions)

public:
    struct Options
    {
        // Calls one job hands to the client at once; 0: the client's in-flight limit. Small, so
        // that cancelling stops nearly everything not yet sent.
        int window = 0;
        AnonymizationTracker::Options tracking;
    };

    explicit ConversationActions(const DixaApi &api, QObject *parent = nullptr);
    ConversationActions(const DixaApi &api, const Options &options, QObject *parent = nullptr);

    AnonymizationTracker *anonymizations() const { return m_tracker; }

    // Without force, a conversation someone else has fails with a Conflict outcome naming them.
    ActionJob *claim(const QList<qint64> &ids, const QString &agentId, bool force = false);
    ActionJob *close(const QList<qint64> &ids, const std::optional<QString> &userId = {});
    ActionJob *reopen(const QList<qint64> &ids, const std::optional<QString> &userId = {});
    ActionJob *transfer(const QList<qint64> &ids, const QString &queueId,
                        const std::optional<QString> &userId = {});
    ActionJob *tag(const QList<qint64> &ids, const QString &tagId);
    ActionJob *untag(const QList<qint64> &ids, const QString &tagId);
    ActionJob *followUp(const QList<qint64> &ids, const QDateTime &until,
                        const std::optional<QString> &userId = {});
    // With force, open conversations are closed first; without, Dixa refuses them.
    ActionJob *anonymize(const QList<qint64> &ids, bool force = false);
    ActionJob *anonymizeMessage(qint64 conversationId, const QString &messageId);
    // Every note to every conversation.
    ActionJob *addNotes(const QList<qint64> &ids,
                        const QList<Dixa::CreateInternalNoteInput> &notes);
    ActionJob *addMessage(const QList<qint64> &ids, const Dixa::CreateMessageInput &message);

Q_SIGNALS:
    // Conversations whose server state changed (an action succeeded, an anonymization was
    // processed): views re-read them.
    void conversationsChanged(const QList<qint64> &conversationIds);
    // A job was made (by a method above or by retryFailed()), before it starts.
    void jobCreated(ActionJob *job);

private:
    ActionJob *start(const QList<qint64> &ids, const ActionJob::Step &step);
    void adopt(ActionJob *job);

    DixaApi m_api;
    int m_window = 1;
    AnonymizationTracker *m_tracker = nullptr;
};
