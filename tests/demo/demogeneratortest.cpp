#include "demo/demogenerator.h"

#include "calendar/recurrencerule.h"
#include "storage/database.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "util/clock.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QTimeZone>

#include <libical/ical.h>

#include <atomic>

using namespace trellis;
using trellis::test::TempDatabase;

namespace {

// A day to anchor "a year of history" on, so every run sees the same data.
const QDateTime PinnedNow(QDate(2025, 3, 12), QTime(12, 0), QTimeZone::utc());

QStringList tables(QSqlDatabase db)
{
    QSqlQuery query(db);
    query.exec(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                       "ORDER BY name"));
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

// Every row of every table, in key order, as text.
QByteArray dump(QSqlDatabase db)
{
    QByteArray out;
    for (const QString &table : tables(db)) {
        out += "## " + table.toUtf8() + '\n';
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table)))
            qFatal("dump: %s", qPrintable(query.lastError().text()));
        while (query.next()) {
            for (int i = 0; i < query.record().count(); ++i)
                out += (query.isNull(i) ? QByteArray("NULL") : query.value(i).toString().toUtf8()) + '|';
            out += '\n';
        }
    }
    return out;
}

qint64 scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        qFatal("scalar: %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    return query.value(0).toLongLong();
}

Result<DemoSummary> generateSmall(Database &db, quint64 seed)
{
    DemoOptions options;
    options.size = DemoSize::Small;
    options.seed = seed;
    return DemoGenerator::generate(db, options);
}

QString localText(const icaltimetype &time)
{
    return QStringLiteral("%1-%2-%3T%4:%5:%6")
        .arg(time.year, 4, 10, QLatin1Char('0'))
        .arg(time.month, 2, 10, QLatin1Char('0'))
        .arg(time.day, 2, 10, QLatin1Char('0'))
        .arg(time.hour, 2, 10, QLatin1Char('0'))
        .arg(time.minute, 2, 10, QLatin1Char('0'))
        .arg(time.second, 2, 10, QLatin1Char('0'));
}

// A series' occurrences (local start text → UTC start), expanded by libical
// in the series' own zone, independently of the generator's arithmetic.
QMap<QString, qint64> expand(const QString &startLocal, const QString &zoneId, const QString &rrule)
{
    const QTimeZone zone(zoneId.toUtf8());
    icalrecurrencetype rule = icalrecurrencetype_from_string(rrule.toUtf8().constData());
    if (rule.freq == ICAL_NO_RECURRENCE)
        qFatal("cannot parse RRULE %s", qPrintable(rrule));
    if (!icaltime_is_null_time(rule.until)) {
        // UNTIL is UTC; compare it in the series' wall-clock time.
        const QDateTime until =
            QDateTime(QDate(rule.until.year, rule.until.month, rule.until.day),
                      QTime(rule.until.hour, rule.until.minute, rule.until.second), QTimeZone::utc())
                .toTimeZone(zone);
        QString text = until.toString(QStringLiteral("yyyyMMdd'T'HHmmss"));
        rule.until = icaltime_from_string(text.toUtf8().constData());
    }
    QString compact = startLocal;
    compact.remove(QLatin1Char('-')).remove(QLatin1Char(':'));
    const icaltimetype start = icaltime_from_string(compact.toUtf8().constData());
    icalrecur_iterator *iterator = icalrecur_iterator_new(rule, start);
    QMap<QString, qint64> occurrences;
    for (icaltimetype next = icalrecur_iterator_next(iterator); !icaltime_is_null_time(next);
         next = icalrecur_iterator_next(iterator)) {
        const QString text = localText(next);
        occurrences.insert(text, QDateTime(QDate(next.year, next.month, next.day),
                                           QTime(next.hour, next.minute, next.second), zone)
                                     .toSecsSinceEpoch());
        if (occurrences.size() > 5000)
            qFatal("unbounded series %s", qPrintable(rrule));
    }
    icalrecur_iterator_free(iterator);
    return occurrences;
}

} // namespace

class DemoGeneratorTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldWriteTheSameDatabaseForTheSameSeed()
    {
        // GIVEN a pinned day and two empty databases
        PinnedClock clock(PinnedNow);
        TempDatabase first;
        TempDatabase second;
        TempDatabase other;

        // WHEN both get the same seed and a third another seed
        QVERIFY(generateSmall(first.db(), 42).ok());
        QVERIFY(generateSmall(second.db(), 42).ok());
        QVERIFY(generateSmall(other.db(), 43).ok());

        // THEN the first two are identical row for row, the third differs
        const QByteArray a = dump(first.db().connection());
        QVERIFY(a.size() > 10000);
        QCOMPARE(a, dump(second.db().connection()));
        QVERIFY(a != dump(other.db().connection()));
    }

    void shouldWriteTheDocumentedSmallProgramme()
    {
        PinnedClock clock(PinnedNow);
        TempDatabase temp;
        auto summary = generateSmall(temp.db(), 1);
        QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.errorMessage()));
        QSqlDatabase db = temp.db().connection();

        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM programme")), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM cohort")), 2);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM person WHERE is_mentor")), 12);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM person WHERE is_mentee")), 30);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM relationship")), 30);
        QCOMPARE(summary->mentors, 12);
        QCOMPARE(summary->mentees, 30);
        QCOMPARE(summary->meetingRows, scalar(db, QStringLiteral("SELECT count(*) FROM meeting")));

        // Integrity and foreign keys hold.
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY2(!query.next(), "foreign_key_check reported a violation");

        // The profile is a mentor with several mentees.
        QVERIFY(query.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'profile.role'")) &&
                query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("mentor"));
        const qint64 profile =
            scalar(db, QStringLiteral("SELECT value FROM settings WHERE key = 'profile.person_id'"));
        QCOMPARE(profile, summary->profilePersonId);
        QCOMPARE(scalar(db, QStringLiteral("SELECT is_mentor FROM person WHERE id = %1").arg(profile)), 1);
        QVERIFY(
            scalar(db,
                   QStringLiteral("SELECT count(*) FROM relationship WHERE mentor_id = %1").arg(profile)) >=
            3);

        // Mostly Berlin, but several zones.
        QVERIFY(scalar(db, QStringLiteral("SELECT count(DISTINCT timezone) FROM person")) >= 2);
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM person WHERE timezone = 'Europe/Berlin'")) >=
                15);
    }

    void shouldCoverTheLifecycleAndMeetingVariety()
    {
        PinnedClock clock(PinnedNow);
        TempDatabase temp;
        QVERIFY(generateSmall(temp.db(), 1).ok());
        QSqlDatabase db = temp.db().connection();
        const QString today = Clock::today().toString(Qt::ISODate);

        for (const char *status : {"proposed", "active", "paused", "completed", "ended_early"})
            QVERIFY2(scalar(db, QStringLiteral("SELECT count(*) FROM relationship WHERE status = '%1'")
                                    .arg(QLatin1String(status))) > 0,
                     status);
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM relationship WHERE status = 'active'")) >
                scalar(db, QStringLiteral("SELECT count(*) FROM relationship WHERE status <> 'active'")));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM relationship WHERE status = 'ended_early' "
                                           "AND (end_reason = '' OR closing_reflection = '')")),
                 0);
        // Private notes exist, and only on meetings that were held.
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM meeting WHERE private_notes <> ''")) > 5);
        QCOMPARE(
            scalar(db, QStringLiteral(
                           "SELECT count(*) FROM meeting WHERE private_notes <> '' AND status <> 'held'")),
            0);
        // Moved, cancelled and no-show occurrences; all-day and floating singles exist in some seed's
        // data, held meetings carry notes, and nothing held lies in the future.
        QVERIFY(
            scalar(db, QStringLiteral(
                           "SELECT count(*) FROM meeting WHERE kind = 'override' AND status = 'cancelled'")) >
            0);
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM meeting WHERE kind = 'override' "
                                          "AND start_local <> recurrence_id")) > 0);
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM meeting WHERE kind = 'single'")) > 0);
        QCOMPARE(scalar(db, QStringLiteral(
                                "SELECT count(*) FROM meeting WHERE status = 'held' AND shared_notes = ''")),
                 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM meeting WHERE status = 'held' AND "
                                           "substr(start_local, 1, 10) >= '%1'")
                                .arg(today)),
                 0);
        // Job leads have deadlines; feedback is 1–5; goals have milestones and progress.
        QCOMPARE(
            scalar(db, QStringLiteral(
                           "SELECT count(*) FROM resource WHERE kind = 'job_lead' AND deadline IS NULL")),
            0);
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM resource WHERE kind = 'job_lead'")) > 0);
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM feedback")) > 0);
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM milestone")) > 0);
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM progress_update")) > 0);

        // Some active relationship is overdue: nothing held or logged for more than twice its cadence.
        const qint64 overdue = scalar(
            db, QStringLiteral(
                    "SELECT count(*) FROM relationship r WHERE r.status = 'active' AND julianday('%1') - "
                    "julianday(max(coalesce((SELECT max(substr(m.start_local, 1, 10)) FROM meeting m WHERE "
                    "m.relationship_id = r.id AND m.status = 'held'), r.start_date), coalesce((SELECT "
                    "date(max(c.occurred_at), 'unixepoch') FROM contact c WHERE c.relationship_id = r.id), "
                    "r.start_date))) > 2 * r.cadence_days")
                    .arg(today));
        QVERIFY2(overdue > 0, "no overdue relationship");
    }

    void shouldBoundEverySeriesByItsFirstStartAndLastEnd()
    {
        PinnedClock clock(PinnedNow);
        TempDatabase temp;
        QVERIFY(generateSmall(temp.db(), 3).ok());
        QSqlDatabase db = temp.db().connection();
        const QString today = Clock::today().toString(Qt::ISODate);

        QSqlQuery series(db);
        QVERIFY(series.exec(
            QStringLiteral("SELECT id, uid, start_local, timezone, rrule, start_utc, duration_minutes, "
                           "range_start_utc, range_end_utc, floating, all_day FROM meeting "
                           "WHERE kind = 'series'")));
        int checked = 0;
        int unloggedPast = 0;
        while (series.next()) {
            const qint64 id = series.value(0).toLongLong();
            const QString uid = series.value(1).toString();
            const QString rrule = series.value(4).toString();
            QVERIFY(uid.endsWith(QStringLiteral("@trellis.demo")));
            QVERIFY(!series.value(3).toString().isEmpty());
            QCOMPARE(series.value(9).toInt(), 0);
            QCOMPARE(series.value(10).toInt(), 0);
            // (ICALENDAR.md rule 10: a zoned series ends with a UTC UNTIL)
            const auto rule = RecurrenceRule::parse(rrule);
            QVERIFY2(rule.ok() && rule->until() && rule->until()->form == RecurrenceRule::Until::Form::Utc,
                     qPrintable(rrule));

            // WHEN expanded independently with libical in the series' zone
            const QMap<QString, qint64> occurrences =
                expand(series.value(2).toString(), series.value(3).toString(), rrule);
            QVERIFY(!occurrences.isEmpty());
            // THEN the first start and the last end are the row's bounds
            QCOMPARE(occurrences.first(), series.value(5).toLongLong());
            QCOMPARE(series.value(7).toLongLong(), occurrences.first());
            QCOMPARE(series.value(8).toLongLong(), occurrences.last() + series.value(6).toLongLong() * 60);
            QCOMPARE(occurrences.firstKey(), series.value(2).toString());

            // AND every override names one of those occurrences in the series' form
            QSqlQuery overrides(db);
            overrides.prepare(
                QStringLiteral("SELECT recurrence_id, recurrence_id_utc, uid, timezone, relationship_id, "
                               "range_start_utc, start_utc, duration_minutes, range_end_utc "
                               "FROM meeting WHERE series_id = ?"));
            overrides.addBindValue(id);
            QVERIFY(overrides.exec());
            QSet<QString> overridden;
            while (overrides.next()) {
                const QString recurrenceId = overrides.value(0).toString();
                QVERIFY2(occurrences.contains(recurrenceId),
                         qPrintable(recurrenceId + QLatin1Char(' ') + rrule));
                QCOMPARE(overrides.value(1).toLongLong(), occurrences.value(recurrenceId));
                QCOMPARE(overrides.value(2).toString(), uid);
                QCOMPARE(overrides.value(3).toString(), series.value(3).toString());
                QCOMPARE(overrides.value(5).toLongLong(), overrides.value(6).toLongLong());
                QCOMPARE(overrides.value(8).toLongLong(),
                         overrides.value(6).toLongLong() + overrides.value(7).toLongLong() * 60);
                QVERIFY(!overridden.contains(recurrenceId));
                overridden.insert(recurrenceId);
            }
            for (auto it = occurrences.cbegin(); it != occurrences.cend(); ++it) {
                if (it.key().left(10) < today && !overridden.contains(it.key()))
                    ++unloggedPast;
            }
            ++checked;
        }
        QVERIFY(checked >= 20);
        // Some past occurrences were deliberately left unlogged.
        QVERIFY(unloggedPast > 0);
    }

    void shouldStoreSinglesWithConsistentTimes()
    {
        PinnedClock clock(PinnedNow);
        TempDatabase temp;
        QVERIFY(generateSmall(temp.db(), 5).ok());
        QSqlQuery query(temp.db().connection());
        QVERIFY(query.exec(
            QStringLiteral("SELECT start_local, timezone, floating, all_day, start_utc, duration_minutes, "
                           "range_start_utc, range_end_utc, recurrence_id, rrule FROM meeting "
                           "WHERE kind = 'single'")));
        int count = 0;
        while (query.next()) {
            const QString local = query.value(0).toString();
            const QString zone = query.value(1).toString();
            const bool floating = query.value(2).toBool();
            const bool allDay = query.value(3).toBool();
            QDateTime expected;
            if (allDay) {
                QCOMPARE(local.size(), 10);
                QVERIFY(zone.isEmpty());
                expected = QDateTime(QDate::fromString(local, Qt::ISODate), QTime(0, 0), QTimeZone::utc());
            } else if (floating) {
                QVERIFY(zone.isEmpty());
                expected = QDateTime::fromString(local, Qt::ISODate);
                expected.setTimeZone(QTimeZone::utc());
            } else {
                expected = QDateTime::fromString(local, Qt::ISODate);
                expected.setTimeZone(QTimeZone(zone.toUtf8()));
            }
            QVERIFY2(expected.isValid(), qPrintable(local));
            QCOMPARE(query.value(4).toLongLong(), expected.toSecsSinceEpoch());
            QCOMPARE(query.value(6).toLongLong(), expected.toSecsSinceEpoch());
            QCOMPARE(query.value(7).toLongLong(),
                     expected.toSecsSinceEpoch() + query.value(5).toLongLong() * 60);
            QVERIFY(query.value(8).toString().isEmpty());
            QVERIFY(query.value(9).toString().isEmpty());
            ++count;
        }
        QVERIFY(count > 0);
    }

    void shouldAnchorHistoryOnToday()
    {
        // GIVEN two different pinned days WHEN generating THEN history ends at each day
        for (const QDate &day : {QDate(2024, 6, 3), QDate(2026, 1, 20)}) {
            PinnedClock clock(QDateTime(day, QTime(12, 0), QTimeZone::utc()));
            TempDatabase temp;
            QVERIFY(generateSmall(temp.db(), 9).ok());
            QSqlDatabase db = temp.db().connection();
            const QString iso = day.toString(Qt::ISODate);
            const QString yearAgo = day.addDays(-370).toString(Qt::ISODate);
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM meeting WHERE status = 'held' AND "
                                               "substr(start_local, 1, 10) >= '%1'")
                                    .arg(iso)),
                     0);
            QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM meeting WHERE status = 'held' AND "
                                              "substr(start_local, 1, 10) >= '%1'")
                                   .arg(day.addDays(-30).toString(Qt::ISODate))) > 0);
            QCOMPARE(scalar(db, QStringLiteral(
                                    "SELECT count(*) FROM meeting WHERE substr(start_local, 1, 10) < '%1'")
                                    .arg(yearAgo)),
                     0);
            QCOMPARE(
                scalar(db, QStringLiteral("SELECT count(*) FROM progress_update WHERE recorded_on >= '%1'")
                               .arg(iso)),
                0);
        }
    }

    void shouldRefuseADatabaseThatHasPeople()
    {
        PinnedClock clock(PinnedNow);
        TempDatabase temp;
        QVERIFY(generateSmall(temp.db(), 1).ok());
        const QByteArray before = dump(temp.db().connection());

        auto again = generateSmall(temp.db(), 2);
        QVERIFY(!again.ok());
        QVERIFY2(again.errorMessage().contains(QStringLiteral("already has 43 people")),
                 qPrintable(again.errorMessage()));
        QVERIFY(again.errorMessage().contains(temp.path()));
        QCOMPARE(dump(temp.db().connection()), before);
    }

    void shouldWriteNothingWhenCancelled()
    {
        // GIVEN a generation cancelled halfway through (from its progress callback)
        PinnedClock clock(PinnedNow);
        TempDatabase temp;
        const QByteArray before = dump(temp.db().connection());
        std::atomic_bool cancel{false};
        QList<double> fractions;
        DemoOptions options;
        options.size = DemoSize::Small;
        options.cancel = &cancel;
        options.progress = [&](double fraction, const QString &phase) {
            QVERIFY(!phase.isEmpty());
            fractions << fraction;
            if (fraction > 0.5)
                cancel = true;
        };

        // WHEN it runs THEN it fails with a readable message and the database is unchanged
        auto result = DemoGenerator::generate(temp.db(), options);
        QVERIFY(!result.ok());
        QVERIFY(result.errorMessage().contains(QStringLiteral("cancelled")));
        QVERIFY(!fractions.isEmpty());
        QCOMPARE(dump(temp.db().connection()), before);
        QCOMPARE(scalar(temp.db().connection(), QStringLiteral("SELECT count(*) FROM person")), 0);

        // AND the database can still take a full generation, whose progress rises to 1
        fractions.clear();
        cancel = false;
        options.cancel = nullptr;
        QVERIFY(DemoGenerator::generate(temp.db(), options).ok());
        QVERIFY(std::is_sorted(fractions.cbegin(), fractions.cend()));
        QCOMPARE(fractions.last(), 1.0);
    }

    void shouldParseSizeNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("small") << QStringLiteral("small") << true;
        QTest::newRow("medium") << QStringLiteral("medium") << true;
        QTest::newRow("large") << QStringLiteral("large") << true;
        QTest::newRow("upper case") << QStringLiteral("Small") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("huge") << QStringLiteral("huge") << false;
    }

    void shouldParseSizeNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        const auto size = DemoGenerator::sizeFromName(name);
        QCOMPARE(size.has_value(), valid);
        if (size)
            QCOMPARE(DemoGenerator::sizeName(*size), name);
    }
};

TRELLIS_REGISTER_TEST(DemoGeneratorTest);

#include "demogeneratortest.moc"
