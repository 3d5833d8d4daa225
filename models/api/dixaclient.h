#pragma once

#include "apiendpoint.h"
#include "apijob.h"
#include "apirequest.h"
#include "requestgate.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

// The one way the console talks to Dixa: every call is an ApiJob. The client adds the API key
// (to the configured base URL and nowhere else), paces calls to the rate limit, retries what is
// safe to retry, follows meta.next for paged calls, and turns every failure into an ApiError.
class DixaClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DixaClient)

public:
    struct Options
    {
        int timeoutMs = 30000;
        int maxRetries = 3;
        int backoffBaseMs = 500; // doubled for every retry
        int maxBackoffMs = 16000;
        int maxRetryAfterMs = 60000;
        RequestLimits limits;
    };

    DixaClient(QNetworkAccessManager &network, const ApiEndpoint &endpoint, const Options &options,
               QObject *parent = nullptr);
    DixaClient(QNetworkAccessManager &network, const ApiEndpoint &endpoint,
               QObject *parent = nullptr);
    ~DixaClient() override;

    const ApiEndpoint &endpoint() const { return m_endpoint; }
    const Options &options() const { return m_options; }

    // Queues the call and returns its job at once; the job's finished() follows later, never
    // from inside send().
    ApiJob *send(const ApiRequest &request);

    int pendingCount() const;

Q_SIGNALS:
    // How many calls are waiting or in flight, for a busy indicator.
    void activityChanged(int pending);

private:
    struct Call;

    void enqueue(const std::shared_ptr<Call> &call);
    void pump();
    void start(const std::shared_ptr<Call> &call);
    void onFinished(const std::shared_ptr<Call> &call, QNetworkReply *reply);
    void retryLater(const std::shared_ptr<Call> &call, int delayMs);
    void finish(const std::shared_ptr<Call> &call, const ApiError &error);
    int backoffMs(int attempt) const;
    QUrl urlFor(const ApiRequest &request, QString *refusal) const;

    QNetworkAccessManager &m_network;
    ApiEndpoint m_endpoint;
    Options m_options;
    RequestGate m_gate;
    std::deque<std::shared_ptr<Call>> m_queue;
    bool m_closing = false; // in the destructor: no call starts, no answer is delivered
    int m_live = 0;         // calls not finished: queued, in flight or waiting to retry
    QTimer m_pumpTimer;
};
