#pragma once

#include "api/apicall.h"
#include "apitablemodel.h"

#include <QSet>

// Rows that are a paged list of entities (each with a string `id`), read a page at a time as the
// view asks through canFetchMore()/fetchMore(): one page request in flight, rows appended when it
// lands, an id already shown never shown twice. A template without Q_OBJECT: the concrete models
// add their own.
template<class T>
class PagedEntityModel : public ApiTableModel
{
public:
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_items.size());
    }

    bool canFetchMore(const QModelIndex &parent) const override
    {
        return !parent.isValid() && m_call.isNull() && !m_failed &&
               (!m_started || !m_nextPage.isEmpty());
    }

    void fetchMore(const QModelIndex &parent) override
    {
        if (!canFetchMore(parent))
            return;
        m_started = true;
        const quint64 generation = m_generation;
        m_call = requestPage(m_pageLimit, m_nextPage);
        setLoading(true);
        m_call.then(this, [this, generation](const ApiOutcome<Page<T>> &outcome) {
            if (generation != m_generation)
                return;
            m_call = {};
            setLoading(false);
            if (!outcome.ok()) {
                m_failed = true; // no more fetchMore until reload(): a view would retry forever
                setError(outcome.error);
                Q_EMIT loadFinished();
                return;
            }
            setError({});
            m_nextPage = outcome->nextPage;
            append(outcome->items);
            Q_EMIT loadFinished();
        });
    }

    // Rows per page asked for (0: Dixa's default).
    int pageLimit() const { return m_pageLimit; }
    void setPageLimit(int limit) { m_pageLimit = qMax(0, limit); }
    // Every page has been read.
    bool atEnd() const { return m_started && m_nextPage.isEmpty() && m_call.isNull(); }

    const QList<T> &items() const { return m_items; }
    const T &item(int row) const { return m_items.at(row); }

    // A real reload: the rows go (model reset) and the first page is read again.
    void reload()
    {
        // The generation first: a cancelled call reports at once, and must be seen as old.
        ++m_generation;
        std::exchange(m_call, {}).cancel();
        beginResetModel();
        m_items.clear();
        m_keys.clear();
        m_nextPage.clear();
        m_started = false;
        m_failed = false;
        endResetModel();
        setLoading(false);
        setError({});
        fetchMore({});
    }

protected:
    using ApiTableModel::ApiTableModel;

    // One page: the first (pageLink empty) or the one the previous page's nextPage names.
    virtual ApiCall<Page<T>> requestPage(int pageLimit, const QString &pageLink) = 0;
    virtual QString keyOf(const T &item) const { return item.id; }

    QVariant itemData(int row, int role) const
    {
        if (role == ItemRoles::EntityRole)
            return QVariant::fromValue(m_items.at(row));
        if (role == ItemRoles::IdRole)
            return keyOf(m_items.at(row));
        return modelStateData(role);
    }

private:
    void append(const QList<T> &items)
    {
        QList<T> fresh;
        fresh.reserve(items.size());
        for (const T &item : items) {
            const QString key = keyOf(item);
            if (m_keys.contains(key))
                continue; // the data moved under the pager; the row is shown already
            m_keys.insert(key);
            fresh.append(item);
        }
        if (fresh.isEmpty())
            return;
        const int first = int(m_items.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        m_items.append(fresh);
        endInsertRows();
    }

    QList<T> m_items;
    QSet<QString> m_keys;
    ApiCall<Page<T>> m_call;
    QString m_nextPage;
    int m_pageLimit = 100;
    quint64 m_generation = 0;
    bool m_started = false;
    bool m_failed = false;
};
