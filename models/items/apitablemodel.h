#pragma once

#include "api/apierror.h"
#include "itemroles.h"
#include "listsync.h"

#include <QAbstractTableModel>

#include <utility>

class DixaApi;

// What every model fed by the Dixa API shares: the model's state (loading, stale, the last
// error) and the in-place row synchronisation that keeps persistent indexes, selection and
// scroll position valid when a list is read again.
class ApiTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiTableModel)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(bool stale READ isStale NOTIFY staleChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorChanged)

public:
    ~ApiTableModel() override;

    // A request for the model's rows is in flight.
    bool isLoading() const { return m_loading; }
    // The rows shown may be out of date: a reload is under way or the last one failed.
    bool isStale() const { return m_stale; }
    // The last load's error (kind None after a load that worked).
    const ApiError &error() const { return m_error; }
    // The error's sentence, empty when there is none.
    QString errorString() const;

    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void staleChanged(bool stale);
    void errorChanged(const QString &message);
    // A load or reload ended, with or without an error.
    void loadFinished();

protected:
    explicit ApiTableModel(DixaApi &api, QObject *parent = nullptr);

    DixaApi &api() const { return m_api; }
    void setLoading(bool loading);
    // Emits one batched dataChanged for StaleRole when rowsShareStaleness() (their StaleRole is
    // the model's).
    void setStale(bool stale);
    void setError(const ApiError &error);
    virtual bool rowsShareStaleness() const { return true; }

    // LoadingRole, StaleRole and ErrorRole for models whose rows share the model's state.
    QVariant modelStateData(int role) const;

    // Makes `rows` hold the rows of `newKeys`, in that order, with precise signals: vanished rows
    // removed, survivors moved (a layout change) only if their order changed, new rows (from
    // makeRow(newRow)) inserted. The survivors keep their data; updating it is the caller's.
    template<class Row, class Key, class KeyOf, class MakeRow>
    void syncRows(QList<Row> &rows, const QList<Key> &newKeys, KeyOf keyOf, MakeRow makeRow);

private:
    DixaApi &m_api;
    ApiError m_error;
    bool m_loading = false;
    bool m_stale = false;
};

template<class Row, class Key, class KeyOf, class MakeRow>
void ApiTableModel::syncRows(QList<Row> &rows, const QList<Key> &newKeys, KeyOf keyOf,
                             MakeRow makeRow)
{
    QList<Key> oldKeys;
    oldKeys.reserve(rows.size());
    for (const Row &row : std::as_const(rows))
        oldKeys.append(keyOf(row));
    const ListSync::Plan plan = ListSync::plan(oldKeys, newKeys);

    for (const ListSync::Range &range : plan.removals) {
        beginRemoveRows({}, range.first, range.last);
        rows.remove(range.first, range.last - range.first + 1);
        endRemoveRows();
    }

    if (!plan.survivorOrder.isEmpty()) {
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        QList<Row> reordered;
        reordered.reserve(rows.size());
        QList<int> newRowOf(rows.size());
        for (int to = 0; to < plan.survivorOrder.size(); ++to) {
            const int from = plan.survivorOrder.at(to);
            reordered.append(std::move(rows[from]));
            newRowOf[from] = to;
        }
        rows = std::move(reordered);
        const QModelIndexList before = persistentIndexList();
        QModelIndexList after;
        after.reserve(before.size());
        for (const QModelIndex &index : before)
            after.append(createIndex(newRowOf.at(index.row()), index.column()));
        changePersistentIndexList(before, after);
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }

    for (const ListSync::Range &range : plan.insertions) {
        const int count = range.last - range.first + 1;
        beginInsertRows({}, range.first, range.last);
        rows.insert(range.first, count, Row{});
        for (int row = range.first; row <= range.last; ++row)
            rows[row] = makeRow(row);
        endInsertRows();
    }
}
