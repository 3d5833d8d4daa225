#include "gridundocommand.h"

#include "grid/profilegridmodel.h"

GridUndoCommand::GridUndoCommand(ProfileGridModel *model, const QList<CellEdit> &inverse,
                                 const QString &text)
    : m_model(model)
    , m_inverse(inverse)
{
    setText(text);
}

void GridUndoCommand::undo()
{
    if (m_model)
        m_forward = m_model->applyEdits(m_inverse);
}

void GridUndoCommand::redo()
{
    if (m_done) {
        m_done = false;
        return;
    }
    if (m_model)
        m_inverse = m_model->applyEdits(m_forward);
}
