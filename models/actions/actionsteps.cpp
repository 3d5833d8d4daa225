#include "actionsteps.h"

#include <QCoreApplication>

#include <functional>

namespace {
using Report = ActionJob::Report;
using Step = ActionJob::Step;

// User-visible texts of the steps.
class ActionStepText
{
    Q_DECLARE_TR_FUNCTIONS(ActionStepText)

public:
    static QString noOutcome() { return tr("Dixa gave no outcome for this note."); }
    static QString unknownOutcome() { return tr("Dixa did not say whether this note was added."); }
};

template<class T>
ActionOutcome outcomeOf(qint64 id, const ApiOutcome<T> &result)
{
    return result.ok() ? ActionOutcome::success(id) : ActionOutcome::failure(id, result.error);
}

// A step whose call answers nothing: its outcome is success or the error.
Step simple(const std::function<ApiCall<Done>(DixaApi &, qint64)> &send, const DixaApi &api)
{
    return [send, api](qint64 id, const ActionOutcome &, QObject *context, const Report &report) {
        DixaApi sender = api;
        send(sender, id).then(context, [id, report](const ApiOutcome<Done> &result) {
            report(outcomeOf(id, result));
        });
    };
}

// A step that starts an anonymization: the accepted request goes with the outcome.
Step anonymizing(
    const std::function<ApiCall<Dixa::AnonymizationRequestStatus>(DixaApi &, qint64)> &send,
    const DixaApi &api)
{
    return [send, api](qint64 id, const ActionOutcome &, QObject *context, const Report &report) {
        DixaApi sender = api;
        send(sender, id)
            .then(context,
                  [id, report](const ApiOutcome<Dixa::AnonymizationRequestStatus> &result) {
                      ActionOutcome outcome = outcomeOf(id, result);
                      if (result.ok())
                          outcome.anonymization = *result;
                      report(outcome);
                  });
    };
}

NoteResult noteFrom(const Dixa::NoteOutcome &item)
{
    if (item.succeeded())
        return NoteResult{true, item.data, {}};
    if (item.error)
        return NoteResult{false, std::nullopt, item.error->message};
    return NoteResult{false, std::nullopt, ActionStepText::unknownOutcome()};
}

// Several notes to one conversation. `previous` holds the notes' results of the run being
// retried: only the failed ones are sent again, and the outcome lists every note.
void sendNotes(DixaApi api, const QList<Dixa::CreateInternalNoteInput> &notes, qint64 id,
               const ActionOutcome &previous, QObject *context, const Report &report)
{
    QList<NoteResult> results = previous.notes;
    if (results.size() != notes.size())
        results = QList<NoteResult>(notes.size());
    QList<qsizetype> toSend;
    QList<Dixa::CreateInternalNoteInput> inputs;
    for (qsizetype i = 0; i < notes.size(); ++i) {
        if (!results.at(i).ok) {
            toSend.append(i);
            inputs.append(notes.at(i));
        }
    }

    if (inputs.isEmpty()) {
        ActionOutcome outcome = ActionOutcome::fromNotes(id, results);
        outcome.changed = false;
        report(outcome);
        return;
    }

    // Maps what this call gave back onto the notes it sent; `sent` is empty when the call failed.
    auto finish = [id, results, toSend, report](const ApiError &callError,
                                                const QList<NoteResult> &sent) mutable {
        const QString missing = callError.isError() ? ActionOutcome::failure(id, callError).message
                                                    : ActionStepText::noOutcome();
        int added = 0;
        for (qsizetype i = 0; i < toSend.size(); ++i) {
            results[toSend.at(i)] = sent.value(i, NoteResult{false, std::nullopt, missing});
            added += results.at(toSend.at(i)).ok ? 1 : 0;
        }
        ActionOutcome outcome = callError.isError() ? ActionOutcome::failure(id, callError)
                                                    : ActionOutcome::fromNotes(id, results);
        outcome.notes = results;
        // Only notes added by this call change the conversation now.
        outcome.changed = added > 0;
        report(outcome);
    };

    if (inputs.size() == 1) {
        api.addNote(id, inputs.first())
            .then(context, [finish](const ApiOutcome<Dixa::InternalNote> &result) mutable {
                finish(result.error, result.ok()
                                         ? QList<NoteResult>{NoteResult{true, result.value, {}}}
                                         : QList<NoteResult>());
            });
        return;
    }
    api.addNotes(id, inputs)
        .then(context, [finish](const ApiOutcome<QList<Dixa::NoteOutcome>> &result) mutable {
            QList<NoteResult> sent;
            if (result.ok()) {
                for (const Dixa::NoteOutcome &item : *result)
                    sent.append(noteFrom(item));
            }
            finish(result.error, sent);
        });
}
} // namespace

