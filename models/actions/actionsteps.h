#pragma once

#include "actionjob.h"
#include "api/dixaapi.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// How each conversation action is sent for one conversation, as ActionJob steps. A step holds
// its parameters by value, so a retry repeats exactly the same action.
namespace ActionSteps {

ActionJob::Step claim(const DixaApi &api, const QString &agentId, bool force);
ActionJob::Step close(const DixaApi &api, const std::optional<QString> &userId);
ActionJob::Step reopen(const DixaApi &api, const std::optional<QString> &userId);
ActionJob::Step transfer(const DixaApi &api, const QString &queueId,
                         const std::optional<QString> &userId);
ActionJob::Step tag(const DixaApi &api, const QString &tagId);
ActionJob::Step untag(const DixaApi &api, const QString &tagId);
ActionJob::Step followUp(const DixaApi &api, const QDateTime &until,
                         const std::optional<QString> &userId);
ActionJob::Step anonymize(const DixaApi &api, bool force);
ActionJob::Step anonymizeMessage(const DixaApi &api, const QString &messageId);
ActionJob::Step addMessage(const DixaApi &api, const Dixa::CreateMessageInput &input);
// One note: POST .../notes; several: POST .../notes/bulk, each note's outcome mapped back. A
// retry sends only the notes that failed before.
ActionJob::Step addNotes(const DixaApi &api, const QList<Dixa::CreateInternalNoteInput> &notes);

} // namespace ActionSteps
