#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

// How fast the console may call Dixa: the documented limit is 10 requests a second per API key.
struct RequestLimits
{
    double perSecond = 10.0;
    int burst = 4;
    int maxInFlight = 4;
};

// Paces requests to Dixa's documented limit (10 a second per API key, bursts of 4) and caps how
// many are in flight, so that bulk work runs as fast as allowed and no faster.
class RequestGate
{
public:
    using Limits = RequestLimits;

    explicit RequestGate(const Limits &limits = Limits());

    // 0 when a request may start now (and it is counted); otherwise the milliseconds to wait.
    qint64 tryAcquire();
    void release();
    int inFlight() const { return m_inFlight; }
    const Limits &limits() const { return m_limits; }

private:
    void refill();

    Limits m_limits;
    double m_tokens;
    qint64 m_lastRefillMs = 0;
    int m_inFlight = 0;
    QElapsedTimer m_clock;
};
