#include "replydialog.h"

#include "forms/entitypicker.h"
#include "forms/messagerows.h"
#include "forms/specform.h"

ReplyDialog::ReplyDialog(Workspace &ws, int conversationCount, QWidget *parent)
    : FormDialog(ws, QStringLiteral("CreateMessageInput"), parent)
{
    setObjectName(QStringLiteral("replyDialog"));
    if (conversationCount == 1) {
        setWindowTitle(tr("Reply"));
        setIntro(tr("The message is sent to the requester as written by the agent you choose."));
    } else {
        setWindowTitle(tr("Reply to %n conversations", nullptr, conversationCount));
        setIntro(tr("The same message is sent to the requesters of all %n conversations, as "
                    "written by the agent you choose.",
                    nullptr, conversationCount));
    }
    setAcceptText(tr("Send"));
    MessageRows::add(form(), QString(), QStringLiteral("Outbound"));
    focusFirstField();
}

ReplyDialog::~ReplyDialog() = default;

EntityPicker *ReplyDialog::agentPicker() const
{
    return form()->picker(QStringLiteral("agentId"));
}

Dixa::CreateMessageInput ReplyDialog::message() const
{
    Dixa::JsonReader reader;
    return Dixa::CreateMessageInput::fromJson(form()->json(), reader)
        .value_or(Dixa::CreateMessageInput());
}
