#pragma once

#include <QSet>
#include <QSortFilterProxyModel>
#include <QString>
#include <QStringList>

// Presents one directory model (agents, end users, queues, tags, teams) as a pick list: one line
// per entity ("name · email"), narrowed by the words typed (name or email), optionally to active
// tags or to a given set of ids, and sorted by name unless the source is paged.
class PickerFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PickerFilterModel)

public:
    explicit PickerFilterModel(QObject *parent = nullptr);

    void setFilterWords(const QString &text);
    QString filterWords() const { return m_text; }
    // Only rows whose ActiveRole is true (tags that can still be put on conversations).
    void setActiveOnly(bool activeOnly);
    // Only rows with these ids; an empty list offers every row.
    void setOfferedIds(const QStringList &ids);

    // The name a row is known by (its display name, or its email when it has none).
    static QString nameOf(const QModelIndex &sourceIndex);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    QStringList m_words; // case-folded
    QSet<QString> m_offered;
    bool m_activeOnly = false;
};
