#include "io/icsimporter.h"

#include "demo/demogenerator.h"
#include "io/icsexporter.h"
#include "services/changeapplier.h"
#include "storage/entityreader.h"
#include "storage/occurrencequery.h"
#include "testlib/databasedump.h"
#include "testlib/sampledata.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "util/clock.h"

#include <QBuffer>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <tuple>

using namespace trellis;
using namespace trellis::test;

namespace {

const QDateTime s_now(QDate(2025, 5, 15), QTime(12, 0), Qt::UTC);

QByteArray exportAll(Database &db, IcsExportSummary *summary = nullptr)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    IcsExporter exporter(db);
    auto done = exporter.exportTo(MeetingExportScope::all(), buffer);
    if (!done) {
        qWarning("%s", qPrintable(done.errorMessage()));
        return {};
    }
    if (summary)
        *summary = *done;
    return buffer.data();
}

using Slot = std::tuple<qint64, qint64, QString>;

// Start, end and title of every occurrence that is not cancelled, sorted.
std::vector<Slot> slots(const Result<QList<Occurrence>> &found)
{
    std::vector<Slot> result;
    if (!found) {
        qWarning("%s", qPrintable(found.errorMessage()));
        return result;
    }
    for (const Occurrence &o : *found) {
        if (o.status != OccurrenceStatus::Cancelled)
            result.emplace_back(o.startUtc, o.endUtc, o.title);
    }
    std::sort(result.begin(), result.end());
    return result;
}

QByteArray calendar(const QString &events)
{
    return (QStringLiteral("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n") + events +
            QStringLiteral("END:VCALENDAR\r\n"))
        .toUtf8();
}

QString vevent(const QString &uid, int sequence, const QString &summary, const QString &start,
               const QString &extra = {})
{
    return QStringLiteral("BEGIN:VEVENT\r\nUID:%1\r\nDTSTAMP:20250101T000000Z\r\nSEQUENCE:%2\r\n"
                          "DTSTART;TZID=Europe/Berlin:%3\r\nDURATION:PT1H\r\nSUMMARY:%4\r\n%5END:VEVENT\r\n")
        .arg(uid)
        .arg(sequence)
        .arg(start, summary, extra);
}

#define VERIFY_OK(call)                                                                                      \
    do {                                                                                                     \
        const auto &verified_ = (call);                                                                      \
        QVERIFY2(verified_.ok(), qPrintable(verified_.ok() ? QString() : verified_.errorMessage()));         \
    } while (false)

} // namespace

