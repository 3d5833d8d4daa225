#pragma once

#include "sandboxhttp.h"

#include <QHttpServerRequest>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

// Maps a method and a path pattern such as "/conversations/{conversationId}/claim" to a handler.
// A literal segment beats a parameter, so "/agents/presence" wins over "/agents/{agentId}".
class Router
{
public:
    using Handler = std::function<SandboxResponse(const SandboxRequest &)>;
    using Method = QHttpServerRequest::Method;

    void add(Method method, const QString &pattern, Handler handler);

    // Fills request.params and answers; 404 when no pattern matches, 405 when only the method is
    // wrong.
    SandboxResponse dispatch(SandboxRequest &request) const;

    // Every "METHOD /pattern" registered, for the README and a test that no route is forgotten.
    QStringList routeList() const;

private:
    struct Route
    {
        Method method;
        QString pattern;
        QStringList segments;
        Handler handler;
    };
    static bool matches(const Route &route, const QStringList &segments,
                        QHash<QString, QString> *params);
    static int specificity(const Route &route);

    std::vector<Route> m_routes;
};
