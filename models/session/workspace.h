#pragma once

#include "actions/conversationactions.h"
#include "api/dixaapi.h"
#include "api/dixaclient.h"
#include "apiendpoint.h"
#include "spec/speccatalog.h"

#include <QHash>
#include <QObject>
#include <QString>

class AgentGridModel;
class AgentTableModel;
class QAbstractItemModel;
class ConversationListModel;
class EndUserGridModel;
class EndUserTableModel;
class QNetworkAccessManager;
class QueueListModel;
class TagListModel;
class TeamListModel;

// Everything one connection to a Dixa organisation (or the sandbox) needs, made once and shared
// by every window and dialog: the client and its typed API, the action object, the spec catalog,
// the directory models pickers choose from (agents, end users, queues, tags, teams), the
// conversation list and the editable agent and end-user grids. It keeps the list's display names in
// step with the directories.
class Workspace final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workspace)

public:
    struct Options
    {
        DixaClient::Options client;
        ConversationActions::Options actions;
    };

    Workspace(QNetworkAccessManager &network, const ApiEndpoint &endpoint,
              QObject *parent = nullptr);
    Workspace(QNetworkAccessManager &network, const ApiEndpoint &endpoint, const Options &options,
              QObject *parent = nullptr);
    ~Workspace() override;

    const ApiEndpoint &endpoint() const { return m_client.endpoint(); }
    bool isSandbox() const { return endpoint().isSandbox; }
    DixaClient &client() { return m_client; }
    DixaApi &api() { return m_api; }
    ConversationActions &actions() { return *m_actions; }
    const SpecCatalog &spec() const { return m_spec; }

    // Every agent and admin (all pages are read by loadDirectories()).
    AgentTableModel *agents() const { return m_agents; }
    // End users, a page at a time as a view scrolls.
    EndUserTableModel *endUsers() const { return m_endUsers; }
    QueueListModel *queues() const { return m_queues; }
    // Every tag, deactivated ones too (old conversations still carry them); pickers that add a
    // tag show the active ones only (ItemRoles::ActiveRole).
    TagListModel *tags() const { return m_tags; }
    TeamListModel *teams() const { return m_teams; }
    ConversationListModel *conversations() const { return m_conversations; }
    // The editable grids of agents and end users (read when a view first asks for rows).
    AgentGridModel *agentGrid() const { return m_agentGrid; }
    EndUserGridModel *endUserGrid() const { return m_endUserGrid; }

    // Reads agents, queues, tags, teams and the first page of end users again.
    void loadDirectories();
    bool directoriesLoaded() const { return m_pendingDirectories == 0 && m_loadedOnce; }

    // Names by id as far as the directories know them (empty when unknown).
    QString agentName(const QString &id) const { return m_agentNames.value(id); }
    QString queueName(const QString &id) const { return m_queueNames.value(id); }
    QString tagName(const QString &id) const { return m_tagNames.value(id); }
    QString endUserName(const QString &id) const { return m_endUserNames.value(id); }
    // Agents and end users together: authors of messages, notes and activity.
    QHash<QString, QString> personNames() const;

Q_SIGNALS:
    // Some directory landed or changed; names above may have changed.
    void directoriesChanged();
    // A directory could not be read: the error's sentence.
    void directoryFailed(const QString &message);

private:
    void connectDirectory(QAbstractItemModel *model);
    void onDirectoryLoaded(QAbstractItemModel *model);
    void rebuildNames();

    DixaClient m_client;
    DixaApi m_api;
    SpecCatalog m_spec;
    ConversationActions *m_actions = nullptr;
    AgentTableModel *m_agents = nullptr;
    EndUserTableModel *m_endUsers = nullptr;
    QueueListModel *m_queues = nullptr;
    TagListModel *m_tags = nullptr;
    TeamListModel *m_teams = nullptr;
    ConversationListModel *m_conversations = nullptr;
    AgentGridModel *m_agentGrid = nullptr;
    EndUserGridModel *m_endUserGrid = nullptr;

    QHash<QString, QString> m_agentNames;
    QHash<QString, QString> m_queueNames;
    QHash<QString, QString> m_tagNames;
    QHash<QString, QString> m_endUserNames;
    int m_pendingDirectories = 0;
    bool m_loadedOnce = false;
};
