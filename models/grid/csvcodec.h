#pragma once

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Reads and writes delimited text: CSV files as RFC 4180 has them (quoted fields holding commas,
// line breaks and doubled quotes; CRLF record ends; a UTF-8 BOM that spreadsheets need) and the
// tab-separated text spreadsheets put on the clipboard when cells are copied.
class CsvCodec
{
    Q_DECLARE_TR_FUNCTIONS(CsvCodec)

public:
    using Table = QList<QStringList>;

    // Records end at CRLF, LF or CR; a last line break does not start an empty record; a leading
    // BOM is skipped. Quoting is lenient as spreadsheets are: a quote inside an unquoted field is
    // kept as it is. An unterminated quote sets *error (the rest of the text is the last field).
    static Table parse(QStringView text, QChar separator = u',', QString *error = nullptr);
    // Every record ends with CRLF; a field is quoted when it holds the separator, a quote or a
    // line break.
    static QString write(const Table &table, QChar separator = u',');

    // UTF-8 bytes (a BOM skipped when present) and back (with a BOM, so spreadsheets see UTF-8).
    static Table parseBytes(const QByteArray &bytes, QChar separator = u',',
                            QString *error = nullptr);
    static QByteArray toBytes(const Table &table, QChar separator = u',', bool bom = true);

    // The clipboard: tab-separated cells, rows separated by CRLF (no line break after the last).
    static Table parseTsv(QStringView text);
    static QString toTsv(const Table &table);
};
