// ConversationFilterProxy over a ConversationListModel read from the sandbox: every criterion
// alone and combined, checked against a plain scan of the model's rows; typing and deleting a
// word; sorting on every column; rows that start or stop matching when the source changes.
#include "api/dixaapi.h"
#include "api/dixaclient.h"
#include "items/conversationfilterproxy.h"
#include "items/conversationlistmodel.h"
#include "items/itemroles.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using State = Dixa::ConversationState;

class TestConversationFilterProxy : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<DixaClient> m_client;
    std::unique_ptr<DixaApi> m_api;
    std::unique_ptr<ConversationListModel> m_model;
    std::unique_ptr<ConversationFilterProxy> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    using Keep = std::function<bool(const ConversationRow &)>;

    QSet<qint64> expected(const Keep &keep) const
    {
        QSet<qint64> ids;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (keep(m_model->row(row)))
                ids.insert(m_model->row(row).id);
        }
        return ids;
    }

    QSet<qint64> shown() const
    {
        QSet<qint64> ids;
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            ids.insert(m_proxy->index(row, 0).data(ItemRoles::ConversationIdRole).toLongLong());
        return ids;
    }

    // The free-text rule, written out: id, subject, requester name, tag names, any case.
    bool textMatches(const ConversationRow &row, const QString &text) const
    {
        const QString needle = text.trimmed();
        if (needle.isEmpty())
            return true;
        QStringList fields{QString::number(row.id), row.subject};
        const QString requester =
            m_model->nameOf(ConversationListModel::NameKind::EndUser, row.requesterId);
        fields.append(requester.isEmpty()
                          ? m_model->nameOf(ConversationListModel::NameKind::Agent, row.requesterId)
                          : requester);
        for (const QString &tagId : row.tagIds)
            fields.append(m_model->nameOf(ConversationListModel::NameKind::Tag, tagId));
        for (const QString &field : fields) {
            if (field.contains(needle, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }

    // The most common non-empty value among the rows.
    QString common(const std::function<QString(const ConversationRow &)> &get) const
    {
        QHash<QString, int> counts;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QString value = get(m_model->row(row));
            if (!value.isEmpty())
                ++counts[value];
        }
        QString best;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (best.isEmpty() || it.value() > counts.value(best))
                best = it.key();
        }
        return best;
    }

    bool requesterNamesKnown() const
    {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QString id = m_model->row(row).requesterId;
            if (m_model->nameOf(ConversationListModel::NameKind::EndUser, id).isEmpty() &&
                m_model->nameOf(ConversationListModel::NameKind::Agent, id).isEmpty())
                return false;
        }
        return true;
    }

    // The first word (of four letters or more) of some row's subject.
    QString subjectWord(int from) const
    {
        for (int row = from; row < m_model->rowCount(); ++row) {
            const QString word = m_model->row(row).subject.section(u' ', 0, 0);
            if (word.size() >= 4)
                return word;
        }
        return {};
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
        options.limits.maxInFlight = 8;
        m_client = std::make_unique<DixaClient>(m_sandbox->network(), endpoint, options);
        m_api = std::make_unique<DixaApi>(*m_client);

        // Every conversation still waiting for an answer: a few hundred, of every queue, channel,
        // agent and tag.
        m_model = std::make_unique<ConversationListModel>(*m_api);
        m_model->setPageLimit(50);
        m_model->setSearch(*Dixa::Json::decode<Dixa::SearchParametersInput>(QJsonObject{
            {u"filters"_s,
             QJsonObject{
                 {u"strategy"_s, u"All"_s},
                 {u"conditions"_s,
                  QJsonArray{QJsonObject{
                      {u"field"_s,
                       QJsonObject{{u"_type"_s, u"Status"_s},
                                   {u"operator"_s,
                                    QJsonObject{{u"_type"_s, u"IsOneOf"_s},
                                                {u"values"_s,
                                                 QJsonArray{u"open"_s, u"pending"_s}}}}}}}}}}}}));
        // Scrolled to the end, as a view would: fetchMore() whenever it can.
        QTRY_VERIFY_WITH_TIMEOUT(
            (m_model->fetchMore({}), m_model->atEnd() && !m_model->isLoading()), 60000);
        QVERIFY(m_model->rowCount() > 100);
        QVERIFY(m_model->errorString().isEmpty());

        QHash<QString, QString> queues;
        for (const QJsonValue &queue : m_sandbox->get(u"/v1/queues"_s).data().toArray())
            queues.insert(queue[u"id"_s].toString(), queue[u"name"_s].toString());
        m_model->setNames(ConversationListModel::NameKind::Queue, queues);
        QHash<QString, QString> agents;
        for (const QJsonValue &agent :
             m_sandbox->get(u"/v1/agents?pageLimit=100"_s).data().toArray())
            agents.insert(agent[u"id"_s].toString(), agent[u"displayName"_s].toString());
        m_model->setNames(ConversationListModel::NameKind::Agent, agents);
        // Requester names land on their own; wait for them so that texts are final.
        QTRY_VERIFY_WITH_TIMEOUT(requesterNamesKnown(), 30000);

        m_proxy = std::make_unique<ConversationFilterProxy>();
        m_proxy->setSourceModel(m_model.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m_proxy->rowCount(), m_model->rowCount());
    }

    void cleanup() { m_proxy->clearCriteria(); }

    void filtersEachCriterionAndTheirCombination()
    {
        const QString queue = common([](const ConversationRow &row) { return row.queueId; });
        const QString agent = common([](const ConversationRow &row) { return row.assigneeId; });
        const QString tag = common([](const ConversationRow &row) { return row.tagIds.value(0); });
        QVERIFY(!queue.isEmpty() && !agent.isEmpty() && !tag.isEmpty());

        m_proxy->setStates({State::Pending});
        QCOMPARE(shown(),
                 expected([](const ConversationRow &r) { return r.state == State::Pending; }));

        m_proxy->clearCriteria();
        m_proxy->setQueueIds({queue});
        QCOMPARE(shown(), expected([&](const ConversationRow &r) { return r.queueId == queue; }));

        m_proxy->clearCriteria();
        m_proxy->setChannels({Dixa::Channel::Email, Dixa::Channel::WidgetChat});
        QCOMPARE(shown(), expected([](const ConversationRow &r) {
                     return r.channel == Dixa::Channel::Email ||
                            r.channel == Dixa::Channel::WidgetChat;
                 }));

        m_proxy->clearCriteria();
        m_proxy->setDirections({Dixa::Direction::Outbound});
        QCOMPARE(shown(), expected([](const ConversationRow &r) {
                     return r.direction == Dixa::Direction::Outbound;
                 }));

        m_proxy->clearCriteria();
        m_proxy->setAssignees({agent});
        QCOMPARE(shown(),
                 expected([&](const ConversationRow &r) { return r.assigneeId == agent; }));
        m_proxy->setAssignees({}, true);
        const auto unassigned =
            expected([](const ConversationRow &r) { return r.assigneeId.isEmpty(); });
        QVERIFY(!unassigned.isEmpty());
        QCOMPARE(shown(), unassigned);
        m_proxy->setAssignees({agent}, true);
        QCOMPARE(shown(), expected([&](const ConversationRow &r) {
                     return r.assigneeId.isEmpty() || r.assigneeId == agent;
                 }));

        m_proxy->clearCriteria();
        m_proxy->setTagIds({tag});
        QCOMPARE(shown(),
                 expected([&](const ConversationRow &r) { return r.tagIds.contains(tag); }));

        // Everything at once.
        m_proxy->clearCriteria();
        m_proxy->setStates({State::Open, State::Pending});
        m_proxy->setQueueIds({queue});
        m_proxy->setAssignees({agent}, true);
        m_proxy->setChannels({Dixa::Channel::Email, Dixa::Channel::WidgetChat,
                              Dixa::Channel::ContactForm, Dixa::Channel::PstnPhone});
        const auto combined = [&](const ConversationRow &r) {
            return (r.state == State::Open || r.state == State::Pending) && r.queueId == queue &&
                   (r.assigneeId.isEmpty() || r.assigneeId == agent) &&
                   (r.channel == Dixa::Channel::Email || r.channel == Dixa::Channel::WidgetChat ||
                    r.channel == Dixa::Channel::ContactForm ||
                    r.channel == Dixa::Channel::PstnPhone);
        };
        QVERIFY(!expected(combined).isEmpty());
        QCOMPARE(shown(), expected(combined));
        const QString word = subjectWord(0).toUpper();
        QVERIFY(!word.isEmpty());
        m_proxy->setText(word);
        QCOMPARE(shown(), expected([&](const ConversationRow &r) {
                     return combined(r) && textMatches(r, word);
                 }));
        QVERIFY(m_proxy->hasCriteria());
        m_proxy->clearCriteria();
        QVERIFY(!m_proxy->hasCriteria());
        QCOMPARE(m_proxy->rowCount(), m_model->rowCount());
    }

    void freeTextSearchesIdSubjectRequesterAndTags()
    {
        const ConversationRow &row = m_model->row(m_model->rowCount() / 2);
        const QString requester =
            m_model->nameOf(ConversationListModel::NameKind::EndUser, row.requesterId);
        const QString tag = common([](const ConversationRow &r) { return r.tagIds.value(0); });
        const QString tagName = m_model->nameOf(ConversationListModel::NameKind::Tag, tag);
        QVERIFY(!requester.isEmpty() && !tagName.isEmpty());
        const QStringList texts{QString::number(row.id),
                                requester.toUpper(),
                                requester.section(u' ', -1),
                                tagName.toLower(),
                                u"  "_s + tagName.left(4) + u" "_s,
                                u"no such words"_s};
        for (const QString &text : texts) {
            m_proxy->setText(text);
            const auto want =
                expected([&](const ConversationRow &r) { return textMatches(r, text); });
            QCOMPARE(shown(), want);
            if (text != u"no such words"_s)
                QVERIFY2(!want.isEmpty(), qPrintable(text));
        }
    }

    void typingAndDeletingFollowTheText()
    {
        // A word that occurs in subjects, typed and deleted a letter at a time.
        const QString word = subjectWord(m_model->rowCount() / 3).toLower();
        QVERIFY(word.size() >= 4);
        QList<QString> steps;
        for (qsizetype n = 1; n <= word.size(); ++n)
            steps.append(word.left(n));
        for (qsizetype n = word.size() - 1; n >= 0; --n)
            steps.append(word.left(n));
        m_proxy->setStates({State::Open});
        // Sorted as the triage view is: every keystroke keeps the order.
        m_proxy->sort(ConversationListModel::LastActivity, Qt::DescendingOrder);
        for (const QString &text : std::as_const(steps)) {
            m_proxy->setText(text);
            QCOMPARE(shown(), expected([&](const ConversationRow &r) {
                         return r.state == State::Open && textMatches(r, text);
                     }));
            for (int row = 1; row < m_proxy->rowCount(); ++row) {
                const auto time = [this](int at) {
                    return m_proxy->index(at, ConversationListModel::LastActivity)
                        .data(ItemRoles::RawValueRole)
                        .toLongLong();
                };
                QVERIFY(time(row - 1) >= time(row));
            }
        }
        m_proxy->sort(-1);
    }

    void sortsEveryColumnByRawValue()
    {
        for (int column = 0; column < ConversationListModel::ColumnCount; ++column) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                m_proxy->sort(column, order);
                QCOMPARE(m_proxy->rowCount(), m_model->rowCount());
                for (int row = 1; row < m_proxy->rowCount(); ++row) {
                    const QVariant a =
                        m_proxy->index(row - 1, column).data(ItemRoles::RawValueRole);
                    const QVariant b = m_proxy->index(row, column).data(ItemRoles::RawValueRole);
                    int cmp = 0;
                    if (a.typeId() == QMetaType::QString)
                        cmp = QString::compare(a.toString(), b.toString(), Qt::CaseInsensitive);
                    else
                        cmp = a.toLongLong() < b.toLongLong() ? -1
                                                              : (a.toLongLong() > b.toLongLong());
                    if (order == Qt::DescendingOrder)
                        cmp = -cmp;
                    QVERIFY2(cmp <= 0,
                             qPrintable(u"column %1 row %2: %3 then %4"_s.arg(column).arg(row).arg(
                                 a.toString(), b.toString())));
                }
            }
        }
        // Ties keep one order: sorting twice gives the same rows.
        m_proxy->sort(ConversationListModel::Queue);
        QList<qint64> first;
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            first.append(m_proxy->index(row, 0).data(ItemRoles::ConversationIdRole).toLongLong());
        m_proxy->sort(ConversationListModel::Id);
        m_proxy->sort(ConversationListModel::Queue);
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            QCOMPARE(m_proxy->index(row, 0).data(ItemRoles::ConversationIdRole).toLongLong(),
                     first.at(row));
        m_proxy->sort(-1);
    }

    void rowsFollowSourceChanges()
    {
        // Synthetic rows: a tag whose name arrives later, rows appended while filtering.
        ConversationListModel model(*m_api);
        model.setSearch({}); // nothing fetched unless asked
        ConversationFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSearch({}); // drop the page the tester asked for: these rows come from here
        const auto make = [](qint64 id, const QString &subject, const QStringList &tags) {
            Dixa::Conversation conversation;
            conversation.id = id;
            conversation.subject = subject;
            conversation.state = Dixa::OpenEnum<State>(State::Open);
            QList<Dixa::Tag> list;
            for (const QString &tag : tags)
                list.append(Dixa::Tag{tag, {}, {}, {}, {}});
            return ConversationRow::fromConversation(conversation, list);
        };
        model.appendRows({make(1, u"Lost parcel"_s, {u"t1"_s}), make(2, u"Invoice"_s, {})});
        proxy.setText(u"zebra"_s);
        QCOMPARE(proxy.rowCount(), 0);
        model.setNames(ConversationListModel::NameKind::Tag, {{u"t1"_s, u"Zebra crossing"_s}});
        QCOMPARE(proxy.rowCount(), 1);
        model.appendRows({make(3, u"A zebra question"_s, {}), make(4, u"Refund"_s, {})});
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setText(u"zebra c"_s); // narrowing after the source grew
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(ItemRoles::ConversationIdRole).toLongLong(), 1);
        proxy.setText(u"invoice"_s);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, ConversationListModel::Subject).data().toString(), u"Invoice"_s);

        // Sorted by subject, rows that arrive later still land at their place.
        proxy.setText({});
        proxy.sort(ConversationListModel::Subject);
        model.appendRows({make(5, u"Broken lamp"_s, {}), make(6, u"zzz last"_s, {})});
        QStringList subjects;
        for (int row = 0; row < proxy.rowCount(); ++row)
            subjects.append(proxy.index(row, ConversationListModel::Subject).data().toString());
        QCOMPARE(subjects, (QStringList{u"A zebra question"_s, u"Broken lamp"_s, u"Invoice"_s,
                                        u"Lost parcel"_s, u"Refund"_s, u"zzz last"_s}));
    }
};

QTEST_GUILESS_MAIN(TestConversationFilterProxy)
#include "tst_conversationfilterproxy.moc"
