// One test per export rule of ICALENDAR.md (numbers in the comments).
#include "icsexporttesting.h"
#include "meetingfixture.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "util/clock.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QTest>

using namespace trellis;
using namespace trellis::test;

namespace {

// A database with two people and one active relationship between them.
struct Setup {
    TempDatabase temp;
    MeetingFixture fixture{temp.db().connection()};
    qint64 mentor = fixture.addPerson(QStringLiteral("Ada Lovelace"), QStringLiteral("ada@example.org"));
    qint64 mentee = fixture.addPerson(QStringLiteral("Grace Hopper"), QStringLiteral("grace@example.org"));
    qint64 rel = fixture.addRelationship(mentor, mentee);

    QByteArray run(const IcsExportOptions &options = {})
    {
        return exportIcs(temp.db(), temp.dir(), MeetingExportScope::all(), options);
    }
};

MeetingSpec single(const QString &start, const QString &zone = QStringLiteral("Europe/Berlin"))
{
    MeetingSpec spec;
    spec.startLocal = start;
    spec.timezone = zone;
    return spec;
}

MeetingSpec series(const QString &start, const QString &rrule,
                   const QString &zone = QStringLiteral("Europe/Berlin"))
{
    MeetingSpec spec = single(start, zone);
    spec.kind = QStringLiteral("series");
    spec.rrule = rrule;
    return spec;
}

// "DTSTART;TZID=X:20240101T100000" -> {"DTSTART;TZID=X", "20240101T100000"}
std::pair<QString, QString> split(const QString &line)
{
    // A TZID never contains ':', so the first ':' separates name/parameters from the value.
    const qsizetype colon = line.indexOf(QLatin1Char(':'));
    return {line.left(colon), line.mid(colon + 1)};
}

QString untilOf(const QString &rruleLine)
{
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("UNTIL=([0-9TZ]+)")).match(rruleLine);
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace

class IcsExportRulesTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Rule 1: CRLF after every line, the last one included; no bare LF or CR anywhere.
    void shouldEndEveryLineWithCrlfIncludingTheLast()
    {
        // GIVEN meetings whose notes contain CRLF, LF and CR line breaks
        Setup s;
        MeetingSpec spec = single(QStringLiteral("2024-05-01T10:00:00"));
        spec.sharedNotes = QStringLiteral("one\r\ntwo\nthree\rfour");
        spec.agenda = QStringLiteral("a\nb");
        s.fixture.addMeeting(s.rel, spec);
        addCrossCheckScenario(s.fixture, s.rel);
        // WHEN exported with notes
        const QByteArray ics = s.run({true, false});
        // THEN every LF follows a CR, every CR precedes an LF, and the file ends with CRLF
        QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
        for (qsizetype i = 0; i < ics.size(); ++i) {
            if (ics.at(i) == '\n')
                QVERIFY2(i > 0 && ics.at(i - 1) == '\r', qPrintable(QStringLiteral("bare LF at %1").arg(i)));
            if (ics.at(i) == '\r')
                QVERIFY2(i + 1 < ics.size() && ics.at(i + 1) == '\n',
                         qPrintable(QStringLiteral("bare CR at %1").arg(i)));
        }
        QVERIFY(contentLines(ics).contains(
            QStringLiteral("DESCRIPTION:Agenda:\\na\\nb\\n\\nNotes:\\none\\ntwo\\nthree\\nfour")));
    }

    // Rule 2: fold at 75 octets, never inside a UTF-8 sequence; unfolding restores the text.
    void shouldFoldAt75OctetsNeverInsideUtf8_data()
    {
        QTest::addColumn<QString>("title");
        QTest::newRow("ascii") << QString(200, QLatin1Char('x'));
        QTest::newRow("two-byte") << QString(120, QChar(0x00E4));
        QTest::newRow("three-byte") << QString(90, QChar(0x20AC));
        QString emoji;
        for (int i = 0; i < 60; ++i)
            emoji += QString::fromUtf8("\xF0\x9F\x98\x80");
        QTest::newRow("four-byte") << emoji;
        QTest::newRow("mixed, odd offsets")
            << (QStringLiteral("a") + QString(37, QChar(0x00E4)) + emoji.left(20) + QStringLiteral("bc") +
                QString(50, QChar(0x20AC)));
        QTest::newRow("words") << QString::fromUtf8(
            "Größenwahn und Überraschung — wöchentliches Gespräch über "
            "Karriere, Ziele; nächste Schritte: café, naïve résumé");
    }
    void shouldFoldAt75OctetsNeverInsideUtf8()
    {
        QFETCH(QString, title);
        Setup s;
        MeetingSpec spec = single(QStringLiteral("2024-05-01T10:00:00"));
        spec.title = title;
        s.fixture.addMeeting(s.rel, spec);
        const QByteArray ics = s.run();
        // THEN no physical line exceeds 75 octets and each one is valid UTF-8 on its own
        for (const QByteArray &line : ics.split('\n')) {
            const QByteArray content = line.endsWith('\r') ? line.chopped(1) : line;
            QVERIFY2(content.size() <= 75, content.constData());
            QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const QString decoded = decoder(content);
            QVERIFY2(!decoder.hasError(), content.constData());
            Q_UNUSED(decoded);
        }
        // AND unfolding gives back the escaped title
        QString escaped = title;
        escaped.replace(QLatin1String(","), QLatin1String("\\,"))
            .replace(QLatin1String(";"), QLatin1String("\\;"));
        QCOMPARE(linesNamed(contentLines(ics), QStringLiteral("SUMMARY")),
                 QStringList{QStringLiteral("SUMMARY:") + escaped});
    }

