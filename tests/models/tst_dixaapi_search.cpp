// DixaApi's search calls against the sandbox: the body built from SearchParametersInput, a walk
// over pages that re-sends the same body with every POST, the all... variant, text search with
// highlights, and the deprecated GET search.
#include "tst_dixaapi_fixture.h"

#include <QSet>

class TestDixaApiSearch : public DixaApiTest
{
    Q_OBJECT

    static Dixa::SearchParametersInput openOrPending()
    {
        Dixa::SearchCondition condition;
        condition.field.type = Dixa::SearchFieldType::Status;
        condition.field.op = Dixa::SearchOperator::withValues(Dixa::SearchOperatorType::IsOneOf,
                                                              {u"open"_s, u"pending"_s});
        Dixa::SearchFilters filters;
        filters.strategy = Dixa::SearchStrategy::All;
        filters.conditions = {condition};
        Dixa::SearchParametersInput input;
        input.filters = filters;
        return input;
    }

    // The ids the sandbox finds for `body`, walked by hand (raw HTTP, no DixaApi).
    QList<qint64> walkByHand(const QJsonObject &body, int pageLimit)
    {
        QList<qint64> ids;
        QString next = u"/v1/search/conversations?pageLimit=%1"_s.arg(pageLimit);
        while (!next.isEmpty()) {
            const auto reply = m_sandbox.send("POST", next, SandboxFixture::toJson(body));
            if (reply.status != 200)
                return {};
            for (const QJsonValue &hit : reply.data().toArray())
                ids.append(hit.toObject().value(u"id"_s).toInteger());
            next = reply.object().value(u"meta"_s).toObject().value(u"next"_s).toString();
        }
        return ids;
    }

    static QList<qint64> idsOf(const QList<Dixa::SearchHit> &hits)
    {
        QList<qint64> ids;
        for (const Dixa::SearchHit &hit : hits)
            ids.append(hit.id);
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.isRunning());
        startClient();
    }

    void init() { resetSandbox(); }

    void theBodyComesFromTheInput()
    {
        const auto call = m_api->searchConversations(openOrPending(), 5);
        const QJsonObject expected{
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
                                                 QJsonArray{u"open"_s, u"pending"_s}}}}}}}}}}}};
        QCOMPARE(sentBody(call), QJsonValue(expected));
        QCOMPARE(call.job()->request().query.query(), u"pageLimit=5"_s);
        const auto outcome = await(call);
        DIXA_VERIFY_OK(outcome);
        QCOMPARE(lastCall(), u"POST /v1/search/conversations"_s);
        QCOMPARE(outcome->items.size(), 5);
        QVERIFY(outcome->hasNext());
        const auto reply = m_sandbox.post(u"/v1/search/conversations?pageLimit=5"_s, expected);
        QCOMPARE(json(outcome->items), reply.data());
    }

    void aWalkResendsTheBodyWithEveryPage()
    {
        const Dixa::SearchParametersInput input = openOrPending();
        const QList<qint64> expected = walkByHand(input.toJson(), 50);
        QVERIFY(expected.size() > 37 * 3);
        m_sandbox.clearRequestLog();

        QList<qint64> walked;
        QString link;
        int pages = 0;
        do {
            const auto call = m_api->searchConversations(input, 37, link);
            QCOMPARE(sentBody(call), QJsonValue(input.toJson()));
            const auto page = await(call);
            DIXA_VERIFY_OK(page);
            QVERIFY(page->items.size() <= 37);
            walked += idsOf(page->items);
            link = page->nextPage;
            ++pages;
        } while (!link.isEmpty() && pages < 1000);

        QCOMPARE(walked, expected);
        QCOMPARE(QSet<qint64>(walked.cbegin(), walked.cend()).size(), walked.size());
        QCOMPARE(pages, int((expected.size() + 36) / 37));
        // Every page was a POST (the page key alone does not say what was searched).
        const QStringList log = calls();
        QCOMPARE(log.size(), pages);
        QCOMPARE(log.filter(u"POST /v1/search/conversations"_s).size(), pages);
    }

    void searchAllFollowsEveryPage()
    {
        const Dixa::SearchParametersInput input = openOrPending();
        const QList<qint64> expected = walkByHand(input.toJson(), 50);
        m_sandbox.clearRequestLog();
        const auto all = await(m_api->searchAllConversations(input, 40));
        DIXA_VERIFY_OK(all);
        QCOMPARE(idsOf(*all), expected);
        QCOMPARE(all.raw.pages, int((expected.size() + 39) / 40));
        const QStringList log = calls();
        QCOMPARE(log.filter(u"POST /v1/search/conversations"_s).size(), all.raw.pages);
    }

    void textSearchHighlights()
    {
        qint64 id = 0;
        QString word;
        for (qint64 candidate = 1; candidate < 200 && word.isEmpty(); ++candidate) {
            const QJsonObject served =
                this->served(u"/conversations/%1"_s.arg(candidate)).toObject();
            const QString subject = served.value(u"subject"_s).toString();
            for (const QString &w : subject.split(u' ', Qt::SkipEmptyParts)) {
                if (w.size() >= 5 && w.front().isLetter() && w.back().isLetter()) {
                    word = w;
                    id = candidate;
                    break;
                }
            }
        }
        QVERIFY2(!word.isEmpty(), "a conversation with a subject of words");

        Dixa::SearchParametersInput input;
        input.query = Dixa::SearchQuery{word, false, {}};
        Dixa::SearchCondition condition;
        condition.field.type = Dixa::SearchFieldType::ConversationId;
        condition.field.op = Dixa::SearchOperator::withValues(Dixa::SearchOperatorType::IsOneOf,
                                                              {QString::number(id)});
        input.filters = Dixa::SearchFilters{Dixa::SearchStrategy::All, {condition}, {}};
        const auto outcome = await(m_api->searchConversations(input));
        DIXA_VERIFY_OK(outcome);
        QCOMPARE(outcome->items.size(), 1);
        QCOMPARE(outcome->items.first().id, id);
        QVERIFY(!outcome->hasNext());
        const QStringList snippets = outcome->items.first().highlights.value(u"subject"_s);
        QVERIFY(!snippets.isEmpty());
        QVERIFY2(snippets.first().contains(u"<em class=\"highlight\">"_s),
                 qPrintable(snippets.first()));
    }

    void deprecatedGetSearch()
    {
        const auto first = await(m_api->searchConversationsByText(u"order"_s, false, 5));
        DIXA_VERIFY_OK(first);
        QCOMPARE(lastCall(), u"GET /v1/search/conversations"_s);
        QCOMPARE(first->items.size(), 5);
        QCOMPARE(json(first->items),
                 m_sandbox.get(u"/v1/search/conversations?query=order&pageLimit=5"_s).data());
        QVERIFY(first->hasNext());
        const auto second =
            await(m_api->searchConversationsByText(u"order"_s, false, 5, first->nextPage));
        DIXA_VERIFY_OK(second);
        QCOMPARE(second->items.size(), 5);
        QVERIFY(second->items.first().id < first->items.last().id);

        const auto empty = await(m_api->searchConversationsByText(QString()));
        QCOMPARE(empty.error.kind, ApiError::Kind::BadRequest);
        QCOMPARE(empty.error.serverMessage, u"Invalid value for: query parameter query"_s);
    }
};

QTEST_GUILESS_MAIN(TestDixaApiSearch)
#include "tst_dixaapi_search.moc"
