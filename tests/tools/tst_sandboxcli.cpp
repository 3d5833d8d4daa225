// dixa-sandbox as a user runs it: it starts, prints its URL and key, serves, and rejects bad
// options.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

class TestSandboxCli : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    struct Answer
    {
        int status = 0;
        QJsonObject body;
    };

    Answer get(const QUrl &url, const QByteArray &key)
    {
        QNetworkRequest request(url);
        if (!key.isEmpty())
            request.setRawHeader("Authorization", key);
        QNetworkReply *reply = m_network.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(10000);
        Answer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                      QJsonDocument::fromJson(reply->readAll()).object()};
        reply->deleteLater();
        return answer;
    }

private Q_SLOTS:
    void startsPrintsAndServes()
    {
        QProcess sandbox;
        sandbox.start(QStringLiteral(DIXA_SANDBOX_EXE),
                      {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--api-key"),
                       QStringLiteral("cli-key"), QStringLiteral("--rate-limit"),
                       QStringLiteral("0")});
        QVERIFY(sandbox.waitForStarted());
        QByteArray printed;
        QTRY_VERIFY_WITH_TIMEOUT((printed += sandbox.readAllStandardOutput()).contains("API key:"),
                                 20000);
        const auto match =
            QRegularExpression(QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)"))
                .match(QString::fromUtf8(printed));
        QVERIFY2(match.hasMatch(), printed.constData());
        QVERIFY(printed.contains("API key: cli-key"));
        const QUrl base(match.captured(1));

        const Answer first =
            get(base.resolved(QUrl(QStringLiteral("/v1/agents?pageLimit=5"))), "cli-key");
        QCOMPARE(first.status, 200);
        const QJsonArray agents = first.body.value(QStringLiteral("data")).toArray();
        QCOMPARE(agents.size(), 5);
        const QString next = first.body.value(QStringLiteral("meta"))
                                 .toObject()
                                 .value(QStringLiteral("next"))
                                 .toString();
        QVERIFY(next.startsWith(QStringLiteral("/v1/agents")));

        const Answer second = get(base.resolved(QUrl(next, QUrl::StrictMode)), "cli-key");
        QCOMPARE(second.status, 200);
        const QJsonArray more = second.body.value(QStringLiteral("data")).toArray();
        QVERIFY(!more.isEmpty());
        for (const QJsonValue &agent : more) {
            for (const QJsonValue &seen : agents)
                QVERIFY(agent[QStringLiteral("id")] != seen[QStringLiteral("id")]);
        }

        const Answer refused =
            get(base.resolved(QUrl(QStringLiteral("/v1/agents?pageLimit=5"))), {});
        QCOMPARE(refused.status, 401);

        sandbox.terminate();
        QVERIFY(sandbox.waitForFinished(10000));
    }

    void rejectsOutOfRangeOptions()
    {
        QProcess sandbox;
        sandbox.start(QStringLiteral(DIXA_SANDBOX_EXE),
                      {QStringLiteral("--fault-rate"), QStringLiteral("3")});
        QVERIFY(sandbox.waitForFinished(10000));
        QCOMPARE(sandbox.exitCode(), 2);
        QVERIFY(sandbox.readAllStandardError().contains("out of range"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxCli)
#include "tst_sandboxcli.moc"
