#pragma once

#include "forms/formdialog.h"

#include <optional>

class EntityPicker;

// "Close as…" / "Reopen…": closes or reopens the selected conversations, optionally recording an
// agent or admin as the one who did it (CloseConversationInput / ReopenConversationInput).
class ActingUserDialog final : public FormDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActingUserDialog)

public:
    enum class Action { Close, Reopen };

    ActingUserDialog(Workspace &ws, Action action, int conversationCount,
                     QWidget *parent = nullptr);
    ~ActingUserDialog() override;

    Action action() const { return m_action; }
    // The agent or admin recorded as acting; nothing when none was chosen.
    std::optional<QString> userId() const;
    EntityPicker *userPicker() const { return m_user; }

private:
    const Action m_action;
    EntityPicker *m_user = nullptr;
};