    // Rule 3: TEXT values escaped; structured values (RRULE) not.
    void shouldEscapeTextButNotStructuredValues()
    {
        Setup s;
        MeetingSpec spec =
            series(QStringLiteral("2024-05-07T10:00:00"), QStringLiteral("FREQ=WEEKLY;BYDAY=TU,TH;COUNT=4"));
        spec.title = QStringLiteral("back\\slash; semi, comma\nnew line");
        spec.location = QStringLiteral("Room 1, Floor 2; Building \"A\"");
        s.fixture.addMeeting(s.rel, spec);
        const QStringList lines = eventLines(contentLines(s.run()));
        QCOMPARE(linesNamed(lines, QStringLiteral("SUMMARY")),
                 QStringList{QStringLiteral("SUMMARY:back\\\\slash\\; semi\\, comma\\nnew line")});
        QCOMPARE(linesNamed(lines, QStringLiteral("LOCATION")),
                 QStringList{QStringLiteral("LOCATION:Room 1\\, Floor 2\\; Building \"A\"")});
        const QStringList rrule = linesNamed(lines, QStringLiteral("RRULE"));
        QCOMPARE(rrule.size(), 1);
        QVERIFY2(rrule.first().contains(QStringLiteral("BYDAY=TU,TH")), qPrintable(rrule.first()));
        QVERIFY(!rrule.first().contains(QLatin1Char('\\')));
    }

    // Rule 4: UIDs are the stored ones and identical in every export, whatever changed.
    void shouldKeepTheStoredUidAcrossExports()
    {
        Setup s;
        const QString uid = QStringLiteral("3f2a7c1e-9d4b-4e8a-b1c2-5d6e7f809a1b@trellis.example");
        const qint64 id = s.fixture.addMeeting(s.rel, single(QStringLiteral("2024-05-01T10:00:00")), uid);
        const QStringList first = linesNamed(contentLines(s.run()), QStringLiteral("UID"));
        QSqlQuery q(s.temp.db().connection());
        QVERIFY(
            q.exec(QStringLiteral("UPDATE meeting SET title = 'Renamed', start_local = '2024-05-02T11:00:00',"
                                  " sequence = 1 WHERE id = %1")
                       .arg(id)));
        const QStringList second = linesNamed(contentLines(s.run()), QStringLiteral("UID"));
        QCOMPARE(first, QStringList{QStringLiteral("UID:") + uid});
        QCOMPARE(second, first);
    }

