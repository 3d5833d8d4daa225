#pragma once

#include "forms/formdialog.h"

class EntityPicker;

// Asks for the agent who claims the selected conversations (ClaimConversationInput).
class ClaimDialog final : public FormDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClaimDialog)

public:
    ClaimDialog(Workspace &ws, int conversationCount, QWidget *parent = nullptr);
    ~ClaimDialog() override;

    QString agentId() const;
    EntityPicker *agentPicker() const { return m_agent; }

private:
    EntityPicker *m_agent = nullptr;
};
