#pragma once

#include "conversationdetailmodel.h"
#include "entities/activitylog.h"

class DixaApi;

// The activity log of one conversation (GET /conversations/{id}/activitylog), in Dixa's order.
class ActivityLogModel final : public ConversationDetailModel<Dixa::ActivityLogEntry>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityLogModel)

public:
    enum Column { Time, Activity, Author, Details, ColumnCount };
    Q_ENUM(Column)

    explicit ActivityLogModel(DixaApi &api, QObject *parent = nullptr);
    ~ActivityLogModel() override;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    ApiCall<QList<Dixa::ActivityLogEntry>> request() override;
    QList<int> contentRoles() const override;
    int authorColumn() const override { return Author; }

private:
    QString authorName(const Dixa::ActivityLogEntry &entry) const;
    // The one detail that says most about the activity (the tag, the agent, the queue...).
    static QString details(const Dixa::ActivityLogEntry &entry);
};
