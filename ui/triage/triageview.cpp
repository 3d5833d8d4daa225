#include "triageview.h"

#include "common/consolesettings.h"
#include "conversationactioncontroller.h"
#include "conversationfilterbar.h"
#include "conversationtable.h"
#include "detail/conversationdetailpane.h"
#include "items/conversationfilterproxy.h"
#include "items/conversationlistmodel.h"
#include "session/workspace.h"
#include "viewlist.h"

#include <QAction>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
const QString TableName = QStringLiteral("conversations");
const QString SplitterName = QStringLiteral("triage");
} // namespace

TriageView::TriageView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(u"triageView"_s);
    m_views = new ViewList(this);
    m_filterBar = new ConversationFilterBar(workspace, this);
    m_table = new ConversationTable(this);
    m_proxy = new ConversationFilterProxy(this);
    m_proxy->setSourceModel(workspace.conversations());
    m_table->setModel(m_proxy);
    m_detail = new ConversationDetailPane(workspace, this);
    m_listState = new QLabel(this);
    m_listState->setObjectName(u"listState"_s);
    m_listState->setWordWrap(true);
    m_listState->hide();

    m_actions = new ConversationActionController(
        workspace, this, [this] { return m_table->selectedConversationIds(); }, this);
    for (QAction *action : m_actions->menuActions()) {
        if (!action) {
            auto *separator = new QAction(this);
            separator->setSeparator(true);
            m_table->addAction(separator);
            continue;
        }
        m_table->addAction(action);
    }

    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->addWidget(m_filterBar);
    centreLayout->addWidget(m_listState);
    centreLayout->addWidget(m_table, 1);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"triageSplitter"_s);
    m_splitter->addWidget(m_views);
    m_splitter->addWidget(centre);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setSizes({150, 820, 430});
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_splitter);

    connect(m_views, &ViewList::viewChosen, this, &TriageView::showView);
    connect(m_views, &ViewList::saveRequested, this, &TriageView::promptSaveView);
    connect(m_views, &ViewList::deleteRequested, this, &TriageView::deleteView);
    connect(m_filterBar, &ConversationFilterBar::criteriaChanged, this, &TriageView::applyCriteria);
    connect(m_filterBar, &ConversationFilterBar::localTextChanged, this,
            [this](const QString &text) {
                m_proxy->setText(text);
                updateCount();
            });
    connect(m_table, &ConversationTable::selectedConversationsChanged, m_actions,
            &ConversationActionController::updateEnabled);
    connect(m_table, &ConversationTable::currentConversationChanged, m_detail,
            &ConversationDetailPane::showConversation);
    connect(m_table, &ConversationTable::columnLayoutChanged, this, &TriageView::saveLayout);
    connect(m_splitter, &QSplitter::splitterMoved, this, &TriageView::saveLayout);

    connect(m_detail, &ConversationDetailPane::untagRequested, m_actions,
            &ConversationActionController::untag);
    connect(m_detail, &ConversationDetailPane::addNoteRequested, m_actions,
            [this](qint64 id) { m_actions->addNote({id}); });
    connect(m_detail, &ConversationDetailPane::anonymizeMessageRequested, m_actions,
            [this](qint64 id, const QString &messageId) {
                m_actions->anonymizeMessage(id, messageId, QString());
            });
    connect(m_actions, &ConversationActionController::statusMessage, this,
            &TriageView::statusMessage);
    connect(m_actions, &ConversationActionController::conversationsTouched, this,
            [this](const QList<qint64> &ids) {
                if (ids.contains(m_detail->conversationId()))
                    m_detail->reload();
            });
    connect(m_actions, &ConversationActionController::conversationCreated, this,
            &TriageView::openConversation);

    ConversationListModel *list = workspace.conversations();
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(list, signal, this, [this] { m_countTimer.start(); });
    connect(list, &QAbstractItemModel::modelReset, this, [this] { m_countTimer.start(); });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] { m_countTimer.start(); });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, [this] { m_countTimer.start(); });
    connect(list, &ApiTableModel::loadingChanged, this, &TriageView::updateListState);
    connect(list, &ApiTableModel::errorChanged, this, &TriageView::updateListState);
    // Counting on every inserted page of a long scroll would be wasted work: once per burst.
    m_countTimer.setSingleShot(true);
    m_countTimer.setInterval(100);
    connect(&m_countTimer, &QTimer::timeout, this, [this] {
        updateCount();
        updateListState();
    });

    // The first conversation is shown as soon as the list has one, so the window never opens
    // on an empty detail pane; after that the supervisor's choice is left alone.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_table->currentIndex().isValid() || m_proxy->rowCount() == 0)
            return;
        m_table->selectionModel()->setCurrentIndex(
            m_proxy->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    });
    connect(&m_autoRefresh, &QTimer::timeout, this, [this] {
        // A refresh still running (slow network, long list) is not stacked on.
        if (!m_workspace.conversations()->isLoading())
            m_workspace.conversations()->refresh();
    });

    const ConsoleSettings settings;
    m_myQueueIds = settings.myQueueIds();
    m_views->setViews(ConversationView::builtIns(), settings.savedViews());
    setAutoRefreshSeconds(settings.autoRefreshSeconds());
    restoreLayout();
    const auto saved = m_views->view(settings.currentViewId());
    showView(saved ? *saved : ConversationView::builtIns().constFirst());
}

