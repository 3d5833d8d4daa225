// Path matching, parameter capture and method errors of the sandbox's router, and the paging key.
#include "paging.h"
#include "router.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

class TestRouter : public QObject
{
    Q_OBJECT

private:
    static SandboxResponse echo(const QString &name, const SandboxRequest &request)
    {
        QJsonObject params;
        for (auto it = request.params.cbegin(); it != request.params.cend(); ++it)
            params.insert(it.key(), it.value());
        return SandboxResponse::data(
            QJsonObject{{QStringLiteral("route"), name}, {QStringLiteral("params"), params}});
    }

    static QJsonObject call(const Router &router, Router::Method method, const QString &path,
                            int *status = nullptr)
    {
        SandboxRequest request;
        request.method = method;
        request.path = path;
        const SandboxResponse response = router.dispatch(request);
        if (status)
            *status = response.status;
        return QJsonDocument::fromJson(response.body).object();
    }

private Q_SLOTS:
    void literalSegmentsBeatParameters()
    {
        Router router;
        router.add(Router::Method::Get, QStringLiteral("/agents/{agentId}"),
                   [](const SandboxRequest &r) { return echo(QStringLiteral("agent"), r); });
        router.add(Router::Method::Get, QStringLiteral("/agents/presence"),
                   [](const SandboxRequest &r) { return echo(QStringLiteral("presence"), r); });
        const QJsonObject presence =
            call(router, Router::Method::Get, QStringLiteral("/agents/presence"));
        QCOMPARE(presence[QStringLiteral("data")][QStringLiteral("route")].toString(),
                 QStringLiteral("presence"));
        const QJsonObject agent =
            call(router, Router::Method::Get, QStringLiteral("/agents/ab%20c"));
        QCOMPARE(agent[QStringLiteral("data")][QStringLiteral("route")].toString(),
                 QStringLiteral("agent"));
        QCOMPARE(agent[QStringLiteral("data")][QStringLiteral("params")][QStringLiteral("agentId")]
                     .toString(),
                 QStringLiteral("ab c"));
    }

    void distinguishesUnknownPathsFromWrongMethods()
    {
        Router router;
        router.add(Router::Method::Put, QStringLiteral("/conversations/{id}/claim"),
                   [](const SandboxRequest &r) { return echo(QStringLiteral("claim"), r); });
        int status = 0;
        call(router, Router::Method::Get, QStringLiteral("/conversations/1/claim"), &status);
        QCOMPARE(status, 405);
        call(router, Router::Method::Put, QStringLiteral("/conversations/1/claims"), &status);
        QCOMPARE(status, 404);
        call(router, Router::Method::Put, QStringLiteral("/conversations/1"), &status);
        QCOMPARE(status, 404);
        const QJsonObject claimed =
            call(router, Router::Method::Put, QStringLiteral("/conversations/17/claim"), &status);
        QCOMPARE(status, 200);
        QCOMPARE(claimed[QStringLiteral("data")][QStringLiteral("params")][QStringLiteral("id")]
                     .toString(),
                 QStringLiteral("17"));
        QCOMPARE(router.routeList(), QStringList{QStringLiteral("PUT /conversations/{id}/claim")});
    }

    void pageKeysRoundTripAndRejectGarbage()
    {
        SandboxRequest first;
        first.apiPrefix = QStringLiteral("/v1");
        first.path = QStringLiteral("/agents");
        first.query = QUrlQuery(QStringLiteral("pageLimit=5&email=a%40b.c"));
        QString error;
        const auto page = Paging::parse(first, &error);
        QVERIFY(page);
        QCOMPARE(page->limit, 5);
        QCOMPARE(page->after, 0);

        const QString next = Paging::nextLink(first, *page, 12);
        QVERIFY2(next.startsWith(QStringLiteral("/v1/agents?email=a%40b.c&pageKey=")),
                 qPrintable(next));
        QVERIFY(!next.contains(QStringLiteral("pageLimit")));

        SandboxRequest second = first;
        second.query = QUrl(QStringLiteral("http://x") + next).query().isEmpty()
                           ? QUrlQuery()
                           : QUrlQuery(QUrl(QStringLiteral("http://x") + next));
        const auto resumed = Paging::parse(second, &error);
        QVERIFY2(resumed, qPrintable(error));
        QCOMPARE(resumed->limit, 5);
        QCOMPARE(resumed->after, 12);

        SandboxRequest bad = first;
        bad.query = QUrlQuery(QStringLiteral("pageKey=%%%"));
        QVERIFY(!Paging::parse(bad, &error));
        QCOMPARE(error, QStringLiteral("Invalid value for: query parameter pageKey"));
        bad.query = QUrlQuery(QStringLiteral("pageLimit=0"));
        QVERIFY(!Paging::parse(bad, &error));
        bad.query = QUrlQuery(QStringLiteral("pageLimit=%1").arg(Paging::MaxPageLimit + 1));
        QVERIFY(!Paging::parse(bad, &error));
        bad.query = QUrlQuery(QStringLiteral("pageLimit=%1").arg(Paging::MaxPageLimit));
        QVERIFY(Paging::parse(bad, &error));
    }

    void searchLinksKeepDixasTrailingSlash()
    {
        SandboxRequest request;
        request.apiPrefix = QStringLiteral("/v1");
        request.path = QStringLiteral("/search/conversations");
        const QString next = Paging::nextLink(request, PageRequest{50, 3}, 99, true);
        QVERIFY(next.startsWith(QStringLiteral("/v1/search/conversations/?pageKey=")));
        QVERIFY(next.endsWith(QStringLiteral("%3A"))); // the key's trailing colon, encoded
    }
};

QTEST_GUILESS_MAIN(TestRouter)
#include "tst_router.moc"
