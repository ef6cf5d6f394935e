// trellis-chartprobe: the responsiveness of the cohort charts on a large database (a copy of the
// `large` demo; Trellis migrates on open), as the cohort page shows them: an ActivityChartsView of
// every relationship, its series read and computed by its ModelLoader on the worker thread and
// drawn on the main thread, while a 1 ms timer on the main thread notes the longest gap between
// its ticks (the longest stall a user would feel; issue 11: <= 100 ms).
//   trellis-chartprobe DB [RUNS]   (default 5; QT_QPA_PLATFORM=offscreen without a display)
// Prints "phase<TAB>ms<TAB>target<TAB>verdict<TAB>details":
//   load        the longest stall while the view loads (worker) and draws (main thread) the series
//   load-time   how long, from asking to drawn (not a stall: the GUI runs meanwhile)
//   kind        the longest stall while switching through every chart kind (drawn on the main thread)
#include "changenotifier.h"
#include "charts/activitychart.h"
#include "charts/activitychartsview.h"
#include "models/modelloader.h"
#include "stallprobe.h"
#include "storage/database.h"
#include "workspace/workspacecontext.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>

#include <algorithm>
#include <cstdio>

using namespace trellis;
using trellis::bench::StallProbe;

namespace {

void print(const char *phase, double ms, double target, const QString &details)
{
    std::printf("%s\t%.1f\t<= %.0f\t%s\t%s\n", phase, ms, target, ms <= target ? "ok" : "OVER",
                qPrintable(details));
    std::fflush(stdout);
}

// Runs the event loop until `done` or 30 s.
template <typename Done>
bool spin(Done done)
{
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 30000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (done())
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: trellis-chartprobe DB [RUNS]\n");
        return 2;
    }
    const int runs = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 5;
    auto opened = Database::open(args.at(1));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.errorMessage()));
        return 1;
    }
    Database &db = *opened.value();
    ChangeNotifier notifier;
    const WorkspaceContext context{DataSource(&db, &notifier), nullptr, std::nullopt};
    using K = ActivityChart::Kind;
    const QList<K> kinds{K::Status, K::Completion, K::Adherence, K::Hours, K::Contact, K::Feedback};
    ActivityChartsView view(context, kinds);
    view.resize(1200, 700);
    view.show();

    double worstLoad = 0;
    QList<double> loadTimes;
    for (int run = 0; run < runs; ++run) {
        bool loaded = false;
        const auto connection = QObject::connect(&view, &ActivityChartsView::loaded, [&] { loaded = true; });
        StallProbe stalls;
        QElapsedTimer timer;
        timer.start();
        stalls.start();
        if (run == 0)
            view.setScope(RelationshipScope::all());
        else
            view.loader()->reload();
        const bool ok = spin([&] { return loaded; });
        loadTimes << double(timer.nsecsElapsed()) / 1e6;
        worstLoad = std::max(worstLoad, stalls.stop());
        QObject::disconnect(connection);
        if (!ok) {
            std::fprintf(stderr, "the charts did not load\n");
            return 1;
        }
    }
    std::sort(loadTimes.begin(), loadTimes.end());
    print("load", worstLoad, 100,
          QStringLiteral("longest main-thread stall over %1 loads of 2,500 relationships' charts").arg(runs));
    // No target: the GUI keeps running meanwhile.
    std::printf("load-time\t%.1f\t-\t-\tmedian from asking to drawn, over %d loads\n",
                loadTimes.at(loadTimes.size() / 2), runs);

    StallProbe stalls;
    stalls.start();
    for (int round = 0; round < runs; ++round) {
        for (const K kind : kinds) {
            view.setKind(kind);
            QCoreApplication::processEvents();
        }
    }
    print(
        "kind", stalls.stop(), 100,
        QStringLiteral("longest stall while drawing each of %1 kinds, %2 times").arg(kinds.size()).arg(runs));
    return 0;
}