TriageView::~TriageView() = default;

ConversationView TriageView::currentView() const
{
    return m_filterBar->criteria(m_view);
}

void TriageView::showView(const ConversationView &view)
{
    m_view = view;
    m_views->setCurrentViewId(view.id);
    m_filterBar->setCriteria(view);
    ConsoleSettings().setCurrentViewId(view.id);
    applyCriteria();
}

void TriageView::applyCriteria()
{
    m_view = m_filterBar->criteria(m_view);
    if (m_view.kind == ConversationView::Kind::MyQueues && m_myQueueIds.isEmpty() &&
        m_view.queueIds.isEmpty())
        Q_EMIT statusMessage(tr("“My queues” shows every queue until you choose yours "
                                "(View ▸ Choose my queues…)."));
    ConversationListModel *list = m_workspace.conversations();
    list->setSearch(m_view.toSearch(QDateTime::currentDateTime(), m_myQueueIds));
    if (list->canFetchMore({}))
        list->fetchMore({});
    updateListState();
}

ConversationView TriageView::saveCurrentView(const QString &name)
{
    ConversationView view = ConversationView::custom(name, currentView());
    QList<ConversationView> saved = m_views->savedViews();
    saved.append(view);
    ConsoleSettings().setSavedViews(saved);
    m_views->setViews(ConversationView::builtIns(), saved);
    m_view = view;
    m_views->setCurrentViewId(view.id);
    ConsoleSettings().setCurrentViewId(view.id);
    Q_EMIT statusMessage(tr("View “%1” saved.").arg(view.name));
    return view;
}

void TriageView::promptSaveView()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save view"), tr("Name of the view:"),
                                               QLineEdit::Normal, QString(), &ok);
    if (ok && !name.trimmed().isEmpty())
        saveCurrentView(name);
}

void TriageView::deleteView(const QString &viewId)
{
    QList<ConversationView> saved = m_views->savedViews();
    saved.removeIf([&viewId](const ConversationView &view) { return view.id == viewId; });
    ConsoleSettings().setSavedViews(saved);
    m_views->setViews(ConversationView::builtIns(), saved);
    if (m_view.id == viewId)
        showView(ConversationView::builtIns().constFirst());
}

void TriageView::setMyQueueIds(const QStringList &queueIds)
{
    m_myQueueIds = queueIds;
    ConsoleSettings().setMyQueueIds(queueIds);
    if (m_view.kind == ConversationView::Kind::MyQueues)
        applyCriteria();
}

int TriageView::autoRefreshSeconds() const
{
    return m_autoRefresh.isActive() ? m_autoRefresh.interval() / 1000 : 0;
}

void TriageView::setAutoRefreshSeconds(int seconds)
{
    ConsoleSettings().setAutoRefreshSeconds(seconds);
    if (seconds <= 0) {
        m_autoRefresh.stop();
        return;
    }
    m_autoRefresh.start(seconds * 1000);
}

void TriageView::refresh()
{
    m_workspace.conversations()->refresh();
    m_detail->reload();
    Q_EMIT statusMessage(tr("Refreshing…"));
}

void TriageView::openConversation(qint64 conversationId)
{
    m_table->selectConversations({conversationId});
    m_detail->showConversation(conversationId);
    m_workspace.conversations()->refresh();
}

void TriageView::focusLocalFilter()
{
    m_filterBar->localFilter()->setFocus(Qt::ShortcutFocusReason);
    m_filterBar->localFilter()->selectAll();
}

void TriageView::focusServerSearch()
{
    m_filterBar->serverSearch()->setFocus(Qt::ShortcutFocusReason);
    m_filterBar->serverSearch()->selectAll();
}

void TriageView::updateCount()
{
    const ConversationListModel *list = m_workspace.conversations();
    m_filterBar->setLocalCount(m_proxy->rowCount(), list->rowCount(), !list->atEnd());
}

void TriageView::updateListState()
{
    const ConversationListModel *list = m_workspace.conversations();
    QString text;
    if (!list->errorString().isEmpty())
        text =
            tr("The list could not be loaded: %1 Press F5 to try again.").arg(list->errorString());
    else if (list->rowCount() == 0 && !list->isLoading() && list->atEnd())
        text = tr("No conversations match this view.");
    else if (list->rowCount() == 0 && list->isLoading())
        text = tr("Loading conversations…");
    m_listState->setText(text);
    m_listState->setVisible(!text.isEmpty());
}

void TriageView::saveLayout() const
{
    ConsoleSettings settings;
    settings.setColumnLayout(TableName, m_table->columnLayout());
    settings.setSplitterLayout(SplitterName, m_splitter->saveState());
}

void TriageView::restoreLayout()
{
    const ConsoleSettings settings;
    m_table->restoreColumnLayout(settings.columnLayout(TableName));
    const QByteArray splitter = settings.splitterLayout(SplitterName);
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
}
