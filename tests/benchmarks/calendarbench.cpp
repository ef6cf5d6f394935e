// trellis-calendarbench: the calendar's loads and layouts on a large database (a copy of the
// `large` demo: trellis-cli demo /tmp/large.sqlite --size large; Trellis migrates on open).
//   trellis-calendarbench DB [YYYY-MM-DD]   (default: today)
// Prints "phase<TAB>ms<TAB>target<TAB>verdict<TAB>details" (the worst of 5 runs for the single
// phases; issue 10's targets):
//   month-all        fetch + apply + layouts of the month around the date, every relationship (<= 50)
//   week-all         the same for its week (<= 50)
//   month-mentor     the month of the busiest mentor (<= 50)
//   week-mentor      the week of the busiest mentor (<= 50)
//   layout-500       conflicts, hourly and week-row layout of a week holding 500 occurrences (<= 16)
//   page-months      a year of months fetched and laid out one after the other, on one thread:
//                    the longest step (<= 100; stricter than the GUI, whose loads run on a worker)
//   page-weeks       52 weeks the same way (<= 100)
//   probe-months     the responsiveness probe: the page's models as the Calendar page drives them
//   probe-weeks      (ModelLoader fetching on its worker thread, the result applied and laid out on
//                    the main thread) paged through 12 months / 52 weeks while a 1 ms timer on the
//                    main thread notes the longest gap between its ticks: the longest stall a user
//                    would feel, painting aside (<= 100)
#include "changenotifier.h"
#include "insights/calendaragenda.h"
#include "models/hourlymodel.h"
#include "models/loadrequest.h"
#include "models/modelloader.h"
#include "models/occurrencemodel.h"
#include "models/weekrowmodel.h"
#include "storage/catalogquery.h"
#include "storage/database.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QHash>
#include <QTimer>

#include <cstdio>

using namespace trellis;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 1;
}

void print(const char *phase, double ms, double target, const QString &details)
{
    std::printf("%s\t%.1f\t<= %.0f\t%s\t%s\n", phase, ms, target, ms <= target ? "ok" : "OVER",
                qPrintable(details));
    std::fflush(stdout);
}

// The longest gap between ticks of a 1 ms timer while `work` runs steps on the event loop.
class StallProbe {
public:
    StallProbe()
    {
        m_timer.setInterval(1);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last >= 0)
                m_worst = std::max(m_worst, now - m_last);
            m_last = now;
        });
    }
    void start()
    {
        m_worst = 0;
        m_last = -1;
        m_clock.start();
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        return double(m_worst) / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = -1;
    qint64 m_worst = 0;
};

// Runs the event loop until the loader has applied the load it runs now.
bool settle(const ModelLoader &loader)
{
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 30000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (loader.hasLoaded() && !loader.isLoading())
            return true;
    }
    return false;
}

QDate weekStartOf(const QDate &date)
{
    return date.addDays(1 - date.dayOfWeek());
}

// One fetch and apply into models that lay out at once; ms, and the occurrences.
std::pair<double, int> load(Database &db, OccurrenceModel &model, const QDate &first, int days)
{
    QElapsedTimer timer;
    timer.start();
    model.setWindow(first, days);
    auto data = model.fetcher()(db, LoadRequest());
    if (!data)
        return {-1, 0};
    const int count = int(data->entries.size());
    model.apply(std::move(*data), LoadRequest());
    return {double(timer.nsecsElapsed()) / 1e6, count};
}

} // namespace