namespace ActionSteps {

Step claim(const DixaApi &api, const QString &agentId, bool force)
{
    Dixa::ClaimConversationInput input;
    input.agentId = agentId;
    // Always say it: without force Dixa must refuse to take a conversation from someone else.
    input.force = force;
    return simple([input](DixaApi &sender, qint64 id) { return sender.claim(id, input); }, api);
}

Step close(const DixaApi &api, const std::optional<QString> &userId)
{
    Dixa::CloseConversationInput input;
    input.userId = userId;
    return simple([input](DixaApi &sender, qint64 id) { return sender.close(id, input); }, api);
}

Step reopen(const DixaApi &api, const std::optional<QString> &userId)
{
    Dixa::ReopenConversationInput input;
    input.userId = userId;
    return simple([input](DixaApi &sender, qint64 id) { return sender.reopen(id, input); }, api);
}

Step transfer(const DixaApi &api, const QString &queueId, const std::optional<QString> &userId)
{
    Dixa::TransferConversationInput input;
    input.queueId = queueId;
    input.userId = userId;
    return simple([input](DixaApi &sender, qint64 id) { return sender.transfer(id, input); }, api);
}

Step tag(const DixaApi &api, const QString &tagId)
{
    return simple([tagId](DixaApi &sender, qint64 id) { return sender.tag(id, tagId); }, api);
}

Step untag(const DixaApi &api, const QString &tagId)
{
    return simple([tagId](DixaApi &sender, qint64 id) { return sender.untag(id, tagId); }, api);
}

Step followUp(const DixaApi &api, const QDateTime &until, const std::optional<QString> &userId)
{
    Dixa::FollowupConversationInput input;
    input.timestamp = Dixa::DixaTime(until.toUTC());
    input.userId = userId;
    return simple([input](DixaApi &sender, qint64 id) { return sender.followUp(id, input); }, api);
}

Step anonymize(const DixaApi &api, bool force)
{
    return anonymizing(
        [force](DixaApi &sender, qint64 id) { return sender.anonymizeConversation(id, force); },
        api);
}

Step anonymizeMessage(const DixaApi &api, const QString &messageId)
{
    return anonymizing(
        [messageId](DixaApi &sender, qint64 id) { return sender.anonymizeMessage(id, messageId); },
        api);
}

Step addMessage(const DixaApi &api, const Dixa::CreateMessageInput &input)
{
    return [api, input](qint64 id, const ActionOutcome &, QObject *context, const Report &report) {
        DixaApi sender = api;
        sender.addMessage(id, input).then(
            context, [id, report](const ApiOutcome<Dixa::CreateMessageOutput> &result) {
                ActionOutcome outcome = outcomeOf(id, result);
                if (result.ok())
                    outcome.createdMessage = *result;
                report(outcome);
            });
    };
}

Step addNotes(const DixaApi &api, const QList<Dixa::CreateInternalNoteInput> &notes)
{
    return [api, notes](qint64 id, const ActionOutcome &previous, QObject *context,
                        const Report &report) {
        sendNotes(api, notes, id, previous, context, report);
    };
}

} // namespace ActionSteps
