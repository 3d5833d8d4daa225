#pragma once

#include "grid/celledit.h"

#include <QPointer>
#include <QUndoCommand>

class ProfileGridModel;

// One undo step of a profile grid, pushed after its edits were already staged: it keeps only the
// edits that undo it, and each undo or redo keeps the edits ProfileGridModel::applyEdits() answers
// for the way back, so the step stays exact however the rows moved in between.
class GridUndoCommand final : public QUndoCommand
{
public:
    GridUndoCommand(ProfileGridModel *model, const QList<CellEdit> &inverse, const QString &text);

    void undo() override;
    void redo() override;

private:
    QPointer<ProfileGridModel> m_model;
    QList<CellEdit> m_inverse;
    QList<CellEdit> m_forward;
    bool m_done = true; // the first redo() is the push: the edits are already staged
};
