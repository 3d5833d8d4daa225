#include "profilepage.h"

#include "profilegridview.h"

#include "common/consolesettings.h"
#include "grid/bulkapplier.h"
#include "grid/profilegridmodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

ProfilePage::ProfilePage(ProfileGridModel *model, const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_grid(new ProfileGridView(model, nullptr, this))
    , m_state(new QLabel(this))
{
    setObjectName(QStringLiteral("profilePage_%1").arg(model->kind()));
    auto *heading = new QLabel(title, this);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    heading->setFont(headingFont);
    m_state->setObjectName(QStringLiteral("gridState"));
    m_state->setWordWrap(true);

    m_openRecordAction = addPageAction(tr("&Open record…"), QKeySequence(Qt::CTRL | Qt::Key_O),
                                       QStringLiteral("gridOpenRecord"));
    connect(m_openRecordAction, &QAction::triggered, this, &ProfilePage::openRecord);
    m_findReplaceAction =
        addPageAction(tr("&Find and replace…"), QKeySequence(Qt::CTRL | Qt::Key_H),
                      QStringLiteral("gridFindReplace"));
    connect(m_findReplaceAction, &QAction::triggered, this, &ProfilePage::findAndReplace);
    m_importAction =
        addPageAction(tr("&Import CSV…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I),
                      QStringLiteral("gridImportCsv"));
    connect(m_importAction, &QAction::triggered, this, &ProfilePage::importCsv);
    m_exportAction =
        addPageAction(tr("&Export CSV…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                      QStringLiteral("gridExportCsv"));
    connect(m_exportAction, &QAction::triggered, this, &ProfilePage::exportCsv);
    m_reloadAction = addPageAction(tr("Re&load"), {}, QStringLiteral("gridReload"));
    m_reloadAction->setToolTip(tr("Read the directory again; staged edits are kept"));
    connect(m_reloadAction, &QAction::triggered, this, &ProfilePage::reload);
    QAction *loadAll = addPageAction(tr("Load &all"), {}, QStringLiteral("gridLoadAll"));
    loadAll->setToolTip(tr("Read every remaining page now (sorting and filtering then see every "
                           "row)"));
    connect(loadAll, &QAction::triggered, m_model, &ProfileGridModel::loadAll);

    auto *tools = new QToolBar(this);
    tools->setObjectName(QStringLiteral("gridTools"));
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QAction *action : {m_openRecordAction, m_findReplaceAction})
        tools->addAction(action);
    tools->addSeparator();
    for (QAction *action : {m_importAction, m_exportAction})
        tools->addAction(action);
    tools->addSeparator();
    auto *columns = new QToolButton(tools);
    columns->setObjectName(QStringLiteral("gridColumnsButton"));
    columns->setText(tr("&Columns"));
    columns->setPopupMode(QToolButton::InstantPopup);
    auto *columnsHolder = new QMenu(columns);
    columns->setMenu(columnsHolder);
    // Rebuilt on every opening so it shows the columns as they are now.
    connect(columnsHolder, &QMenu::aboutToShow, this, [this, columnsHolder] {
        columnsHolder->clear();
        fillColumnsMenu(columnsHolder);
    });
    tools->addWidget(columns);
    tools->addAction(m_reloadAction);
    tools->addAction(loadAll);

    auto *top = new QHBoxLayout;
    top->addWidget(heading);
    top->addWidget(tools, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_state);
    layout->addWidget(m_grid, 1);

    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_grid->tableView()->addActions({separator, m_openRecordAction, m_findReplaceAction});

    QHeaderView *header = m_grid->tableView()->horizontalHeader();
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, [this, header](const QPoint &pos) {
        QMenu *menu = columnsMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(header->viewport()->mapToGlobal(pos));
    });
    restoreColumnLayout();
    for (auto signal : {&QHeaderView::sectionMoved, &QHeaderView::sectionResized})
        connect(header, signal, this, &ProfilePage::saveColumnLayout);

    connect(m_model, &ApiTableModel::loadingChanged, this, &ProfilePage::updateState);
    connect(m_model, &ApiTableModel::errorChanged, this, &ProfilePage::updateState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ProfilePage::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProfilePage::updateState);
    connect(m_model, &ProfileGridModel::stagingChanged, this, &ProfilePage::updateState);
    connect(m_grid->applier(), &BulkApplier::finished, this, [this] {
        const BulkApplier::Summary &summary = m_grid->applier()->summary();
        if (summary.succeeded > 0)
            Q_EMIT saved(summary.succeeded);
        updateState();
    });
    updateState();
}

ProfilePage::~ProfilePage() = default;

QAction *ProfilePage::addPageAction(const QString &text, const QKeySequence &keys,
                                    const QString &name)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setShortcut(keys);
    // Both grid pages have the same keys: each answers only while it holds the focus.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(action);
    return action;
}

QList<QAction *> ProfilePage::editActions() const
{
    const auto grid = [this](const char *name) {
        return m_grid->action(QString::fromLatin1(name));
    };
    return {grid("gridUndo"),        grid("gridRedo"),  nullptr,
            grid("gridCopy"),        grid("gridPaste"), grid("gridFillDown"),
            grid("gridClear"),       nullptr,           m_findReplaceAction,
            m_openRecordAction,      nullptr,           grid("gridRevertRow"),
            grid("gridRevertAll"),   nullptr,           grid("gridApply"),
            grid("gridRetryFailed"), nullptr,           m_importAction,
            m_exportAction};
}

QMenu *ProfilePage::columnsMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("&Columns"), parent);
    fillColumnsMenu(menu);
    return menu;
}

