#pragma once

#include "entitylistmodel.h"

#include <QHash>

// A list that belongs to one conversation (messages, notes, activity): load(id) shows that
// conversation's list, reload() reads it again in place. Authors are shown by name when the app
// has given the names (agents and end users by id). A template without Q_OBJECT.
template<class T>
class ConversationDetailModel : public EntityListModel<T>
{
public:
    qint64 conversationId() const { return m_conversationId; }

    // Shows the list of `conversationId`: another conversation's rows go first (a model reset);
    // the same conversation is read again in place.
    void load(qint64 conversationId)
    {
        if (conversationId != m_conversationId) {
            this->clear();
            m_conversationId = conversationId;
        }
        this->reload();
    }

    // Display names of people by id (agents and end users), for the author column.
    void setPersonNames(const QHash<QString, QString> &names)
    {
        m_personNames = names;
        if (this->rowCount() > 0)
            Q_EMIT this->dataChanged(
                this->index(0, authorColumn()), this->index(this->rowCount() - 1, authorColumn()),
                {Qt::DisplayRole, ItemRoles::RawValueRole, ItemRoles::AuthorNameRole});
    }

protected:
    using EntityListModel<T>::EntityListModel;

    virtual int authorColumn() const = 0;
    // The name the app gave for `id`, else `fallback`, else the id itself.
    QString personName(const QString &id, const QString &fallback = {}) const
    {
        const QString name = m_personNames.value(id);
        if (!name.isEmpty())
            return name;
        return fallback.isEmpty() ? id : fallback;
    }

private:
    qint64 m_conversationId = 0;
    QHash<QString, QString> m_personNames;
};
