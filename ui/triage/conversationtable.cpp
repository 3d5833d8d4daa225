#include "conversationtable.h"

#include "conversationdelegate.h"
#include "items/conversationlistmodel.h"
#include "items/itemroles.h"

#include <QContextMenuEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>

ConversationTable::ConversationTable(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("conversationTable"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSortingEnabled(true);
    setWordWrap(false);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setTabKeyNavigation(false);
    setItemDelegate(new ConversationDelegate(this));
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *header = horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu *menu = columnsMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(horizontalHeader()->viewport()->mapToGlobal(pos));
    });
    for (auto signal : {&QHeaderView::sectionMoved, &QHeaderView::sectionResized})
        connect(header, signal, this, &ConversationTable::columnLayoutChanged);
    connect(header, &QHeaderView::sortIndicatorChanged, this,
            &ConversationTable::columnLayoutChanged);

    // Ages ("5 min") move on while nobody touches the list.
    m_ageTimer.setInterval(30 * 1000);
    connect(&m_ageTimer, &QTimer::timeout, viewport(), qOverload<>(&QWidget::update));
    m_ageTimer.start();
}

void ConversationTable::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    setDefaultColumnWidths();
    sortByColumn(ConversationListModel::LastActivity, Qt::DescendingOrder);
    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ConversationTable::selectedConversationsChanged);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const qint64 id = current.isValid()
                                      ? current.data(ItemRoles::ConversationIdRole).toLongLong()
                                      : 0;
                if (id == m_current)
                    return;
                m_current = id;
                Q_EMIT currentConversationChanged(id);
            });
}

void ConversationTable::setDefaultColumnWidths()
{
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const QList<QPair<int, int>> widths{
        {ConversationListModel::Id, 6},         {ConversationListModel::Subject, 24},
        {ConversationListModel::Requester, 12}, {ConversationListModel::Channel, 9},
        {ConversationListModel::State, 6},      {ConversationListModel::Queue, 10},
        {ConversationListModel::Assignee, 10},  {ConversationListModel::Tags, 12},
        {ConversationListModel::Created, 6},    {ConversationListModel::LastActivity, 7},
    };
    for (const auto &[column, ems] : widths)
        setColumnWidth(column, ems * em);
}

QList<qint64> ConversationTable::selectedConversationIds() const
{
    QList<qint64> ids;
    if (!selectionModel())
        return ids;
    const QModelIndexList rows = selectionModel()->selectedRows();
    ids.reserve(rows.size());
    for (const QModelIndex &row : rows)
        ids.append(row.data(ItemRoles::ConversationIdRole).toLongLong());
    std::sort(ids.begin(), ids.end());
    return ids;
}

qint64 ConversationTable::currentConversationId() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() ? current.data(ItemRoles::ConversationIdRole).toLongLong() : 0;
}

void ConversationTable::selectConversations(const QList<qint64> &ids)
{
    if (!model())
        return;
    QItemSelection selection;
    QModelIndex first;
    for (int row = 0; row < model()->rowCount(); ++row) {
        const QModelIndex index = model()->index(row, 0);
        if (!ids.contains(index.data(ItemRoles::ConversationIdRole).toLongLong()))
            continue;
        selection.select(index, index);
        if (!first.isValid())
            first = index;
    }
    selectionModel()->select(selection,
                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (first.isValid()) {
        selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        scrollTo(first);
    }
}

QByteArray ConversationTable::columnLayout() const
{
    return horizontalHeader()->saveState();
}

bool ConversationTable::restoreColumnLayout(const QByteArray &layout)
{
    return !layout.isEmpty() && horizontalHeader()->restoreState(layout);
}

QMenu *ConversationTable::columnsMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("&Columns"), parent);
    if (!model())
        return menu;
    for (int column = 0; column < model()->columnCount(); ++column) {
        QAction *action = menu->addAction(model()->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!isColumnHidden(column));
        connect(action, &QAction::toggled, this, [this, column](bool shown) {
            // The list always keeps one column: hiding the last would leave nothing to click.
            if (!shown && horizontalHeader()->hiddenSectionCount() + 1 >= model()->columnCount())
                return;
            setColumnHidden(column, !shown);
            Q_EMIT columnLayoutChanged();
        });
    }
    menu->addSeparator();
    QAction *reset = menu->addAction(tr("Show all columns"));
    connect(reset, &QAction::triggered, this, [this] {
        for (int column = 0; column < model()->columnCount(); ++column)
            setColumnHidden(column, false);
        Q_EMIT columnLayoutChanged();
    });
    return menu;
}

void ConversationTable::contextMenuEvent(QContextMenuEvent *event)
{
    // The row under the mouse joins the selection first, as in every file manager.
    const QModelIndex index = indexAt(event->pos());
    if (index.isValid() && !selectionModel()->isRowSelected(index.row(), index.parent()))
        selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                     QItemSelectionModel::Rows);
    QMenu menu(this);
    menu.addActions(actions());
    if (!menu.isEmpty())
        menu.exec(event->globalPos());
}
