#pragma once

#include "util/stallprobe.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

namespace trellis {

class MainWindow;

// Drives the window like a user — opens every place, scrolls every list and
// table in steps — while a StallProbe records the longest time the GUI thread
// did not answer. Used by `trellis --probe-responsiveness` and benchmarks.
class ResponsivenessProbe final : public QObject {
    Q_OBJECT
public:
    explicit ResponsivenessProbe(MainWindow *window, QObject *parent = nullptr);

    // Starts measuring, runs `open` (which should build the workspace to probe), then
    // visits the places one by one; `settleMs` is how long each place may load before scrolling.
    void start(const std::function<bool()> &open, int settleMs = 4000);

    qint64 longestGapMs() const { return m_probe.longestGapMs(); }
    int stallsOver(qint64 ms) const { return m_probe.stallsOver(ms); }
    QStringList log() const { return m_log; }

Q_SIGNALS:
    void finished();

private:
    void nextStep();
    void scrollCurrentPage(int step);

    QPointer<MainWindow> m_window;
    StallProbe m_probe{5};
    QStringList m_places;
    QStringList m_log;
    int m_placeIndex = -1;
    int m_settleMs = 4000;
};

} // namespace trellis
