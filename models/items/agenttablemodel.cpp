#include "agenttablemodel.h"

#include "itemtext.h"

AgentTableModel::AgentTableModel(DixaApi &api, QObject *parent)
    : PagedEntityModel(api, parent)
{}

AgentTableModel::~AgentTableModel() = default;

void AgentTableModel::setFilter(const UserListFilter &filter)
{
    m_filter = filter;
    reload();
}

int AgentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgentTableModel::columnValue(const Dixa::Agent &agent, int column, bool raw) const
{
    const auto text = [](const std::optional<QString> &value) { return value.value_or(QString()); };
    const auto list = [](const std::optional<QStringList> &value) {
        return ItemText::list(value.value_or(QStringList()));
    };
    switch (Column(column)) {
    case DisplayName:
        return agent.displayName;
    case Email:
        return agent.email;
    case Phone:
        return text(agent.phoneNumber);
    case FirstName:
        return text(agent.firstName);
    case LastName:
        return text(agent.lastName);
    case MiddleNames:
        return list(agent.middleNames);
    case AdditionalEmails:
        return list(agent.additionalEmails);
    case AdditionalPhones:
        return list(agent.additionalPhoneNumbers);
    case Roles: {
        QStringList roles;
        for (const auto &role : agent.roles.value_or(QList<Dixa::OpenEnum<Dixa::AgentRole>>()))
            roles.append(raw ? role.text() : ItemText::words(role.text()));
        return ItemText::list(roles);
    }
    case AvatarUrl:
        return text(agent.avatarUrl);
    case Created:
        return ItemText::time(agent.createdAt, raw);
    case Id:
        return agent.id;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AgentTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Dixa::Agent &agent = item(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ItemRoles::RawValueRole:
        return columnValue(agent, index.column(), role == ItemRoles::RawValueRole);
    case ItemRoles::DisplayNameRole:
        return agent.displayName;
    case ItemRoles::EmailRole:
        return agent.email;
    case ItemRoles::PhoneRole:
        return agent.phoneNumber.value_or(QString());
    case ItemRoles::CreatedAtRole:
        return agent.createdAt.toUtc();
    default:
        return itemData(index.row(), role);
    }
}

QVariant AgentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case DisplayName:
        return tr("Display name", "agent");
    case Email:
        return tr("Email", "agent");
    case Phone:
        return tr("Phone", "agent");
    case FirstName:
        return tr("First name", "agent");
    case LastName:
        return tr("Last name", "agent");
    case MiddleNames:
        return tr("Middle names", "agent");
    case AdditionalEmails:
        return tr("Other emails", "agent");
    case AdditionalPhones:
        return tr("Other phones", "agent");
    case Roles:
        return tr("Roles", "agent");
    case AvatarUrl:
        return tr("Avatar URL", "agent");
    case Created:
        return tr("Created", "agent");
    case Id:
        return tr("Id", "agent");
    case ColumnCount:
        break;
    }
    return {};
}

ApiCall<Page<Dixa::Agent>> AgentTableModel::requestPage(int pageLimit, const QString &pageLink)
{
    return api().agents(m_filter, pageLimit, pageLink);
}
