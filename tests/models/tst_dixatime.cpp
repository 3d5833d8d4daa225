// DixaTime reads every date-time shape of dixa-api.md §3 to the right UTC instant and writes
// back exactly the text it read.

#include "entities/dixatime.h"
#include "entities/jsonreader.h"

#include <QJsonValue>
#include <QTest>

#include <ctime>

using namespace Dixa;

namespace {

QDateTime utc(int year, int month, int day, int hour, int minute, int second, int msec = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, msec), Qt::UTC);
}

} // namespace

// Parsing, formatting and JSON coding of Dixa's date-times.
class TestDixaTime final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parsesEveryShape_data();
    void parsesEveryShape();
    void rejectsWhatIsNotADateTime_data();
    void rejectsWhatIsNotADateTime();
    void writesConsoleMadeTimesAsIsoUtc();
    void comparesInstantsNotTexts();
    void jsonCodecKeepsTextAndNamesBadValues();
};

void TestDixaTime::initTestCase()
{
    // A zone far from UTC: a time without offset must still be read as UTC, not local time.
    qputenv("TZ", "Pacific/Auckland");
    tzset();
}

void TestDixaTime::parsesEveryShape_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("instant");

    // The shapes seen in Dixa's examples.
    QTest::newRow("plain Z") << QStringLiteral("2020-12-16T09:41:43Z")
                             << utc(2020, 12, 16, 9, 41, 43);
    QTest::newRow("ms, Z[GMT]") << QStringLiteral("2021-12-01T12:46:36.581Z[GMT]")
                                << utc(2021, 12, 1, 12, 46, 36, 581);
    QTest::newRow("one fraction digit, Z[GMT]")
        << QStringLiteral("2023-02-01T09:01:52.2Z[GMT]") << utc(2023, 2, 1, 9, 1, 52, 200);
    QTest::newRow("no offset is UTC")
        << QStringLiteral("2021-12-01T12:46:35.935") << utc(2021, 12, 1, 12, 46, 35, 935);
    QTest::newRow("ms Z") << QStringLiteral("2021-06-09T08:18:37.284Z")
                          << utc(2021, 6, 9, 8, 18, 37, 284);
    QTest::newRow("3 ms") << QStringLiteral("2021-12-01T13:00:00.003Z")
                          << utc(2021, 12, 1, 13, 0, 0, 3);
    QTest::newRow("999 ms") << QStringLiteral("2023-02-11T22:59:59.999Z")
                            << utc(2023, 2, 11, 22, 59, 59, 999);
    // Offsets and other ISO-8601 forms.
    QTest::newRow("+02:00") << QStringLiteral("2021-12-01T14:46:36+02:00")
                            << utc(2021, 12, 1, 12, 46, 36);
    QTest::newRow("-05:30 with fraction")
        << QStringLiteral("2021-12-01T07:16:36.5-05:30") << utc(2021, 12, 1, 12, 46, 36, 500);
    QTest::newRow("+0200") << QStringLiteral("2021-12-01T14:46:36+0200")
                           << utc(2021, 12, 1, 12, 46, 36);
    QTest::newRow("+02") << QStringLiteral("2021-12-01T14:46:36+02")
                         << utc(2021, 12, 1, 12, 46, 36);
    QTest::newRow("offset across midnight")
        << QStringLiteral("2021-01-01T01:00:00+02:00") << utc(2020, 12, 31, 23, 0, 0);
    QTest::newRow("offset and zone id")
        << QStringLiteral("2021-12-01T13:46:36.581+01:00[Europe/Copenhagen]")
        << utc(2021, 12, 1, 12, 46, 36, 581);
    QTest::newRow("nine fraction digits")
        << QStringLiteral("2021-12-01T12:46:36.123456789Z") << utc(2021, 12, 1, 12, 46, 36, 123);
    QTest::newRow("six fraction digits, no offset")
        << QStringLiteral("2021-12-01T12:46:36.000250") << utc(2021, 12, 1, 12, 46, 36, 0);
    QTest::newRow("no seconds") << QStringLiteral("2021-12-01T12:46Z")
                                << utc(2021, 12, 1, 12, 46, 0);
    QTest::newRow("leap day") << QStringLiteral("2024-02-29T00:00:00Z")
                              << utc(2024, 2, 29, 0, 0, 0);
}

void TestDixaTime::parsesEveryShape()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, instant);

    const DixaTime time = DixaTime::fromString(text);
    QVERIFY(time.isValid());
    QCOMPARE(time.toUtc(), instant);
    QCOMPARE(time.toUtc().timeSpec(), Qt::UTC);
    QCOMPARE(time.text(), text); // written back exactly as read
    QCOMPARE(DixaTime::parse(text), std::optional<QDateTime>(instant));
}

