#pragma once

#include "conversationdetailmodel.h"
#include "entities/rating.h"

class DixaApi;

// The satisfaction ratings of one conversation (GET /conversations/{id}/ratings), one row per
// survey question, in Dixa's order.
class RatingListModel final : public ConversationDetailModel<Dixa::ConversationRating>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RatingListModel)

public:
    enum Column { Time, Type, Score, Status, Agent, Comment, ColumnCount };
    Q_ENUM(Column)

    explicit RatingListModel(DixaApi &api, QObject *parent = nullptr);
    ~RatingListModel() override;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The time that says most about where a rating stands: rated, else last modified, offered,
    // scheduled or created.
    static Dixa::DixaTime timeOf(const Dixa::ConversationRating &rating);
    // "4 / 5", "9 / 10", "Thumbs up"; empty when not rated.
    static QString scoreText(const Dixa::ConversationRating &rating);
    static QString typeText(const Dixa::ConversationRating &rating);
    static QString statusText(const Dixa::ConversationRating &rating);

protected:
    ApiCall<QList<Dixa::ConversationRating>> request() override;
    // The questions of one survey share the id: the question's type tells them apart.
    QString keyOf(const Dixa::ConversationRating &rating) const override;
    QList<int> contentRoles() const override;
    int authorColumn() const override { return Agent; }

private:
    QString agentName(const Dixa::ConversationRating &rating) const;
};
