#include "jsontable.h"

qint64 JsonTable::insert(const QString &id, const QJsonObject &record)
{
    const auto existing = m_seqById.constFind(id);
    if (existing != m_seqById.cend()) {
        m_rows[*existing] = record;
        return *existing;
    }
    const qint64 seq = m_nextSeq++;
    m_rows.emplace(seq, record);
    m_seqById.insert(id, seq);
    return seq;
}

QJsonObject JsonTable::value(const QString &id) const
{
    const QJsonObject *record = find(id);
    return record ? *record : QJsonObject();
}

QJsonObject *JsonTable::find(const QString &id)
{
    const auto seq = m_seqById.constFind(id);
    if (seq == m_seqById.cend())
        return nullptr;
    return &m_rows.at(*seq);
}

const QJsonObject *JsonTable::find(const QString &id) const
{
    const auto seq = m_seqById.constFind(id);
    if (seq == m_seqById.cend())
        return nullptr;
    return &m_rows.at(*seq);
}

bool JsonTable::remove(const QString &id)
{
    const auto seq = m_seqById.constFind(id);
    if (seq == m_seqById.cend())
        return false;
    m_rows.erase(*seq);
    m_seqById.erase(seq);
    return true;
}
