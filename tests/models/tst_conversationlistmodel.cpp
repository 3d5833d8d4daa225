// ConversationListModel against the sandbox over real HTTP: pages and details, paging without
// duplicates or gaps, refresh in place (persistent indexes survive), reloads after actions,
// names, and the error states of a failed search and a failed row.
#include "api/dixaapi.h"
#include "api/dixaclient.h"
#include "items/conversationlistmodel.h"
#include "items/itemroles.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestConversationListModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<DixaClient> m_client;
    std::unique_ptr<DixaApi> m_api;
    QString m_queueId; // the default queue ("General"): a few dozen open conversations
    QStringList m_agentIds;

    static QJsonObject body(const QString &queueId, const QString &status)
    {
        const auto condition = [](const QString &type, const QString &value) {
            return QJsonObject{
                {u"field"_s,
                 QJsonObject{{u"_type"_s, type},
                             {u"operator"_s, QJsonObject{{u"_type"_s, u"IsOneOf"_s},
                                                         {u"values"_s, QJsonArray{value}}}}}}};
        };
        return QJsonObject{
            {u"filters"_s,
             QJsonObject{{u"strategy"_s, u"All"_s},
                         {u"conditions"_s, QJsonArray{condition(u"QueueId"_s, queueId),
                                                      condition(u"Status"_s, status)}}}}};
    }

    static Dixa::SearchParametersInput search(const QJsonObject &json)
    {
        return *Dixa::Json::decode<Dixa::SearchParametersInput>(json);
    }

    // The ids the search answers, walked here over plain HTTP.
    QList<qint64> expectedIds(const QJsonObject &json)
    {
        QList<qint64> ids;
        QString path = u"/v1/search/conversations?pageLimit=500"_s;
        while (!path.isEmpty()) {
            const auto reply = m_sandbox->send("POST", path, SandboxFixture::toJson(json));
            if (reply.status != 200)
                return {};
            for (const QJsonValue &hit : reply.data().toArray())
                ids.append(hit[u"id"_s].toInteger());
            path = reply.object()[u"meta"_s][u"next"_s].toString();
        }
        return ids;
    }

    static QList<qint64> modelIds(const ConversationListModel &model)
    {
        QList<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.append(model.row(row).id);
        return ids;
    }

    static bool allLoaded(const ConversationListModel &model)
    {
        if (model.isLoading())
            return false;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.row(row).flags != 0)
                return false;
        }
        return true;
    }

    // A model of the default queue's open conversations, under the model tester (which, like a
    // view, asks for more pages as rows come in).
    struct Fixture
    {
        std::unique_ptr<ConversationListModel> model;
        std::unique_ptr<QAbstractItemModelTester> tester;
    };
    Fixture openModel(int pageLimit)
    {
        Fixture f;
        f.model = std::make_unique<ConversationListModel>(*m_api);
        f.model->setPageLimit(pageLimit);
        f.model->setSearch(search(body(m_queueId, u"open"_s)));
        f.tester = std::make_unique<QAbstractItemModelTester>(
            f.model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        return f;
    }

    // Requests to exactly `path`, or (prefix) to any path starting with it.
    int requestsTo(const QString &method, const QString &path, bool prefix = false)
    {
        int count = 0;
        for (const QJsonValue &entry : m_sandbox->requestLog()) {
            const QString logged = entry[u"path"_s].toString();
            if (entry[u"method"_s].toString() == method &&
                (prefix ? logged.startsWith(path) : logged == path))
                ++count;
        }
        return count;
    }

    // The current server truth of one conversation.
    QJsonObject conversation(qint64 id)
    {
        return m_sandbox->get(u"/v1/conversations/%1"_s.arg(id)).data().toObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxFixture>();
        QVERIFY(m_sandbox->isRunning());
        ApiEndpoint endpoint;
        endpoint.baseUrl = m_sandbox->baseUrl();
        endpoint.apiKey = m_sandbox->apiKey();
        DixaClient::Options options;
        options.backoffBaseMs = 10;
        options.limits.perSecond = 0;
        m_client = std::make_unique<DixaClient>(m_sandbox->network(), endpoint, options);
        m_api = std::make_unique<DixaApi>(*m_client);

        for (const QJsonValue &queue : m_sandbox->get(u"/v1/queues"_s).data().toArray()) {
            if (queue[u"isDefault"_s].toBool())
                m_queueId = queue[u"id"_s].toString();
        }
        QVERIFY(!m_queueId.isEmpty());
        for (const QJsonValue &agent :
             m_sandbox->get(u"/v1/agents?pageLimit=100"_s).data().toArray())
            m_agentIds.append(agent[u"id"_s].toString());
        QVERIFY(m_agentIds.size() >= 2);
        QVERIFY2(expectedIds(body(m_queueId, u"open"_s)).size() >= 12,
                 "the default queue has open conversations to page through");
    }

    void init()
    {
        QCOMPARE(m_sandbox->del(u"/_sandbox/faults"_s).status, 204);
        m_sandbox->clearRequestLog();
    }

    void firstPageShowsLoadingRowsThenDetails()
    {
        auto f = openModel(10);
        ConversationListModel &model = *f.model;
        QSignalSpy pages(&model, &ConversationListModel::pageLoaded);
        QVERIFY(pages.wait(10000));
        QCOMPARE(pages.first().first().toInt(), 10);
        QVERIFY(model.rowCount() >= 10);
        // The search answered ids: the rows are there, their details not yet.
        const QModelIndex first = model.index(0, ConversationListModel::Subject);
        QCOMPARE(first.data(ItemRoles::LoadingRole).toBool(), true);
        QVERIFY(!first.data(ItemRoles::EntityRole).isValid());
        QVERIFY(model.isLoading());

        QTRY_VERIFY_WITH_TIMEOUT(allLoaded(model), 20000);
        for (int row = 0; row < model.rowCount(); ++row) {
            const ConversationRow &shown = model.row(row);
            const QJsonObject truth = conversation(shown.id);
            QCOMPARE(shown.queueId, truth[u"queue"_s][u"id"_s].toString());
            QCOMPARE(model.index(row, ConversationListModel::State)
                         .data(ItemRoles::RawValueRole)
                         .toInt(),
                     int(Dixa::ConversationState::Open));
            QCOMPARE(shown.subject, truth[u"subject"_s].toString());
            QCOMPARE(shown.assigneeId, truth[u"assignment"_s][u"agentId"_s].toString());
            QCOMPARE(shown.requesterId, truth[u"requesterId"_s].toString());
            QCOMPARE(model.index(row, 0).data(ItemRoles::ConversationIdRole).toLongLong(),
                     shown.id);
            const auto entity =
                model.index(row, 0).data(ItemRoles::EntityRole).value<Dixa::Conversation>();
            QCOMPARE(entity.id, shown.id);
            QCOMPARE(model.index(row, 0).data(ItemRoles::LoadingRole).toBool(), false);
            QCOMPARE(model.index(row, 0).data(ItemRoles::ErrorRole).toString(), QString());
        }
        // Each row's tags come from GET /conversations/{id}/tags.
        const qint64 id = model.row(0).id;
        QStringList tagIds;
        for (const QJsonValue &tag :
             m_sandbox->get(u"/v1/conversations/%1/tags"_s.arg(id)).data().toArray())
            tagIds.append(tag[u"id"_s].toString());
        QCOMPARE(model.index(0, 0).data(ItemRoles::TagIdsRole).toStringList(), tagIds);
    }

    void pagesFollowOneAnotherWithoutDuplicatesOrGaps()
    {
        const QList<qint64> expected = expectedIds(body(m_queueId, u"open"_s));
        m_sandbox->clearRequestLog();
        auto f = openModel(5);
        ConversationListModel &model = *f.model;
        QSignalSpy pages(&model, &ConversationListModel::pageLoaded);
        // One page request in flight: asking again meanwhile sends nothing.
        QVERIFY(!model.canFetchMore({}));
        model.fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(model.atEnd() && allLoaded(model), 30000);

        QCOMPARE(modelIds(model), expected);
        const int pageCount = int((expected.size() + 4) / 5);
        QCOMPARE(pages.size(), pageCount);
        int added = 0;
        for (const auto &page : pages)
            added += page.first().toInt();
        QCOMPARE(added, expected.size());
        QCOMPARE(requestsTo(u"POST"_s, u"/v1/search/conversations"_s, true), pageCount);
        QVERIFY(!model.canFetchMore({}));
        // Every row was read once: the conversation and its tags.
        for (const qint64 id : expected) {
            QCOMPARE(requestsTo(u"GET"_s, u"/v1/conversations/%1/tags"_s.arg(id)), 1);
            QCOMPARE(requestsTo(u"GET"_s, u"/v1/conversations/%1"_s.arg(id)), 1);
        }
    }

    void refreshUpdatesInPlace()
    {
        auto f = openModel(50);
        ConversationListModel &model = *f.model;
        QTRY_VERIFY_WITH_TIMEOUT(model.atEnd() && allLoaded(model), 30000);
        QVERIFY(model.rowCount() >= 12);

        // Row 3 is claimed by another agent, row 6 closed (it leaves the Open filter), and a
        // closed conversation of the queue is reopened (it joins).
        const int changedRow = 3;
        const int vanishedRow = 6;
        const int laterRow = 9;
        const qint64 changedId = model.row(changedRow).id;
        const qint64 vanishedId = model.row(vanishedRow).id;
        const qint64 laterId = model.row(laterRow).id;
        const QString newAgent = model.row(changedRow).assigneeId == m_agentIds.at(0)
                                     ? m_agentIds.at(1)
                                     : m_agentIds.at(0);
        const QList<qint64> closedIds = expectedIds(body(m_queueId, u"closed"_s));
        QVERIFY(!closedIds.isEmpty());
        const qint64 reopenedId = closedIds.at(closedIds.size() / 2);

        const QPersistentModelIndex changed(
            model.index(changedRow, ConversationListModel::Assignee));
        const QPersistentModelIndex later(model.index(laterRow, ConversationListModel::Subject));
        const QPersistentModelIndex vanished(model.index(vanishedRow, 0));

        QCOMPARE(m_sandbox
                     ->put(u"/v1/conversations/%1/claim"_s.arg(changedId),
                           QJsonObject{{u"agentId"_s, newAgent}, {u"force"_s, true}})
                     .status,
                 204);
        QCOMPARE(
            m_sandbox->put(u"/v1/conversations/%1/close"_s.arg(vanishedId), QJsonObject{}).status,
            204);
        QCOMPARE(
            m_sandbox->put(u"/v1/conversations/%1/reopen"_s.arg(reopenedId), QJsonObject{}).status,
            204);
        const QList<qint64> expected = expectedIds(body(m_queueId, u"open"_s));
        QVERIFY(!expected.contains(vanishedId));
        QVERIFY(expected.contains(reopenedId));

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy refreshed(&model, &ConversationListModel::refreshed);
        model.refresh();
        QVERIFY(model.isStale());
        QVERIFY(model.index(0, 0).data(ItemRoles::StaleRole).toBool());
        QVERIFY(refreshed.wait(30000));
        QVERIFY(!model.isStale());

        QCOMPARE(resets.size(), 0);
        QCOMPARE(modelIds(model), expected);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().at(1).toInt(), vanishedRow);
        QCOMPARE(removed.first().at(2).toInt(), vanishedRow);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), int(expected.indexOf(reopenedId)));
        QVERIFY(!vanished.isValid());

        // The persistent indexes follow their conversations.
        QVERIFY(changed.isValid());
        QCOMPARE(changed.data(ItemRoles::ConversationIdRole).toLongLong(), changedId);
        QCOMPARE(changed.data(ItemRoles::AssigneeIdRole).toString(), newAgent);
        QCOMPARE(changed.column(), int(ConversationListModel::Assignee));
        QVERIFY(later.isValid());
        QCOMPARE(later.data(ItemRoles::ConversationIdRole).toLongLong(), laterId);
        QCOMPARE(later.row(), int(expected.indexOf(laterId)));

        // The claimed row said what changed, with the content roles, on its assignee column.
        bool sawChange = false;
        for (const auto &change : changes) {
            const auto topLeft = change.at(0).value<QModelIndex>();
            const auto bottomRight = change.at(1).value<QModelIndex>();
            const auto roles = change.at(2).value<QList<int>>();
            QVERIFY(!roles.isEmpty()); // always explicit roles
            if (topLeft.row() <= changed.row() && bottomRight.row() >= changed.row() &&
                topLeft.column() <= changed.column() && bottomRight.column() >= changed.column() &&
                roles.contains(Qt::DisplayRole) && roles.contains(ItemRoles::AssigneeIdRole))
                sawChange = true;
        }
        QVERIFY(sawChange);
        QVERIFY(allLoaded(model));
    }

    void reloadConversationsRereadsThoseRows()
    {
        auto f = openModel(50);
        ConversationListModel &model = *f.model;
        QTRY_VERIFY_WITH_TIMEOUT(model.atEnd() && allLoaded(model), 30000);
        const int row = 1;
        const qint64 id = model.row(row).id;
        const QString agent =
            model.row(row).assigneeId == m_agentIds.at(2) ? m_agentIds.at(3) : m_agentIds.at(2);
        QCOMPARE(m_sandbox
                     ->put(u"/v1/conversations/%1/claim"_s.arg(id),
                           QJsonObject{{u"agentId"_s, agent}, {u"force"_s, true}})
                     .status,
                 204);
        m_sandbox->clearRequestLog();
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        model.reloadConversations({id, 999999}); // an id not in the list is ignored
        QCOMPARE(model.index(row, 0).data(ItemRoles::StaleRole).toBool(), true);
        QTRY_COMPARE_WITH_TIMEOUT(model.row(row).assigneeId, agent, 10000);
        QTRY_VERIFY(allLoaded(model));
        QCOMPARE(requestsTo(u"GET"_s, u"/v1/conversations/%1"_s.arg(id)), 1);
        QCOMPARE(requestsTo(u"GET"_s, u"/v1/conversations/%1/tags"_s.arg(id)), 1);
        QCOMPARE(requestsTo(u"POST"_s, u"/v1/search/conversations"_s, true), 0);
        QVERIFY(!changes.isEmpty());
    }

    void namesResolveThroughTheDirectoryAndEndUsers()
    {
        auto f = openModel(10);
        ConversationListModel &model = *f.model;
        QTRY_VERIFY_WITH_TIMEOUT(model.atEnd() && allLoaded(model), 30000);

        QHash<QString, QString> queues{{m_queueId, u"General queue"_s}};
        model.setNames(ConversationListModel::NameKind::Queue, queues);
        QCOMPARE(model.index(0, ConversationListModel::Queue).data().toString(),
                 u"General queue"_s);

        // Requester names come from GET /endusers/{id}, once per requester.
        const QString requesterId = model.row(0).requesterId;
        const QString name =
            m_sandbox->get(u"/v1/endusers/"_s + requesterId).data()[u"displayName"_s].toString();
        QVERIFY(!name.isEmpty());
        QTRY_COMPARE(model.index(0, ConversationListModel::Requester).data().toString(), name);
        QVERIFY(model.index(0, 0)
                    .data(ItemRoles::SearchTextRole)
                    .toString()
                    .contains(name.toCaseFolded()));

        QHash<QString, QString> agents;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (!model.row(row).assigneeId.isEmpty())
                agents.insert(model.row(row).assigneeId, u"Agent %1"_s.arg(row));
        }
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        model.setNames(ConversationListModel::NameKind::Agent, agents);
        QCOMPARE(changes.size(), 1); // one batched change for every row
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString assignee = model.row(row).assigneeId;
            QCOMPARE(model.index(row, ConversationListModel::Assignee).data().toString(),
                     agents.value(assignee));
        }
    }

    void failedSearchSetsTheErrorState()
    {
        QVERIFY(m_sandbox->setFaults(QJsonObject{
            {u"script"_s, QJsonArray{QJsonObject{{u"kind"_s, u"server-error"_s},
                                                 {u"method"_s, u"POST"_s},
                                                 {u"path"_s, u"/search/conversations"_s},
                                                 {u"count"_s, 1}}}}}));
        auto f = openModel(10);
        ConversationListModel &model = *f.model;
        QSignalSpy finished(&model, &ConversationListModel::loadFinished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.error().kind, ApiError::Kind::Server);
        QVERIFY(!model.errorString().isEmpty());
        QCOMPARE(model.errorString(), model.error().message());
        QVERIFY(!model.canFetchMore({})); // no hammering of a failing server
        QCOMPARE(requestsTo(u"POST"_s, u"/v1/search/conversations"_s, true), 1); // POST: no retry

        model.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > 0 && allLoaded(model), 20000);
        QCOMPARE(model.errorString(), QString());
    }

    void failedReadMarksTheRow()
    {
        const QList<qint64> ids = expectedIds(body(m_queueId, u"open"_s));
        const qint64 broken = ids.at(2);
        QVERIFY(m_sandbox->setFaults(QJsonObject{
            {u"script"_s, QJsonArray{QJsonObject{{u"kind"_s, u"server-error"_s},
                                                 {u"method"_s, u"GET"_s},
                                                 {u"path"_s, u"/conversations/%1"_s.arg(broken)},
                                                 {u"count"_s, 20}}}}}));
        auto f = openModel(5);
        ConversationListModel &model = *f.model;
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() >= 5 && !model.isLoading(), 20000);
        const int row = model.rowOf(broken);
        QVERIFY(row >= 0);
        QVERIFY(model.row(row).has(ConversationRow::Failed));
        const QString error = model.index(row, 0).data(ItemRoles::ErrorRole).toString();
        QVERIFY(!error.isEmpty());
        QCOMPARE(model.index(row, 0).data(ItemRoles::LoadingRole).toBool(), false);
        QCOMPARE(model.index(row - 1, 0).data(ItemRoles::ErrorRole).toString(), QString());
        QCOMPARE(model.errorString(), QString()); // the search itself worked

        // Once the server answers again, a reload clears the error.
        QCOMPARE(m_sandbox->del(u"/_sandbox/faults"_s).status, 204);
        model.reloadConversations({broken});
        QTRY_VERIFY_WITH_TIMEOUT(!model.row(row).has(ConversationRow::Failed) && !model.isLoading(),
                                 10000);
        QCOMPARE(model.index(row, 0).data(ItemRoles::ErrorRole).toString(), QString());
        QCOMPARE(model.row(row).flags, quint8(0));
    }

    void syntheticRowsAppendWithoutDuplicates()
    {
        ConversationListModel model(*m_api);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The tester asked for a first page; drop it: these rows come from here.
        model.setSearch(search(body(m_queueId, u"open"_s)));
        QList<ConversationRow> rows;
        for (qint64 id = 1; id <= 5; ++id) {
            Dixa::Conversation conversation;
            conversation.id = id;
            conversation.subject = u"Refund %1"_s.arg(id);
            conversation.channel = Dixa::Channel::Email;
            conversation.state =
                Dixa::OpenEnum<Dixa::ConversationState>(Dixa::ConversationState::Open);
            rows.append(ConversationRow::fromConversation(conversation, {}));
        }
        rows.append(rows.first()); // a duplicate id is skipped
        model.appendRows(rows);
        QCOMPARE(model.rowCount(), 5);
        model.appendRows({rows.at(1)});
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.rowOf(4), 3);
        QCOMPARE(model.index(2, ConversationListModel::Subject).data().toString(), u"Refund 3"_s);
        QVERIFY(
            model.index(2, 0).data(ItemRoles::SearchTextRole).toString().contains(u"refund 3"_s));
        QCOMPARE(model.index(2, ConversationListModel::Channel).data().toString(), u"Email"_s);
    }
};

QTEST_GUILESS_MAIN(TestConversationListModel)
#include "tst_conversationlistmodel.moc"
