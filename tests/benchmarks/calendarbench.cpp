// trellis-calendarbench: the calendar's loads and layouts on a large database (a copy of the
// `large` demo: trellis-cli demo /tmp/large.sqlite --size large; Trellis migrates on open).
//   trellis-calendarbench DB [YYYY-MM-DD]   (default: today)
// Prints "phase<TAB>ms<TAB>details" (the worst of 5 runs for the single phases):
//   month-all        fetch + apply + layouts of the month around the date, every relationship
//   week-all         the same for its week
//   month-mentor     the month of the busiest mentor
//   layout-500       hourly and week-row layout of a week holding 500 occurrences
//   page-months      a year of months paged through one after the other: the longest step
//   page-weeks       52 weeks the same way: the longest step
#include "insights/calendaragenda.h"
#include "models/hourlymodel.h"
#include "models/loadrequest.h"
#include "models/occurrencemodel.h"
#include "models/weekrowmodel.h"
#include "storage/catalogquery.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>

#include <cstdio>

using namespace trellis;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 1;
}

void print(const char *phase, double ms, const QString &details)
{
    std::printf("%s\t%.1f\t%s\n", phase, ms, qPrintable(details));
    std::fflush(stdout);
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
    QCoreApplication app(argc, argv);
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
        print(phase, worst,
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
        print("layout-500", worst,
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
        print(phase, worst,
              QStringLiteral("longest of %1 steps (total %2 ms, at most %3 occurrences)")
                  .arg(steps)
                  .arg(total, 0, 'f', 1)
                  .arg(most));
    };
    page("page-months", 12, true);
    page("page-weeks", 52, false);
    return 0;
}
