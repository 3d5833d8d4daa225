#pragma once

#include <QColor>
#include <QIcon>
#include <QSortFilterProxyModel>

class ActionOutcomeModel;

// What the job dialog's table shows of an ActionOutcomeModel: failed and cancelled rows marked
// (colour and icon, which the models layer cannot carry), and optionally only the rows that did
// not succeed.
class OutcomeFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutcomeFilterProxy)

public:
    explicit OutcomeFilterProxy(QObject *parent = nullptr);

    void setOutcomes(ActionOutcomeModel *outcomes);

    // Only failed and cancelled rows, and during a retry the rows it repeats.
    void setFailedOnly(bool failedOnly);
    bool failedOnly() const { return m_failedOnly; }

    // How failed rows are marked; set from the view's palette and style.
    void setMarks(const QColor &failedColor, const QColor &quietColor, const QIcon &failedIcon,
                  const QIcon &doneIcon);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    ActionOutcomeModel *m_outcomes = nullptr;
    bool m_failedOnly = false;
    QColor m_failedColor;
    QColor m_quietColor;
    QIcon m_failedIcon;
    QIcon m_doneIcon;
};
