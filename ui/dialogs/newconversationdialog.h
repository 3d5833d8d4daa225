#pragma once

#include "entities/createconversationinput.h"
#include "forms/formdialog.h"

#include <QHash>
#include <QJsonValue>
#include <QStringList>

class EntityPicker;
class QComboBox;

// Starts a conversation (CreateConversationInput): the end user it is with, its channel type
// from the schema's variants, then the rows that type's schema requires, rebuilt when the type
// (or the first message's direction) changes. Values typed stay when the rows are rebuilt.
class NewConversationDialog final : public FormDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewConversationDialog)

public:
    explicit NewConversationDialog(Workspace &ws, QWidget *parent = nullptr);
    ~NewConversationDialog() override;

    Dixa::CreateConversationInput input() const;

    // The `_type` values offered, in the order shown.
    QStringList types() const;
    QString type() const;
    void setType(const QString &type);
    // The first message's direction (Inbound, Outbound), where the type has a choice.
    void setMessageDirection(const QString &direction);
    EntityPicker *requesterPicker() const { return m_requester; }
    QComboBox *typeBox() const { return m_type; }

private:
    void rebuildVariant();
    void rebuildMessage();
    void remember(int fromRow);
    void restore(int fromRow);

    QHash<QString, QString> m_variants; // _type -> schema
    QString m_messageRef;               // the schema the variant's `message` follows
    EntityPicker *m_requester = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_direction = nullptr;
    int m_variantStart = 0;
    int m_messageStart = -1;
    QHash<QString, QJsonValue> m_remembered;
};
