#pragma once

#include "conversationdetailmodel.h"
#include "entities/message.h"

class DixaApi;

// The messages of one conversation (GET /conversations/{id}/messages), oldest first.
class MessageListModel final : public ConversationDetailModel<Dixa::Message>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageListModel)

public:
    enum Column { Time, Author, Direction, Text, ColumnCount };
    Q_ENUM(Column)

    explicit MessageListModel(DixaApi &api, QObject *parent = nullptr);
    ~MessageListModel() override;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    ApiCall<QList<Dixa::Message>> request() override;
    QList<int> contentRoles() const override;
    int authorColumn() const override { return Author; }

private:
    QString authorName(const Dixa::Message &message) const;
    static QString text(const Dixa::Message &message);
};