void TestDixaTime::rejectsWhatIsNotADateTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("words") << QStringLiteral("yesterday");
    QTest::newRow("date only") << QStringLiteral("2021-12-01");
    QTest::newRow("month 13") << QStringLiteral("2021-13-01T00:00:00Z");
    QTest::newRow("31 November") << QStringLiteral("2021-11-31T00:00:00Z");
    QTest::newRow("not a leap year") << QStringLiteral("2023-02-29T00:00:00Z");
    QTest::newRow("hour 25") << QStringLiteral("2021-12-01T25:00:00Z");
    QTest::newRow("empty fraction") << QStringLiteral("2021-12-01T12:46:36.Z");
    QTest::newRow("ten fraction digits") << QStringLiteral("2021-12-01T12:46:36.1234567890Z");
    QTest::newRow("unclosed zone id") << QStringLiteral("2021-12-01T12:46:36Z[GMT");
    QTest::newRow("zone id only") << QStringLiteral("[GMT]");
    QTest::newRow("offset out of range") << QStringLiteral("2021-12-01T12:46:36+19:00");
    QTest::newRow("space for T") << QStringLiteral("2021-12-01 12:46:36Z");
    QTest::newRow("trailing text") << QStringLiteral("2021-12-01T12:46:36Zulu");
    QTest::newRow("epoch number as text") << QStringLiteral("1638362796");
}

void TestDixaTime::rejectsWhatIsNotADateTime()
{
    QFETCH(QString, text);
    const DixaTime time = DixaTime::fromString(text);
    QVERIFY(!time.isValid());
    QCOMPARE(time.text(), text); // kept, so nothing is lost
    QVERIFY(!DixaTime::parse(text));
}

void TestDixaTime::writesConsoleMadeTimesAsIsoUtc()
{
    QCOMPARE(DixaTime(utc(2025, 1, 8, 8, 31, 25)).text(), QStringLiteral("2025-01-08T08:31:25Z"));
    QCOMPARE(DixaTime(utc(2023, 2, 11, 22, 59, 59, 999)).text(),
             QStringLiteral("2023-02-11T22:59:59.999Z"));
    // Another zone is converted to UTC.
    const QDateTime copenhagen(QDate(2021, 12, 1), QTime(13, 46, 36), Qt::OffsetFromUTC, 3600);
    const DixaTime converted(copenhagen);
    QCOMPARE(converted.text(), QStringLiteral("2021-12-01T12:46:36Z"));
    QCOMPARE(converted.toUtc(), utc(2021, 12, 1, 12, 46, 36));
    // And what the console writes, it reads back.
    QCOMPARE(DixaTime::fromString(converted.text()), converted);
    QVERIFY(DixaTime().isNull());
    QVERIFY(!DixaTime(QDateTime()).isValid());
}

void TestDixaTime::comparesInstantsNotTexts()
{
    const DixaTime zulu = DixaTime::fromString(QStringLiteral("2021-12-01T12:46:36.581Z"));
    const DixaTime gmt = DixaTime::fromString(QStringLiteral("2021-12-01T12:46:36.581Z[GMT]"));
    const DixaTime offset = DixaTime::fromString(QStringLiteral("2021-12-01T14:46:36.581+02:00"));
    QCOMPARE(zulu, gmt);
    QCOMPARE(zulu, offset);
    QVERIFY(zulu != DixaTime::fromString(QStringLiteral("2021-12-01T12:46:36.582Z")));
}

void TestDixaTime::jsonCodecKeepsTextAndNamesBadValues()
{
    const QString text = QStringLiteral("2021-12-01T12:46:36.581Z[GMT]");
    QString error;
    const auto decoded = Json::decode<DixaTime>(QJsonValue(text), &error);
    QVERIFY2(decoded, qPrintable(error));
    QCOMPARE(Json::encode(*decoded), QJsonValue(text));

    QVERIFY(!Json::decode<DixaTime>(QJsonValue(QStringLiteral("soon")), &error));
    QCOMPARE(error, QStringLiteral("expected a date-time, got \"soon\""));
    QVERIFY(!Json::decode<DixaTime>(QJsonValue(1638362796), &error));
    QCOMPARE(error, QStringLiteral("expected a date-time string"));
}

QTEST_GUILESS_MAIN(TestDixaTime)
#include "tst_dixatime.moc"
