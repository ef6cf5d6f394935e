#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace trellis {

// Measures how responsive an event loop is: a fast timer records the longest
// gap between its ticks. A gap much longer than the interval means the thread
// was blocked (a "stall"). Used by benchmarks and responsiveness probes.
class StallProbe final : public QObject {
    Q_OBJECT
public:
    explicit StallProbe(int intervalMs = 5, QObject *parent = nullptr);

    void start();
    void stop();

    qint64 longestGapMs() const { return m_longestGapMs; }
    int ticks() const { return m_ticks; }
    // Gaps longer than the threshold, counted since start().
    int stallsOver(qint64 thresholdMs) const;

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastTickMs = 0;
    qint64 m_longestGapMs = 0;
    int m_ticks = 0;
    QList<qint64> m_gaps;
};

} // namespace trellis
