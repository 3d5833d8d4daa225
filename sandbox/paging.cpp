#include "paging.h"

#include "jsontable.h"

#include <QJsonArray>

#include <QUrl>

namespace {
QString encodeKey(int limit, qint64 after)
{
    const QByteArray plain =
        "pageLimit=" + QByteArray::number(limit) + "&after=" + QByteArray::number(after);
    // Dixa's keys are base64 text followed by a colon; ours look alike and are just as opaque.
    return QString::fromLatin1(plain.toBase64()) + QLatin1Char(':');
}

std::optional<PageRequest> decodeKey(const QString &key)
{
    QString text = key;
    if (text.endsWith(QLatin1Char(':')))
        text.chop(1);
    const auto decoded =
        QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    PageRequest page;
    bool haveLimit = false;
    bool haveAfter = false;
    for (const QByteArray &pair : decoded.decoded.split('&')) {
        const qsizetype eq = pair.indexOf('=');
        if (eq < 0)
            return std::nullopt;
        const QByteArray name = pair.left(eq);
        bool ok = false;
        if (name == "pageLimit") {
            page.limit = pair.mid(eq + 1).toInt(&ok);
            haveLimit = ok;
        } else if (name == "after") {
            page.after = pair.mid(eq + 1).toLongLong(&ok);
            haveAfter = ok;
        }
        if (!ok)
            return std::nullopt;
    }
    if (!haveLimit || !haveAfter)
        return std::nullopt;
    return page;
}
} // namespace

std::optional<PageRequest> Paging::parse(const SandboxRequest &request, QString *error)
{
    PageRequest page{DefaultPageLimit, 0};
    if (request.hasQuery(QStringLiteral("pageKey"))) {
        const auto decoded = decodeKey(request.queryValue(QStringLiteral("pageKey")));
        if (!decoded) {
            *error = SandboxText::invalidQueryParameter(QStringLiteral("pageKey"));
            return std::nullopt;
        }
        page = *decoded;
    }
    if (request.hasQuery(QStringLiteral("pageLimit"))) {
        bool ok = false;
        const int limit = request.queryValue(QStringLiteral("pageLimit")).toInt(&ok);
        if (!ok || limit < 1 || limit > MaxPageLimit) {
            *error = SandboxText::invalidQueryParameter(QStringLiteral("pageLimit")) +
                     QStringLiteral(" (1 to %1)").arg(MaxPageLimit);
            return std::nullopt;
        }
        page.limit = limit;
    }
    return page;
}

QString Paging::nextLink(const SandboxRequest &request, const PageRequest &page, qint64 lastKey,
                         bool trailingSlash)
{
    // Built by hand so that the key stays percent-encoded exactly once.
    QStringList parts;
    for (const auto &item : request.query.queryItems(QUrl::FullyEncoded)) {
        if (item.first != QLatin1String("pageKey") && item.first != QLatin1String("pageLimit"))
            parts.append(item.first + QLatin1Char('=') + item.second);
    }
    parts.append(QStringLiteral("pageKey=") +
                 QString::fromLatin1(QUrl::toPercentEncoding(encodeKey(page.limit, lastKey))));
    QString link = request.apiPrefix + request.path;
    if (trailingSlash)
        link += QLatin1Char('/');
    return link + QLatin1Char('?') + parts.join(QLatin1Char('&'));
}

SandboxResponse Paging::serve(const JsonTable &table, const SandboxRequest &request,
                              const std::function<bool(const QJsonObject &)> &keep,
                              const std::function<QJsonObject(const QJsonObject &)> &present)
{
    QString error;
    const auto page = parse(request, &error);
    if (!page)
        return SandboxResponse::badRequest(error);
    QJsonArray items;
    qint64 lastSeq = 0;
    bool more = false;
    table.forEachAfter(page->after, [&](qint64 seq, const QJsonObject &record) {
        if (keep && !keep(record))
            return true;
        if (items.size() == page->limit) {
            more = true;
            return false;
        }
        items.append(present ? present(record) : record);
        lastSeq = seq;
        return true;
    });
    return SandboxResponse::page(items, more ? nextLink(request, *page, lastSeq) : QString());
}
