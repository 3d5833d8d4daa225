#pragma once

#include <QStyledItemDelegate>

// Paints the conversation list's cells the way a supervisor scans them: a channel icon, ages
// instead of timestamps (the full time in the tooltip), states in colour, and quiet text for
// rows still loading, unassigned conversations and conversations without a subject.
class ConversationDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationDelegate)

public:
    explicit ConversationDelegate(QObject *parent = nullptr);

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
