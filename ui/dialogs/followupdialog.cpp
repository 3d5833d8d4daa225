#include "followupdialog.h"

#include "forms/entitypicker.h"
#include "forms/specform.h"

#include <QDateTimeEdit>

FollowUpDialog::FollowUpDialog(Workspace &ws, int conversationCount, QWidget *parent)
    : FormDialog(ws, QStringLiteral("FollowupConversationInput"), parent)
{
    setObjectName(QStringLiteral("followUpDialog"));
    if (conversationCount == 1) {
        setWindowTitle(tr("Follow up conversation"));
        setIntro(tr("The conversation gets a follow-up that expires at the time you set."));
    } else {
        setWindowTitle(tr("Follow up %n conversations", nullptr, conversationCount));
        setIntro(tr("All %n conversations get a follow-up that expires at the time you set.",
                    nullptr, conversationCount));
    }
    setAcceptText(tr("Set follow-up"));
    m_until = qobject_cast<QDateTimeEdit *>(form()->addField(QStringLiteral("timestamp")));
    m_until->setDateTime(defaultUntil());
    m_user = qobject_cast<EntityPicker *>(form()->addField(QStringLiteral("userId")));
    focusFirstField();
}

FollowUpDialog::~FollowUpDialog() = default;

QDateTime FollowUpDialog::defaultUntil(const QDateTime &now)
{
    const QDateTime local = now.toLocalTime();
    return QDateTime(local.date().addDays(1), QTime(9, 0), Qt::LocalTime);
}

QDateTime FollowUpDialog::until() const
{
    return m_until->dateTime();
}

std::optional<QString> FollowUpDialog::userId() const
{
    if (m_user->currentId().isEmpty())
        return std::nullopt;
    return m_user->currentId();
}
