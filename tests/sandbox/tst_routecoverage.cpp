// The sandbox serves every endpoint the console needs (dixa-api.md §7), on both prefixes.
#include "sandboxfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

namespace {
// "/conversations/{conversationId}/tags/{tagId}" and "/conversations/{id}/tags/{tag}" are the same.
QString shape(const QString &route)
{
    static const QRegularExpression parameter(QStringLiteral("\\{[^}]*\\}"));
    QString normalised = route;
    return normalised.replace(parameter, QStringLiteral("{}"));
}
} // namespace

class TestRouteCoverage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void servesEveryDocumentedEndpoint()
    {
        QFile list(qEnvironmentVariable("DIXA_TEST_DATA") + QStringLiteral("/dixa-endpoints.txt"));
        QVERIFY2(list.open(QIODevice::ReadOnly), qPrintable(list.fileName()));
        QStringList expected;
        for (const QByteArray &line : list.readAll().split('\n')) {
            if (!line.trimmed().isEmpty() && !line.startsWith('#'))
                expected.append(shape(QString::fromUtf8(line.trimmed())));
        }
        QCOMPARE(expected.size(), 77);

        SandboxFixture sandbox;
        QSet<QString> served;
        for (const QJsonValue &route :
             sandbox.get(QStringLiteral("/_sandbox/routes")).data().toArray())
            served.insert(shape(route.toString()));
        QStringList missing;
        for (const QString &endpoint : expected) {
            if (!served.contains(endpoint))
                missing.append(endpoint);
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    }
};

QTEST_GUILESS_MAIN(TestRouteCoverage)
#include "tst_routecoverage.moc"
