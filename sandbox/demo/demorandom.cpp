#include "demorandom.h"

namespace {
quint64 mix(quint64 value)
{
    value += 0x9e3779b97f4a7c15ULL;
    value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
    value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
    return value ^ (value >> 31);
}

quint64 rotateLeft(quint64 value, int bits)
{
    return (value << bits) | (value >> (64 - bits));
}

const char16_t HexDigits[] = u"0123456789abcdef";
} // namespace

DemoRandom::DemoRandom(quint64 seed, quint64 stream, quint64 index)
{
    quint64 state = mix(mix(mix(seed) ^ stream) ^ index);
    for (quint64 &word : m_state) {
        state = mix(state);
        word = state;
    }
}

quint64 DemoRandom::next()
{
    const quint64 result = rotateLeft(m_state[1] * 5, 7) * 9;
    const quint64 shifted = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= shifted;
    m_state[3] = rotateLeft(m_state[3], 45);
    return result;
}

int DemoRandom::below(int bound)
{
    Q_ASSERT(bound > 0);
    // Lemire's multiply-shift: no division, and the bias is far below anything observable here.
    return int(((next() >> 32) * quint64(bound)) >> 32);
}

qint64 DemoRandom::between(qint64 low, qint64 high)
{
    if (high <= low)
        return low;
    const quint64 span = quint64(high - low) + 1;
    return low + qint64(next() % span);
}

double DemoRandom::unit()
{
    return double(next() >> 11) * (1.0 / 9007199254740992.0);
}

int DemoRandom::weighted(std::span<const int> weights)
{
    int total = 0;
    for (const int weight : weights)
        total += weight;
    if (total <= 0)
        return 0;
    int point = below(total);
    for (int i = 0; i < int(weights.size()); ++i) {
        point -= weights[i];
        if (point < 0)
            return i;
    }
    return int(weights.size()) - 1;
}

QString DemoRandom::uuid()
{
    quint64 high = next();
    quint64 low = next();
    // Version 4 in the high nibble of byte 6, variant 10xx in the top bits of byte 8.
    high = (high & ~0x000000000000f000ULL) | 0x0000000000004000ULL;
    low = (low & ~0xc000000000000000ULL) | 0x8000000000000000ULL;
    QString text(36, Qt::Uninitialized);
    QChar *out = text.data();
    int position = 0;
    for (int nibble = 0; nibble < 32; ++nibble) {
        if (nibble == 8 || nibble == 12 || nibble == 16 || nibble == 20)
            out[position++] = QLatin1Char('-');
        const quint64 word = nibble < 16 ? high : low;
        const int shift = 60 - 4 * (nibble % 16);
        out[position++] = QChar(HexDigits[(word >> shift) & 0xf]);
    }
    return text;
}

QString DemoRandom::hex(int count)
{
    QString text(count, Qt::Uninitialized);
    for (int i = 0; i < count; ++i)
        text[i] = QChar(HexDigits[below(16)]);
    return text;
}

QString DemoRandom::digits(int count, bool leadingZero)
{
    QString text(count, Qt::Uninitialized);
    for (int i = 0; i < count; ++i) {
        const int digit = (i == 0 && !leadingZero) ? 1 + below(9) : below(10);
        text[i] = QChar(u'0' + digit);
    }
    return text;
}
