#pragma once

#include "conversationdetailmodel.h"
#include "entities/note.h"

class DixaApi;

// The internal notes of one conversation (GET /conversations/{id}/notes), oldest first.
class NoteListModel final : public ConversationDetailModel<Dixa::InternalNote>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoteListModel)

public:
    enum Column { Time, Author, Text, ColumnCount };
    Q_ENUM(Column)

    explicit NoteListModel(DixaApi &api, QObject *parent = nullptr);
    ~NoteListModel() override;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    ApiCall<QList<Dixa::InternalNote>> request() override;
    QList<int> contentRoles() const override;
    int authorColumn() const override { return Author; }
};
