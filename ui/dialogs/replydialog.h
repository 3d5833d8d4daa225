#pragma once

#include "entities/messageinput.h"
#include "forms/formdialog.h"

class EntityPicker;

// Writes an outbound message to the selected conversations (CreateMessageInput, Outbound): the
// agent it is sent as, the text and its format (Text, Markdown or Html).
class ReplyDialog final : public FormDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplyDialog)

public:
    ReplyDialog(Workspace &ws, int conversationCount, QWidget *parent = nullptr);
    ~ReplyDialog() override;

    Dixa::CreateMessageInput message() const;
    EntityPicker *agentPicker() const;
};
