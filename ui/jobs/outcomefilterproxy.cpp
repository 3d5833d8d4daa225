#include "outcomefilterproxy.h"

#include "items/actionoutcomemodel.h"

#include <QFont>

OutcomeFilterProxy::OutcomeFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // Rows leave and join the failed-only view as their outcomes land.
    setDynamicSortFilter(true);
}

void OutcomeFilterProxy::setOutcomes(ActionOutcomeModel *outcomes)
{
    m_outcomes = outcomes;
    setSourceModel(outcomes);
}

void OutcomeFilterProxy::setFailedOnly(bool failedOnly)
{
    if (m_failedOnly == failedOnly)
        return;
    m_failedOnly = failedOnly;
    invalidateRowsFilter();
}

void OutcomeFilterProxy::setMarks(const QColor &failedColor, const QColor &quietColor,
                                  const QIcon &failedIcon, const QIcon &doneIcon)
{
    m_failedColor = failedColor;
    m_quietColor = quietColor;
    m_failedIcon = failedIcon;
    m_doneIcon = doneIcon;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                           {Qt::ForegroundRole, Qt::DecorationRole, Qt::FontRole});
}

QVariant OutcomeFilterProxy::data(const QModelIndex &index, int role) const
{
    if (!m_outcomes || !index.isValid() ||
        (role != Qt::ForegroundRole && role != Qt::DecorationRole && role != Qt::FontRole))
        return QSortFilterProxyModel::data(index, role);
    using State = ActionOutcomeModel::RowState;
    const State state = m_outcomes->state(mapToSource(index).row());
    const bool outcomeColumn = index.column() == ActionOutcomeModel::Outcome;
    switch (role) {
    case Qt::ForegroundRole:
        if (state == State::Failed && m_failedColor.isValid())
            return m_failedColor;
        if ((state == State::Waiting || state == State::Cancelled) && m_quietColor.isValid())
            return m_quietColor;
        return {};
    case Qt::DecorationRole:
        if (!outcomeColumn)
            return {};
        if (state == State::Failed)
            return m_failedIcon;
        return state == State::Done ? QVariant(m_doneIcon) : QVariant();
    case Qt::FontRole:
        if (state == State::Waiting && outcomeColumn) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

bool OutcomeFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_failedOnly || !m_outcomes || sourceParent.isValid())
        return true;
    using State = ActionOutcomeModel::RowState;
    const State state = m_outcomes->state(sourceRow);
    // During a retry every waiting row is one that failed before: it stays in view.
    return state == State::Failed || state == State::Cancelled ||
           (state == State::Waiting && m_outcomes->runCount() > 1);
}
