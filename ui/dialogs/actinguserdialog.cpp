#include "actinguserdialog.h"

#include "forms/entitypicker.h"
#include "forms/specform.h"

namespace {
QString schemaFor(ActingUserDialog::Action action)
{
    return action == ActingUserDialog::Action::Close ? QStringLiteral("CloseConversationInput")
                                                     : QStringLiteral("ReopenConversationInput");
}
} // namespace

ActingUserDialog::ActingUserDialog(Workspace &ws, Action action, int conversationCount,
                                   QWidget *parent)
    : FormDialog(ws, schemaFor(action), parent)
    , m_action(action)
{
    const bool one = conversationCount == 1;
    if (action == Action::Close) {
        setObjectName(QStringLiteral("closeAsDialog"));
        setWindowTitle(one ? tr("Close conversation")
                           : tr("Close %n conversations", nullptr, conversationCount));
        setIntro(one ? tr("The conversation is closed. Choose the agent or admin it is recorded "
                          "as closed by, or leave it to the API key's user.")
                     : tr("All %n conversations are closed. Choose the agent or admin they are "
                          "recorded as closed by, or leave it to the API key's user.",
                          nullptr, conversationCount));
        setAcceptText(one ? tr("Close conversation")
                          : tr("Close %n conversations", nullptr, conversationCount));
    } else {
        setObjectName(QStringLiteral("reopenAsDialog"));
        setWindowTitle(one ? tr("Reopen conversation")
                           : tr("Reopen %n conversations", nullptr, conversationCount));
        setIntro(one ? tr("The conversation is reopened and offered in its queue again. Choose "
                          "the agent or admin it is recorded as reopened by, or leave it to the "
                          "API key's user.")
                     : tr("All %n conversations are reopened and offered in their queues again. "
                          "Choose the agent or admin they are recorded as reopened by, or leave "
                          "it to the API key's user.",
                          nullptr, conversationCount));
        setAcceptText(one ? tr("Reopen conversation")
                          : tr("Reopen %n conversations", nullptr, conversationCount));
    }
    m_user = qobject_cast<EntityPicker *>(form()->addField(QStringLiteral("userId")));
    m_user->setVisibleRows(7);
    focusFirstField();
}

ActingUserDialog::~ActingUserDialog() = default;

std::optional<QString> ActingUserDialog::userId() const
{
    if (m_user->currentId().isEmpty())
        return std::nullopt;
    return m_user->currentId();
}
