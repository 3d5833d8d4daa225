#include "endusertablemodel.h"

#include "itemtext.h"

EndUserTableModel::EndUserTableModel(DixaApi &api, QObject *parent)
    : PagedEntityModel(api, parent)
{}

EndUserTableModel::~EndUserTableModel() = default;

void EndUserTableModel::setFilter(const UserListFilter &filter)
{
    m_filter = filter;
    reload();
}

int EndUserTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EndUserTableModel::columnValue(const Dixa::EndUser &user, int column, bool raw)
{
    const auto text = [](const std::optional<QString> &value) { return value.value_or(QString()); };
    const auto list = [](const std::optional<QStringList> &value) {
        return ItemText::list(value.value_or(QStringList()));
    };
    switch (Column(column)) {
    case DisplayName:
        return text(user.displayName);
    case Email:
        return text(user.email);
    case Phone:
        return text(user.phoneNumber);
    case FirstName:
        return text(user.firstName);
    case LastName:
        return text(user.lastName);
    case MiddleNames:
        return list(user.middleNames);
    case ExternalId:
        return text(user.externalId);
    case AdditionalEmails:
        return list(user.additionalEmails);
    case AdditionalPhones:
        return list(user.additionalPhoneNumbers);
    case AvatarUrl:
        return text(user.avatarUrl);
    case Created:
        return ItemText::time(user.createdAt, raw);
    case Id:
        return user.id;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant EndUserTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Dixa::EndUser &user = item(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ItemRoles::RawValueRole:
        return columnValue(user, index.column(), role == ItemRoles::RawValueRole);
    case ItemRoles::DisplayNameRole:
        return user.displayName.value_or(QString());
    case ItemRoles::EmailRole:
        return user.email.value_or(QString());
    case ItemRoles::PhoneRole:
        return user.phoneNumber.value_or(QString());
    case ItemRoles::CreatedAtRole:
        return user.createdAt.toUtc();
    default:
        return itemData(index.row(), role);
    }
}

QVariant EndUserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case DisplayName:
        return tr("Display name", "end user");
    case Email:
        return tr("Email", "end user");
    case Phone:
        return tr("Phone", "end user");
    case FirstName:
        return tr("First name", "end user");
    case LastName:
        return tr("Last name", "end user");
    case MiddleNames:
        return tr("Middle names", "end user");
    case ExternalId:
        return tr("External id", "end user");
    case AdditionalEmails:
        return tr("Other emails", "end user");
    case AdditionalPhones:
        return tr("Other phones", "end user");
    case AvatarUrl:
        return tr("Avatar URL", "end user");
    case Created:
        return tr("Created", "end user");
    case Id:
        return tr("Id", "end user");
    case ColumnCount:
        break;
    }
    return {};
}

ApiCall<Page<Dixa::EndUser>> EndUserTableModel::requestPage(int pageLimit, const QString &pageLink)
{
    return api().endUsers(m_filter, pageLimit, pageLink);
}
