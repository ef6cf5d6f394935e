#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <random>
#include <vector>

namespace trellis {

// A seeded random source whose output is the same on every platform and
// standard library: std::mt19937_64 is specified exactly, but std's
// distributions are not, so the distributions here are our own.
class DemoRandom {
public:
    explicit DemoRandom(std::uint64_t seed)
        : m_engine(seed)
    {}

    std::uint64_t next() { return m_engine(); }
    // Uniform in [0, 1).
    double unit() { return double(m_engine() >> 11) * (1.0 / 9007199254740992.0); }
    // Uniform integer in [low, high] (inclusive).
    int between(int low, int high);
    bool chance(double probability) { return unit() < probability; }
    // An index chosen with the given (non-negative) weights.
    int weighted(const std::vector<double> &weights);
    // Roughly normal (sum of uniforms), clamped to [low, high].
    double around(double mean, double spread, double low, double high);

    template <typename T>
    const T &pick(const std::vector<T> &items)
    {
        return items[size_t(between(0, int(items.size()) - 1))];
    }
    QString pick(const QStringList &items) { return items.at(between(0, int(items.size()) - 1)); }
    // count distinct items (fewer when the list is shorter).
    QStringList sample(const QStringList &items, int count);

    // 32 lower-case hex digits.
    QString hex128();
    // An independent stream derived from this one (so one part's changes do not shift another's).
    DemoRandom fork() { return DemoRandom(m_engine() ^ 0x9E3779B97F4A7C15ULL); }

private:
    std::mt19937_64 m_engine;
};

} // namespace trellis
