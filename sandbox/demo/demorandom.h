#pragma once

#include <QString>
#include <QtGlobal>

#include <span>

// A seedable generator (xoshiro256**) whose output is the same on every platform and standard
// library, which the std distributions do not promise. Each demo entity draws from its own
// stream (seed, stream, index), so one conversation's content can be regenerated on its own.
class DemoRandom
{
public:
    enum Stream : quint64 {
        Organization = 1,
        Agents,
        EndUsers,
        CreationTimes,
        ConversationPlan,
        ConversationDetails,
        Script,
        Content,
    };

    DemoRandom(quint64 seed, quint64 stream, quint64 index = 0);

    quint64 next();
    // Uniform in [0, bound); `bound` must be positive.
    int below(int bound);
    // Uniform in [low, high].
    qint64 between(qint64 low, qint64 high);
    // Uniform in [0, 1).
    double unit();
    bool chance(double probability) { return unit() < probability; }
    // An index drawn in proportion to `weights`.
    int weighted(std::span<const int> weights);
    // A version-4 UUID in lower case without braces, as Dixa writes ids.
    QString uuid();
    // `count` hexadecimal digits in lower case.
    QString hex(int count);
    // `count` decimal digits; the first is not zero when `leadingZero` is false.
    QString digits(int count, bool leadingZero = false);

    template<typename List>
    const auto &pick(const List &list)
    {
        return list[below(int(list.size()))];
    }

private:
    quint64 m_state[4];
};
