#pragma once

#include "forms/formdialog.h"

#include <optional>

class EntityPicker;

// Asks for the queue the selected conversations move to, and optionally who is recorded as
// transferring them (TransferConversationInput).
class TransferDialog final : public FormDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferDialog)

public:
    TransferDialog(Workspace &ws, int conversationCount, QWidget *parent = nullptr);
    ~TransferDialog() override;

    QString queueId() const;
    std::optional<QString> userId() const;
    EntityPicker *queuePicker() const { return m_queue; }
    EntityPicker *userPicker() const { return m_user; }

private:
    EntityPicker *m_queue = nullptr;
    EntityPicker *m_user = nullptr;
};
