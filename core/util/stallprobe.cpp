#include "util/stallprobe.h"

namespace trellis {

StallProbe::StallProbe(int intervalMs, QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(intervalMs);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &StallProbe::tick);
}

void StallProbe::start()
{
    m_longestGapMs = 0;
    m_ticks = 0;
    m_gaps.clear();
    m_clock.start();
    m_lastTickMs = 0;
    m_timer.start();
}

void StallProbe::stop()
{
    m_timer.stop();
    tick(); // a stall that is still going on counts too
}

void StallProbe::tick()
{
    const qint64 now = m_clock.elapsed();
    const qint64 gap = now - m_lastTickMs;
    m_lastTickMs = now;
    m_longestGapMs = std::max(m_longestGapMs, gap);
    if (gap > m_timer.interval() * 4)
        m_gaps.append(gap);
    ++m_ticks;
}

int StallProbe::stallsOver(qint64 thresholdMs) const
{
    return int(std::count_if(m_gaps.cbegin(), m_gaps.cend(),
                             [thresholdMs](qint64 gap) { return gap > thresholdMs; }));
}

} // namespace trellis