void ProfilePage::fillColumnsMenu(QMenu *menu)
{
    QTableView *table = m_grid->tableView();
    QHeaderView *header = table->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        QAction *action = menu->addAction(m_model->column(column).title);
        action->setCheckable(true);
        action->setChecked(!table->isColumnHidden(column));
        connect(action, &QAction::toggled, this, [this, table, header, column](bool shown) {
            // The grid always keeps one column: hiding the last would leave nothing to edit.
            if (!shown && header->hiddenSectionCount() + 1 >= header->count())
                return;
            table->setColumnHidden(column, !shown);
            saveColumnLayout();
        });
    }
}

void ProfilePage::reload()
{
    m_model->reload();
}

QString ProfilePage::layoutKey() const
{
    return QStringLiteral("grid-%1").arg(m_model->kind());
}

void ProfilePage::saveColumnLayout()
{
    ConsoleSettings().setColumnLayout(layoutKey(),
                                      m_grid->tableView()->horizontalHeader()->saveState());
}

void ProfilePage::restoreColumnLayout()
{
    const QByteArray layout = ConsoleSettings().columnLayout(layoutKey());
    if (!layout.isEmpty())
        m_grid->tableView()->horizontalHeader()->restoreState(layout);
}

void ProfilePage::updateState()
{
    QString text;
    if (!m_model->errorString().isEmpty())
        text = tr("Could not load: %1 Reload to try again.").arg(m_model->errorString());
    else if (m_model->isLoading())
        text = tr("Loading… %n row(s) so far.", nullptr, m_model->rowCount());
    else if (m_model->canFetchMore({}))
        text = tr("%n row(s) loaded; more load as you scroll.", nullptr, m_model->rowCount());
    else
        text = tr("%n row(s).", nullptr, m_model->rowCount());
    const int staged = m_model->stagedRowCount();
    if (staged > 0) {
        int invalid = 0;
        for (int row : m_model->stagedRows())
            invalid += m_model->rowStatus(row) == GridRoles::RowStatus::Invalid ? 1 : 0;
        QString stagedText = tr("%n row(s) staged, not yet sent to Dixa", nullptr, staged);
        if (invalid > 0)
            stagedText =
                tr("%1 (%n invalid: fix or revert them)", nullptr, invalid).arg(stagedText);
        text = tr("%1 · %2 — Apply (Ctrl+Return) sends them.").arg(text, stagedText);
    }
    m_state->setText(text);
}
