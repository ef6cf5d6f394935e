#include "workspace/responsivenessprobe.h"

#include "workspace/mainwindow.h"

#include <QAbstractScrollArea>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTimer>

namespace trellis {

namespace {
constexpr int ScrollSteps = 20;
constexpr int ScrollIntervalMs = 25;
} // namespace

ResponsivenessProbe::ResponsivenessProbe(MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{}

void ResponsivenessProbe::start(const std::function<bool()> &open, int settleMs)
{
    m_settleMs = settleMs;
    m_placeIndex = -1;
    m_log.clear();
    m_probe.start();
    QTimer::singleShot(0, this, [this, open] {
        if (open && !open()) {
            m_log << QStringLiteral("could not open the workspace");
            m_probe.stop();
            Q_EMIT finished();
            return;
        }
        m_places = m_window ? m_window->placeIds() : QStringList();
        QTimer::singleShot(m_settleMs, this, [this] { scrollCurrentPage(0); });
    });
}

void ResponsivenessProbe::nextStep()
{
    ++m_placeIndex;
    if (m_placeIndex == 0) { // the first place is already showing: scroll it first
        m_log << QStringLiteral("opened %1").arg(m_places.value(0));
        ++m_placeIndex;
    }
    if (!m_window || m_placeIndex >= m_places.size()) {
        m_probe.stop();
        Q_EMIT finished();
        return;
    }
    const QString place = m_places.at(m_placeIndex);
    m_window->showPlace(place);
    m_log << QStringLiteral("opened %1").arg(place);
    QTimer::singleShot(m_settleMs, this, [this] { scrollCurrentPage(0); });
}

void ResponsivenessProbe::scrollCurrentPage(int step)
{
    if (!m_window)
        return nextStep();
    const auto areas = m_window->currentPage()
                           ? m_window->currentPage()->findChildren<QAbstractScrollArea *>()
                           : QList<QAbstractScrollArea *>();
    for (QAbstractScrollArea *area : areas) {
        if (!area->isVisible())
            continue;
        QScrollBar *bar = area->verticalScrollBar();
        const int target = bar->minimum() + (bar->maximum() - bar->minimum()) * (step + 1) / ScrollSteps;
        bar->setValue(step + 1 >= ScrollSteps * 2 ? bar->minimum() : target);
    }
    if (step + 1 < ScrollSteps)
        QTimer::singleShot(ScrollIntervalMs, this, [this, step] { scrollCurrentPage(step + 1); });
    else
        QTimer::singleShot(ScrollIntervalMs, this, &ResponsivenessProbe::nextStep);
}

} // namespace trellis
