#pragma once

#include "api/apicall.h"
#include "apitablemodel.h"

#include <QSet>

// Rows that are one list of entities (each with a string `id`) read in one call. reload() reads
// the list again and updates the rows in place: changed rows emit dataChanged with explicit
// roles, new rows are inserted, vanished rows removed. A template without Q_OBJECT: the concrete
// models add their own.
template<class T>
class EntityListModel : public ApiTableModel
{
public:
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_items.size());
    }

    const QList<T> &items() const { return m_items; }
    const T &item(int row) const { return m_items.at(row); }
    // The row of the item with this id, or -1.
    int rowOfId(const QString &id) const
    {
        for (int row = 0; row < m_items.size(); ++row) {
            if (keyOf(m_items.at(row)) == id)
                return row;
        }
        return -1;
    }

    // Reads the list again; the rows stay (marked stale) until the answer lands.
    void reload()
    {
        // The generation first: a cancelled call reports at once, and must be seen as old.
        const quint64 generation = ++m_generation;
        std::exchange(m_call, {}).cancel();
        m_call = request();
        if (m_call.isNull()) {
            setLoading(false);
            return;
        }
        setLoading(true);
        if (!m_items.isEmpty())
            setStale(true);
        m_call.then(this, [this, generation](const ApiOutcome<QList<T>> &outcome) {
            if (generation != m_generation)
                return; // a newer reload or a clear() replaced this one
            m_call = {};
            setLoading(false);
            if (!outcome.ok()) {
                setError(outcome.error); // the rows stay, stale, with the error
                Q_EMIT loadFinished();
                return;
            }
            setError({});
            update(*outcome.value);
            setStale(false);
            Q_EMIT loadFinished();
        });
    }

protected:
    using ApiTableModel::ApiTableModel;

    // The call that reads the list; a null ApiCall when there is nothing to read.
    virtual ApiCall<QList<T>> request() = 0;
    virtual QString keyOf(const T &item) const { return item.id; }
    virtual bool sameContent(const T &a, const T &b) const { return a.toJson() == b.toJson(); }
    // The roles a change of an item's content affects.
    virtual QList<int> contentRoles() const = 0;

    // A real reload: no rows, no request in flight, no error.
    void clear()
    {
        ++m_generation;
        std::exchange(m_call, {}).cancel();
        beginResetModel();
        m_items.clear();
        endResetModel();
        setLoading(false);
        setStale(false);
        setError({});
    }

    QVariant itemData(int row, int role) const
    {
        if (role == ItemRoles::EntityRole)
            return QVariant::fromValue(m_items.at(row));
        if (role == ItemRoles::IdRole)
            return keyOf(m_items.at(row));
        return modelStateData(role);
    }

private:
    void update(QList<T> fresh)
    {
        // Dixa's lists hold each id once; should one repeat, the first wins.
        QList<QString> keys;
        keys.reserve(fresh.size());
        QSet<QString> seen;
        for (qsizetype i = 0; i < fresh.size();) {
            const QString key = keyOf(fresh.at(i));
            if (seen.contains(key)) {
                fresh.remove(i);
                continue;
            }
            seen.insert(key);
            keys.append(key);
            ++i;
        }
        syncRows(
            m_items, keys, [this](const T &item) { return keyOf(item); },
            [&fresh](int row) { return fresh.at(row); });

        // Survivors: one dataChanged per run of changed rows.
        int runStart = -1;
        const auto flush = [this, &runStart](int end) {
            if (runStart >= 0)
                Q_EMIT dataChanged(index(runStart, 0), index(end - 1, columnCount() - 1),
                                   contentRoles());
            runStart = -1;
        };
        for (int row = 0; row < m_items.size(); ++row) {
            if (sameContent(m_items.at(row), fresh.at(row))) {
                flush(row);
                continue;
            }
            m_items[row] = fresh.at(row);
            if (runStart < 0)
                runStart = row;
        }
        flush(int(m_items.size()));
    }

    QList<T> m_items;
    ApiCall<QList<T>> m_call;
    quint64 m_generation = 0;
};
