#include "actionoutcome.h"

#include <algorithm>

ActionOutcome ActionOutcome::success(qint64 conversationId)
{
    ActionOutcome outcome;
    outcome.conversationId = conversationId;
    outcome.ok = true;
    outcome.changed = true;
    return outcome;
}

ActionOutcome ActionOutcome::failure(qint64 conversationId, const ApiError &error)
{
    ActionOutcome outcome;
    outcome.conversationId = conversationId;
    outcome.error = error;
    // The server's own words name what is wrong ("Conversation is already assigned to Ann");
    // the generic sentence is for when it said nothing.
    outcome.message = error.serverMessage.isEmpty() ? error.message() : error.serverMessage;
    return outcome;
}

ActionOutcome ActionOutcome::cancelled(qint64 conversationId)
{
    return failure(conversationId, ApiError{ApiError::Kind::Cancelled, 0, {}, {}});
}

ActionOutcome ActionOutcome::fromNotes(qint64 conversationId, const QList<NoteResult> &notes)
{
    const auto failed = std::count_if(notes.cbegin(), notes.cend(),
                                      [](const NoteResult &note) { return !note.ok; });
    if (failed == 0) {
        ActionOutcome outcome = success(conversationId);
        outcome.notes = notes;
        return outcome;
    }
    const auto firstFailure =
        std::find_if(notes.cbegin(), notes.cend(), [](const NoteResult &note) { return !note.ok; });
    // Dixa answers 200 and refuses single items; such a refusal reads best as a rejected request
    // carrying the server's words.
    ApiError error{ApiError::Kind::BadRequest, 0, firstFailure->message, {}};
    ActionOutcome outcome = failure(conversationId, error);
    if (notes.size() > 1) {
        outcome.message = tr("%1 of %2 notes were not added: %3")
                              .arg(failed)
                              .arg(notes.size())
                              .arg(firstFailure->message);
    }
    outcome.changed = failed < notes.size();
    outcome.notes = notes;
    return outcome;
}
