#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <random>

// Decides, request by request, whether the sandbox misbehaves and how. Random faults are drawn
// from a generator seeded with the plan's seed and the request's ordinal, so the same plan and
// the same request sequence always give the same faults. Scripted faults hit the next requests
// that match them, whatever the rate.
class FaultInjector
{
public:
    enum class Kind {
        None,
        Latency,       // answers normally after extra delay
        RateLimited,   // 429 with Retry-After, in bursts
        ServerError,   // 500
        Unavailable,   // 503
        Drop,          // the connection is closed without an answer
        MalformedJson, // 200 with a body that is not JSON
        TruncatedJson, // 200 with the JSON cut in half
    };

    struct Scripted
    {
        Kind kind = Kind::ServerError;
        int count = 1;
        QString method;     // empty: any
        QString pathPrefix; // below the version prefix; empty: any
        int retryAfterSeconds = 1;
    };

    struct Plan
    {
        quint32 seed = 1;
        double rate = 0.0;
        QList<Kind> kinds; // kinds drawn at random; empty: every kind
        int latencyMs = 0; // added to every request
        int burstLength = 3;
        // Chance that one item of a bulk request fails on its own.
        double bulkFailureRate = 0.0;
        QList<Scripted> script;
    };

    struct Decision
    {
        Kind kind = Kind::None;
        int extraLatencyMs = 0;
        int retryAfterSeconds = 1;
    };

    void setPlan(const Plan &plan);
    const Plan &plan() const { return m_plan; }

    // Called once per authorised request, in arrival order.
    Decision next(const QString &method, const QString &path);

    // For bulk routes: whether the item at `index` of the current bulk request fails.
    bool failBulkItem(int index);

    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);

    QJsonObject toJson() const;
    // Reads a plan from the control route's JSON; nullopt and *error on a bad field.
    static std::optional<Plan> planFromJson(const QJsonObject &json, QString *error);

private:
    Plan m_plan;
    quint64 m_ordinal = 0;
    int m_burstLeft = 0;
    quint64 m_bulkOrdinal = 0;
};
