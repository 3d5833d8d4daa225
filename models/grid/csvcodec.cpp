#include "csvcodec.h"

namespace {
constexpr QChar Bom(0xfeff);
constexpr QChar Quote(u'"');

bool needsQuotes(const QString &field, QChar separator)
{
    for (const QChar c : field) {
        if (c == separator || c == Quote || c == u'\r' || c == u'\n')
            return true;
    }
    return false;
}

QString quoted(const QString &field, QChar separator)
{
    if (!needsQuotes(field, separator))
        return field;
    QString out = field;
    out.replace(Quote, QStringLiteral("\"\""));
    return Quote + out + Quote;
}

QString joined(const QStringList &record, QChar separator)
{
    QString line;
    for (qsizetype i = 0; i < record.size(); ++i) {
        if (i > 0)
            line += separator;
        line += quoted(record.at(i), separator);
    }
    return line;
}
} // namespace

CsvCodec::Table CsvCodec::parse(QStringView text, QChar separator, QString *error)
{
    if (text.startsWith(Bom))
        text = text.mid(1);
    Table table;
    QStringList record;
    QString field;
    bool inQuotes = false;
    bool fieldStarted = false; // something (even "") was read for the current field
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c != Quote) {
                field += c;
            } else if (i + 1 < size && text.at(i + 1) == Quote) {
                field += Quote;
                ++i;
            } else {
                inQuotes = false;
            }
            continue;
        }
        if (c == Quote && !fieldStarted) {
            inQuotes = true;
            fieldStarted = true;
        } else if (c == separator) {
            record.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < size && text.at(i + 1) == u'\n')
                ++i;
            record.append(field);
            table.append(record);
            record.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (inQuotes && error)
        *error = tr("A quoted field is not closed: a quote (\") is missing.");
    if (fieldStarted || !record.isEmpty()) {
        record.append(field);
        table.append(record);
    }
    return table;
}

QString CsvCodec::write(const Table &table, QChar separator)
{
    QString out;
    for (const QStringList &record : table)
        out += joined(record, separator) + QStringLiteral("\r\n");
    return out;
}

CsvCodec::Table CsvCodec::parseBytes(const QByteArray &bytes, QChar separator, QString *error)
{
    return parse(QString::fromUtf8(bytes), separator, error);
}

QByteArray CsvCodec::toBytes(const Table &table, QChar separator, bool bom)
{
    QByteArray bytes = write(table, separator).toUtf8();
    if (bom)
        bytes.prepend("\xef\xbb\xbf");
    return bytes;
}

CsvCodec::Table CsvCodec::parseTsv(QStringView text)
{
    return parse(text, u'\t');
}

QString CsvCodec::toTsv(const Table &table)
{
    QStringList lines;
    lines.reserve(table.size());
    for (const QStringList &record : table)
        lines.append(joined(record, u'\t'));
    return lines.join(QStringLiteral("\r\n"));
}
