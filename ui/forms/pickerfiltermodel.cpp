#include "pickerfiltermodel.h"

#include "items/itemroles.h"

#include <QColor>

PickerFilterModel::PickerFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void PickerFilterModel::setFilterWords(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = text.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

void PickerFilterModel::setActiveOnly(bool activeOnly)
{
    if (activeOnly == m_activeOnly)
        return;
    m_activeOnly = activeOnly;
    invalidateFilter();
}

void PickerFilterModel::setOfferedIds(const QStringList &ids)
{
    m_offered = QSet<QString>(ids.begin(), ids.end());
    invalidateFilter();
}

QString PickerFilterModel::nameOf(const QModelIndex &sourceIndex)
{
    for (const int role : {int(ItemRoles::DisplayNameRole), int(ItemRoles::NameRole)}) {
        const QString name = sourceIndex.data(role).toString();
        if (!name.isEmpty())
            return name;
    }
    const QString email = sourceIndex.data(ItemRoles::EmailRole).toString();
    return email.isEmpty() ? sourceIndex.data(ItemRoles::IdRole).toString() : email;
}

QVariant PickerFilterModel::data(const QModelIndex &index, int role) const
{
    if (index.isValid() && role == Qt::DecorationRole) {
        // A tag's colour, as the chips show it.
        const QColor color =
            QColor::fromString(mapToSource(index).data(ItemRoles::ColorRole).toString());
        return color.isValid() ? QVariant(color) : QVariant();
    }
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QSortFilterProxyModel::data(index, role);
    const QModelIndex source = mapToSource(index);
    const QString name = nameOf(source);
    const QString email = source.data(ItemRoles::EmailRole).toString();
    const QVariant active = source.data(ItemRoles::ActiveRole);
    if (role == Qt::ToolTipRole)
        return email.isEmpty() ? name : email;
    if (active.isValid() && !active.toBool())
        return tr("%1 (inactive)", "a deactivated tag").arg(name);
    if (!email.isEmpty() && email != name)
        return tr("%1 · %2", "a person's name, then their email address").arg(name, email);
    return name;
}

bool PickerFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_activeOnly) {
        const QVariant active = index.data(ItemRoles::ActiveRole);
        if (active.isValid() && !active.toBool())
            return false;
    }
    if (!m_offered.isEmpty() && !m_offered.contains(index.data(ItemRoles::IdRole).toString()))
        return false;
    if (m_words.isEmpty())
        return true;
    const QString haystack =
        QString(nameOf(index) + QLatin1Char(' ') + index.data(ItemRoles::EmailRole).toString())
            .toCaseFolded();
    for (const QString &word : m_words) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

bool PickerFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    return QString::localeAwareCompare(nameOf(left).toCaseFolded(), nameOf(right).toCaseFolded()) <
           0;
}