    // Rule 5: DTSTAMP (the export time), CREATED and LAST-MODIFIED in UTC with Z.
    void shouldWriteStampsInUtc()
    {
        Setup s;
        const PinnedClock clock(QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), Qt::UTC));
        MeetingSpec spec = single(QStringLiteral("2024-05-01T10:00:00"), QStringLiteral("America/New_York"));
        spec.createdAt = 1700000000;
        spec.updatedAt = 1700003600;
        s.fixture.addMeeting(s.rel, spec);
        const QStringList lines = contentLines(s.run());
        QCOMPARE(linesNamed(lines, QStringLiteral("DTSTAMP")),
                 QStringList{QStringLiteral("DTSTAMP:20250102T030405Z")});
        QCOMPARE(linesNamed(lines, QStringLiteral("CREATED")),
                 QStringList{QStringLiteral("CREATED:20231114T221320Z")});
        QCOMPARE(linesNamed(lines, QStringLiteral("LAST-MODIFIED")),
                 QStringList{QStringLiteral("LAST-MODIFIED:20231114T231320Z")});
    }

    // Rule 6: SEQUENCE is the stored one (raised by the services), series and overrides alike.
    void shouldWriteTheStoredSequence()
    {
        Setup s;
        MeetingSpec spec =
            series(QStringLiteral("2024-05-07T10:00:00"), QStringLiteral("FREQ=WEEKLY;COUNT=4"));
        spec.sequence = 7;
        const qint64 id = s.fixture.addMeeting(s.rel, spec);
        MeetingSpec moved = single(QStringLiteral("2024-05-15T12:00:00"));
        moved.kind = QStringLiteral("override");
        moved.seriesId = id;
        moved.recurrenceId = QStringLiteral("2024-05-14T10:00:00");
        moved.sequence = 9;
        s.fixture.addMeeting(s.rel, moved);
        const QList<QStringList> blocks = events(contentLines(s.run()));
        QCOMPARE(blocks.size(), 2);
        QCOMPARE(linesNamed(blocks.at(0), QStringLiteral("SEQUENCE")),
                 QStringList{QStringLiteral("SEQUENCE:7")});
        QCOMPARE(linesNamed(blocks.at(1), QStringLiteral("SEQUENCE")),
                 QStringList{QStringLiteral("SEQUENCE:9")});
    }

    // Rules 7 and 8: every TZID has one compact VTIMEZONE with the plain IANA name.
    void shouldWriteACompactVtimezoneForEveryTzid()
    {
        Setup s;
        const QStringList zones{QStringLiteral("Europe/Berlin"), QStringLiteral("America/New_York"),
                                QStringLiteral("Asia/Tokyo"), QStringLiteral("Australia/Sydney")};
        for (const QString &zone : zones)
            s.fixture.addMeeting(s.rel, single(QStringLiteral("2024-05-01T10:00:00"), zone));
        // an override moved into a fifth zone
        const qint64 id = s.fixture.addMeeting(
            s.rel, series(QStringLiteral("2024-05-07T10:00:00"), QStringLiteral("FREQ=WEEKLY;COUNT=3")));
        MeetingSpec moved = single(QStringLiteral("2024-05-14T09:00:00"), QStringLiteral("Europe/London"));
        moved.kind = QStringLiteral("override");
        moved.seriesId = id;
        moved.recurrenceId = QStringLiteral("2024-05-14T10:00:00");
        s.fixture.addMeeting(s.rel, moved);

        const QByteArray ics = s.run();
        QVERIFY(!ics.contains("freeassociation"));
        const QStringList lines = contentLines(ics);
        QSet<QString> used;
        const QRegularExpression tzid(QStringLiteral(";TZID=([^;:]+)"));
        for (const QString &line : lines) {
            if (const auto m = tzid.match(line); m.hasMatch())
                used.insert(m.captured(1));
        }
        QCOMPARE(used,
                 QSet<QString>(zones.begin(), zones.end()) + QSet<QString>{QStringLiteral("Europe/London")});
        // THEN each used zone has exactly one VTIMEZONE, with few observances and no RDATE lists
        QStringList defined;
        int observances = 0;
        bool inside = false;
        for (const QString &line : lines) {
            if (line == QLatin1String("BEGIN:VTIMEZONE")) {
                inside = true;
                observances = 0;
            } else if (inside && line.startsWith(QLatin1String("TZID:"))) {
                defined << line.mid(5);
            } else if (inside &&
                       (line == QLatin1String("BEGIN:STANDARD") || line == QLatin1String("BEGIN:DAYLIGHT"))) {
                ++observances;
            } else if (inside && line.startsWith(QLatin1String("RDATE"))) {
                QFAIL("RDATE in a VTIMEZONE");
            } else if (line == QLatin1String("END:VTIMEZONE")) {
                inside = false;
                QVERIFY2(observances >= 1 && observances <= 3, qPrintable(defined.last()));
            }
        }
        QCOMPARE(QSet<QString>(defined.begin(), defined.end()), used);
        QCOMPARE(defined.size(), used.size());
    }

    // Rule 9: UTC times as …Z, never TZID=UTC, and no VTIMEZONE for UTC.
    void shouldWriteUtcWithZNeverTzidUtc_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::newRow("UTC") << QStringLiteral("UTC");
        QTest::newRow("Etc/UTC") << QStringLiteral("Etc/UTC");
    }
    void shouldWriteUtcWithZNeverTzidUtc()
    {
        QFETCH(QString, zone);
        Setup s;
        MeetingSpec spec = series(QStringLiteral("2024-05-07T10:00:00"),
                                  QStringLiteral("FREQ=WEEKLY;UNTIL=20240528T100000"), zone);
        spec.exdates = QStringLiteral("2024-05-14T10:00:00");
        s.fixture.addMeeting(s.rel, spec);
        const QByteArray ics = s.run();
        QVERIFY(!ics.contains("TZID"));
        QVERIFY(!ics.contains("VTIMEZONE"));
        const QStringList lines = contentLines(ics);
        QCOMPARE(linesNamed(lines, QStringLiteral("DTSTART")),
                 QStringList{QStringLiteral("DTSTART:20240507T100000Z")});
        QCOMPARE(linesNamed(lines, QStringLiteral("DTEND")),
                 QStringList{QStringLiteral("DTEND:20240507T110000Z")});
        QCOMPARE(linesNamed(lines, QStringLiteral("EXDATE")),
                 QStringList{QStringLiteral("EXDATE:20240514T100000Z")});
        QCOMPARE(untilOf(linesNamed(lines, QStringLiteral("RRULE")).value(0)),
                 QStringLiteral("20240528T100000Z"));
    }

    // Rule 10: UNTIL in UTC when DTSTART has a zone, a DATE for all-day, floating for floating.
    // Once-a-day rules end at 23:59:59 local of their last day (as Google writes them; same meaning).
    void shouldWriteUntilInTheFormOfTheStart_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("zone"); // "" floating, "date" all-day
        QTest::addColumn<QString>("rrule");
        QTest::addColumn<QString>("until");
        const QString berlin = QStringLiteral("Europe/Berlin");
        QTest::newRow("Berlin local until, winter")
            << QStringLiteral("2024-03-05T17:00:00") << berlin
            << QStringLiteral("FREQ=WEEKLY;UNTIL=20241231T170000") << QStringLiteral("20241231T225959Z");
        QTest::newRow("Berlin date until, summer")
            << QStringLiteral("2024-03-05T17:00:00") << berlin << QStringLiteral("FREQ=WEEKLY;UNTIL=20240630")
            << QStringLiteral("20240630T215959Z");
        QTest::newRow("Berlin until already UTC")
            << QStringLiteral("2024-03-05T17:00:00") << berlin
            << QStringLiteral("FREQ=WEEKLY;UNTIL=20241231T160000Z") << QStringLiteral("20241231T225959Z");
        QTest::newRow("New York local until, summer")
            << QStringLiteral("2024-03-05T09:00:00") << QStringLiteral("America/New_York")
            << QStringLiteral("FREQ=DAILY;UNTIL=20240701T090000") << QStringLiteral("20240702T035959Z");
        QTest::newRow("Berlin until before the start's time of day: previous day")
            << QStringLiteral("2024-03-05T17:00:00") << berlin
            << QStringLiteral("FREQ=DAILY;UNTIL=20240410T120000") << QStringLiteral("20240409T215959Z");
        QTest::newRow("Berlin hourly: exact instant")
            << QStringLiteral("2024-03-05T17:00:00") << berlin
            << QStringLiteral("FREQ=HOURLY;UNTIL=20240305T200000") << QStringLiteral("20240305T190000Z");
        QTest::newRow("Berlin with BYHOUR: exact instant")
            << QStringLiteral("2024-03-05T17:00:00") << berlin
            << QStringLiteral("FREQ=DAILY;BYHOUR=17,19;UNTIL=20240307T170000")
            << QStringLiteral("20240307T160000Z");
        QTest::newRow("UTC start: exact instant")
            << QStringLiteral("2024-03-05T17:00:00") << QStringLiteral("UTC")
            << QStringLiteral("FREQ=DAILY;UNTIL=20240307T170000") << QStringLiteral("20240307T170000Z");
        QTest::newRow("all-day date until")
            << QStringLiteral("2024-01-01") << QStringLiteral("date")
            << QStringLiteral("FREQ=DAILY;UNTIL=20240110") << QStringLiteral("20240110");
        QTest::newRow("all-day date-time until")
            << QStringLiteral("2024-01-01") << QStringLiteral("date")
            << QStringLiteral("FREQ=DAILY;UNTIL=20240110T000000Z") << QStringLiteral("20240110");
        QTest::newRow("floating until stays floating")
            << QStringLiteral("2024-01-01T08:00:00") << QString()
            << QStringLiteral("FREQ=DAILY;UNTIL=20240110T080000") << QStringLiteral("20240110T080000");
        QTest::newRow("count, no until") << QStringLiteral("2024-01-01T08:00:00") << berlin
                                         << QStringLiteral("FREQ=DAILY;COUNT=5") << QString();
    }
    void shouldWriteUntilInTheFormOfTheStart()
    {
        QFETCH(QString, start);
        QFETCH(QString, zone);
        QFETCH(QString, rrule);
        QFETCH(QString, until);
        Setup s;
        MeetingSpec spec = series(start, rrule, zone == QLatin1String("date") ? QString() : zone);
        spec.allDay = zone == QLatin1String("date");
        spec.floating = zone.isEmpty();
        s.fixture.addMeeting(s.rel, spec);
        const QStringList rrules = linesNamed(eventLines(contentLines(s.run())), QStringLiteral("RRULE"));
        QCOMPARE(rrules.size(), 1);
        QCOMPARE(untilOf(rrules.first()), until);
        if (until.isEmpty())
            QVERIFY(rrules.first().contains(QStringLiteral("COUNT=5")));
    }

    // Rule 11: EXDATE and RECURRENCE-ID in the value type, TZID and time of day of DTSTART.
    void shouldWriteExdateAndRecurrenceIdInTheFormOfTheStart_data()
    {
        QTest::addColumn<QString>("zone"); // "" floating, "date" all-day
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("exdate");
        QTest::addColumn<QString>("cancelled");
        QTest::addColumn<QString>("moved");
        QTest::addColumn<QString>("movedTo");
        QTest::newRow("Berlin") << QStringLiteral("Europe/Berlin") << QStringLiteral("2024-03-19T17:30:00")
                                << QStringLiteral("2024-03-26T17:30:00")
                                << QStringLiteral("2024-04-02T17:30:00")
                                << QStringLiteral("2024-04-09T17:30:00")
                                << QStringLiteral("2024-04-10T08:00:00");
        QTest::newRow("UTC") << QStringLiteral("UTC") << QStringLiteral("2024-03-19T17:30:00")
                             << QStringLiteral("2024-03-26T17:30:00") << QStringLiteral("2024-04-02T17:30:00")
                             << QStringLiteral("2024-04-09T17:30:00")
                             << QStringLiteral("2024-04-10T08:00:00");
        QTest::newRow("floating") << QString() << QStringLiteral("2024-03-19T17:30:00")
                                  << QStringLiteral("2024-03-26T17:30:00")
                                  << QStringLiteral("2024-04-02T17:30:00")
                                  << QStringLiteral("2024-04-09T17:30:00")
                                  << QStringLiteral("2024-04-10T08:00:00");
        QTest::newRow("all-day") << QStringLiteral("date") << QStringLiteral("2024-03-19")
                                 << QStringLiteral("2024-03-26") << QStringLiteral("2024-04-02")
                                 << QStringLiteral("2024-04-09") << QStringLiteral("2024-04-11");
    }
    void shouldWriteExdateAndRecurrenceIdInTheFormOfTheStart()
    {
        QFETCH(QString, zone);
        QFETCH(QString, start);
        QFETCH(QString, exdate);
        QFETCH(QString, cancelled);
        QFETCH(QString, moved);
        QFETCH(QString, movedTo);
        Setup s;
        const bool allDay = zone == QLatin1String("date");
        const QString tz = allDay ? QString() : zone;
        MeetingSpec spec = series(start, QStringLiteral("FREQ=WEEKLY;COUNT=6"), tz);
        spec.allDay = allDay;
        spec.floating = zone.isEmpty();
        spec.exdates = exdate;
        const qint64 id = s.fixture.addMeeting(s.rel, spec);
        for (const auto &[original, to, status] :
             {std::tuple{cancelled, cancelled, QStringLiteral("cancelled")},
              std::tuple{moved, movedTo, QStringLiteral("planned")}}) {
            MeetingSpec o = single(to, tz);
            o.kind = QStringLiteral("override");
            o.seriesId = id;
            o.allDay = allDay;
            o.floating = zone.isEmpty();
            o.recurrenceId = original;
            o.status = status;
            s.fixture.addMeeting(s.rel, o);
        }
        const QStringList lines = eventLines(contentLines(s.run()));
        const auto [startName, startValue] = split(linesNamed(lines, QStringLiteral("DTSTART")).value(0));
        const QStringList exdates = linesNamed(lines, QStringLiteral("EXDATE"));
        const QStringList recurrenceIds = linesNamed(lines, QStringLiteral("RECURRENCE-ID"));
        QCOMPARE(exdates.size(), 2);
        QCOMPARE(recurrenceIds.size(), 1);
        for (const QString &line : exdates + recurrenceIds) {
            const auto [name, value] = split(line);
            QCOMPARE(name.section(QLatin1Char(';'), 1), startName.section(QLatin1Char(';'), 1));
            QCOMPARE(value.size(), startValue.size());
            QCOMPARE(value.mid(8), startValue.mid(8)); // time of day (and Z) as DTSTART's
        }
        const auto compact = [](QString t) { return t.remove(QLatin1Char('-')).remove(QLatin1Char(':')); };
        QVERIFY(exdates.join(QLatin1Char('\n')).contains(compact(exdate)));
        QVERIFY(exdates.join(QLatin1Char('\n')).contains(compact(cancelled)));
        QVERIFY(recurrenceIds.first().contains(compact(moved)));
    }

    // Rule 12: all-day events: DATE start, exclusive DATE end (never equal), no TZID.
    void shouldWriteAllDayWithAnExclusiveEnd_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<QString>("end");
        QTest::newRow("one day") << QStringLiteral("2024-05-01") << 1440 << QStringLiteral("20240502");
        QTest::newRow("zero duration") << QStringLiteral("2024-05-01") << 0 << QStringLiteral("20240502");
        QTest::newRow("three days") << QStringLiteral("2024-05-01") << 3 * 1440 << QStringLiteral("20240504");
        QTest::newRow("year end") << QStringLiteral("2024-12-31") << 1440 << QStringLiteral("20250101");
        QTest::newRow("leap day") << QStringLiteral("2024-02-29") << 1440 << QStringLiteral("20240301");
    }
    void shouldWriteAllDayWithAnExclusiveEnd()
    {
        QFETCH(QString, start);
        QFETCH(int, minutes);
        QFETCH(QString, end);
        Setup s;
        MeetingSpec spec = single(start, QString());
        spec.allDay = true;
        spec.durationMinutes = minutes;
        s.fixture.addMeeting(s.rel, spec);
        const QByteArray ics = s.run();
        QVERIFY(!ics.contains("TZID"));
        const QStringList lines = contentLines(ics);
        QCOMPARE(
            linesNamed(lines, QStringLiteral("DTSTART")),
            QStringList{QStringLiteral("DTSTART;VALUE=DATE:") + QString(start).remove(QLatin1Char('-'))});
        QCOMPARE(linesNamed(lines, QStringLiteral("DTEND")),
                 QStringList{QStringLiteral("DTEND;VALUE=DATE:") + end});
    }

    // Floating times carry neither TZID nor Z.
    void shouldWriteFloatingTimesWithoutZone()
    {
        Setup s;
        MeetingSpec spec = single(QStringLiteral("2024-05-01T10:00:00"), QString());
        spec.floating = true;
        s.fixture.addMeeting(s.rel, spec);
        const QStringList lines = contentLines(s.run());
        QCOMPARE(linesNamed(lines, QStringLiteral("DTSTART")),
                 QStringList{QStringLiteral("DTSTART:20240501T100000")});
        QCOMPARE(linesNamed(lines, QStringLiteral("DTEND")),
                 QStringList{QStringLiteral("DTEND:20240501T110000")});
    }

    // A timed end is the elapsed duration, also across a DST switch.
    void shouldEndAfterTheElapsedDurationAcrossDst()
    {
        Setup s;
        MeetingSpec spec = single(QStringLiteral("2024-03-31T01:30:00"));
        spec.durationMinutes = 60; // 01:30 CET + 1 h = 03:30 CEST
        s.fixture.addMeeting(s.rel, spec);
        QCOMPARE(linesNamed(contentLines(s.run()), QStringLiteral("DTEND")),
                 QStringList{QStringLiteral("DTEND;TZID=Europe/Berlin:20240331T033000")});
    }

    // Rules 13 and 14: METHOD:PUBLISH, VERSION:2.0, PRODID; UID, DTSTAMP, SEQUENCE once per VEVENT.
    void shouldWriteTheCalendarHeaderAndRequiredEventProperties()
    {
        Setup s;
        addCrossCheckScenario(s.fixture, s.rel);
        const QStringList lines = contentLines(s.run());
        QCOMPARE(lines.mid(0, 5),
                 (QStringList{
                     QStringLiteral("BEGIN:VCALENDAR"),
                     QStringLiteral("PRODID:-//Trellis//Trellis %1//EN").arg(QLatin1String(TRELLIS_VERSION)),
                     QStringLiteral("VERSION:2.0"), QStringLiteral("CALSCALE:GREGORIAN"),
                     QStringLiteral("METHOD:PUBLISH")}));
        QCOMPARE(lines.last(), QStringLiteral("END:VCALENDAR"));
        QCOMPARE(linesNamed(lines, QStringLiteral("METHOD")).size(), 1);
        const QList<QStringList> blocks = events(lines);
        QCOMPARE(blocks.size(), 6); // 5 series/singles + 1 moved occurrence
        for (const QStringList &block : blocks) {
            for (const QString &name :
                 {QStringLiteral("UID"), QStringLiteral("DTSTAMP"), QStringLiteral("SEQUENCE"),
                  QStringLiteral("DTSTART"), QStringLiteral("DTEND"), QStringLiteral("SUMMARY"),
                  QStringLiteral("STATUS")})
                QVERIFY2(linesNamed(block, name).size() == 1,
                         qPrintable(name + block.join(QLatin1Char('\n'))));
        }
    }

    void shouldWriteAValidEmptyCalendar()
    {
        Setup s;
        const QStringList lines = contentLines(s.run());
        QCOMPARE(lines.size(), 6);
        QCOMPARE(lines.last(), QStringLiteral("END:VCALENDAR"));
    }

    // Rule 15: a changed occurrence is a VEVENT with the series' UID and RECURRENCE-ID, after its series.
    void shouldWriteOverridesWithTheSeriesUidInTheSameFile()
    {
        Setup s;
        const qint64 id = s.fixture.addMeeting(
            s.rel, series(QStringLiteral("2024-05-07T10:00:00"), QStringLiteral("FREQ=WEEKLY;COUNT=4")),
            QStringLiteral("series-uid@trellis.test"));
        s.fixture.addMeeting(s.rel, single(QStringLiteral("2024-05-03T09:00:00")),
                             QStringLiteral("other@trellis.test"));
        MeetingSpec moved = single(QStringLiteral("2024-05-15T12:00:00"));
        moved.kind = QStringLiteral("override");
        moved.seriesId = id;
        moved.recurrenceId = QStringLiteral("2024-05-14T10:00:00");
        moved.title = QStringLiteral("Moved");
        s.fixture.addMeeting(s.rel, moved);
        const QList<QStringList> blocks = events(contentLines(s.run()));
        QCOMPARE(blocks.size(), 3);
        int seriesAt = -1;
        int overrideAt = -1;
        for (int i = 0; i < blocks.size(); ++i) {
            if (!linesNamed(blocks.at(i), QStringLiteral("RRULE")).isEmpty())
                seriesAt = i;
            if (!linesNamed(blocks.at(i), QStringLiteral("RECURRENCE-ID")).isEmpty())
                overrideAt = i;
        }
        QVERIFY(seriesAt >= 0 && overrideAt > seriesAt);
        const QStringList o = blocks.at(overrideAt);
        QCOMPARE(linesNamed(o, QStringLiteral("UID")),
                 QStringList{QStringLiteral("UID:series-uid@trellis.test")});
        QCOMPARE(linesNamed(o, QStringLiteral("RECURRENCE-ID")),
                 QStringList{QStringLiteral("RECURRENCE-ID;TZID=Europe/Berlin:20240514T100000")});
        QCOMPARE(linesNamed(o, QStringLiteral("DTSTART")),
                 QStringList{QStringLiteral("DTSTART;TZID=Europe/Berlin:20240515T120000")});
        QCOMPARE(linesNamed(o, QStringLiteral("SUMMARY")), QStringList{QStringLiteral("SUMMARY:Moved")});
        QVERIFY(linesNamed(o, QStringLiteral("RRULE")).isEmpty());
    }

    // Contract: a cancelled occurrence is an EXDATE on its series, not a VEVENT; a cancelled single is
    // CANCELLED.
    void shouldWriteCancelledOccurrencesAsExdates()
    {
        Setup s;
        MeetingSpec spec =
            series(QStringLiteral("2024-05-07T10:00:00"), QStringLiteral("FREQ=WEEKLY;COUNT=4"));
        spec.exdates = QStringLiteral("2024-05-21T10:00:00,2024-05-14T10:00:00");
        const qint64 id = s.fixture.addMeeting(s.rel, spec);
        MeetingSpec cancelled = single(QStringLiteral("2024-05-14T10:00:00"));
        cancelled.kind = QStringLiteral("override");
        cancelled.seriesId = id;
        cancelled.recurrenceId = QStringLiteral("2024-05-14T10:00:00"); // also a stored EXDATE
        cancelled.status = QStringLiteral("cancelled");
        s.fixture.addMeeting(s.rel, cancelled);
        cancelled.recurrenceId = QStringLiteral("2024-05-28T10:00:00");
        cancelled.startLocal = cancelled.recurrenceId;
        s.fixture.addMeeting(s.rel, cancelled);
        MeetingSpec lone = single(QStringLiteral("2024-06-01T10:00:00"));
        lone.status = QStringLiteral("cancelled");
        s.fixture.addMeeting(s.rel, lone);

        const QStringList lines = contentLines(s.run());
        QVERIFY(linesNamed(lines, QStringLiteral("RECURRENCE-ID")).isEmpty());
        QStringList exdates = linesNamed(lines, QStringLiteral("EXDATE"));
        exdates.sort();
        QCOMPARE(exdates, (QStringList{QStringLiteral("EXDATE;TZID=Europe/Berlin:20240514T100000"),
                                       QStringLiteral("EXDATE;TZID=Europe/Berlin:20240521T100000"),
                                       QStringLiteral("EXDATE;TZID=Europe/Berlin:20240528T100000")}));
        const QList<QStringList> blocks = events(lines);
        QCOMPARE(blocks.size(), 2);
        QCOMPARE(linesNamed(blocks.at(0), QStringLiteral("STATUS")),
                 QStringList{QStringLiteral("STATUS:CONFIRMED")});
        QCOMPARE(linesNamed(blocks.at(1), QStringLiteral("STATUS")),
                 QStringList{QStringLiteral("STATUS:CANCELLED")});
    }

    void shouldWriteTheStatus_data()
    {
        QTest::addColumn<QString>("meetingStatus");
        QTest::addColumn<QString>("relationshipStatus");
        QTest::addColumn<QString>("expected");
        QTest::newRow("planned") << QStringLiteral("planned") << QStringLiteral("active")
                                 << QStringLiteral("CONFIRMED");
        QTest::newRow("held") << QStringLiteral("held") << QStringLiteral("active")
                              << QStringLiteral("CONFIRMED");
        QTest::newRow("no-show") << QStringLiteral("no_show") << QStringLiteral("active")
                                 << QStringLiteral("CONFIRMED");
        QTest::newRow("cancelled") << QStringLiteral("cancelled") << QStringLiteral("active")
                                   << QStringLiteral("CANCELLED");
        QTest::newRow("proposed relationship")
            << QStringLiteral("planned") << QStringLiteral("proposed") << QStringLiteral("TENTATIVE");
    }
    void shouldWriteTheStatus()
    {
        QFETCH(QString, meetingStatus);
        QFETCH(QString, relationshipStatus);
        QFETCH(QString, expected);
        Setup s;
        const qint64 rel = s.fixture.addRelationship(s.mentee, s.mentor, std::nullopt, relationshipStatus);
        MeetingSpec spec = single(QStringLiteral("2024-05-01T10:00:00"));
        spec.status = meetingStatus;
        s.fixture.addMeeting(rel, spec);
        QCOMPARE(linesNamed(contentLines(s.run()), QStringLiteral("STATUS")),
                 QStringList{QStringLiteral("STATUS:") + expected});
    }

    void shouldNameThePeopleWhenThereIsNoTitle()
    {
        Setup s;
        MeetingSpec spec = single(QStringLiteral("2024-05-01T10:00:00"));
        spec.location = QStringLiteral("Library");
        s.fixture.addMeeting(s.rel, spec);
        const QStringList lines = contentLines(s.run());
        QCOMPARE(linesNamed(lines, QStringLiteral("SUMMARY")),
                 QStringList{QStringLiteral("SUMMARY:Mentoring: Ada Lovelace / Grace Hopper")});
        QCOMPARE(linesNamed(lines, QStringLiteral("LOCATION")),
                 QStringList{QStringLiteral("LOCATION:Library")});
    }

    // VALARM DISPLAY with a relative TRIGGER for the stored reminder.
    void shouldWriteAnAlarmForReminders_data()
    {
        QTest::addColumn<int>("minutes"); // -1: none
        QTest::addColumn<QString>("trigger");
        QTest::newRow("none") << -1 << QString();
        QTest::newRow("15 minutes") << 15 << QStringLiteral("TRIGGER:-PT15M");
        QTest::newRow("90 minutes") << 90 << QStringLiteral("TRIGGER:-PT1H30M");
        QTest::newRow("one day") << 1440 << QStringLiteral("TRIGGER:-P1D");
        QTest::newRow("at start") << 0 << QStringLiteral("TRIGGER:PT0S");
    }
    void shouldWriteAnAlarmForReminders()
    {
        QFETCH(int, minutes);
        QFETCH(QString, trigger);
        Setup s;
        MeetingSpec spec = single(QStringLiteral("2024-05-01T10:00:00"));
        spec.title = QStringLiteral("Check-in");
        if (minutes >= 0)
            spec.reminderMinutes = minutes;
        s.fixture.addMeeting(s.rel, spec);
        const QStringList lines = contentLines(s.run());
        if (trigger.isEmpty()) {
            QVERIFY(!lines.contains(QStringLiteral("BEGIN:VALARM")));
            return;
        }
        const qsizetype begin = lines.indexOf(QStringLiteral("BEGIN:VALARM"));
        const qsizetype end = lines.indexOf(QStringLiteral("END:VALARM"));
        QVERIFY(begin > 0 && end > begin);
        const QStringList alarm = lines.mid(begin, end - begin + 1);
        QVERIFY(alarm.contains(QStringLiteral("ACTION:DISPLAY")));
        QVERIFY(alarm.contains(QStringLiteral("DESCRIPTION:Check-in")));
        QCOMPARE(linesNamed(alarm, QStringLiteral("TRIGGER")), QStringList{trigger});
    }
};

TRELLIS_REGISTER_TEST(IcsExportRulesTest);

#include "icsexportrulestest.moc"
