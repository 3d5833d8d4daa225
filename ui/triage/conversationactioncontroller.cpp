#include "conversationactioncontroller.h"

#include "actions/actionjob.h"
#include "common/prompts.h"
#include "dialogs/actinguserdialog.h"
#include "dialogs/anonymizedialog.h"
#include "dialogs/claimdialog.h"
#include "dialogs/followupdialog.h"
#include "dialogs/newconversationdialog.h"
#include "dialogs/notedialog.h"
#include "dialogs/replydialog.h"
#include "dialogs/tagdialog.h"
#include "dialogs/transferdialog.h"
#include "items/conversationlistmodel.h"
#include "jobs/actionjobdialog.h"
#include "session/workspace.h"

#include <QAction>
#include <QDialog>
#include <QKeySequence>
#include <QWidget>

ConversationActionController::ConversationActionController(Workspace &workspace, QWidget *window,
                                                           Selection selection, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_window(window)
    , m_selection(std::move(selection))
{
    using C = ConversationActionController;
    m_claim = makeAction(tr("&Claim…"), QKeySequence(Qt::Key_C),
                         tr("Assign the selected conversations to an agent"), &C::claim);
    m_close = makeAction(tr("Cl&ose"), QKeySequence(Qt::Key_E),
                         tr("Close the selected conversations"), &C::close);
    m_closeAs =
        makeAction(tr("Close &as…"), QKeySequence(Qt::SHIFT | Qt::Key_E),
                   tr("Close the selected conversations on behalf of an agent"), &C::closeAs);
    m_reopen = makeAction(tr("&Reopen"), QKeySequence(Qt::Key_O),
                          tr("Reopen the selected conversations"), &C::reopen);
    m_reopenAs =
        makeAction(tr("Reopen a&s…"), QKeySequence(Qt::SHIFT | Qt::Key_O),
                   tr("Reopen the selected conversations on behalf of an agent"), &C::reopenAs);
    m_transfer = makeAction(tr("&Transfer…"), QKeySequence(Qt::Key_T),
                            tr("Move the selected conversations to another queue"), &C::transfer);
    m_tag = makeAction(tr("Ta&g…"), QKeySequence(Qt::Key_L),
                       tr("Put a tag on the selected conversations"), &C::tag);
    m_untag = makeAction(tr("&Untag…"), QKeySequence(Qt::SHIFT | Qt::Key_L),
                         tr("Take a tag off the selected conversations"), &C::untagSelected);
    m_note = makeAction(tr("Add internal &note…"), QKeySequence(Qt::Key_N),
                        tr("Write an internal note on the selected conversations"), &C::note);
    m_reply = makeAction(tr("Re&ply…"), QKeySequence(Qt::Key_R),
                         tr("Send a message to the requester"), &C::reply);
    m_followUp = makeAction(tr("&Follow up…"), QKeySequence(Qt::Key_F), tr("Set a follow-up time"),
                            &C::followUp);
    m_anonymize =
        makeAction(tr("Anonym&ize…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete),
                   tr("Erase the content of the selected conversations for good"), &C::anonymize);
    m_newConversation =
        makeAction(tr("&New conversation…"), QKeySequence::New,
                   tr("Start a conversation with an end user"), &C::newConversation);

    AnonymizationTracker *tracker = m_workspace.actions().anonymizations();
    connect(tracker, &AnonymizationTracker::processed, this,
            [this](const Dixa::AnonymizationRequestStatus &, qint64 conversationId) {
                if (conversationId != 0)
                    Q_EMIT statusMessage(
                        tr("Dixa has anonymized conversation %1.").arg(conversationId));
            });
    connect(tracker, &AnonymizationTracker::failed, this,
            [this](const Dixa::AnonymizationRequestStatus &, const ApiError &error) {
                Prompts::current().warn(
                    m_window, tr("Anonymization"),
                    tr("The console could not follow an anonymization request: %1")
                        .arg(error.message()));
            });
    updateEnabled();
}

QAction *ConversationActionController::makeAction(const QString &text, const QKeySequence &shortcut,
                                                  const QString &tip,
                                                  void (ConversationActionController::*slot)())
{
    auto *action = new QAction(text, this);
    action->setShortcut(shortcut);
    action->setToolTip(tr("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
    action->setStatusTip(tip);
    connect(action, &QAction::triggered, this, slot);
    return action;
}

QList<QAction *> ConversationActionController::menuActions() const
{
    return {m_claim, m_close,     m_closeAs, m_reopen,         m_reopenAs, m_transfer,
            nullptr, m_tag,       m_untag,   m_note,           m_reply,    m_followUp,
            nullptr, m_anonymize, nullptr,   m_newConversation};
}

void ConversationActionController::updateEnabled()
{
    const bool any = m_active && !m_selection().isEmpty();
    for (QAction *action : {m_claim, m_close, m_closeAs, m_reopen, m_reopenAs, m_transfer, m_tag,
                            m_untag, m_note, m_reply, m_followUp, m_anonymize})
        action->setEnabled(any);
}

void ConversationActionController::setActive(bool active)
{
    m_active = active;
    updateEnabled();
}

void ConversationActionController::showDialog(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_openDialog = dialog;
    dialog->open();
}

void ConversationActionController::follow(ActionJob *job, const QString &heading,
                                          const std::function<void(ActionJob *)> &onFinished)
{
    const QList<qint64> ids = job->conversationIds();
    connect(job, &ActionJob::conversationsChanged, this,
            &ConversationActionController::conversationsTouched);
    if (ids.size() > 1) {
        // Not deleted on close: closing a running job's window sends it to the status bar, and
        // the window comes back from there.
        auto *dialog = new ActionJobDialog(job, heading, m_window);
        dialog->setConversations(m_workspace.conversations());
        m_openDialog = dialog;
        if (onFinished)
            connect(dialog, &ActionJobDialog::jobFinished, this, onFinished);
        dialog->open();
        Q_EMIT jobWindowOpened(dialog, heading);
        Q_EMIT statusMessage(tr("%1: started.").arg(heading));
        return;
    }
    connect(job, &ActionJob::finished, this, [this, job, heading, onFinished] {
        const QList<ActionOutcome> outcomes = job->outcomes();
        const bool ok = !outcomes.isEmpty() && outcomes.first().ok;
        if (ok) {
            Q_EMIT statusMessage(tr("%1: done.").arg(heading));
        } else if (!outcomes.isEmpty() && !outcomes.first().isConflict()) {
            Prompts::current().warn(m_window, heading,
                                    tr("Dixa did not do it: %1").arg(outcomes.first().message));
        }
        if (onFinished)
            onFinished(job);
    });
    Q_EMIT statusMessage(tr("%1…").arg(heading));
}

QString ConversationActionController::assigneeName(qint64 conversationId) const
{
    const ConversationListModel *list = m_workspace.conversations();
    const int row = list->rowOf(conversationId);
    if (row < 0)
        return {};
    const QString agentId = list->row(row).assigneeId;
    const QString name = m_workspace.agentName(agentId);
    return name.isEmpty() ? agentId : name;
}

int ConversationActionController::openCount(const QList<qint64> &ids) const
{
    const ConversationListModel *list = m_workspace.conversations();
    int open = 0;
    for (qint64 id : ids) {
        const int row = list->rowOf(id);
        // A conversation whose state is not known yet counts as open: the dialog then offers
        // to close it first rather than letting Dixa refuse.
        if (row < 0 || list->row(row).state != Dixa::ConversationState::Closed)
            ++open;
    }
    return open;
}

void ConversationActionController::offerForcedClaim(ActionJob *job, const QString &agentId)
{
    QList<qint64> conflicts;
    QStringList owners;
    for (const ActionOutcome &outcome : job->outcomes()) {
        if (!outcome.isConflict())
            continue;
        conflicts.append(outcome.conversationId);
        const QString owner = assigneeName(outcome.conversationId);
        if (!owner.isEmpty() && !owners.contains(owner))
            owners.append(owner);
    }
    if (conflicts.isEmpty())
        return;
    const QString agent = m_workspace.agentName(agentId);
    QString question;
    if (conflicts.size() == 1) {
        const QString owner = owners.isEmpty() ? job->outcomes().first().message : owners.first();
        question = tr("Conversation %1 is assigned to %2.\n\nTake it over for %3?")
                       .arg(conflicts.first())
                       .arg(owner, agent);
    } else {
        question = tr("%n conversation(s) are assigned to other agents (%1).\n\nTake them over "
                      "for %2?",
                      nullptr, int(conflicts.size()))
                       .arg(owners.join(QStringLiteral(", ")), agent);
    }
    if (!Prompts::current().confirm(m_window, tr("Already assigned"), question, tr("Take over")))
        return;
    follow(m_workspace.actions().claim(conflicts, agentId, true),
           tr("Take over %n conversation(s) for %1", nullptr, int(conflicts.size())).arg(agent));
}

void ConversationActionController::claim()
{
    const QList<qint64> ids = m_selection();
    if (ids.isEmpty())
        return;
    auto *dialog = new ClaimDialog(m_workspace, int(ids.size()), m_window);
    connect(dialog, &QDialog::accepted, this, [this, dialog, ids] {
        const QString agentId = dialog->agentId();
        const QString heading = tr("Claim %n conversation(s) for %1", nullptr, int(ids.size()))
                                    .arg(m_workspace.agentName(agentId));
        follow(m_workspace.actions().claim(ids, agentId, false), heading,
               [this, agentId](ActionJob *job) { offerForcedClaim(job, agentId); });
    });
    showDialog(dialog);
}

void ConversationActionController::close()
{
    const QList<qint64> ids = m_selection();
    if (!ids.isEmpty())
        follow(m_workspace.actions().close(ids),
               tr("Close %n conversation(s)", nullptr, int(ids.size())));
}

void ConversationActionController::closeAs()
{
    const QList<qint64> ids = m_selection();
    if (ids.isEmpty())
        return;
    auto *dialog = new ActingUserDialog(m_workspace, ActingUserDialog::Action::Close,
                                        int(ids.size()), m_window);
    connect(dialog, &QDialog::accepted, this, [this, dialog, ids] {
        follow(m_workspace.actions().close(ids, dialog->userId()),
               tr("Close %n conversation(s)", nullptr, int(ids.size())));
    });
    showDialog(dialog);
}

void ConversationActionController::reopen()
{
    const QList<qint64> ids = m_selection();
    if (!ids.isEmpty())
        follow(m_workspace.actions().reopen(ids),
               tr("Reopen %n conversation(s)", nullptr, int(ids.size())));
}

void ConversationActionController::reopenAs()
{
    const QList<qint64> ids = m_selection();
    if (ids.isEmpty())
        return;
    auto *dialog = new ActingUserDialog(m_workspace, ActingUserDialog::Action::Reopen,
                                        int(ids.size()), m_window);
    connect(dialog, &QDialog::accepted, this, [this, dialog, ids] {
        follow(m_workspace.actions().reopen(ids, dialog->userId()),
               tr("Reopen %n conversation(s)", nullptr, int(ids.size())));
    });
    showDialog(dialog);
}

void ConversationActionController::transfer()
{
    const QList<qint64> ids = m_selection();
    if (ids.isEmpty())
        return;
    auto *dialog = new TransferDialog(m_workspace, int(ids.size()), m_window);
    connect(dialog, &QDialog::accepted, this, [this, dialog, ids] {
        const QString queueId = dialog->queueId();
        follow(m_workspace.actions().transfer(ids, queueId, dialog->userId()),
               tr("Transfer %n conversation(s) to %1", nullptr, int(ids.size()))
                   .arg(m_workspace.queueName(queueId)));
    });
    showDialog(dialog);
}

void ConversationActionController::tag()
{
    const QList<qint64> ids = m_selection();
    if (ids.isEmpty())
        return;
    auto *dialog = new TagDialog(m_workspace, TagDialog::Mode::Add, int(ids.size()), m_window);
    connect(dialog, &QDialog::accepted, this, [this, dialog, ids] {
        const QString tagId = dialog->tagId();
        follow(m_workspace.actions().tag(ids, tagId),
               tr("Tag %n conversation(s) with “%1”", nullptr, int(ids.size()))
                   .arg(m_workspace.tagName(tagId)));
    });
    showDialog(dialog);
}

void ConversationActionController::untagSelected()
{
    const QList<qint64> ids = m_selection();
    if (ids.isEmpty())
        return;
    // Only the tags the selection carries can come off; rows not read yet offer every tag.
    QStringList carried;
    bool allKnown = true;
    const ConversationListModel *list = m_workspace.conversations();
    for (qint64 id : ids) {
        const int row = list->rowOf(id);
        if (row < 0 || list->row(row).has(ConversationRow::Loading)) {
            allKnown = false;
            break;
        }
        for (const QString &tagId : list->row(row).tagIds) {
            if (!carried.contains(tagId))
                carried.append(tagId);
        }
    }
    if (allKnown && carried.isEmpty()) {
        Q_EMIT statusMessage(tr("The selected conversations carry no tags."));
        return;
    }
    auto *dialog = new TagDialog(m_workspace, TagDialog::Mode::Remove, int(ids.size()), m_window);
    if (allKnown)
        dialog->setOfferedTagIds(carried);
    connect(dialog, &QDialog::accepted, this, [this, dialog, ids] {
        const QString tagId = dialog->tagId();
        follow(m_workspace.actions().untag(ids, tagId),
               tr("Remove “%1” from %n conversation(s)", nullptr, int(ids.size()))
                   .arg(m_workspace.tagName(tagId)));
    });
    showDialog(dialog);
}

void ConversationActionController::untag(qint64 conversationId, const QString &tagId)
{
    follow(
        m_workspace.actions().untag({conversationId}, tagId),
        tr("Remove “%1” from conversation %2").arg(m_workspace.tagName(tagId)).arg(conversationId));
}

void ConversationActionController::note()
{
    addNote(m_selection());
}

void ConversationActionController::addNote(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return;
    auto *dialog = new NoteDialog(m_workspace, int(ids.size()), m_window);
    connect(dialog, &QDialog::accepted, this, [this, dialog, ids] {
        const auto notes = dialog->notes();
        follow(m_workspace.actions().addNotes(ids, notes),
               tr("Add notes to %n conversation(s)", nullptr, int(ids.size())));
    });
    showDialog(dialog);
}

void ConversationActionController::reply()
{
    const QList<qint64> ids = m_selection();
    if (ids.isEmpty())
        return;
    auto *dialog = new ReplyDialog(m_workspace, int(ids.size()), m_window);
    connect(dialog, &QDialog::accepted, this, [this, dialog, ids] {
        follow(m_workspace.actions().addMessage(ids, dialog->message()),
               tr("Reply to %n conversation(s)", nullptr, int(ids.size())));
    });
    showDialog(dialog);
}

void ConversationActionController::followUp()
{
    const QList<qint64> ids = m_selection();
    if (ids.isEmpty())
        return;
    auto *dialog = new FollowUpDialog(m_workspace, int(ids.size()), m_window);
    connect(dialog, &QDialog::accepted, this, [this, dialog, ids] {
        follow(m_workspace.actions().followUp(ids, dialog->until(), dialog->userId()),
               tr("Follow up %n conversation(s)", nullptr, int(ids.size())));
    });
    showDialog(dialog);
}

void ConversationActionController::anonymize()
{
    const QList<qint64> ids = m_selection();
    if (ids.isEmpty())
        return;
    AnonymizeDialog *dialog = AnonymizeDialog::forConversations(ids, openCount(ids), m_window);
    connect(dialog, &QDialog::accepted, this, [this, dialog, ids] {
        follow(m_workspace.actions().anonymize(ids, dialog->force()),
               tr("Anonymize %n conversation(s)", nullptr, int(ids.size())));
    });
    showDialog(dialog);
}

void ConversationActionController::anonymizeMessage(qint64 conversationId, const QString &messageId,
                                                    const QString &excerpt)
{
    AnonymizeDialog *dialog =
        AnonymizeDialog::forMessage(conversationId, messageId, excerpt, m_window);
    connect(dialog, &QDialog::accepted, this, [this, conversationId, messageId] {
        follow(m_workspace.actions().anonymizeMessage(conversationId, messageId),
               tr("Anonymize a message of conversation %1").arg(conversationId));
    });
    showDialog(dialog);
}

void ConversationActionController::newConversation()
{
    auto *dialog = new NewConversationDialog(m_workspace, m_window);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        Q_EMIT statusMessage(tr("Creating the conversation…"));
        m_workspace.api()
            .createConversation(dialog->input())
            .then(this, [this](const ApiOutcome<Dixa::CreatedConversation> &outcome) {
                if (!outcome.ok()) {
                    Prompts::current().warn(m_window, tr("New conversation"),
                                            tr("Dixa did not create the conversation: %1")
                                                .arg(outcome.error.message()));
                    return;
                }
                Q_EMIT statusMessage(tr("Conversation %1 created.").arg(outcome.value->id));
                Q_EMIT conversationCreated(outcome.value->id);
            });
    });
    showDialog(dialog);
}
