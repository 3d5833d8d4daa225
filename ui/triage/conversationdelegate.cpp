#include "conversationdelegate.h"

#include "channelicons.h"
#include "entities/conversation.h"
#include "items/conversationlistmodel.h"
#include "items/itemroles.h"
#include "relativetime.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QToolTip>

namespace {
QColor stateColor(Dixa::ConversationState state, const QPalette &palette)
{
    switch (state) {
    case Dixa::ConversationState::Open:
        return QColor(0x1e, 0x8a, 0x3c);
    case Dixa::ConversationState::Pending:
    case Dixa::ConversationState::AwaitingPending:
        return QColor(0xb3, 0x6b, 0x00);
    case Dixa::ConversationState::Closed:
        return palette.color(QPalette::PlaceholderText);
    case Dixa::ConversationState::Unknown:
        break;
    }
    return palette.color(QPalette::Text);
}

void quiet(QStyleOptionViewItem *option, const QString &text)
{
    option->text = text;
    option->font.setItalic(true);
    option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
}
} // namespace

ConversationDelegate::ConversationDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void ConversationDelegate::initStyleOption(QStyleOptionViewItem *option,
                                           const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    using Column = ConversationListModel::Column;
    const int column = index.column();
    if (index.data(ItemRoles::LoadingRole).toBool()) {
        if (column == Column::Subject)
            quiet(option, tr("Loading…"));
        else if (column != Column::Id)
            option->text.clear();
        return;
    }
    const QString error = index.data(ItemRoles::ErrorRole).toString();
    if (!error.isEmpty() && column == Column::Subject) {
        option->text = tr("Could not be read: %1").arg(error);
        option->palette.setColor(QPalette::Text, QColor(0xc0, 0x1c, 0x28));
        return;
    }
    switch (column) {
    case Column::Subject:
        if (option->text.isEmpty())
            quiet(option, tr("(no subject)"));
        break;
    case Column::Channel:
        option->icon =
            ChannelIcons::icon(Dixa::Channel(index.data(ItemRoles::ChannelRole).toInt()));
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->decorationSize = QSize(16, 16);
        break;
    case Column::State:
        option->palette.setColor(
            QPalette::Text,
            stateColor(Dixa::ConversationState(index.data(ItemRoles::StateRole).toInt()),
                       option->palette));
        break;
    case Column::Assignee:
        if (index.data(ItemRoles::AssigneeIdRole).toString().isEmpty())
            quiet(option, tr("Unassigned"));
        break;
    case Column::Created:
        option->text = RelativeTime::age(index.data(ItemRoles::CreatedAtRole).toDateTime(),
                                         QDateTime::currentDateTimeUtc());
        break;
    case Column::LastActivity:
        option->text = RelativeTime::age(index.data(ItemRoles::LastActivityRole).toDateTime(),
                                         QDateTime::currentDateTimeUtc());
        break;
    default:
        break;
    }
}

bool ConversationDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                     const QStyleOptionViewItem &option, const QModelIndex &index)
{
    using Column = ConversationListModel::Column;
    QString tip;
    if (index.column() == Column::Created)
        tip = RelativeTime::full(index.data(ItemRoles::CreatedAtRole).toDateTime());
    else if (index.column() == Column::LastActivity)
        tip = RelativeTime::full(index.data(ItemRoles::LastActivityRole).toDateTime());
    else if (index.column() == Column::Subject || index.column() == Column::Tags)
        tip = index.data(Qt::DisplayRole).toString();
    if (event->type() == QEvent::ToolTip && !tip.isEmpty()) {
        QToolTip::showText(event->globalPos(), tip, view);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}
