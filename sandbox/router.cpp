#include "router.h"

#include <QMetaEnum>

namespace {
QStringList splitPath(const QString &path)
{
    return path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

bool isParameter(const QString &segment)
{
    return segment.startsWith(QLatin1Char('{')) && segment.endsWith(QLatin1Char('}'));
}
} // namespace

void Router::add(Method method, const QString &pattern, Handler handler)
{
    m_routes.push_back(Route{method, pattern, splitPath(pattern), std::move(handler)});
}

bool Router::matches(const Route &route, const QStringList &segments,
                     QHash<QString, QString> *params)
{
    if (route.segments.size() != segments.size())
        return false;
    QHash<QString, QString> captured;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &expected = route.segments.at(i);
        if (isParameter(expected))
            captured.insert(expected.mid(1, expected.size() - 2), segments.at(i));
        else if (expected != segments.at(i))
            return false;
    }
    if (params)
        *params = std::move(captured);
    return true;
}

int Router::specificity(const Route &route)
{
    // Earlier literal segments weigh more: /agents/presence beats /agents/{agentId}.
    int score = 0;
    for (const QString &segment : route.segments)
        score = score * 2 + (isParameter(segment) ? 0 : 1);
    return score;
}

SandboxResponse Router::dispatch(SandboxRequest &request) const
{
    const QStringList segments = splitPath(request.path);
    const Route *best = nullptr;
    bool pathKnown = false;
    for (const Route &route : m_routes) {
        if (!matches(route, segments, nullptr))
            continue;
        pathKnown = true;
        if (route.method != request.method)
            continue;
        if (!best || specificity(route) > specificity(*best))
            best = &route;
    }
    if (!best) {
        if (pathKnown)
            return SandboxResponse::message(405, QStringLiteral("Method not allowed"));
        return SandboxResponse::notFound();
    }
    matches(*best, segments, &request.params);
    for (auto it = request.params.begin(); it != request.params.end(); ++it)
        it.value() = QUrl::fromPercentEncoding(it.value().toUtf8());
    return best->handler(request);
}

QStringList Router::routeList() const
{
    const QMetaEnum methods = QMetaEnum::fromType<Method>();
    QStringList list;
    for (const Route &route : m_routes) {
        list.append(QString::fromLatin1(methods.valueToKey(int(route.method))).toUpper() +
                    QLatin1Char(' ') + route.pattern);
    }
    return list;
}
