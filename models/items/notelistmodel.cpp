#include "notelistmodel.h"

#include "api/dixaapi.h"
#include "itemtext.h"

NoteListModel::NoteListModel(DixaApi &api, QObject *parent)
    : ConversationDetailModel(api, parent)
{}

NoteListModel::~NoteListModel() = default;

int NoteListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NoteListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Dixa::InternalNote &note = item(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ItemRoles::RawValueRole:
        switch (Column(index.column())) {
        case Time:
            return ItemText::time(note.createdAt, role == ItemRoles::RawValueRole);
        case Author:
            return personName(note.authorId);
        case Text:
            return note.message;
        case ColumnCount:
            break;
        }
        return {};
    case ItemRoles::AuthorIdRole:
        return note.authorId;
    case ItemRoles::AuthorNameRole:
        return personName(note.authorId);
    case ItemRoles::TextRole:
        return note.message;
    case ItemRoles::CreatedAtRole:
        return note.createdAt.toUtc();
    case ItemRoles::ConversationIdRole:
        return note.csid;
    default:
        return itemData(index.row(), role);
    }
}

QVariant NoteListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Time:
        return tr("Time", "note");
    case Author:
        return tr("Author", "note");
    case Text:
        return tr("Note", "note text column");
    case ColumnCount:
        break;
    }
    return {};
}

ApiCall<QList<Dixa::InternalNote>> NoteListModel::request()
{
    if (conversationId() == 0)
        return {};
    return api().notes(conversationId());
}

QList<int> NoteListModel::contentRoles() const
{
    return {Qt::DisplayRole,          ItemRoles::RawValueRole,      ItemRoles::EntityRole,
            ItemRoles::AuthorIdRole,  ItemRoles::AuthorNameRole,    ItemRoles::TextRole,
            ItemRoles::CreatedAtRole, ItemRoles::ConversationIdRole};
}
