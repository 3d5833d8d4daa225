#include "myqueuesdialog.h"

#include "items/itemroles.h"
#include "items/queuelistmodel.h"
#include "session/workspace.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

MyQueuesDialog::MyQueuesDialog(const Workspace &workspace, const QStringList &chosen,
                               QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("My queues"));
    auto *label = new QLabel(tr("The “My queues” view shows the conversations of the queues "
                                "you tick:"),
                             this);
    label->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("myQueuesList"));
    const QAbstractItemModel *queues = workspace.queues();
    for (int row = 0; row < queues->rowCount(); ++row) {
        const QModelIndex index = queues->index(row, 0);
        const QString id = index.data(ItemRoles::IdRole).toString();
        auto *item = new QListWidgetItem(index.data(ItemRoles::NameRole).toString(), m_list);
        item->setData(Qt::UserRole, id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(chosen.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
}

QStringList MyQueuesDialog::queueIds() const
{
    QStringList ids;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked)
            ids.append(m_list->item(row)->data(Qt::UserRole).toString());
    }
    return ids;
}
