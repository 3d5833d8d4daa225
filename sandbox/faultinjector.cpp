#include "faultinjector.h"

#include <QJsonArray>

namespace {
constexpr FaultInjector::Kind RandomKinds[] = {
    FaultInjector::Kind::Latency,       FaultInjector::Kind::RateLimited,
    FaultInjector::Kind::ServerError,   FaultInjector::Kind::Unavailable,
    FaultInjector::Kind::Drop,          FaultInjector::Kind::MalformedJson,
    FaultInjector::Kind::TruncatedJson,
};

struct KindName
{
    FaultInjector::Kind kind;
    const char *name;
};
constexpr KindName KindNames[] = {
    {FaultInjector::Kind::None, "none"},
    {FaultInjector::Kind::Latency, "latency"},
    {FaultInjector::Kind::RateLimited, "rate-limited"},
    {FaultInjector::Kind::ServerError, "server-error"},
    {FaultInjector::Kind::Unavailable, "unavailable"},
    {FaultInjector::Kind::Drop, "drop"},
    {FaultInjector::Kind::MalformedJson, "malformed-json"},
    {FaultInjector::Kind::TruncatedJson, "truncated-json"},
};

// One generator per request ordinal: the outcome of request n never depends on how many random
// numbers earlier requests consumed.
std::mt19937_64 generatorFor(quint32 seed, quint64 ordinal, quint64 stream)
{
    std::seed_seq sequence{quint32(seed), quint32(ordinal), quint32(ordinal >> 32),
                           quint32(stream)};
    return std::mt19937_64(sequence);
}

double uniform(std::mt19937_64 &generator)
{
    return std::uniform_real_distribution<double>(0.0, 1.0)(generator);
}
} // namespace

void FaultInjector::setPlan(const Plan &plan)
{
    m_plan = plan;
    m_ordinal = 0;
    m_burstLeft = 0;
    m_bulkOrdinal = 0;
}

FaultInjector::Decision FaultInjector::next(const QString &method, const QString &path)
{
    Decision decision;
    decision.extraLatencyMs = m_plan.latencyMs;
    const quint64 ordinal = m_ordinal++;

    for (auto it = m_plan.script.begin(); it != m_plan.script.end(); ++it) {
        if (!it->method.isEmpty() && it->method.compare(method, Qt::CaseInsensitive) != 0)
            continue;
        if (!it->pathPrefix.isEmpty() && !path.startsWith(it->pathPrefix))
            continue;
        decision.kind = it->kind;
        decision.retryAfterSeconds = it->retryAfterSeconds;
        if (--it->count <= 0)
            m_plan.script.erase(it);
        return decision;
    }

    if (m_burstLeft > 0) {
        --m_burstLeft;
        decision.kind = Kind::RateLimited;
        return decision;
    }
    if (m_plan.rate <= 0.0)
        return decision;

    auto generator = generatorFor(m_plan.seed, ordinal, 0);
    if (uniform(generator) >= m_plan.rate)
        return decision;
    const QList<Kind> kinds = m_plan.kinds.isEmpty()
                                  ? QList<Kind>(std::begin(RandomKinds), std::end(RandomKinds))
                                  : m_plan.kinds;
    decision.kind = kinds.at(qsizetype(generator() % quint64(kinds.size())));
    if (decision.kind == Kind::Latency)
        decision.extraLatencyMs += 200 + int(generator() % 800);
    if (decision.kind == Kind::RateLimited)
        m_burstLeft = qMax(0, m_plan.burstLength - 1);
    return decision;
}

bool FaultInjector::failBulkItem(int index)
{
    Q_UNUSED(index);
    if (m_plan.bulkFailureRate <= 0.0)
        return false;
    auto generator = generatorFor(m_plan.seed, m_bulkOrdinal++, 1);
    return uniform(generator) < m_plan.bulkFailureRate;
}

QString FaultInjector::kindName(Kind kind)
{
    for (const KindName &entry : KindNames) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

std::optional<FaultInjector::Kind> FaultInjector::kindFromName(const QString &name)
{
    for (const KindName &entry : KindNames) {
        if (name == QLatin1String(entry.name))
            return entry.kind;
    }
    return std::nullopt;
}

QJsonObject FaultInjector::toJson() const
{
    QJsonArray kinds;
    for (Kind kind : m_plan.kinds)
        kinds.append(kindName(kind));
    QJsonArray script;
    for (const Scripted &entry : m_plan.script) {
        script.append(QJsonObject{
            {QStringLiteral("kind"), kindName(entry.kind)},
            {QStringLiteral("count"), entry.count},
            {QStringLiteral("method"), entry.method},
            {QStringLiteral("path"), entry.pathPrefix},
            {QStringLiteral("retryAfter"), entry.retryAfterSeconds},
        });
    }
    return QJsonObject{
        {QStringLiteral("seed"), qint64(m_plan.seed)},
        {QStringLiteral("rate"), m_plan.rate},
        {QStringLiteral("kinds"), kinds},
        {QStringLiteral("latencyMs"), m_plan.latencyMs},
        {QStringLiteral("burstLength"), m_plan.burstLength},
        {QStringLiteral("bulkFailureRate"), m_plan.bulkFailureRate},
        {QStringLiteral("script"), script},
    };
}

std::optional<FaultInjector::Plan> FaultInjector::planFromJson(const QJsonObject &json,
                                                               QString *error)
{
    Plan plan;
    plan.seed = quint32(json.value(QStringLiteral("seed")).toInteger(1));
    plan.rate = json.value(QStringLiteral("rate")).toDouble(0.0);
    plan.latencyMs = json.value(QStringLiteral("latencyMs")).toInt(0);
    plan.burstLength = json.value(QStringLiteral("burstLength")).toInt(3);
    plan.bulkFailureRate = json.value(QStringLiteral("bulkFailureRate")).toDouble(0.0);
    if (plan.rate < 0.0 || plan.rate > 1.0 || plan.bulkFailureRate < 0.0 ||
        plan.bulkFailureRate > 1.0) {
        *error = QStringLiteral("rate and bulkFailureRate must be between 0 and 1");
        return std::nullopt;
    }
    if (plan.latencyMs < 0 || plan.latencyMs > 60000 || plan.burstLength < 1) {
        *error = QStringLiteral("latencyMs must be 0 to 60000 and burstLength at least 1");
        return std::nullopt;
    }
    for (const QJsonValue &name : json.value(QStringLiteral("kinds")).toArray()) {
        const auto kind = kindFromName(name.toString());
        if (!kind || *kind == Kind::None) {
            *error = QStringLiteral("unknown fault kind: ") + name.toString();
            return std::nullopt;
        }
        plan.kinds.append(*kind);
    }
    for (const QJsonValue &value : json.value(QStringLiteral("script")).toArray()) {
        const QJsonObject entry = value.toObject();
        const auto kind = kindFromName(entry.value(QStringLiteral("kind")).toString());
        if (!kind) {
            *error = QStringLiteral("unknown fault kind: ") +
                     entry.value(QStringLiteral("kind")).toString();
            return std::nullopt;
        }
        Scripted scripted;
        scripted.kind = *kind;
        scripted.count = qMax(1, entry.value(QStringLiteral("count")).toInt(1));
        scripted.method = entry.value(QStringLiteral("method")).toString();
        scripted.pathPrefix = entry.value(QStringLiteral("path")).toString();
        scripted.retryAfterSeconds = qMax(0, entry.value(QStringLiteral("retryAfter")).toInt(1));
        plan.script.append(scripted);
    }
    return plan;
}
