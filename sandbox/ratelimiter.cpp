#include "ratelimiter.h"

#include <cmath>

void RateLimiter::setRate(int perSecond)
{
    m_perSecond = qMax(0, perSecond);
    m_buckets.clear();
    m_clock.start();
}

bool RateLimiter::admit(const QString &key, int *retryAfterSeconds)
{
    if (m_perSecond <= 0)
        return true;
    if (!m_clock.isValid())
        m_clock.start();
    const qint64 now = m_clock.elapsed();
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket{double(m_perSecond), now});
    Bucket &bucket = *it;
    bucket.tokens = qMin(double(m_perSecond),
                         bucket.tokens + double(now - bucket.lastMs) * m_perSecond / 1000.0);
    bucket.lastMs = now;
    if (bucket.tokens >= 1.0) {
        bucket.tokens -= 1.0;
        return true;
    }
    const double secondsToToken = (1.0 - bucket.tokens) / m_perSecond;
    *retryAfterSeconds = qMax(1, int(std::ceil(secondsToToken)));
    return false;
}
