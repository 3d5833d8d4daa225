#include "messagelistmodel.h"

#include "api/dixaapi.h"
#include "itemtext.h"

MessageListModel::MessageListModel(DixaApi &api, QObject *parent)
    : ConversationDetailModel(api, parent)
{}

MessageListModel::~MessageListModel() = default;

int MessageListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MessageListModel::authorName(const Dixa::Message &message) const
{
    // An e-mail names its sender; other channels only give the author's id.
    QString fallback;
    if (const auto *email = message.attributes.as<Dixa::EmailAttributes>()) {
        if (email->from)
            fallback = email->from->name.value_or(email->from->email);
    }
    return personName(message.authorId, fallback);
}

QString MessageListModel::text(const Dixa::Message &message)
{
    const std::optional<Dixa::Content> content = message.attributes.content();
    if (!content)
        return {};
    if (content->type == Dixa::ContentType::Html)
        return ItemText::plainText(content->value);
    return content->value;
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Dixa::Message &message = item(index.row());
    const auto direction = message.attributes.direction();
    const Dixa::Direction known = direction ? direction->value() : Dixa::Direction::Unknown;
    switch (role) {
    case Qt::DisplayRole:
    case ItemRoles::RawValueRole: {
        const bool raw = role == ItemRoles::RawValueRole;
        switch (Column(index.column())) {
        case Time:
            return ItemText::time(message.createdAt, raw);
        case Author:
            return authorName(message);
        case Direction:
            return raw ? QVariant(int(known))
                       : QVariant(
                             ItemText::direction(known, direction ? direction->text() : QString()));
        case Text:
            return text(message);
        case ColumnCount:
            break;
        }
        return {};
    }
    case ItemRoles::AuthorIdRole:
        return message.authorId;
    case ItemRoles::AuthorNameRole:
        return authorName(message);
    case ItemRoles::TextRole:
        return text(message);
    case ItemRoles::DirectionRole:
        return int(known);
    case ItemRoles::CreatedAtRole:
        return message.createdAt.toUtc();
    default:
        return itemData(index.row(), role);
    }
}

QVariant MessageListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Time:
        return tr("Time", "message");
    case Author:
        return tr("Author", "message");
    case Direction:
        return tr("Direction", "message");
    case Text:
        return tr("Message", "message text column");
    case ColumnCount:
        break;
    }
    return {};
}

ApiCall<QList<Dixa::Message>> MessageListModel::request()
{
    if (conversationId() == 0)
        return {};
    return api().messages(conversationId());
}

QList<int> MessageListModel::contentRoles() const
{
    return {Qt::DisplayRole,          ItemRoles::RawValueRole,   ItemRoles::EntityRole,
            ItemRoles::AuthorIdRole,  ItemRoles::AuthorNameRole, ItemRoles::TextRole,
            ItemRoles::DirectionRole, ItemRoles::CreatedAtRole};
}
