// trellis-chartbench: the cohort charts' series on a large database (the `large` demo:
//   trellis-cli demo /tmp/large.sqlite --size large; copy it first, Trellis migrates on open).
//   trellis-chartbench DB [RUNS [COHORT_ID]]   (default 5 runs)
// Every relationship of the database (the large demo: 2,500) as one scope, as the cohort page's
// "all cohorts" view reads it, and a cohort when one is named. Prints "phase<TAB>ms<TAB>details":
//   read      what ActivitySeries::load reads: ChartQuery::relationships, then factsSince the
//             first month shown (the held meetings and contacts of the months shown)
//   compute   ActivitySeries::of over those facts (12 months)
//   total     read + compute: what the cohort page's worker runs (issue 11: <= 200 ms)
#include "insights/activityseries.h"
#include "storage/chartquery.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>

#include <algorithm>
#include <cstdio>

using namespace trellis;

namespace {

void print(const char *phase, qint64 nanoseconds, const QString &details)
{
    std::printf("%s\t%.1f\t%s\n", phase, double(nanoseconds) / 1e6, qPrintable(details));
    std::fflush(stdout);
}

void run(Database &db, const RelationshipScope &scope, const QString &name, int runs)
{
    QList<qint64> totals;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const ChartQuery query(db.connection());
        auto relationships = query.relationships(scope);
        if (!relationships) {
            std::fprintf(stderr, "%s\n", qPrintable(relationships.errorMessage()));
            return;
        }
        const QDate first = ActivitySeries::firstMonthShown(*relationships, Clock::today());
        const qint64 since = QDateTime(first.addDays(-1), QTime(0, 0)).toSecsSinceEpoch();
        auto facts = query.factsSince(std::move(*relationships), scope, Clock::nowSecs(), since);
        const qint64 read = timer.nsecsElapsed();
        if (!facts) {
            std::fprintf(stderr, "%s\n", qPrintable(facts.errorMessage()));
            return;
        }
        const QString counts = QStringLiteral("%1: %2 relationships, %3 held meetings, %4 contacts, %5 goals")
                                   .arg(name)
                                   .arg(facts->relationships.size())
                                   .arg(facts->meetings.size())
                                   .arg(facts->contacts.size())
                                   .arg(facts->goals.size());
        timer.restart();
        const ActivitySeries series = ActivitySeries::of(std::move(*facts), Clock::today());
        const qint64 compute = timer.nsecsElapsed();
        print("read", read, counts);
        print("compute", compute,
              QStringLiteral("%1 months, %2 pairs today")
                  .arg(series.months.size())
                  .arg(series.statuses.last().counts.total));
        print("total", read + compute, QStringLiteral("%1 (target <= 200 ms)").arg(name));
        totals << read + compute;
    }
    std::sort(totals.begin(), totals.end());
    print("median", totals.at(totals.size() / 2), name);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: trellis-chartbench DB [RUNS]\n");
        return 2;
    }
    const int runs = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 5;
    auto opened = Database::open(args.at(1));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.errorMessage()));
        return 1;
    }
    Database &db = *opened.value();
    run(db, RelationshipScope::all(), QStringLiteral("all relationships"), runs);
    if (args.size() > 3)
        run(db, RelationshipScope::cohort(args.at(3).toLongLong()),
            QStringLiteral("cohort %1").arg(args.at(3)), runs);
    return 0;
}
