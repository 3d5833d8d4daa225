#pragma once

#include "api/apierror.h"
#include "entities/anonymization.h"
#include "entities/message.h"
#include "entities/note.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

// What became of one internal note of an add-notes action: the stored note, or why Dixa refused
// it (the server's words).
struct NoteResult
{
    bool ok = false;
    std::optional<Dixa::InternalNote> note; // when ok
    QString message;                        // when not ok
};

// The result of one action on one conversation: success, or the error with the server's message.
struct ActionOutcome
{
    Q_DECLARE_TR_FUNCTIONS(ActionOutcome)

public:
    qint64 conversationId = 0;
    bool ok = false;
    // Whether the conversation on the server changed, so views must re-read it. True on success,
    // and also when only some notes of several could be added.
    bool changed = false;
    ApiError error;  // kind None when ok
    QString message; // the server's message, or error.message() when it gave none; empty when ok

    // Anonymize: the accepted request, tracked until Dixa has processed it.
    std::optional<Dixa::AnonymizationRequestStatus> anonymization;
    // Add notes: one per note asked for, in the order given.
    QList<NoteResult> notes;
    // Add message: what Dixa recorded.
    std::optional<Dixa::CreateMessageOutput> createdMessage;

    bool isCancelled() const { return error.kind == ApiError::Kind::Cancelled; }
    // A claim refused because someone else has the conversation: the UI may offer to force it.
    bool isConflict() const { return error.kind == ApiError::Kind::Conflict; }

    static ActionOutcome success(qint64 conversationId);
    static ActionOutcome failure(qint64 conversationId, const ApiError &error);
    // The action was never sent for this conversation.
    static ActionOutcome cancelled(qint64 conversationId);
    // The outcome of several notes added to one conversation: ok only when every note was.
    static ActionOutcome fromNotes(qint64 conversationId, const QList<NoteResult> &notes);
};

Q_DECLARE_METATYPE(ActionOutcome)
