// NoteListModel against the sandbox: one conversation's notes oldest first, and a back-dated note
// that a reload inserts at its place, in place, with persistent indexes following their notes.
#include "api/dixaapi.h"
#include "api/dixaclient.h"
#include "items/itemroles.h"
#include "items/notelistmodel.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestNoteListModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<DixaClient> m_client;
    std::unique_ptr<DixaApi> m_api;
    qint64 m_id = 0; // a conversation with notes

    QJsonArray notes(qint64 id)
    {
        return m_sandbox->get(u"/v1/conversations/%1/notes"_s.arg(id)).data().toArray();
    }

    static bool load(NoteListModel &model, qint64 id)
    {
        QSignalSpy finished(&model, &NoteListModel::loadFinished);
        model.load(id);
        return finished.wait(10000);
    }

    void compareWithSandbox(const NoteListModel &model)
    {
        const QJsonArray truth = notes(m_id);
        QCOMPARE(model.rowCount(), truth.size());
        for (int row = 0; row < model.rowCount(); ++row) {
            const QJsonObject note = truth.at(row).toObject();
            QCOMPARE(model.index(row, 0).data(ItemRoles::IdRole).toString(),
                     note[u"id"_s].toString());
            QCOMPARE(model.index(row, NoteListModel::Text).data().toString(),
                     note[u"message"_s].toString());
            QCOMPARE(model.index(row, 0).data(ItemRoles::AuthorIdRole).toString(),
                     note[u"authorId"_s].toString());
            QCOMPARE(model.index(row, 0).data(ItemRoles::ConversationIdRole).toLongLong(), m_id);
        }
        // Oldest first.
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(
                model.index(row - 1, NoteListModel::Time)
                    .data(ItemRoles::RawValueRole)
                    .toLongLong() <=
                model.index(row, NoteListModel::Time).data(ItemRoles::RawValueRole).toLongLong());
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
        for (qint64 id = 3000; id > 2000 && m_id == 0; --id) {
            const QJsonObject conversation =
                m_sandbox->get(u"/v1/conversations/%1"_s.arg(id)).data().toObject();
            if (conversation[u"_type"_s].toString() != u"AnonymizedConversation"_s &&
                notes(id).size() >= 2)
                m_id = id;
        }
        QVERIFY(m_id != 0);
    }

    void showsTheNotesOldestFirst()
    {
        NoteListModel model(*m_api);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(load(model, m_id));
        compareWithSandbox(model);
    }

    void backDatedNoteIsInsertedAtItsPlace()
    {
        NoteListModel model(*m_api);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(load(model, m_id));
        const int before = model.rowCount();
        const QPersistentModelIndex first(model.index(0, NoteListModel::Text));
        const QString firstId = first.data(ItemRoles::IdRole).toString();

        const auto reply =
            m_sandbox->post(u"/v1/conversations/%1/notes"_s.arg(m_id),
                            QJsonObject{{u"message"_s, u"Called the customer back"_s},
                                        {u"createdAt"_s, u"2001-02-03T04:05:06Z"_s}});
        QCOMPARE(reply.status, 200);

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QVERIFY(load(model, m_id));
        QCOMPARE(resets.size(), 0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), before + 1);
        const int at = inserted.first().at(1).toInt();
        QCOMPARE(model.index(at, NoteListModel::Text).data().toString(),
                 u"Called the customer back"_s);
        QVERIFY(first.isValid());
        QCOMPARE(first.data(ItemRoles::IdRole).toString(), firstId);
        QCOMPARE(first.row(), at == 0 ? 1 : 0);
        compareWithSandbox(model);
    }
};

QTEST_GUILESS_MAIN(TestNoteListModel)
#include "tst_notelistmodel.moc"
