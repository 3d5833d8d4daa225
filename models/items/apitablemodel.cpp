#include "apitablemodel.h"

ApiTableModel::ApiTableModel(DixaApi &api, QObject *parent)
    : QAbstractTableModel(parent)
    , m_api(api)
{}

ApiTableModel::~ApiTableModel() = default;

QString ApiTableModel::errorString() const
{
    return m_error.isError() ? m_error.message() : QString();
}

QHash<int, QByteArray> ApiTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ItemRoles::names());
    return names;
}

void ApiTableModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void ApiTableModel::setStale(bool stale)
{
    if (m_stale == stale)
        return;
    m_stale = stale;
    if (rowsShareStaleness() && rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                           {ItemRoles::StaleRole});
    Q_EMIT staleChanged(stale);
}

void ApiTableModel::setError(const ApiError &error)
{
    const QString before = errorString();
    m_error = error;
    const QString after = errorString();
    if (before != after) {
        if (rowsShareStaleness() && rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                               {ItemRoles::ErrorRole});
        Q_EMIT errorChanged(after);
    }
}

QVariant ApiTableModel::modelStateData(int role) const
{
    switch (role) {
    case ItemRoles::LoadingRole:
        return false; // a row that is shown has been read
    case ItemRoles::StaleRole:
        return m_stale;
    case ItemRoles::ErrorRole:
        return errorString();
    default:
        return {};
    }
}
