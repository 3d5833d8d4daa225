#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <map>

// Records keyed by their string id, kept in insertion order so that keyset paging can resume
// after any record: every record gets a sequence number that never changes or repeats.
class JsonTable
{
public:
    qint64 insert(const QString &id, const QJsonObject &record);
    bool contains(const QString &id) const { return m_seqById.contains(id); }
    QJsonObject value(const QString &id) const;
    // nullptr when absent; the pointer is valid until the next insert or remove.
    QJsonObject *find(const QString &id);
    const QJsonObject *find(const QString &id) const;
    bool remove(const QString &id);
    qsizetype size() const { return qsizetype(m_rows.size()); }

    // Calls f(seq, record) for records after `afterSeq` in order until f returns false.
    template<typename F>
    void forEachAfter(qint64 afterSeq, F &&f) const
    {
        for (auto it = m_rows.upper_bound(afterSeq); it != m_rows.end(); ++it) {
            if (!f(it->first, it->second))
                return;
        }
    }
    template<typename F>
    void forEach(F &&f) const
    {
        forEachAfter(0, [&f](qint64, const QJsonObject &record) {
            f(record);
            return true;
        });
    }

private:
    std::map<qint64, QJsonObject> m_rows;
    QHash<QString, qint64> m_seqById;
    qint64 m_nextSeq = 1;
};
