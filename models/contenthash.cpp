#include "contenthash.h"

#include <QtEndian>

#include <algorithm>
#include <array>
#include <cstring>

namespace {

// The primes and the round of xxHash64 (Yann Collet, BSD licence), in four
// independent lanes so that the processor overlaps their multiplications.
constexpr quint64 Prime1 = 0x9E3779B185EBCA87ULL;
constexpr quint64 Prime2 = 0xC2B2AE3D27D4EB4FULL;
constexpr quint64 Prime3 = 0x165667B19E3779F9ULL;
constexpr quint64 Prime4 = 0x85EBCA77C2B2AE63ULL;
constexpr quint64 Prime5 = 0x27D4EB2F165667C5ULL;

constexpr quint64 rotl(quint64 x, int r)
{
    return (x << r) | (x >> (64 - r));
}

constexpr quint64 round(quint64 acc, quint64 input)
{
    return rotl(acc + input * Prime2, 31) * Prime1;
}

quint64 word(const char *p)
{
    quint64 w = 0;
    std::memcpy(&w, p, sizeof w);
    return qFromLittleEndian(w);
}

// Spreads every bit of H over the others.
constexpr quint64 avalanche(quint64 h)
{
    h ^= h >> 33;
    h *= Prime2;
    h ^= h >> 29;
    h *= Prime3;
    h ^= h >> 32;
    return h;
}

} // namespace

namespace ContentHash {

QByteArray of(QByteArrayView bytes, std::atomic<qsizetype> *hashed)
{
    const char *p = bytes.data();
    const char *const end = p + bytes.size();
    std::array<quint64, 4> lane = {Prime1 + Prime2, Prime2, 0, 0 - Prime1};
    constexpr qsizetype Step = 1024 * 1024; // a multiple of 32
    while (end - p >= 32) {
        const char *const stop = p + std::min<qsizetype>(Step, (end - p) & ~qsizetype(31));
        for (; p < stop; p += 32) {
            for (size_t i = 0; i < lane.size(); ++i)
                lane[i] = round(lane[i], word(p + 8 * i));
        }
        if (hashed)
            hashed->store(p - bytes.data(), std::memory_order_release);
    }
    // The tail, padded with zeros: the length, mixed in below, tells
    // "ab" from "ab\0".
    char tail[32] = {};
    if (end > p) // an empty view may have no data at all
        std::memcpy(tail, p, size_t(end - p));
    for (size_t i = 0; i < lane.size(); ++i)
        lane[i] = round(lane[i], word(tail + 8 * i));

    const auto length = quint64(bytes.size());
    // Two halves from the same lanes, each combined in its own order and
    // with its own constants.
    const quint64 first = avalanche(rotl(lane[0], 1) + rotl(lane[1], 7) + rotl(lane[2], 12) +
                                    rotl(lane[3], 18) + length * Prime5);
    const quint64 second = avalanche((lane[3] ^ rotl(lane[2], 27)) * Prime4 +
                                     (lane[1] ^ rotl(lane[0], 41)) * Prime1 + length * Prime3);
    if (hashed)
        hashed->store(bytes.size(), std::memory_order_release);
    QByteArray out(16, Qt::Uninitialized);
    qToLittleEndian(first, out.data());
    qToLittleEndian(second, out.data() + 8);
    return out;
}

} // namespace ContentHash
