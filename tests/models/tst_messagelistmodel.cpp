// MessageListModel against the sandbox: one conversation's messages in order, a reload that
// inserts a new message in place, another conversation (a reset), a failed reload, author names.
#include "api/dixaapi.h"
#include "api/dixaclient.h"
#include "items/itemroles.h"
#include "items/messagelistmodel.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMessageListModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<DixaClient> m_client;
    std::unique_ptr<DixaApi> m_api;
    qint64 m_id = 0;    // a conversation with a few messages
    qint64 m_other = 0; // another one

    QJsonArray messages(qint64 id)
    {
        return m_sandbox->get(u"/v1/conversations/%1/messages"_s.arg(id)).data().toArray();
    }

    static bool load(MessageListModel &model, qint64 id)
    {
        QSignalSpy finished(&model, &MessageListModel::loadFinished);
        model.load(id);
        return finished.wait(10000);
    }

    void compareWithSandbox(const MessageListModel &model, qint64 id)
    {
        const QJsonArray truth = messages(id);
        QCOMPARE(model.rowCount(), truth.size());
        for (int row = 0; row < model.rowCount(); ++row) {
            const QJsonObject message = truth.at(row).toObject();
            const QModelIndex index = model.index(row, MessageListModel::Text);
            QCOMPARE(index.data(ItemRoles::IdRole).toString(), message[u"id"_s].toString());
            QCOMPARE(index.data(ItemRoles::AuthorIdRole).toString(),
                     message[u"authorId"_s].toString());
            QCOMPARE(index.data(ItemRoles::EntityRole).value<Dixa::Message>().id,
                     message[u"id"_s].toString());
            QVERIFY(index.data(ItemRoles::CreatedAtRole).toDateTime().isValid());
        }
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
        for (qint64 id = 3000; id > 2900 && (m_id == 0 || m_other == 0); --id) {
            const QJsonObject conversation =
                m_sandbox->get(u"/v1/conversations/%1"_s.arg(id)).data().toObject();
            if (conversation[u"state"_s].toString() != u"Open"_s || messages(id).size() < 3)
                continue;
            (m_id == 0 ? m_id : m_other) = id;
        }
        QVERIFY(m_id != 0 && m_other != 0);
    }

    void init() { QCOMPARE(m_sandbox->del(u"/_sandbox/faults"_s).status, 204); }

    void showsTheMessagesInOrder()
    {
        MessageListModel model(*m_api);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0); // no conversation yet: nothing to read
        QVERIFY(load(model, m_id));
        QCOMPARE(model.conversationId(), m_id);
        compareWithSandbox(model, m_id);
        QVERIFY(!model.index(0, MessageListModel::Text).data().toString().isEmpty());
        QCOMPARE(model.errorString(), QString());
        QVERIFY(!model.isStale());
    }

    void reloadInsertsNewMessagesInPlace()
    {
        MessageListModel model(*m_api);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(load(model, m_id));
        const int before = model.rowCount();
        const QPersistentModelIndex first(model.index(0, MessageListModel::Text));
        const QString firstId = first.data(ItemRoles::IdRole).toString();

        const auto reply = m_sandbox->post(
            u"/v1/conversations/%1/messages"_s.arg(m_id),
            QJsonObject{{u"_type"_s, u"Inbound"_s},
                        {u"content"_s, QJsonObject{{u"_type"_s, u"Text"_s},
                                                   {u"value"_s, u"Any news on my order?"_s}}}});
        QCOMPARE(reply.status, 200);

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy finished(&model, &MessageListModel::loadFinished);
        model.reload();
        QVERIFY(model.isLoading());
        QVERIFY(model.isStale());
        QVERIFY(finished.wait(10000));
        QCOMPARE(resets.size(), 0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), before);
        QCOMPARE(model.rowCount(), before + 1);
        QVERIFY(first.isValid());
        QCOMPARE(first.data(ItemRoles::IdRole).toString(), firstId);
        QCOMPARE(model.index(before, MessageListModel::Text).data().toString(),
                 u"Any news on my order?"_s);
        QCOMPARE(
            model.index(before, MessageListModel::Direction).data(ItemRoles::DirectionRole).toInt(),
            int(Dixa::Direction::Inbound));
        compareWithSandbox(model, m_id);

        // Reading again with nothing new changes nothing.
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        model.reload();
        QVERIFY(finished.wait(10000));
        QCOMPARE(inserted.size(), 1);
        for (const auto &change : changes) // only the stale mark coming and going
            QCOMPARE(change.at(2).value<QList<int>>(), QList<int>{ItemRoles::StaleRole});
    }

    void anotherConversationReplacesTheRows()
    {
        MessageListModel model(*m_api);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(load(model, m_id));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QVERIFY(load(model, m_other));
        QCOMPARE(resets.size(), 1);
        compareWithSandbox(model, m_other);
    }

    void failedReloadKeepsTheRowsWithTheError()
    {
        MessageListModel model(*m_api);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(load(model, m_other));
        const int rows = model.rowCount();
        QVERIFY(m_sandbox->setFaults(QJsonObject{
            {u"script"_s,
             QJsonArray{QJsonObject{{u"kind"_s, u"server-error"_s},
                                    {u"method"_s, u"GET"_s},
                                    {u"path"_s, u"/conversations/%1/messages"_s.arg(m_other)},
                                    {u"count"_s, 10}}}}}));
        QVERIFY(load(model, m_other));
        QCOMPARE(model.rowCount(), rows);
        QCOMPARE(model.error().kind, ApiError::Kind::Server);
        QVERIFY(model.isStale());
        QCOMPARE(model.index(0, 0).data(ItemRoles::StaleRole).toBool(), true);
        QCOMPARE(model.index(0, 0).data(ItemRoles::ErrorRole).toString(), model.errorString());

        QCOMPARE(m_sandbox->del(u"/_sandbox/faults"_s).status, 204);
        QVERIFY(load(model, m_other));
        QVERIFY(!model.isStale());
        QCOMPARE(model.errorString(), QString());
    }

    void authorsShowTheirNames()
    {
        MessageListModel model(*m_api);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(load(model, m_id));
        const QString author = model.index(0, 0).data(ItemRoles::AuthorIdRole).toString();
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        model.setPersonNames({{author, u"Karen Jensen"_s}});
        QCOMPARE(changes.size(), 1);
        QCOMPARE(model.index(0, MessageListModel::Author).data().toString(), u"Karen Jensen"_s);
        QCOMPARE(model.index(0, 0).data(ItemRoles::AuthorNameRole).toString(), u"Karen Jensen"_s);
    }
};

QTEST_GUILESS_MAIN(TestMessageListModel)
#include "tst_messagelistmodel.moc"
