#include "requestgate.h"

#include <cmath>

RequestGate::RequestGate(const Limits &limits)
    : m_limits(limits)
    , m_tokens(limits.burst)
{
    m_clock.start();
}

void RequestGate::refill()
{
    const qint64 now = m_clock.elapsed();
    m_tokens = qMin(double(m_limits.burst),
                    m_tokens + double(now - m_lastRefillMs) * m_limits.perSecond / 1000.0);
    m_lastRefillMs = now;
}

qint64 RequestGate::tryAcquire()
{
    if (m_inFlight >= m_limits.maxInFlight)
        return -1; // wait for a release, not for time
    if (m_limits.perSecond <= 0) {
        ++m_inFlight;
        return 0;
    }
    refill();
    if (m_tokens >= 1.0) {
        m_tokens -= 1.0;
        ++m_inFlight;
        return 0;
    }
    return qMax<qint64>(1, qint64(std::ceil((1.0 - m_tokens) * 1000.0 / m_limits.perSecond)));
}

void RequestGate::release()
{
    if (m_inFlight > 0)
        --m_inFlight;
}
