#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

// A token bucket per API key: `perSecond` tokens a second, up to one second's worth saved up.
class RateLimiter
{
public:
    void setRate(int perSecond);
    int rate() const { return m_perSecond; }

    // True when the request may go ahead; otherwise *retryAfterSeconds says when to come back.
    bool admit(const QString &key, int *retryAfterSeconds);

private:
    struct Bucket
    {
        double tokens = 0.0;
        qint64 lastMs = 0;
    };
    int m_perSecond = 0;
    QHash<QString, Bucket> m_buckets;
    QElapsedTimer m_clock;
};
