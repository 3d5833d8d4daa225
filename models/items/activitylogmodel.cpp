#include "activitylogmodel.h"

#include "api/dixaapi.h"
#include "itemtext.h"

ActivityLogModel::ActivityLogModel(DixaApi &api, QObject *parent)
    : ConversationDetailModel(api, parent)
{}

ActivityLogModel::~ActivityLogModel() = default;

int ActivityLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ActivityLogModel::authorName(const Dixa::ActivityLogEntry &entry) const
{
    if (!entry.author)
        return {};
    const Dixa::ActivityLogUser &author = *entry.author;
    return personName(author.id, author.name.value_or(author.email.value_or(QString())));
}

QString ActivityLogModel::details(const Dixa::ActivityLogEntry &entry)
{
    if (!entry.attributes)
        return {};
    const Dixa::ActivityLogAttributes &a = *entry.attributes;
    const auto userName = [](const std::optional<Dixa::ActivityLogUser> &user) {
        return user ? user->name.value_or(user->email.value_or(user->id)) : QString();
    };
    for (const std::optional<QString> &candidate :
         {a.tag, a.agentName, a.destinationLabel, a.queueName, a.queueLabel, a.claimedFromLabel,
          a.message, a.subject, a.templateName, a.language}) {
        if (candidate && !candidate->isEmpty())
            return *candidate;
    }
    if (a.agentNames)
        return ItemText::list(*a.agentNames);
    if (a.agent)
        return userName(a.agent);
    if (a.newUser)
        return userName(a.newUser);
    return {};
}

QVariant ActivityLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Dixa::ActivityLogEntry &entry = item(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ItemRoles::RawValueRole: {
        const bool raw = role == ItemRoles::RawValueRole;
        switch (Column(index.column())) {
        case Time:
            return ItemText::time(entry.activityTimestamp, raw);
        case Activity:
            return raw ? entry.type.text() : ItemText::words(entry.type.text());
        case Author:
            return authorName(entry);
        case Details:
            return details(entry);
        case ColumnCount:
            break;
        }
        return {};
    }
    case ItemRoles::ActivityTypeRole:
        return entry.type.text();
    case ItemRoles::AuthorIdRole:
        return entry.author ? entry.author->id : QString();
    case ItemRoles::AuthorNameRole:
        return authorName(entry);
    case ItemRoles::TextRole:
        return details(entry);
    case ItemRoles::CreatedAtRole:
        return entry.activityTimestamp.toUtc();
    case ItemRoles::ConversationIdRole:
        return entry.conversationId;
    default:
        return itemData(index.row(), role);
    }
}

QVariant ActivityLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Time:
        return tr("Time", "activity");
    case Activity:
        return tr("Activity", "activity");
    case Author:
        return tr("By", "activity author");
    case Details:
        return tr("Details", "activity");
    case ColumnCount:
        break;
    }
    return {};
}

ApiCall<QList<Dixa::ActivityLogEntry>> ActivityLogModel::request()
{
    if (conversationId() == 0)
        return {};
    return api().activityLog(conversationId());
}

QList<int> ActivityLogModel::contentRoles() const
{
    return {Qt::DisplayRole,
            ItemRoles::RawValueRole,
            ItemRoles::EntityRole,
            ItemRoles::ActivityTypeRole,
            ItemRoles::AuthorIdRole,
            ItemRoles::AuthorNameRole,
            ItemRoles::TextRole,
            ItemRoles::CreatedAtRole,
            ItemRoles::ConversationIdRole};
}
