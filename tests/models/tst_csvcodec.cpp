// CsvCodec: RFC 4180 CSV (quotes, embedded separators and line breaks, CRLF, BOM) and the
// tab-separated text spreadsheets put on the clipboard.
#include "grid/csvcodec.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestCsvCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsRfc4180()
    {
        const QString text = u"id,name,note\r\n"
                             u"1,\"Doe, Jane\",\"said \"\"hi\"\"\"\r\n"
                             u"2,\"two\r\nlines\",\r\n"
                             u"3,,\"\"\r\n"_s;
        QString error;
        const CsvCodec::Table table = CsvCodec::parse(text, u',', &error);
        QCOMPARE(error, QString());
        QCOMPARE(table.size(), 4);
        QCOMPARE(table.at(0), (QStringList{u"id"_s, u"name"_s, u"note"_s}));
        QCOMPARE(table.at(1), (QStringList{u"1"_s, u"Doe, Jane"_s, u"said \"hi\""_s}));
        QCOMPARE(table.at(2), (QStringList{u"2"_s, u"two\r\nlines"_s, QString()}));
        QCOMPARE(table.at(3), (QStringList{u"3"_s, QString(), QString()}));
    }

    void acceptsOtherLineEndsAndNoLastLineBreak()
    {
        QCOMPARE(CsvCodec::parse(u"a,b\nc,d"_s),
                 (CsvCodec::Table{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}}));
        QCOMPARE(CsvCodec::parse(u"a,b\rc,d\r"_s),
                 (CsvCodec::Table{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}}));
        QCOMPARE(CsvCodec::parse(u"a,"_s), (CsvCodec::Table{{u"a"_s, QString()}}));
        QCOMPARE(CsvCodec::parse(QString()), CsvCodec::Table());
        // A blank line in the middle is a record of one empty field.
        QCOMPARE(CsvCodec::parse(u"a\r\n\r\nb\r\n"_s),
                 (CsvCodec::Table{{u"a"_s}, {QString()}, {u"b"_s}}));
    }

    void skipsTheBomAndReadsUtf8()
    {
        const QByteArray bytes = "\xef\xbb\xbfname,city\r\nS\xc3\xb8ren,\xc3\x85rhus\r\n";
        const CsvCodec::Table table = CsvCodec::parseBytes(bytes);
        QCOMPARE(table.at(0).at(0), u"name"_s);
        QCOMPARE(table.at(1), (QStringList{u"Søren"_s, u"Århus"_s}));
        QCOMPARE(CsvCodec::parse(u"\uFEFFa,b"_s), (CsvCodec::Table{{u"a"_s, u"b"_s}}));
    }

    void isLenientAsSpreadsheetsAre()
    {
        // A quote inside an unquoted field is text.
        QCOMPARE(CsvCodec::parse(u"5\" screen,x"_s), (CsvCodec::Table{{u"5\" screen"_s, u"x"_s}}));
        QString error;
        const CsvCodec::Table table = CsvCodec::parse(u"a,\"open\r\nrest"_s, u',', &error);
        QVERIFY(!error.isEmpty());
        QCOMPARE(table, (CsvCodec::Table{{u"a"_s, u"open\r\nrest"_s}}));
    }

    void writesWhatItReads()
    {
        const CsvCodec::Table table{
            {u"id"_s, u"name"_s, u"note"_s},
            {u"1"_s, u"Doe, Jane"_s, u"said \"hi\""_s},
            {u"2"_s, u"two\nlines"_s, QString()},
            {u"+4512345678"_s, u"Søren"_s, u"a; b"_s},
        };
        const QString text = CsvCodec::write(table);
        QCOMPARE(text, u"id,name,note\r\n"
                       u"1,\"Doe, Jane\",\"said \"\"hi\"\"\"\r\n"
                       u"2,\"two\nlines\",\r\n"
                       u"+4512345678,Søren,a; b\r\n"_s);
        QCOMPARE(CsvCodec::parse(text), table);
        const QByteArray bytes = CsvCodec::toBytes(table);
        QVERIFY(bytes.startsWith("\xef\xbb\xbf"));
        QCOMPARE(CsvCodec::parseBytes(bytes), table);
        QVERIFY(!CsvCodec::toBytes(table, u',', false).startsWith("\xef"));
    }

    void readsTheClipboardOfSpreadsheets()
    {
        // Excel: CRLF after every row, a cell with a line break or a quote in quotes.
        QCOMPARE(CsvCodec::parseTsv(u"a\tb, c\r\n\"two\nlines\"\t\"say \"\"x\"\"\"\r\n"_s),
                 (CsvCodec::Table{{u"a"_s, u"b, c"_s}, {u"two\nlines"_s, u"say \"x\""_s}}));
        // LibreOffice and Google Sheets: LF, no line break after the last row.
        QCOMPARE(CsvCodec::parseTsv(u"+4511\t\n+4522\tx"_s),
                 (CsvCodec::Table{{u"+4511"_s, QString()}, {u"+4522"_s, u"x"_s}}));
        QCOMPARE(CsvCodec::parseTsv(u"one cell"_s), (CsvCodec::Table{{u"one cell"_s}}));
    }

    void writesTheClipboardAsSpreadsheetsRead()
    {
        const CsvCodec::Table table{{u"a"_s, u"b,c"_s}, {u"tab\there"_s, u"line\nbreak"_s}};
        const QString text = CsvCodec::toTsv(table);
        QCOMPARE(text, u"a\tb,c\r\n\"tab\there\"\t\"line\nbreak\""_s);
        QCOMPARE(CsvCodec::parseTsv(text), table);
        QCOMPARE(CsvCodec::toTsv({{u"single"_s}}), u"single"_s);
    }
};

QTEST_GUILESS_MAIN(TestCsvCodec)
#include "tst_csvcodec.moc"
