#include "services/serieseditservice.h"

#include "calendar/recurrencerule.h"
#include "services/servicebundle.h"
#include "storage/occurrencequery.h"
#include "testlib/databasedump.h"
#include "testlib/sampledata.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "util/clock.h"

#include <QSqlQuery>
#include <QTest>

using namespace trellis;
using namespace trellis::test;

namespace {

// Evaluates the call once (an edit must not run twice).
#define VERIFY_OK(call)                                                                                      \
    do {                                                                                                     \
        const auto &verified_ = (call);                                                                      \
        QVERIFY2(verified_.ok(), qPrintable(verified_.ok() ? QString() : verified_.errorMessage()));         \
    } while (false)

const qint64 s_from = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
const qint64 s_to = QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();

int meetingSequence(Database &db, Id id)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT sequence FROM meeting WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt();
}

int countRows(Database &db, const QString &where)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM meeting WHERE ") + where) || !query.next())
        return -1;
    return query.value(0).toInt();
}

// The local starts of the relationship's occurrences (cancelled ones marked), in time order.
QStringList starts(Database &db, Id relationship, bool withCancelled = false)
{
    QStringList result;
    auto found = OccurrenceQuery(db.connection()).forRelationship(relationship, s_from, s_to);
    if (!found) {
        qWarning("%s", qPrintable(found.errorMessage()));
        return {QStringLiteral("error")};
    }
    for (const Occurrence &o : *found) {
        if (o.status == OccurrenceStatus::Cancelled && !withCancelled)
            continue;
        QString text = o.allDay ? o.startLocal.date().toString(Qt::ISODate)
                                : o.startLocal.toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
        if (o.status == OccurrenceStatus::Cancelled)
            text += QStringLiteral(" cancelled");
        result.append(text);
    }
    return result;
}

struct Fixture {
    PinnedClock clock{QDateTime(QDate(2025, 1, 10), QTime(12, 0), Qt::UTC)};
    TempDatabase temp;
    SampleData data = SampleData::create(temp.db());
    ServiceBundle services{temp.db()};
    SeriesEditService edits{temp.db()};

    Database &db() { return temp.db(); }

    // A series in the "proposed" relationship, which has no other meetings.
    Id series(const QString &start, const QString &zone, const QString &rule, bool allDay = false)
    {
        Meeting m;
        m.relationshipId = data.proposed;
        m.kind = MeetingKind::Series;
        m.title = QStringLiteral("Check-in");
        m.startLocal = start;
        m.allDay = allDay;
        m.timezone = allDay ? QString() : zone;
        m.durationMinutes = allDay ? 0 : 45;
        m.rrules = {rule};
        auto created = services.meetings.createMeeting(m);
        if (!created)
            qWarning("%s", qPrintable(created.errorMessage()));
        return created ? created->primaryId : 0;
    }

    OccurrenceEdit edit(Id seriesId, const QString &recurrenceId, const QString &newStart,
                        OccurrenceScope scope)
    {
        OccurrenceEdit e;
        e.seriesId = seriesId;
        e.recurrenceId = recurrenceId;
        e.scope = scope;
        e.values = services.get<Meeting>(seriesId);
        e.values.rrules.clear();
        e.values.startLocal = newStart;
        return e;
    }
};

} // namespace

