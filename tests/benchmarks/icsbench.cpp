// trellis-icsbench: .ics export and import throughput of Trellis (run-ics.sh measures the processes).
//   seed DB N        a new database with one relationship and N meeting rows (10% weekly series)
//   export DB OUT    IcsExporter, every meeting
//   import DB IN     IcsImporter into relationship 1
// Prints "phase<TAB>ms<TAB>details" on stdout.
#include "calendar/meetingtimes.h"
#include "domain/person.h"
#include "domain/relationship.h"
#include "io/icsexporter.h"
#include "io/icsimporter.h"
#include "io/icsreader.h"
#include "services/peopleservice.h"
#include "services/relationshipservice.h"
#include "storage/bulkwriter.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <cstdio>

using namespace trellis;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 1;
}

int seed(const QString &path, qint64 n)
{
    auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
    if (!db)
        return fail(db.errorMessage());
    Database &database = **db;
    Person mentor;
    mentor.displayName = QStringLiteral("Ada Lovelace");
    mentor.isMentor = true;
    Person mentee;
    mentee.displayName = QStringLiteral("Charles Babbage");
    mentee.isMentee = true;
    auto a = PeopleService(database).createPerson(mentor);
    auto b = PeopleService(database).createPerson(mentee);
    if (!a || !b)
        return fail(QStringLiteral("cannot create people"));
    Relationship r;
    r.mentorId = a->primaryId;
    r.menteeId = b->primaryId;
    r.proposedOn = QDate(2025, 1, 1);
    auto rel = RelationshipService(database).createRelationship(r);
    if (!rel)
        return fail(rel.errorMessage());

    auto writer = BulkWriter::begin(database);
    if (!writer)
        return fail(writer.errorMessage());
    const QStringList columns = {QStringLiteral("relationship_id"),
                                 QStringLiteral("kind"),
                                 QStringLiteral("uid"),
                                 QStringLiteral("title"),
                                 QStringLiteral("location"),
                                 QStringLiteral("start_local"),
                                 QStringLiteral("timezone"),
                                 QStringLiteral("start_utc"),
                                 QStringLiteral("duration_minutes"),
                                 QStringLiteral("rrule"),
                                 QStringLiteral("range_start_utc"),
                                 QStringLiteral("range_end_utc"),
                                 QStringLiteral("reminder_minutes"),
                                 QStringLiteral("created_at"),
                                 QStringLiteral("updated_at")};
    auto table = (*writer)->prepareInsert(QStringLiteral("meeting"), columns);
    if (!table)
        return fail(table.errorMessage());
    const QString zone = QStringLiteral("Europe/Berlin");
    const QDateTime base(QDate(2024, 1, 1), QTime(9, 0), Qt::UTC);
    const QString rule = QStringLiteral("FREQ=WEEKLY;COUNT=10");
    for (qint64 i = 0; i < n; ++i) {
        const QDateTime wall = base.addSecs(i * 3600 * 7 % (2 * 365 * 86400));
        const LocalStart start{MeetingTimes::formatWallTime(wall.date(), QTime(wall.time().hour(), 0), false),
                               zone, false, false};
        auto utc = MeetingTimes::startUtc(start);
        if (!utc)
            return fail(utc.errorMessage());
        const bool series = i % 10 == 0;
        qint64 rangeEnd = *utc + 3600;
        if (series) {
            auto bounds = MeetingTimes::seriesBounds(start, 60, rule, QString(), QString());
            if (!bounds)
                return fail(bounds.errorMessage());
            rangeEnd = bounds->lastEndUtc.value_or(rangeEnd);
        }
        const std::vector<BulkValue> values = {
            rel->primaryId,
            series ? QStringLiteral("series") : QStringLiteral("single"),
            QStringLiteral("bench-%1@trellis").arg(i),
            QStringLiteral("Meeting %1 with a title of a usual length").arg(i),
            QStringLiteral("Room %1, Main building").arg(i % 40),
            start.text,
            zone,
            *utc,
            qint64(60),
            series ? rule : QString(),
            *utc,
            rangeEnd,
            qint64(15),
            qint64(1735689600),
            qint64(1735689600)};
        if (auto s = (*writer)->insert(*table, values); !s)
            return fail(s.errorMessage());
    }
    if (auto s = (*writer)->commit(); !s)
        return fail(s.errorMessage());
    QTextStream(stdout) << "seed\t0\t" << n << " meetings\n";
    return 0;
}

int exportAll(const QString &path, const QString &out)
{
    auto db = Database::open(path);
    if (!db)
        return fail(db.errorMessage());
    QElapsedTimer timer;
    timer.start();
    auto summary = IcsExporter(**db).exportToFile(MeetingExportScope::all(), out);
    if (!summary)
        return fail(summary.errorMessage());
    QTextStream(stdout) << "export\t" << timer.elapsed() << "\t" << summary->events << " events\n";
    return 0;
}

int importFile(const QString &path, const QString &in)
{
    auto db = Database::open(path);
    if (!db)
        return fail(db.errorMessage());
    QElapsedTimer timer;
    timer.start();
    auto report = IcsImporter(**db).importFile(in, 1);
    if (!report)
        return fail(report.errorMessage());
    if (report->refused)
        return fail(QStringLiteral("refused: ") + report->errors.front().message);
    QTextStream(stdout) << "import\t" << timer.elapsed() << "\t" << report->added << " added, "
                        << report->updated << " updated, " << report->unchanged << " unchanged, "
                        << report->skipped << " skipped\n";
    return 0;
}

// The reading half of an import alone (IcsReader: scan, libical parse, events).
int readFile(const QString &in)
{
    QElapsedTimer timer;
    timer.start();
    auto read = IcsReader().readFile(in);
    if (!read)
        return fail(read.errorMessage());
    QTextStream(stdout) << "read\t" << timer.elapsed() << "\t" << read->events.size() << " events\n";
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args.at(1) == QLatin1String("seed"))
        return seed(args.at(2), args.at(3).toLongLong());
    if (args.size() == 4 && args.at(1) == QLatin1String("export"))
        return exportAll(args.at(2), args.at(3));
    if (args.size() == 4 && args.at(1) == QLatin1String("import"))
        return importFile(args.at(2), args.at(3));
    if (args.size() == 3 && args.at(1) == QLatin1String("read"))
        return readFile(args.at(2));
    return fail(QStringLiteral(
        "usage: trellis-icsbench seed DB N | export DB OUT.ics | import DB IN.ics | read IN.ics"));
}
