#include "demo/demorandom.h"

#include <algorithm>

namespace trellis {

int DemoRandom::between(int low, int high)
{
    if (high <= low)
        return low;
    const std::uint64_t span = std::uint64_t(std::int64_t(high) - low) + 1;
    // Rejection sampling keeps the result unbiased.
    const std::uint64_t limit = UINT64_MAX - UINT64_MAX % span;
    std::uint64_t value = m_engine();
    while (value >= limit)
        value = m_engine();
    return int(std::int64_t(low) + std::int64_t(value % span));
}

int DemoRandom::weighted(const std::vector<double> &weights)
{
    double total = 0;
    for (double weight : weights)
        total += weight;
    double target = unit() * total;
    for (size_t i = 0; i < weights.size(); ++i) {
        if (target < weights[i])
            return int(i);
        target -= weights[i];
    }
    return int(weights.size()) - 1;
}

double DemoRandom::around(double mean, double spread, double low, double high)
{
    const double sum = unit() + unit() + unit() + unit() - 2.0; // in [-2, 2], bell-shaped
    return std::clamp(mean + sum * spread, low, high);
}

QStringList DemoRandom::sample(const QStringList &items, int count)
{
    QStringList pool = items;
    QStringList chosen;
    while (count-- > 0 && !pool.isEmpty())
        chosen << pool.takeAt(between(0, int(pool.size()) - 1));
    return chosen;
}

QString DemoRandom::hex128()
{
    const std::uint64_t high = m_engine();
    const std::uint64_t low = m_engine();
    return QStringLiteral("%1%2").arg(high, 16, 16, QLatin1Char('0')).arg(low, 16, 16, QLatin1Char('0'));
}

} // namespace trellis
