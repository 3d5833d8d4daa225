#include "workspace.h"

#include "grid/agentgridmodel.h"
#include "grid/endusergridmodel.h"
#include "items/agenttablemodel.h"
#include "items/conversationlistmodel.h"
#include "items/endusertablemodel.h"
#include "items/itemroles.h"
#include "items/queuelistmodel.h"
#include "items/taglistmodel.h"
#include "items/teamlistmodel.h"

namespace {
QHash<QString, QString> namesOf(const QAbstractItemModel *model, int nameRole)
{
    QHash<QString, QString> names;
    names.reserve(model->rowCount());
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        const QString id = index.data(ItemRoles::IdRole).toString();
        QString name = index.data(nameRole).toString();
        if (name.isEmpty())
            name = index.data(ItemRoles::EmailRole).toString();
        if (!id.isEmpty() && !name.isEmpty())
            names.insert(id, name);
    }
    return names;
}
} // namespace

Workspace::Workspace(QNetworkAccessManager &network, const ApiEndpoint &endpoint, QObject *parent)
    : Workspace(network, endpoint, Options(), parent)
{}

Workspace::Workspace(QNetworkAccessManager &network, const ApiEndpoint &endpoint,
                     const Options &options, QObject *parent)
    : QObject(parent)
    , m_client(network, endpoint, options.client)
    , m_api(m_client)
{
    m_actions = new ConversationActions(m_api, options.actions, this);
    m_agents = new AgentTableModel(m_api, this);
    m_endUsers = new EndUserTableModel(m_api, this);
    m_queues = new QueueListModel(m_api, this);
    m_tags = new TagListModel(m_api, this);
    m_tags->setIncludeDeactivated(true);
    m_teams = new TeamListModel(m_api, this);
    m_conversations = new ConversationListModel(m_api, this);
    m_agentGrid = new AgentGridModel(m_api, m_spec, this);
    m_endUserGrid = new EndUserGridModel(m_api, m_spec, this);

    for (QAbstractItemModel *model :
         {static_cast<QAbstractItemModel *>(m_agents),
          static_cast<QAbstractItemModel *>(m_endUsers),
          static_cast<QAbstractItemModel *>(m_queues), static_cast<QAbstractItemModel *>(m_tags),
          static_cast<QAbstractItemModel *>(m_teams)})
        connectDirectory(model);

    connect(m_actions, &ConversationActions::conversationsChanged, m_conversations,
            &ConversationListModel::reloadConversations);
}

Workspace::~Workspace()
{
    // The models are children, which QObject would delete only after the client, the API and the
    // spec they use are gone; an answer arriving in between would reach a dead API. Models first.
    for (QObject *model :
         std::initializer_list<QObject *>{m_endUserGrid, m_agentGrid, m_conversations, m_teams,
                                          m_tags, m_queues, m_endUsers, m_agents, m_actions})
        delete model;
}

void Workspace::connectDirectory(QAbstractItemModel *model)
{
    auto *apiModel = static_cast<ApiTableModel *>(model);
    connect(apiModel, &ApiTableModel::loadFinished, this,
            [this, model] { onDirectoryLoaded(model); });
    // Rows that change later (a reload in place) change names too.
    connect(model, &QAbstractItemModel::dataChanged, this, &Workspace::rebuildNames);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &Workspace::rebuildNames);
}

void Workspace::loadDirectories()
{
    m_pendingDirectories = 5;
    m_loadedOnce = true;
    m_agents->reload();
    m_endUsers->reload();
    m_queues->reload();
    m_tags->reload();
    m_teams->reload();
}

void Workspace::onDirectoryLoaded(QAbstractItemModel *model)
{
    auto *apiModel = static_cast<ApiTableModel *>(model);
    if (apiModel->error().isError())
        Q_EMIT directoryFailed(apiModel->errorString());
    // Pickers choose among every agent, so the agent directory reads all of its pages.
    if (model == m_agents && m_agents->canFetchMore({}) && !apiModel->error().isError()) {
        m_agents->fetchMore({});
        rebuildNames();
        return;
    }
    if (m_pendingDirectories > 0)
        --m_pendingDirectories;
    rebuildNames();
}

void Workspace::rebuildNames()
{
    // Renaming touches every conversation row, so only names that really changed are handed on.
    const auto update = [this](QHash<QString, QString> &names, QHash<QString, QString> fresh,
                               ConversationListModel::NameKind kind) {
        if (fresh == names)
            return;
        names = std::move(fresh);
        m_conversations->setNames(kind, names);
    };
    update(m_agentNames, namesOf(m_agents, ItemRoles::DisplayNameRole),
           ConversationListModel::NameKind::Agent);
    update(m_queueNames, namesOf(m_queues, ItemRoles::NameRole),
           ConversationListModel::NameKind::Queue);
    update(m_tagNames, namesOf(m_tags, ItemRoles::NameRole), ConversationListModel::NameKind::Tag);
    // Requesters: the list reads the names it lacks itself, and keeps them; handing it a page of
    // end users would replace those.
    m_endUserNames = namesOf(m_endUsers, ItemRoles::DisplayNameRole);
    Q_EMIT directoriesChanged();
}

QHash<QString, QString> Workspace::personNames() const
{
    QHash<QString, QString> names = m_endUserNames;
    names.insert(m_agentNames);
    return names;
}
