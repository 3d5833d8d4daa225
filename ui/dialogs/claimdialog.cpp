#include "claimdialog.h"

#include "forms/entitypicker.h"
#include "forms/specform.h"

ClaimDialog::ClaimDialog(Workspace &ws, int conversationCount, QWidget *parent)
    : FormDialog(ws, QStringLiteral("ClaimConversationInput"), parent)
{
    setObjectName(QStringLiteral("claimDialog"));
    if (conversationCount == 1) {
        setWindowTitle(tr("Claim conversation"));
        setIntro(tr("The agent you choose is assigned the conversation."));
    } else {
        setWindowTitle(tr("Claim %n conversations", nullptr, conversationCount));
        setIntro(tr("The agent you choose is assigned all %n conversations.", nullptr,
                    conversationCount));
    }
    setAcceptText(tr("Claim"));
    m_agent = qobject_cast<EntityPicker *>(form()->addField(QStringLiteral("agentId")));
    m_agent->setVisibleRows(8);
    focusFirstField();
}

ClaimDialog::~ClaimDialog() = default;

QString ClaimDialog::agentId() const
{
    return m_agent->currentId();
}