// Editing semantics of recurring meetings: this occurrence, this and following, all, cancel, end.
class SeriesEditServiceTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldMoveOneOccurrenceOnly_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("occurrence");
        QTest::addColumn<QString>("moveTo");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("across midnight, New York")
            << QStringLiteral("America/New_York") << QStringLiteral("2025-03-06T23:30:00")
            << QStringLiteral("FREQ=DAILY;COUNT=3") << QStringLiteral("2025-03-07T23:30:00")
            << QStringLiteral("2025-03-08T00:15:00")
            << QStringList{QStringLiteral("2025-03-06T23:30"), QStringLiteral("2025-03-08T00:15"),
                           QStringLiteral("2025-03-08T23:30")};
        QTest::newRow("into the DST switch week, Berlin")
            << QStringLiteral("Europe/Berlin") << QStringLiteral("2025-03-25T17:00:00")
            << QStringLiteral("FREQ=WEEKLY;COUNT=3") << QStringLiteral("2025-04-01T17:00:00")
            << QStringLiteral("2025-03-29T10:00:00")
            << QStringList{QStringLiteral("2025-03-25T17:00"), QStringLiteral("2025-03-29T10:00"),
                           QStringLiteral("2025-04-08T17:00")};
        QTest::newRow("last Friday of the month")
            << QStringLiteral("Europe/Berlin") << QStringLiteral("2025-01-31T10:00:00")
            << QStringLiteral("FREQ=MONTHLY;BYDAY=-1FR;COUNT=3") << QStringLiteral("2025-02-28T10:00:00")
            << QStringLiteral("2025-03-03T10:00:00")
            << QStringList{QStringLiteral("2025-01-31T10:00"), QStringLiteral("2025-03-03T10:00"),
                           QStringLiteral("2025-03-28T10:00")};
    }

    void shouldMoveOneOccurrenceOnly()
    {
        QFETCH(QString, zone);
        QFETCH(QString, start);
        QFETCH(QString, rule);
        QFETCH(QString, occurrence);
        QFETCH(QString, moveTo);
        QFETCH(QStringList, expected);
        // GIVEN a series
        Fixture f;
        const Id series = f.series(start, zone, rule);
        QVERIFY(series > 0);
        const int sequence = meetingSequence(f.db(), series);

        // WHEN one occurrence moves
        auto done =
            f.edits.editOccurrence(f.edit(series, occurrence, moveTo, OccurrenceScope::ThisOccurrence));
        VERIFY_OK(done);

        // THEN only that occurrence moved, through an override; the series is untouched
        QCOMPARE(starts(f.db(), f.data.proposed), expected);
        const Meeting override = f.services.get<Meeting>(done->primaryId);
        QCOMPARE(override.kind, MeetingKind::Override);
        QCOMPARE(override.recurrenceId, occurrence);
        QCOMPARE(meetingSequence(f.db(), series), sequence);

        // WHEN it moves again THEN the same override is updated and its SEQUENCE rises
        OccurrenceEdit again = f.edit(series, occurrence, moveTo, OccurrenceScope::ThisOccurrence);
        again.values.durationMinutes = 90;
        auto second = f.edits.editOccurrence(again);
        VERIFY_OK(second);
        QCOMPARE(second->primaryId, done->primaryId);
        QVERIFY(meetingSequence(f.db(), done->primaryId) > override.sequence);
    }

    void shouldSplitTheSeries_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<bool>("allDay");
        QTest::addColumn<QString>("occurrence");
        QTest::addColumn<QString>("newStart");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<int>("oldCount");

        QTest::newRow("COUNT, later time, across Berlin's DST switch")
            << QStringLiteral("Europe/Berlin") << QStringLiteral("2025-03-04T17:00:00")
            << QStringLiteral("FREQ=WEEKLY;BYDAY=TU;COUNT=6") << false
            << QStringLiteral("2025-03-18T17:00:00") << QStringLiteral("2025-03-18T18:00:00")
            << QStringList{QStringLiteral("2025-03-04T17:00"), QStringLiteral("2025-03-11T17:00"),
                           QStringLiteral("2025-03-18T18:00"), QStringLiteral("2025-03-25T18:00"),
                           QStringLiteral("2025-04-01T18:00"), QStringLiteral("2025-04-08T18:00")}
            << 2;
        QTest::newRow("UNTIL, moved to Wednesday, across New York's DST switch")
            << QStringLiteral("America/New_York") << QStringLiteral("2025-10-14T09:00:00")
            << QStringLiteral("FREQ=WEEKLY;BYDAY=TU;UNTIL=20251125T235959Z") << false
            << QStringLiteral("2025-10-28T09:00:00") << QStringLiteral("2025-10-29T09:00:00")
            << QStringList{QStringLiteral("2025-10-14T09:00"), QStringLiteral("2025-10-21T09:00"),
                           QStringLiteral("2025-10-29T09:00"), QStringLiteral("2025-11-05T09:00"),
                           QStringLiteral("2025-11-12T09:00"), QStringLiteral("2025-11-19T09:00"),
                           QStringLiteral("2025-11-26T09:00")}
            << 2;
        QTest::newRow("last Friday, an hour earlier")
            << QStringLiteral("Europe/Berlin") << QStringLiteral("2025-01-31T10:00:00")
            << QStringLiteral("FREQ=MONTHLY;BYDAY=-1FR;COUNT=5") << false
            << QStringLiteral("2025-03-28T10:00:00") << QStringLiteral("2025-03-28T09:00:00")
            << QStringList{QStringLiteral("2025-01-31T10:00"), QStringLiteral("2025-02-28T10:00"),
                           QStringLiteral("2025-03-28T09:00"), QStringLiteral("2025-04-25T09:00"),
                           QStringLiteral("2025-05-30T09:00")}
            << 2;
        QTest::newRow("month ends (the 31st only)")
            << QStringLiteral("Europe/Berlin") << QStringLiteral("2025-01-31T12:00:00")
            << QStringLiteral("FREQ=MONTHLY;COUNT=4") << false << QStringLiteral("2025-05-31T12:00:00")
            << QStringLiteral("2025-05-31T14:00:00")
            << QStringList{QStringLiteral("2025-01-31T12:00"), QStringLiteral("2025-03-31T12:00"),
                           QStringLiteral("2025-05-31T14:00"), QStringLiteral("2025-07-31T14:00")}
            << 2;
        QTest::newRow("all-day, a day later")
            << QString() << QStringLiteral("2025-12-01") << QStringLiteral("FREQ=WEEKLY;COUNT=4") << true
            << QStringLiteral("2025-12-15") << QStringLiteral("2025-12-16")
            << QStringList{QStringLiteral("2025-12-01"), QStringLiteral("2025-12-08"),
                           QStringLiteral("2025-12-16"), QStringLiteral("2025-12-23")}
            << 2;
    }

    void shouldSplitTheSeries()
    {
        QFETCH(QString, zone);
        QFETCH(QString, start);
        QFETCH(QString, rule);
        QFETCH(bool, allDay);
        QFETCH(QString, occurrence);
        QFETCH(QString, newStart);
        QFETCH(QStringList, expected);
        QFETCH(int, oldCount);
        // GIVEN a series
        Fixture f;
        const Id series = f.series(start, zone, rule, allDay);
        QVERIFY(series > 0);
        const Meeting before = f.services.get<Meeting>(series);
        const QString dump = dumpDatabase(f.db().connection());

        // WHEN this and the following occurrences change
        auto done =
            f.edits.editOccurrence(f.edit(series, occurrence, newStart, OccurrenceScope::ThisAndFollowing));
        VERIFY_OK(done);

        // THEN the old series ends before the split, a new series with a new UID carries on
        QCOMPARE(starts(f.db(), f.data.proposed), expected);
        const Meeting old = f.services.get<Meeting>(series);
        const Meeting next = f.services.get<Meeting>(done->primaryId);
        QVERIFY(next.id != series);
        QVERIFY(next.uid != old.uid);
        QCOMPARE(old.uid, before.uid);
        QVERIFY(old.sequence > before.sequence);
        QVERIFY(old.rrules.first().contains(QLatin1String("UNTIL=")));
        QVERIFY(!old.rrules.first().contains(QLatin1String("COUNT=")));
        auto oldOccurrences =
            OccurrenceQuery(f.db().connection()).forRelationship(f.data.proposed, s_from, s_to);
        VERIFY_OK(oldOccurrences);
        QCOMPARE(std::count_if(oldOccurrences->cbegin(), oldOccurrences->cend(),
                               [&](const Occurrence &o) { return o.seriesId == series; }),
                 oldCount);

        // WHEN undone THEN the rows come back, and SEQUENCE has not gone down
        auto undone = f.services.applier.apply(done->inverse());
        VERIFY_OK(undone);
        QCOMPARE(dumpDatabase(f.db().connection()), dump);
        QVERIFY(meetingSequence(f.db(), series) > old.sequence);
    }

    void shouldKeepOverridesConsistentWhenAllOccurrencesMove()
    {
        // GIVEN a weekly series with a logged occurrence (kept time) and a moved one
        Fixture f;
        const Id series = f.series(QStringLiteral("2025-03-04T17:00:00"), QStringLiteral("Europe/Berlin"),
                                   QStringLiteral("FREQ=WEEKLY;BYDAY=TU;COUNT=5"));
        MeetingLog log;
        log.meetingId = series;
        log.occurrence = QStringLiteral("2025-03-11T17:00:00");
        log.sharedNotes = QStringLiteral("Went well");
        auto logged = f.services.meetings.logMeeting(log);
        VERIFY_OK(logged);
        auto moved = f.edits.editOccurrence(f.edit(series, QStringLiteral("2025-03-25T17:00:00"),
                                                   QStringLiteral("2025-03-26T08:00:00"),
                                                   OccurrenceScope::ThisOccurrence));
        VERIFY_OK(moved);
        const int sequence = meetingSequence(f.db(), series);

        // WHEN all occurrences move from 17:00 to 18:30 (edited from the last one) with a new title
        OccurrenceEdit all = f.edit(series, QStringLiteral("2025-04-01T17:00:00"),
                                    QStringLiteral("2025-04-01T18:30:00"), OccurrenceScope::AllOccurrences);
        all.values.title = QStringLiteral("Weekly check-in");
        auto done = f.edits.editOccurrence(all);
        VERIFY_OK(done);

        // THEN every occurrence is at 18:30 except the moved one, with no duplicates
        QCOMPARE(starts(f.db(), f.data.proposed),
                 (QStringList{QStringLiteral("2025-03-04T18:30"), QStringLiteral("2025-03-11T18:30"),
                              QStringLiteral("2025-03-18T18:30"), QStringLiteral("2025-03-26T08:00"),
                              QStringLiteral("2025-04-01T18:30")}));
        // AND the overrides' original starts moved with the series, in its form
        const Meeting kept = f.services.get<Meeting>(logged->primaryId);
        QCOMPARE(kept.recurrenceId, QStringLiteral("2025-03-11T18:30:00"));
        QCOMPARE(kept.startLocal, QStringLiteral("2025-03-11T18:30:00"));
        QCOMPARE(kept.title, QStringLiteral("Weekly check-in"));
        QCOMPARE(kept.sharedNotes, QStringLiteral("Went well"));
        const Meeting other = f.services.get<Meeting>(moved->primaryId);
        QCOMPARE(other.recurrenceId, QStringLiteral("2025-03-25T18:30:00"));
        QCOMPARE(other.startLocal, QStringLiteral("2025-03-26T08:00:00"));
        QVERIFY(meetingSequence(f.db(), series) > sequence);
    }

    void shouldCarryOverridesToTheNewSeries()
    {
        // GIVEN a series with a logged occurrence after the split and a cancelled one that will not fit
        Fixture f;
        const Id series = f.series(QStringLiteral("2025-03-04T17:00:00"), QStringLiteral("Europe/Berlin"),
                                   QStringLiteral("FREQ=WEEKLY;BYDAY=TU;COUNT=6"));
        MeetingLog log;
        log.meetingId = series;
        log.occurrence = QStringLiteral("2025-04-01T17:00:00");
        log.sharedNotes = QStringLiteral("Notes to keep");
        auto logged = f.services.meetings.logMeeting(log);
        VERIFY_OK(logged);
        auto cancelled = f.edits.cancelOccurrence(series, QStringLiteral("2025-04-08T17:00:00"));
        VERIFY_OK(cancelled);

        // WHEN from 2025-03-18 on the meetings are fortnightly at 18:00
        OccurrenceEdit split =
            f.edit(series, QStringLiteral("2025-03-18T17:00:00"), QStringLiteral("2025-03-18T18:00:00"),
                   OccurrenceScope::ThisAndFollowing);
        split.values.rrules = {QStringLiteral("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=3")};
        auto done = f.edits.editOccurrence(split);
        VERIFY_OK(done);

        // THEN the logged occurrence (04-01 fits the new rule) belongs to the new series, at 18:00
        const Meeting moved = f.services.get<Meeting>(logged->primaryId);
        QCOMPARE(moved.seriesId, std::optional<Id>(done->primaryId));
        QCOMPARE(moved.recurrenceId, QStringLiteral("2025-04-01T18:00:00"));
        QCOMPARE(moved.uid, f.services.get<Meeting>(done->primaryId).uid);
        // AND the cancelled 04-08 (no longer an occurrence, nothing in it) is gone
        QCOMPARE(countRows(f.db(), QStringLiteral("id = %1").arg(cancelled->primaryId)), 0);
        QCOMPARE(starts(f.db(), f.data.proposed),
                 (QStringList{QStringLiteral("2025-03-04T17:00"), QStringLiteral("2025-03-11T17:00"),
                              QStringLiteral("2025-03-18T18:00"), QStringLiteral("2025-04-01T18:00"),
                              QStringLiteral("2025-04-15T18:00")}));
    }

    // "This and following" with a new rule (issue 10): an override before the split stays with the
    // old series as it was, notes and all; a later logged occurrence the new rule has no place for
    // becomes a single meeting with its notes (nothing held is lost); a later moved one that fits
    // is carried over and not doubled; the count-limited new series adds no extra occurrence; undo
    // gives back the database as it was.
    void shouldKeepEarlierOverridesAndLaterNotesWhenSplitting()
    {
        // GIVEN Tuesdays 17:00 from 4 March, six times, with 11 March logged (before the split),
        // 25 March logged with notes and 1 April moved to Wednesday 08:00 (both after it)
        Fixture f;
        const Id series = f.series(QStringLiteral("2025-03-04T17:00:00"), QStringLiteral("Europe/Berlin"),
                                   QStringLiteral("FREQ=WEEKLY;BYDAY=TU;COUNT=6"));
        MeetingLog earlier;
        earlier.meetingId = series;
        earlier.occurrence = QStringLiteral("2025-03-11T17:00:00");
        earlier.sharedNotes = QStringLiteral("Earlier notes");
        auto earlierLogged = f.services.meetings.logMeeting(earlier);
        VERIFY_OK(earlierLogged);
        MeetingLog later;
        later.meetingId = series;
        later.occurrence = QStringLiteral("2025-03-25T17:00:00");
        later.sharedNotes = QStringLiteral("Later notes");
        auto laterLogged = f.services.meetings.logMeeting(later);
        VERIFY_OK(laterLogged);
        auto moved = f.edits.editOccurrence(f.edit(series, QStringLiteral("2025-04-01T17:00:00"),
                                                   QStringLiteral("2025-04-02T08:00:00"),
                                                   OccurrenceScope::ThisOccurrence));
        VERIFY_OK(moved);
        const QStringList before = starts(f.db(), f.data.proposed);
        QCOMPARE(before.size(), 6);
        const QString dump = dumpDatabase(f.db().connection());

        // WHEN from 18 March on the meetings are fortnightly at 18:00, three times
        OccurrenceEdit split =
            f.edit(series, QStringLiteral("2025-03-18T17:00:00"), QStringLiteral("2025-03-18T18:00:00"),
                   OccurrenceScope::ThisAndFollowing);
        split.values.rrules = {QStringLiteral("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=3")};
        auto done = f.edits.editOccurrence(split);
        VERIFY_OK(done);
        const Id next = done->primaryId;

        // THEN the earlier override is untouched, in the old series
        const Meeting kept = f.services.get<Meeting>(earlierLogged->primaryId);
        QCOMPARE(kept.seriesId, std::optional<Id>(series));
        QCOMPARE(kept.recurrenceId, QStringLiteral("2025-03-11T17:00:00"));
        QCOMPARE(kept.sharedNotes, QStringLiteral("Earlier notes"));
        QCOMPARE(kept.status, MeetingStatus::Held);
        // AND the logged 25 March, no occurrence of the new rule, is a single meeting with its notes
        const Meeting detached = f.services.get<Meeting>(laterLogged->primaryId);
        QCOMPARE(detached.kind, MeetingKind::Single);
        QCOMPARE(detached.seriesId, std::optional<Id>());
        QCOMPARE(detached.sharedNotes, QStringLiteral("Later notes"));
        QCOMPARE(detached.status, MeetingStatus::Held);
        // AND the moved 1 April belongs to the new series, still on Wednesday 08:00
        const Meeting carried = f.services.get<Meeting>(moved->primaryId);
        QCOMPARE(carried.seriesId, std::optional<Id>(next));
        QCOMPARE(carried.startLocal, QStringLiteral("2025-04-02T08:00:00"));
        // AND nothing is doubled: two old, three new (one of them the moved one), the detached one
        auto all = OccurrenceQuery(f.db().connection()).forRelationship(f.data.proposed, s_from, s_to);
        VERIFY_OK(all);
        QCOMPARE(std::count_if(all->cbegin(), all->cend(),
                               [&](const Occurrence &o) { return o.seriesId == series; }),
                 2);
        QCOMPARE(std::count_if(all->cbegin(), all->cend(),
                               [&](const Occurrence &o) { return o.seriesId == next; }),
                 3);
        QCOMPARE(starts(f.db(), f.data.proposed),
                 (QStringList{QStringLiteral("2025-03-04T17:00"), QStringLiteral("2025-03-11T17:00"),
                              QStringLiteral("2025-03-18T18:00"), QStringLiteral("2025-03-25T17:00"),
                              QStringLiteral("2025-04-02T08:00"), QStringLiteral("2025-04-15T18:00")}));

        // WHEN undone THEN the database is as it was
        auto undone = f.services.applier.apply(done->inverse());
        VERIFY_OK(undone);
        QCOMPARE(dumpDatabase(f.db().connection()), dump);
        QCOMPARE(starts(f.db(), f.data.proposed), before);
    }

    void shouldCancelThenUndoWithoutLoweringSequence()
    {
        // GIVEN a series
        Fixture f;
        const Id series = f.series(QStringLiteral("2025-03-27T17:00:00"), QStringLiteral("Europe/Berlin"),
                                   QStringLiteral("FREQ=WEEKLY;COUNT=3"));
        const int s0 = meetingSequence(f.db(), series);

        // WHEN the occurrence after Berlin's DST switch is cancelled
        auto done = f.edits.cancelOccurrence(series, QStringLiteral("2025-04-03T17:00:00"));
        VERIFY_OK(done);
        // THEN it stays visible as cancelled, and the series' SEQUENCE rose (its export gains an EXDATE)
        QCOMPARE(
            starts(f.db(), f.data.proposed, true),
            (QStringList{QStringLiteral("2025-03-27T17:00"), QStringLiteral("2025-04-03T17:00 cancelled"),
                         QStringLiteral("2025-04-10T17:00")}));
        const int s1 = meetingSequence(f.db(), series);
        QVERIFY(s1 > s0);

        // WHEN undone THEN the occurrence is planned again and SEQUENCE rose once more
        auto undone = f.services.applier.apply(done->inverse());
        VERIFY_OK(undone);
        QCOMPARE(starts(f.db(), f.data.proposed, true),
                 (QStringList{QStringLiteral("2025-03-27T17:00"), QStringLiteral("2025-04-03T17:00"),
                              QStringLiteral("2025-04-10T17:00")}));
        const int s2 = meetingSequence(f.db(), series);
        QVERIFY(s2 > s1);
        // AND redo raises it again
        auto redone = f.services.applier.apply(undone->inverse());
        VERIFY_OK(redone);
        QVERIFY(meetingSequence(f.db(), series) > s2);
        QCOMPARE(countRows(f.db(), QStringLiteral("status = 'cancelled'")), 1);
    }

    void shouldEndTheSeries_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QDate>("lastDay");
        QTest::addColumn<int>("remaining");

        QTest::newRow("COUNT") << QStringLiteral("FREQ=WEEKLY;COUNT=10") << QDate(2025, 3, 25) << 4;
        QTest::newRow("UNTIL") << QStringLiteral("FREQ=WEEKLY;UNTIL=20250501T000000Z") << QDate(2025, 3, 25)
                               << 4;
        QTest::newRow("unbounded") << QStringLiteral("FREQ=WEEKLY") << QDate(2025, 3, 25) << 4;
        QTest::newRow("already ends earlier")
            << QStringLiteral("FREQ=WEEKLY;COUNT=3") << QDate(2025, 12, 31) << 3;
    }

    void shouldEndTheSeries()
    {
        QFETCH(QString, rule);
        QFETCH(QDate, lastDay);
        QFETCH(int, remaining);
        // GIVEN a weekly series from 2025-03-04 with a logged occurrence in May
        Fixture f;
        const Id series =
            f.series(QStringLiteral("2025-03-04T17:00:00"), QStringLiteral("Europe/Berlin"), rule);
        Id logged = 0;
        if (remaining == 4) {
            MeetingLog log;
            log.meetingId = series;
            log.occurrence = QStringLiteral("2025-04-22T17:00:00");
            log.sharedNotes = QStringLiteral("Keep me");
            auto done = f.services.meetings.logMeeting(log);
            VERIFY_OK(done);
            logged = done->primaryId;
        }

        // WHEN the series ends on the last day
        auto done = f.edits.endSeries(series, lastDay);
        VERIFY_OK(done);

        // THEN only the occurrences up to that day remain; the logged later one became a single meeting
        auto found = OccurrenceQuery(f.db().connection()).forRelationship(f.data.proposed, s_from, s_to);
        VERIFY_OK(found);
        QCOMPARE(std::count_if(found->cbegin(), found->cend(),
                               [&](const Occurrence &o) { return o.seriesId == series; }),
                 remaining);
        if (logged) {
            const Meeting single = f.services.get<Meeting>(logged);
            QCOMPARE(single.kind, MeetingKind::Single);
            QCOMPARE(single.sharedNotes, QStringLiteral("Keep me"));
        }
        const Meeting ended = f.services.get<Meeting>(series);
        QVERIFY(ended.rangeEndUtc.has_value());
    }

    void shouldEndTheOldRuleInTheSeriesForm_data()
    {
        QTest::addColumn<QString>("form"); // zoned, all-day, floating
        QTest::addColumn<bool>("split");   // ThisAndFollowing from 2025-03-18, else endSeries(2025-03-25)
        QTest::addColumn<int>("untilForm");
        QTest::addColumn<QDateTime>("until");

        // ICALENDAR.md rule 10: UTC for a zoned series, a DATE for an all-day one (and wall time when
        // floating).
        const auto at = [](const char *text) {
            QDateTime dt = QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate);
            dt.setTimeSpec(Qt::UTC);
            return dt;
        };
        using Form = RecurrenceRule::Until::Form;
        QTest::newRow("end, zoned: the last day's end in UTC")
            << "zoned" << false << int(Form::Utc) << at("2025-03-25T22:59:59");
        QTest::newRow("end, all-day: the last day")
            << "all-day" << false << int(Form::Date) << at("2025-03-25T00:00:00");
        QTest::newRow("end, floating: the last day's end")
            << "floating" << false << int(Form::Floating) << at("2025-03-25T23:59:59");
        QTest::newRow("split, zoned: a second before the split, UTC")
            << "zoned" << true << int(Form::Utc) << at("2025-03-18T15:59:59");
        QTest::newRow("split, all-day: the day before")
            << "all-day" << true << int(Form::Date) << at("2025-03-17T00:00:00");
        QTest::newRow("split, floating: a second before the split")
            << "floating" << true << int(Form::Floating) << at("2025-03-18T16:59:59");
    }

    void shouldEndTheOldRuleInTheSeriesForm()
    {
        QFETCH(QString, form);
        QFETCH(bool, split);
        QFETCH(int, untilForm);
        QFETCH(QDateTime, until);
        // GIVEN a weekly series on Tuesdays from 2025-03-04 with a COUNT
        Fixture f;
        const bool allDay = form == QLatin1String("all-day");
        Meeting m;
        m.relationshipId = f.data.proposed;
        m.kind = MeetingKind::Series;
        m.title = QStringLiteral("Check-in");
        m.allDay = allDay;
        m.floating = form == QLatin1String("floating");
        m.timezone = form == QLatin1String("zoned") ? QStringLiteral("Europe/Berlin") : QString();
        m.startLocal = allDay ? QStringLiteral("2025-03-04") : QStringLiteral("2025-03-04T17:00:00");
        m.durationMinutes = allDay ? 0 : 45;
        m.rrules = {QStringLiteral("FREQ=WEEKLY;BYDAY=TU;COUNT=10")};
        auto created = f.services.meetings.createMeeting(m);
        VERIFY_OK(created);
        const Id series = created->primaryId;

        // WHEN it is split at its third occurrence, or ended on the 25th
        if (split) {
            const QString third =
                allDay ? QStringLiteral("2025-03-18") : QStringLiteral("2025-03-18T17:00:00");
            const QString later =
                allDay ? QStringLiteral("2025-03-18") : QStringLiteral("2025-03-18T18:00:00");
            OccurrenceEdit e = f.edit(series, third, later, OccurrenceScope::ThisAndFollowing);
            e.values.title = QStringLiteral("Later check-in");
            VERIFY_OK(f.edits.editOccurrence(e));
        } else {
            VERIFY_OK(f.edits.endSeries(series, QDate(2025, 3, 25)));
        }

        // THEN its rule ends with an UNTIL in the series' own form instead of the COUNT
        const Meeting ended = f.services.get<Meeting>(series);
        QCOMPARE(ended.rrules.size(), 1);
        const auto rule = RecurrenceRule::parse(ended.rrules.first());
        VERIFY_OK(rule);
        QVERIFY(!rule->count());
        QVERIFY(rule->until().has_value());
        QCOMPARE(int(rule->until()->form), untilForm);
        QCOMPARE(rule->until()->value, until);
        QCOMPARE(rule->byDay(), (QList<RecurrenceRule::WeekdayNum>{{Qt::Tuesday, 0}}));
    }

    void shouldMoveNumberedWeekdaysWithAllOccurrences()
    {
        // GIVEN a series on the second Tuesday of each month
        Fixture f;
        const Id series = f.series(QStringLiteral("2025-02-11T10:00:00"), QStringLiteral("Europe/Berlin"),
                                   QStringLiteral("FREQ=MONTHLY;BYDAY=2TU;COUNT=3"));
        QVERIFY(series > 0);

        // WHEN all occurrences move a day later (edited from the first one)
        VERIFY_OK(f.edits.editOccurrence(f.edit(series, QStringLiteral("2025-02-11T10:00:00"),
                                                QStringLiteral("2025-02-12T10:00:00"),
                                                OccurrenceScope::AllOccurrences)));

        // THEN the rule names the second Wednesday, and the occurrences follow it
        const Meeting moved = f.services.get<Meeting>(series);
        const auto rule = RecurrenceRule::parse(moved.rrules.value(0));
        VERIFY_OK(rule);
        QCOMPARE(rule->byDay(), (QList<RecurrenceRule::WeekdayNum>{{Qt::Wednesday, 2}}));
        QCOMPARE(rule->count(), std::optional<int>(3));
        QCOMPARE(starts(f.db(), f.data.proposed),
                 (QStringList{QStringLiteral("2025-02-12T10:00"), QStringLiteral("2025-03-12T10:00"),
                              QStringLiteral("2025-04-09T10:00")}));
    }

    void shouldRefuseWhatCannotBeDone()
    {
        // GIVEN a series
        Fixture f;
        const Id series = f.series(QStringLiteral("2025-03-04T17:00:00"), QStringLiteral("Europe/Berlin"),
                                   QStringLiteral("FREQ=WEEKLY;COUNT=3"));
        const QString dump = dumpDatabase(f.db().connection());
        // WHEN an edit names no occurrence, or an end leaves none THEN it is refused and nothing changes
        QVERIFY(!f.edits.cancelOccurrence(series, QStringLiteral("2025-03-05T17:00:00")).ok());
        QVERIFY(!f.edits
                     .editOccurrence(f.edit(series, QStringLiteral("2025-03-04T18:00:00"),
                                            QStringLiteral("2025-03-04T19:00:00"),
                                            OccurrenceScope::ThisAndFollowing))
                     .ok());
        QVERIFY(!f.edits.endSeries(series, QDate(2025, 3, 1)).ok());
        QVERIFY(!f.edits.cancelOccurrence(f.data.single, QStringLiteral("2025-03-04T17:00:00")).ok());
        QCOMPARE(dumpDatabase(f.db().connection()), dump);
    }
};

TRELLIS_REGISTER_TEST(SeriesEditServiceTest);

#include "serieseditservicetest.moc"