// The writing half of the .ics import: identity, SEQUENCE, round trips, undo, cancel.
class IcsImporterTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldRoundTripAnExportIntoAFreshRelationship()
    {
        // GIVEN the small demo programme (series in several zones, overrides, cancelled occurrences)
        PinnedClock clock(s_now);
        TempDatabase source;
        DemoOptions options;
        VERIFY_OK(DemoGenerator::generate(source.db(), options));
        IcsExportSummary exported;
        const QByteArray file = exportAll(source.db(), &exported);
        QVERIFY(exported.series > 0 && exported.overrides > 0 && exported.cancelledOccurrences > 0);

        // WHEN its export is imported into a fresh relationship of another database
        TempDatabase target;
        const SampleData data = SampleData::create(target.db());
        auto report = IcsImporter(target.db()).importData(file, data.proposed);
        VERIFY_OK(report);

        // THEN every event was added, and the occurrences over two years are the same
        QCOMPARE(report->added, exported.events);
        QCOMPARE(report->unchanged + report->updated + report->skipped, 0);
        const qint64 from = s_now.addYears(-1).toSecsSinceEpoch();
        const qint64 to = s_now.addYears(1).toSecsSinceEpoch();
        const auto expected = slots(OccurrenceQuery(source.db().connection()).all(from, to));
        const auto imported =
            slots(OccurrenceQuery(target.db().connection()).forRelationship(data.proposed, from, to));
        QVERIFY(expected.size() > 100);
        QCOMPARE(imported.size(), expected.size());
        QVERIFY(imported == expected);
    }

    void shouldReportEverythingUnchangedWhenAnExportComesBack()
    {
        // GIVEN the small demo programme and its export
        PinnedClock clock(s_now);
        TempDatabase temp;
        VERIFY_OK(DemoGenerator::generate(temp.db(), DemoOptions{}));
        IcsExportSummary exported;
        const QByteArray file = exportAll(temp.db(), &exported);
        const QString dump = dumpDatabase(temp.db().connection());

        // WHEN it is imported into the same database
        auto report = IcsImporter(temp.db()).importData(file, 1);
        VERIFY_OK(report);

        // THEN every event is unchanged and nothing was written
        QCOMPARE(report->unchanged, exported.events);
        QCOMPARE(report->added, 0);
        QCOMPARE(report->updated, 0);
        QVERIFY(report->changes.isEmpty());
        QCOMPARE(dumpDatabase(temp.db().connection()), dump);
    }

    void shouldUpdateOnlyAtAHigherSequence_data()
    {
        QTest::addColumn<int>("sequence");
        QTest::addColumn<QString>("summary");
        QTest::addColumn<bool>("updated");

        QTest::newRow("higher") << 3 << QStringLiteral("Moved") << true;
        QTest::newRow("equal, other title") << 2 << QStringLiteral("Renamed") << false;
        QTest::newRow("lower") << 1 << QStringLiteral("Old") << false;
    }

    void shouldUpdateOnlyAtAHigherSequence()
    {
        QFETCH(int, sequence);
        QFETCH(QString, summary);
        QFETCH(bool, updated);
        // GIVEN an event imported at SEQUENCE 2 into the proposed relationship
        PinnedClock clock(s_now);
        TempDatabase temp;
        const SampleData data = SampleData::create(temp.db());
        const QString uid = QStringLiteral("weekly-1@example.org");
        auto first = IcsImporter(temp.db()).importData(
            calendar(vevent(uid, 2, QStringLiteral("Planning"), QStringLiteral("20250602T100000"))),
            data.proposed);
        VERIFY_OK(first);
        QCOMPARE(first->added, 1);

        // WHEN a version with another SEQUENCE comes, imported into another relationship
        auto second = IcsImporter(temp.db()).importData(
            calendar(vevent(uid, sequence, summary, QStringLiteral("20250602T110000"))), data.relationship);
        VERIFY_OK(second);

        // THEN only a higher SEQUENCE updates, in place, in the event's own relationship
        QCOMPARE(second->updated, updated ? 1 : 0);
        QCOMPARE(second->unchanged, updated ? 0 : 1);
        QCOMPARE(second->added, 0);
        auto stored = EntityReader(temp.db().connection()).meetingsWithUid(uid);
        VERIFY_OK(stored);
        QCOMPARE(stored->size(), 1);
        const Meeting &m = stored->first();
        QCOMPARE(m.relationshipId, data.proposed);
        QCOMPARE(m.title, updated ? summary : QStringLiteral("Planning"));
        QCOMPARE(m.startLocal,
                 updated ? QStringLiteral("2025-06-02T11:00:00") : QStringLiteral("2025-06-02T10:00:00"));
        QCOMPARE(m.sequence, updated ? sequence : 2);
    }

    void shouldAttachOverridesAndKeepOrphansAsSingles()
    {
        // GIVEN a stored series (imported) and, later, a file with only a changed occurrence of it
        // plus an occurrence of a series that exists nowhere
        PinnedClock clock(s_now);
        TempDatabase temp;
        const SampleData data = SampleData::create(temp.db());
        VERIFY_OK(IcsImporter(temp.db()).importData(
            calendar(vevent(QStringLiteral("series@x"), 0, QStringLiteral("Weekly"),
                            QStringLiteral("20250602T100000"),
                            QStringLiteral("RRULE:FREQ=WEEKLY;COUNT=5\r\n"))),
            data.proposed));
        const QString overrides =
            vevent(QStringLiteral("series@x"), 0, QStringLiteral("Moved"), QStringLiteral("20250610T150000"),
                   QStringLiteral("RECURRENCE-ID:20250609T080000Z\r\n")) +
            vevent(QStringLiteral("orphan@x"), 0, QStringLiteral("Orphan"), QStringLiteral("20250610T150000"),
                   QStringLiteral("RECURRENCE-ID;TZID=Europe/Berlin:20250609T100000\r\n"));

        // WHEN it is imported into another relationship
        auto report = IcsImporter(temp.db()).importData(calendar(overrides), data.relationship);
        VERIFY_OK(report);

        // THEN the change attaches to its series (RECURRENCE-ID in UTC converted to the series' form)
        QCOMPARE(report->added, 2);
        auto moved = EntityReader(temp.db().connection()).meetingsWithUid(QStringLiteral("series@x"));
        VERIFY_OK(moved);
        QCOMPARE(moved->size(), 2);
        const Meeting &override = moved->at(1);
        QCOMPARE(override.kind, MeetingKind::Override);
        QCOMPARE(override.recurrenceId, QStringLiteral("2025-06-09T10:00:00"));
        QCOMPARE(override.relationshipId, data.proposed);
        // AND the orphan is kept as a single meeting (UID + original start), with a warning naming its line
        auto orphan = EntityReader(temp.db().connection())
                          .meetingsWithUid(QStringLiteral("orphan@x/2025-06-09T10:00:00"));
        VERIFY_OK(orphan);
        QCOMPARE(orphan->size(), 1);
        QCOMPARE(orphan->first().kind, MeetingKind::Single);
        QCOMPARE(orphan->first().relationshipId, data.relationship);
        QVERIFY(std::any_of(report->warnings.cbegin(), report->warnings.cend(), [](const IcsProblem &p) {
            return p.line == 13 && p.message.contains(QLatin1String("Line 13"));
        }));
    }

    void shouldUndoAWholeImport()
    {
        // GIVEN a database and the export of the demo programme
        PinnedClock clock(s_now);
        TempDatabase source;
        VERIFY_OK(DemoGenerator::generate(source.db(), DemoOptions{}));
        const QByteArray file = exportAll(source.db());
        TempDatabase target;
        const SampleData data = SampleData::create(target.db());
        const QString before = dumpDatabase(target.db().connection());

        // WHEN it is imported THEN one ChangeSet holds everything, and its inverse restores the database
        auto report = IcsImporter(target.db()).importData(file, data.proposed);
        VERIFY_OK(report);
        QCOMPARE(qint64(report->changes.changes.size()), report->added);
        VERIFY_OK(ChangeApplier(target.db()).apply(report->changes.inverse()));
        QCOMPARE(dumpDatabase(target.db().connection()), before);
    }

    void shouldWriteNothingWhenCancelledOrFailing()
    {
        // GIVEN a database and a file of a few hundred events
        PinnedClock clock(s_now);
        TempDatabase source;
        VERIFY_OK(DemoGenerator::generate(source.db(), DemoOptions{}));
        const QByteArray file = exportAll(source.db());
        TempDatabase target;
        const SampleData data = SampleData::create(target.db());
        const QString before = dumpDatabase(target.db().connection());

        // WHEN the import is cancelled while writing
        std::atomic_bool cancel = false;
        IcsImporter importer(target.db());
        importer.setCancelFlag(&cancel);
        qint64 last = -1;
        bool monotonic = true;
        importer.setProgressCallback([&](qint64 done, qint64 total) {
            monotonic = monotonic && done >= last && done <= total;
            last = done;
            if (done > total / 2 + 50)
                cancel = true;
        });
        auto cancelled = importer.importData(file, data.proposed);
        // THEN it fails and nothing was written
        QVERIFY(!cancelled.ok());
        QVERIFY(cancelled.errorMessage().contains(QLatin1String("cancelled")));
        QVERIFY(monotonic);
        QCOMPARE(dumpDatabase(target.db().connection()), before);

        // WHEN the relationship does not exist THEN it fails and nothing was written
        QVERIFY(!IcsImporter(target.db()).importData(file, 9999).ok());
        QCOMPARE(dumpDatabase(target.db().connection()), before);
    }
};

TRELLIS_REGISTER_TEST(IcsImporterTest);
#include "icsimportertest.moc"
