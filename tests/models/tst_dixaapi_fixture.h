#pragma once

// Shared by the tst_dixaapi_* tests: one sandbox per test class, a DixaApi over a fast client,
// a way to wait for a typed call, and short ways to read the sandbox's request log.
#include "api/dixaapi.h"
#include "sandboxfixture.h"

#include <QJsonArray>
#include <QObject>
#include <QStringList>
#include <QTest>
#include <QUuid>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

// The base of the DixaApi test classes (each derived class is one Qt Test object).
class DixaApiTest : public QObject
{
protected:
    SandboxFixture m_sandbox;
    std::unique_ptr<DixaClient> m_client;
    std::unique_ptr<DixaApi> m_api;

    // A client that does not pace (pacing has its own test) and backs off briefly.
    void startClient()
    {
        ApiEndpoint endpoint;
        endpoint.baseUrl = m_sandbox.baseUrl();
        endpoint.apiKey = m_sandbox.apiKey();
        DixaClient::Options options;
        options.backoffBaseMs = 10;
        options.limits.perSecond = 0;
        m_client = std::make_unique<DixaClient>(m_sandbox.network(), endpoint, options);
        m_api = std::make_unique<DixaApi>(*m_client);
    }

    // Resets faults and the request log; call from init().
    void resetSandbox()
    {
        QCOMPARE(m_sandbox.del(u"/_sandbox/faults"_s).status, 204);
        m_sandbox.clearRequestLog();
    }

    // Waits for the call's handler (through then(), as product code does).
    template<class T>
    static ApiOutcome<T> await(const ApiCall<T> &call, int timeoutMs = 20000)
    {
        std::optional<ApiOutcome<T>> outcome;
        QObject context;
        call.then(&context, [&outcome](const ApiOutcome<T> &result) { outcome = result; });
        if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, timeoutMs)) {
            ApiOutcome<T> timedOut;
            timedOut.error.kind = ApiError::Kind::Timeout;
            return timedOut;
        }
        return *outcome;
    }

    // "GET /v1/agents" for every request the sandbox saw since the last reset, oldest first.
    QStringList calls()
    {
        QStringList list;
        for (const QJsonValue &entry : m_sandbox.requestLog()) {
            const QJsonObject object = entry.toObject();
            list.append(object.value(u"method"_s).toString() + u' ' +
                        object.value(u"path"_s).toString());
        }
        return list;
    }

    QString lastCall()
    {
        const QStringList all = calls();
        return all.isEmpty() ? QString() : all.last();
    }

    // The body the typed call sent.
    template<class T>
    static QJsonValue sentBody(const ApiCall<T> &call)
    {
        return call.job() && call.job()->request().body ? *call.job()->request().body
                                                        : QJsonValue();
    }

    // What the sandbox serves at `path` (under /v1), as {"data": ...}'s member.
    QJsonValue served(const QString &path) { return m_sandbox.get(u"/v1"_s + path).data(); }

    template<class T>
    static QJsonValue json(const T &value)
    {
        return Dixa::Json::encode(value);
    }

    static QString randomUuid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

    static QString idOf(const QJsonValue &value)
    {
        return value.toObject().value(u"id"_s).toString();
    }
};

// QCOMPARE for outcomes: says the error sentence when the call failed.
#define DIXA_VERIFY_OK(outcome) QVERIFY2((outcome).ok(), qPrintable((outcome).error.message()))
