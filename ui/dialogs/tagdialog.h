#pragma once

#include "forms/formdialog.h"

#include <QStringList>

class EntityPicker;

// Chooses one tag to put on (Add: active tags only) or take off (Remove: the tags of the
// selection, or every tag) the selected conversations. The picked tag's name fills the
// TagConversationInput the form checks.
class TagDialog final : public FormDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagDialog)

public:
    enum class Mode { Add, Remove };

    TagDialog(Workspace &ws, Mode mode, int conversationCount, QWidget *parent = nullptr);
    ~TagDialog() override;

    Mode mode() const { return m_mode; }
    QString tagId() const;
    // Remove: offers only these tags (those the selected conversations carry); empty offers all.
    void setOfferedTagIds(const QStringList &ids);
    EntityPicker *tagPicker() const { return m_tag; }

private:
    const Mode m_mode;
    EntityPicker *m_tag = nullptr;
};
