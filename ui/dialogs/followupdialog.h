#pragma once

#include "forms/formdialog.h"

#include <QDateTime>

#include <optional>

class EntityPicker;
class QDateTimeEdit;

// Sets when the follow-up of the selected conversations expires, optionally recording who set it
// (FollowupConversationInput). Dixa's API can set a follow-up but has no way to clear one, so
// this dialog offers none.
class FollowUpDialog final : public FormDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FollowUpDialog)

public:
    FollowUpDialog(Workspace &ws, int conversationCount, QWidget *parent = nullptr);
    ~FollowUpDialog() override;

    QDateTime until() const;
    std::optional<QString> userId() const;
    QDateTimeEdit *timeEdit() const { return m_until; }
    EntityPicker *userPicker() const { return m_user; }

    // Tomorrow at 09:00 local time: the default follow-up.
    static QDateTime defaultUntil(const QDateTime &now = QDateTime::currentDateTime());

private:
    QDateTimeEdit *m_until = nullptr;
    EntityPicker *m_user = nullptr;
};
