#include "transferdialog.h"

#include "forms/entitypicker.h"
#include "forms/specform.h"

TransferDialog::TransferDialog(Workspace &ws, int conversationCount, QWidget *parent)
    : FormDialog(ws, QStringLiteral("TransferConversationInput"), parent)
{
    setObjectName(QStringLiteral("transferDialog"));
    if (conversationCount == 1) {
        setWindowTitle(tr("Transfer conversation"));
        setIntro(tr("The conversation moves to the queue you choose and is offered to its "
                    "agents."));
        setAcceptText(tr("Transfer"));
    } else {
        setWindowTitle(tr("Transfer %n conversations", nullptr, conversationCount));
        setIntro(tr("All %n conversations move to the queue you choose and are offered to its "
                    "agents.",
                    nullptr, conversationCount));
        setAcceptText(
            tr("Transfer %n", "button: transfer this many conversations", conversationCount));
    }
    m_queue = qobject_cast<EntityPicker *>(form()->addField(QStringLiteral("queueId")));
    m_queue->setVisibleRows(5);
    m_user = qobject_cast<EntityPicker *>(form()->addField(QStringLiteral("userId")));
    focusFirstField();
}

TransferDialog::~TransferDialog() = default;

QString TransferDialog::queueId() const
{
    return m_queue->currentId();
}

std::optional<QString> TransferDialog::userId() const
{
    if (m_user->currentId().isEmpty())
        return std::nullopt;
    return m_user->currentId();
}