int main(int argc, char **argv)
{
    // The models are Qt Gui ones: offscreen unless a display is asked for.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2)
        return fail(QStringLiteral("usage: trellis-calendarbench DB [YYYY-MM-DD]"));
    const QDate date = args.size() > 2 ? QDate::fromString(args.at(2), Qt::ISODate) : QDate::currentDate();
    auto opened = Database::open(args.at(1));
    if (!opened)
        return fail(opened.errorMessage());
    Database &db = *opened.value();

    const QDate monthFirst = weekStartOf(QDate(date.year(), date.month(), 1));
    auto measure = [&](const char *phase, const RelationshipScope &scope, const QDate &first, int days) {
        double worst = 0;
        int count = 0;
        for (int run = 0; run < 5; ++run) {
            OccurrenceModel model;
            model.setScope(scope);
            HourlyModel hourly(&model);
            WeekRowModel weeks(&model);
            const auto [ms, n] = load(db, model, first, days);
            worst = std::max(worst, ms);
            count = n;
        }
        print(phase, worst, 50,
              QStringLiteral("%1 occurrences from %2, %3 days, worst of 5")
                  .arg(count)
                  .arg(first.toString(Qt::ISODate))
                  .arg(days));
    };
    measure("month-all", RelationshipScope::all(), monthFirst, 42);
    measure("week-all", RelationshipScope::all(), weekStartOf(date), 7);

    auto relationships = CatalogQuery(db.connection()).list(CatalogQuery::Listing::Relationships);
    if (!relationships)
        return fail(relationships.errorMessage());
    QHash<qint64, int> perMentor;
    const int mentorColumn = int(relationships->columns.indexOf(QStringLiteral("mentor_id")));
    for (const QVariantList &row : relationships->rows)
        ++perMentor[row.at(mentorColumn).toLongLong()];
    qint64 busiest = 0;
    for (auto it = perMentor.cbegin(); it != perMentor.cend(); ++it)
        if (it.value() > perMentor.value(busiest))
            busiest = it.key();
    measure("month-mentor", RelationshipScope::mentor(busiest), monthFirst, 42);
    measure("week-mentor", RelationshipScope::mentor(busiest), weekStartOf(date), 7);

    {
        // 500 occurrences in one week, 08:00-18:00, many overlapping.
        QList<AgendaEntry> entries;
        const QDate first = weekStartOf(date);
        const QTimeZone zone = QTimeZone::systemTimeZone();
        for (int i = 0; i < 500; ++i) {
            AgendaEntry e;
            e.occurrence.meetingId = i + 1;
            e.occurrence.relationshipId = i % 97 + 1;
            e.occurrence.startUtc = QDateTime(first.addDays(i % 7), QTime(8, 0), zone).toSecsSinceEpoch() +
                                    qint64((i * 37) % 600) * 60;
            e.occurrence.endUtc = e.occurrence.startUtc + 30 * 60 + (i % 4) * 15 * 60;
            e.occurrence.startLocal = QDateTime::fromSecsSinceEpoch(e.occurrence.startUtc, Qt::UTC);
            e.occurrence.endLocal = QDateTime::fromSecsSinceEpoch(e.occurrence.endUtc, Qt::UTC);
            e.mentorId = i % 13 + 1;
            e.menteeId = 1000 + i;
            entries.append(e);
        }
        std::sort(entries.begin(), entries.end(), [](const AgendaEntry &a, const AgendaEntry &b) {
            return a.occurrence.startUtc < b.occurrence.startUtc;
        });
        double worst = 0;
        for (int run = 0; run < 5; ++run) {
            OccurrenceModel model;
            HourlyModel hourly(&model);
            WeekRowModel weeks(&model);
            model.setWindow(first, 7);
            QList<AgendaEntry> copy = entries;
            QElapsedTimer timer;
            timer.start();
            CalendarAgenda::markConflicts(copy);
            model.apply(OccurrenceModel::Data{first, 7, std::move(copy)}, LoadRequest());
            worst = std::max(worst, double(timer.nsecsElapsed()) / 1e6);
        }
        print("layout-500", worst, 16,
              QStringLiteral("conflicts + apply + hourly and week-row layout, worst of 5"));
    }

    auto page = [&](const char *phase, int steps, bool months) {
        OccurrenceModel model;
        HourlyModel hourly(&model);
        WeekRowModel weeks(&model);
        double worst = 0;
        double total = 0;
        int most = 0;
        for (int step = 0; step < steps; ++step) {
            const QDate anchor =
                months ? QDate(date.year(), date.month(), 1).addMonths(step) : date.addDays(7 * step);
            const QDate first = months ? weekStartOf(anchor) : weekStartOf(anchor);
            const auto [ms, n] = load(db, model, first, months ? 42 : 7);
            worst = std::max(worst, ms);
            total += ms;
            most = std::max(most, n);
        }
        print(phase, worst, 100,
              QStringLiteral("longest of %1 steps (total %2 ms, at most %3 occurrences)")
                  .arg(steps)
                  .arg(total, 0, 'f', 1)
                  .arg(most));
    };
    page("page-months", 12, true);
    page("page-weeks", 52, false);

    // The responsiveness probe: the coordinator's calendar over every relationship, loaded as the
    // page loads it.
    ChangeNotifier notifier;
    OccurrenceModel model;
    HourlyModel hourly(&model);
    WeekRowModel weeks(&model);
    ModelLoader loader(DataSource(&db, &notifier), OccurrenceModel::watched());
    auto probe = [&](const char *phase, int steps, bool months) {
        auto show = [&](int step) {
            const QDate anchor =
                months ? QDate(date.year(), date.month(), 1).addMonths(step) : date.addDays(7 * step);
            model.setWindow(weekStartOf(anchor), months ? 42 : 7);
            loader.setLoad(model.fetcher(), &model, &OccurrenceModel::apply);
            loader.reload();
            return settle(loader);
        };
        if (!show(0))
            return false;
        StallProbe stalls;
        QElapsedTimer total;
        total.start();
        stalls.start();
        int most = 0;
        for (int step = 1; step <= steps; ++step) {
            if (!show(step))
                return false;
            most = std::max(most, model.rowCount());
        }
        const double worst = stalls.stop();
        print(phase, worst, 100,
              QStringLiteral("longest main-thread stall over %1 steps, loads on the worker (total %2 ms, at "
                             "most %3 occurrences)")
                  .arg(steps)
                  .arg(double(total.nsecsElapsed()) / 1e6, 0, 'f', 0)
                  .arg(most));
        return true;
    };
    if (!probe("probe-months", 12, true) || !probe("probe-weeks", 52, false))
        return fail(QStringLiteral("the calendar did not load"));
    return 0;
}
