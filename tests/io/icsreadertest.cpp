#include "io/icsreader.h"

#include "testlib/testregistry.h"

#include <QTest>

#include <atomic>

using namespace trellis;

namespace {

QString corpusPath(const QString &relative)
{
    return QStringLiteral(TRELLIS_SHARED_DIR "/testdata/ics/") + relative;
}

IcsReadResult readText(const QString &text, bool skipInvalid = false)
{
    IcsReadOptions options;
    options.skipInvalid = skipInvalid;
    Result<IcsReadResult> result = IcsReader(options).readData(text.toUtf8());
    return result ? std::move(result).value() : IcsReadResult{};
}

IcsReadResult readCorpus(const QString &relative)
{
    Result<IcsReadResult> result = IcsReader().readFile(corpusPath(relative));
    return result ? std::move(result).value() : IcsReadResult{};
}

// A calendar with one event; `eventLines` go between DTSTART and END:VEVENT (line 6 onwards).
QString calendar(const QString &eventLines,
                 const QString &start = QStringLiteral("DTSTART;TZID=Europe/Berlin:20240305T100000"))
{
    return QStringLiteral("BEGIN:VCALENDAR\r\n"    // 1
                          "VERSION:2.0\r\n"        // 2
                          "PRODID:-//test//EN\r\n" // 3
                          "BEGIN:VEVENT\r\n"       // 4
                          "UID:one@test\r\n")      // 5
           + start + QStringLiteral("\r\n")        // 6
           + eventLines + QStringLiteral("END:VEVENT\r\nEND:VCALENDAR\r\n");
}

const IcsProblem *find(const std::vector<IcsProblem> &problems, int line, const QString &text)
{
    for (const IcsProblem &p : problems) {
        if (p.line == line && p.message.contains(text, Qt::CaseInsensitive))
            return &p;
    }
    return nullptr;
}

} // namespace

class IcsReaderTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldWarnNamingTheLine_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("mentions");

        QTest::newRow("empty property")
            << calendar(QStringLiteral("SUMMARY:x\r\nLOCATION:\r\n")) << 8 << QStringLiteral("LOCATION");
        QTest::newRow("x-property") << calendar(QStringLiteral("X-FOO-BAR:1\r\n")) << 7
                                    << QStringLiteral("X-FOO-BAR");
        QTest::newRow("blank line") << calendar(QStringLiteral("SUMMARY:x\r\n\r\n")) << 8
                                    << QStringLiteral("blank");
        QTest::newRow("upper-case \\N")
            << calendar(QStringLiteral("DESCRIPTION:a\\Nb\r\n")) << 7 << QStringLiteral("\\N");
        QTest::newRow("stray Z on RDATE")
            << calendar(QStringLiteral("RRULE:FREQ=YEARLY;COUNT=2\r\nRDATE:20131210Z\r\n"),
                        QStringLiteral("DTSTART;VALUE=DATE:20141210"))
            << 8 << QStringLiteral("stray Z");
        QTest::newRow("VALUE=DATE on a date-time")
            << calendar(QString(), QStringLiteral("DTSTART;VALUE=DATE:20240305T100000")) << 6
            << QStringLiteral("VALUE=DATE");
        QTest::newRow("Windows zone")
            << calendar(QString(), QStringLiteral("DTSTART;TZID=W. Europe Standard Time:20240305T100000"))
            << 6 << QStringLiteral("Europe/Berlin");
        QTest::newRow("empty TZID") << calendar(QString(), QStringLiteral("DTSTART;TZID=:20240305T100000"))
                                    << 6 << QStringLiteral("floating");
        QTest::newRow("missing UID") << calendar(QString()).replace(QStringLiteral("UID:one@test\r\n"),
                                                                    QString())
                                     << 4 << QStringLiteral("UID");
        QTest::newRow("VTODO skipped")
            << QStringLiteral(
                   "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:x\nBEGIN:VTODO\nUID:t\nEND:VTODO\nEND:VCALENDAR\n")
            << 4 << QStringLiteral("VTODO");
        QTest::newRow("missing VERSION")
            << QStringLiteral(
                   "BEGIN:VCALENDAR\nPRODID:x\nBEGIN:VEVENT\nUID:a\nDTSTART:20240101T100000Z\nEND:VEVENT\n"
                   "END:VCALENDAR\n")
            << 1 << QStringLiteral("VERSION");
        QTest::newRow("leading whitespace")
            << QStringLiteral("   BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:x\nEND:VCALENDAR\n") << 1
            << QStringLiteral("whitespace");
        QTest::newRow("second VCALENDAR")
            << QStringLiteral(
                   "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:x\nEND:VCALENDAR\nBEGIN:VCALENDAR\nVERSION:2.0\n"
                   "PRODID:x\nEND:VCALENDAR\n")
            << 5 << QStringLiteral("VCALENDAR");
    }

    void shouldWarnNamingTheLine()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(QString, mentions);
        // GIVEN a file with one tolerated oddity WHEN it is read
        const IcsReadResult result = readText(text);
        // THEN it is accepted, with a warning that names the line
        QVERIFY2(!result.refused, qPrintable(result.errorText()));
        QVERIFY2(find(result.warnings, line, mentions), qPrintable(result.warningText()));
        QVERIFY(find(result.warnings, line, QString::number(line)));
    }

    void shouldRefuseNamingTheLine_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("extra");
        QTest::addColumn<int>("line");

        QTest::newRow("30 February") << QStringLiteral("DTSTART:20230230T100000Z") << QString() << 6;
        QTest::newRow("7-digit date") << QStringLiteral("DTSTART:2006717T080000Z") << QString() << 6;
        QTest::newRow("negative year") << QStringLiteral("DTSTART:-0011130T100000") << QString() << 6;
        QTest::newRow("words") << QStringLiteral("DTSTART;VALUE=DATE:Next Year") << QString() << 6;
        QTest::newRow("hour 25") << QStringLiteral("DTSTART:20240101T250000") << QString() << 6;
        QTest::newRow("no value") << QStringLiteral("DTSTART;TZID=\"Europe/Berlin:20240101T100000\"")
                                  << QString() << 6;
        QTest::newRow("garbage RRULE") << QStringLiteral("DTSTART:20240101T100000Z")
                                       << QStringLiteral("RRULE:RRULE:AnythingRandom;FREQ=WEEKLY\r\n") << 7;
        QTest::newRow("RRULE without FREQ")
            << QStringLiteral("DTSTART:20240101T100000Z") << QStringLiteral("RRULE:COUNT=3\r\n") << 7;
        QTest::newRow("bad UNTIL") << QStringLiteral("DTSTART:20240101T100000Z")
                                   << QStringLiteral("RRULE:FREQ=DAILY;UNTIL=20241341\r\n") << 7;
        QTest::newRow("bad EXDATE") << QStringLiteral("DTSTART:20240101T100000Z")
                                    << QStringLiteral(
                                           "RRULE:FREQ=DAILY;COUNT=3\r\nEXDATE:20240230T100000Z\r\n")
                                    << 8;
    }

    void shouldRefuseNamingTheLine()
    {
        QFETCH(QString, start);
        QFETCH(QString, extra);
        QFETCH(int, line);
        // GIVEN an event whose time or rule cannot be read, next to a good event
        QString text = calendar(extra, start);
        text.replace(
            QStringLiteral("END:VCALENDAR\r\n"),
            QStringLiteral("BEGIN:VEVENT\r\nUID:two@test\r\nDTSTART:20240101T100000Z\r\nEND:VEVENT\r\n"
                           "END:VCALENDAR\r\n"));
        // WHEN it is read THEN the whole file is refused, naming the line
        const IcsReadResult strict = readText(text);
        QVERIFY(strict.refused);
        QVERIFY(strict.events.empty());
        QVERIFY2(find(strict.errors, line, QString::number(line)), qPrintable(strict.errorText()));
        // AND with skip-invalid the good event comes back and the bad one is listed
        const IcsReadResult lenient = readText(text, true);
        QVERIFY(!lenient.refused);
        QCOMPARE(int(lenient.events.size()), 1);
        QCOMPARE(lenient.events.front().uid, QStringLiteral("two@test"));
        QCOMPARE(int(lenient.skipped.size()), 1);
        QCOMPARE(lenient.skipped.front().uid, QStringLiteral("one@test"));
        QCOMPARE(lenient.skipped.front().line, 4);
    }

    void shouldRefuseStructurallyBrokenFiles_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::newRow("cut off") << QStringLiteral(
                                        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:x\nBEGIN:VEVENT\nUID:a\n"
                                        "DTSTART:20240101T100000Z\n")
                                 << 6;
        QTest::newRow("unbalanced") << QStringLiteral(
                                           "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:a\n"
                                           "DTSTART:20240101T100000Z\nEND:VTODO\nEND:VEVENT\nEND:VCALENDAR\n")
                                    << 6;
        QTest::newRow("no VCALENDAR")
            << QStringLiteral("BEGIN:VEVENT\nUID:a\nDTSTART:20240101T100000Z\nEND:VEVENT\n") << 1;
        QTest::newRow("not iCalendar") << QStringLiteral("name,date\nAda,2024-01-01\n") << 1;
        QTest::newRow("binary") << QString::fromLatin1("\x01\x02\x03PK\x05") << 1;
    }

    void shouldRefuseStructurallyBrokenFiles()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        // GIVEN a damaged file WHEN it is read THEN it is refused, naming the line
        const IcsReadResult result = readText(text);
        QVERIFY(result.refused);
        QVERIFY(result.events.empty());
        QVERIFY2(find(result.errors, line, QString::number(line)), qPrintable(result.errorText()));
    }

    void shouldDeriveAStableUidFromContent()
    {
        const QString noUid = QStringLiteral("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:x\n"
                                             "BEGIN:VEVENT\nDTSTAMP:20240101T000000Z\nSUMMARY:Check-in\n"
                                             "DTSTART:20240101T100000Z\nEND:VEVENT\n"
                                             "BEGIN:VEVENT\nDTSTAMP:20240101T000000Z\nSUMMARY:Check-in\n"
                                             "DTSTART:20240101T100000Z\nEND:VEVENT\n"
                                             "BEGIN:VEVENT\nDTSTAMP:20240101T000000Z\nSUMMARY:Review\n"
                                             "DTSTART:20240101T100000Z\nEND:VEVENT\nEND:VCALENDAR\n");
        // GIVEN a file whose events have no UID WHEN it is read twice
        const IcsReadResult first = readText(noUid);
        QString second = noUid;
        second.replace(QStringLiteral("DTSTAMP:20240101T000000Z"),
                       QStringLiteral("DTSTAMP:20250606T120000Z"));
        const IcsReadResult again = readText(second);
        QCOMPARE(int(first.events.size()), 3);
        QCOMPARE(int(again.events.size()), 3);
        // THEN every event gets the same derived UID each time (DTSTAMP does not count)
        for (int i = 0; i < 3; ++i) {
            QVERIFY(first.events[i].uidDerived);
            QVERIFY(!first.events[i].uid.isEmpty());
            QCOMPARE(again.events[i].uid, first.events[i].uid);
        }
        // AND different content, or a repeat of the same content, gives a different UID
        QVERIFY(first.events[0].uid != first.events[1].uid);
        QVERIFY(first.events[0].uid != first.events[2].uid);
        QVERIFY(first.events[1].uid != first.events[2].uid);
    }

    void shouldMapWindowsZonesToIana()
    {
        // GIVEN Outlook display names without VTIMEZONE WHEN read THEN IANA zones, not floating
        const IcsReadResult owa = readCorpus(QStringLiteral("valid/nodeical_Office-2012-owa.ics"));
        QCOMPARE(int(owa.events.size()), 4);
        QCOMPARE(owa.events[0].start.kind, IcsTime::Kind::Zoned);
        QCOMPARE(owa.events[0].start.zone, QStringLiteral("Australia/Sydney"));
        QCOMPARE(owa.events[0].start.local, QStringLiteral("2020-10-28T13:30:00"));
        for (int i = 1; i < 4; ++i)
            QCOMPARE(owa.events[i].start.zone, QStringLiteral("America/New_York"));

        // AND custom Exchange zones resolve through their VTIMEZONE
        const IcsReadResult custom = readCorpus(QStringLiteral("valid/nodeical_exchange-custom-tz.ics"));
        QCOMPARE(custom.events.at(0).start.zone, QStringLiteral("Asia/Bangkok"));
        QCOMPARE(custom.events.at(0).start.local, QStringLiteral("2019-04-30T09:00:00"));
        const IcsReadResult standup = readCorpus(QStringLiteral("valid/ical4j_Standup.ics"));
        QCOMPARE(standup.events.at(0).start.zone, QStringLiteral("Australia/Sydney"));
        const IcsReadResult singapore = readCorpus(QStringLiteral("valid/ical4j_2207678.ics"));
        QCOMPARE(singapore.events.at(0).start.zone, QStringLiteral("Asia/Singapore"));
        const IcsReadResult evolution = readCorpus(QStringLiteral("valid/ical4j_evolution.ics"));
        QCOMPARE(evolution.events.at(0).start.zone, QStringLiteral("America/Chicago"));
        const IcsReadResult thunderbird =
            readCorpus(QStringLiteral("valid/nodeical_tentative-apple-calendar.ics"));
        bool vancouver = false;
        for (const IcsReadEvent &e : thunderbird.events)
            vancouver = vancouver || e.start.zone == QLatin1String("America/Vancouver");
        QVERIFY(vancouver);
    }

    void shouldReadAnEmptyTzidAsFloating()
    {
        const IcsReadResult result = readCorpus(QStringLiteral("malformed/ical4j_blankTzid.ics"));
        QCOMPARE(int(result.events.size()), 1);
        QCOMPARE(result.events[0].start.kind, IcsTime::Kind::Floating);
        QCOMPARE(result.events[0].start.zone, QString());
        QCOMPARE(result.events[0].start.local, QStringLiteral("2015-08-26T09:00:00"));
    }

    void shouldRestoreEscapedText()
    {
        // GIVEN escaped commas and semicolons WHEN read THEN restored
        const IcsReadResult text = readText(calendar(QStringLiteral("LOCATION:Room 1\\, Floor 2\\; East\r\n"
                                                                    "SUMMARY:Line one\\nline two\r\n")));
        QCOMPARE(text.events.at(0).location, QStringLiteral("Room 1, Floor 2; East"));
        QCOMPARE(text.events.at(0).summary, QStringLiteral("Line one\nline two"));
        const IcsReadResult tripit =
            readCorpus(QStringLiteral("valid/nodeical_tripit-location-escaping.ics"));
        bool found = false;
        for (const IcsReadEvent &e : tripit.events)
            found = found || e.location == QLatin1String("250 GATEWAY BLVD, South San Francisco, CA, 94080");
        QVERIFY(found);
        // AND upper-case \N is a line break too
        const IcsReadResult upper = readText(calendar(QStringLiteral("DESCRIPTION:a\\Nb\r\n")));
        QCOMPARE(upper.events.at(0).description, QStringLiteral("a\nb"));
    }

    void shouldKeepUtf8Intact()
    {
        const IcsReadResult result =
            readCorpus(QStringLiteral("valid/nodeical_yearly-recurring-unicode.ics"));
        QCOMPARE(result.events.at(0).summary,
                 QString::fromUtf8("F\xC3\xAAte Nationale - F\xC3\xA9ri\xC3\xA9"));
        QCOMPARE(result.events.at(0).start.kind, IcsTime::Kind::AllDay);
    }

    void shouldKeepEveryRrule()
    {
        const IcsReadResult result = readCorpus(QStringLiteral("valid/icaljs_multiple_rrules.ics"));
        QCOMPARE(result.events.at(0).rrules.size(), 2);
        QVERIFY(result.events[0].rrules[0].startsWith(QLatin1String("FREQ=WEEKLY")));
        QVERIFY(result.events[0].rrules[1].startsWith(QLatin1String("FREQ=MONTHLY")));
    }

    void shouldMatchOverrideOfOtherTypeByDay()
    {
        // GIVEN an all-day series whose override has a DATE-TIME RECURRENCE-ID
        const IcsReadResult exchange =
            readCorpus(QStringLiteral("valid/nodeical_exchange_whole_day_moved_recurrence.ics"));
        QCOMPARE(int(exchange.events.size()), 2);
        const IcsReadEvent &moved = exchange.events[1];
        // THEN the original start is the day, in the series' all-day form
        QVERIFY(moved.isOverride());
        QVERIFY(moved.seriesInFile);
        QCOMPARE(*moved.recurrenceId,
                 (IcsTime{IcsTime::Kind::AllDay, QStringLiteral("2026-02-26"), QString()}));
        QCOMPARE(moved.start.local, QStringLiteral("2026-02-27"));

        // AND a timed series whose override's RECURRENCE-ID is a DATE gets the series' time of day
        QString text = calendar(QStringLiteral("RRULE:FREQ=WEEKLY;COUNT=4\r\n"));
        text.replace(
            QStringLiteral("END:VCALENDAR\r\n"),
            QStringLiteral("BEGIN:VEVENT\r\nUID:one@test\r\nRECURRENCE-ID;VALUE=DATE:20240312\r\n"
                           "DTSTART;TZID=Europe/Berlin:20240312T150000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"));
        const IcsReadResult timed = readText(text);
        QCOMPARE(int(timed.events.size()), 2);
        QCOMPARE(*timed.events[1].recurrenceId,
                 (IcsTime{IcsTime::Kind::Zoned, QStringLiteral("2024-03-12T10:00:00"),
                          QStringLiteral("Europe/Berlin")}));
        QVERIFY(find(timed.warnings, 11, QStringLiteral("by day")));
    }

    void shouldConvertRecurrenceDatesToTheSeriesForm()
    {
        // GIVEN a Berlin series with a UTC EXDATE and an override listed before it in UTC
        const QString text = QStringLiteral(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n"
            "BEGIN:VEVENT\r\nUID:s@test\r\nRECURRENCE-ID:20240702T080000Z\r\nDTSTART:20240702T090000Z\r\nEND:"
            "VEVENT\r\n"
            "BEGIN:VEVENT\r\nUID:s@test\r\nDTSTART;TZID=Europe/Berlin:20240625T100000\r\nDURATION:PT45M\r\n"
            "RRULE:FREQ=WEEKLY;COUNT=5\r\nEXDATE:20240709T080000Z\r\nRDATE;TZID=America/"
            "New_York:20240801T040000\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n");
        const IcsReadResult result = readText(text);
        QVERIFY2(!result.refused, qPrintable(result.errorText()));
        QCOMPARE(int(result.events.size()), 2);
        const IcsReadEvent &series = result.events[1];
        // THEN EXDATE and RDATE are wall-clock times in the series' zone
        QCOMPARE(series.exdates, QStringList{QStringLiteral("2024-07-09T10:00:00")});
        QCOMPARE(series.rdates, QStringList{QStringLiteral("2024-08-01T10:00:00")});
        QCOMPARE(series.durationMinutes, 45);
        QVERIFY(series.isSeries());
        // AND the override's RECURRENCE-ID is converted although it comes first
        QCOMPARE(*result.events[0].recurrenceId,
                 (IcsTime{IcsTime::Kind::Zoned, QStringLiteral("2024-07-02T10:00:00"),
                          QStringLiteral("Europe/Berlin")}));
        QCOMPARE(result.events[0].start, (IcsTime{IcsTime::Kind::Zoned, QStringLiteral("2024-07-02T09:00:00"),
                                                  QStringLiteral("UTC")}));
    }

    void shouldReadDurationStatusAndReminder_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("lines");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<int>("reminder"); // -1: none
        QTest::addColumn<int>("status");

        const QString berlin = QStringLiteral("DTSTART;TZID=Europe/Berlin:20240305T100000");
        QTest::newRow("DTEND") << berlin << QStringLiteral("DTEND;TZID=Europe/Berlin:20240305T113000\r\n")
                               << 90 << -1 << int(IcsEventStatus::Unspecified);
        QTest::newRow("DTEND in UTC") << berlin << QStringLiteral("DTEND:20240305T100000Z\r\n") << 60 << -1
                                      << int(IcsEventStatus::Unspecified);
        QTest::newRow("across DST") << QStringLiteral("DTSTART;TZID=Europe/Berlin:20240331T013000")
                                    << QStringLiteral("DTEND;TZID=Europe/Berlin:20240331T033000\r\n") << 60
                                    << -1 << int(IcsEventStatus::Unspecified);
        QTest::newRow("DURATION") << berlin << QStringLiteral("DURATION:PT1H15M\r\nSTATUS:TENTATIVE\r\n")
                                  << 75 << -1 << int(IcsEventStatus::Tentative);
        QTest::newRow("all-day, 3 days") << QStringLiteral("DTSTART;VALUE=DATE:20240305")
                                         << QStringLiteral("DTEND;VALUE=DATE:20240308\r\n") << 3 * 1440 << -1
                                         << int(IcsEventStatus::Unspecified);
        QTest::newRow("all-day, no end") << QStringLiteral("DTSTART;VALUE=DATE:20240305") << QString() << 1440
                                         << -1 << int(IcsEventStatus::Unspecified);
        QTest::newRow("first VALARM")
            << berlin
            << QStringLiteral("STATUS:CANCELLED\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\n"
                              "TRIGGER:-PT15M\r\nEND:VALARM\r\nBEGIN:VALARM\r\n"
                              "ACTION:DISPLAY\r\nTRIGGER:-P1D\r\nEND:VALARM\r\n")
            << 0 << 15 << int(IcsEventStatus::Cancelled);
        QTest::newRow("week alarm")
            << berlin
            << QStringLiteral("BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-P1W6DT15H\r\nEND:VALARM\r\n") << 0
            << (13 * 24 + 15) * 60 << int(IcsEventStatus::Unspecified);
        QTest::newRow("absolute alarm")
            << QStringLiteral("DTSTART:20240305T100000Z")
            << QStringLiteral("BEGIN:VALARM\r\nACTION:DISPLAY\r\n"
                              "TRIGGER;VALUE=DATE-TIME:20240305T093000Z\r\nEND:VALARM\r\n")
            << 0 << 30 << int(IcsEventStatus::Unspecified);
    }

    void shouldReadDurationStatusAndReminder()
    {
        QFETCH(QString, start);
        QFETCH(QString, lines);
        QFETCH(int, minutes);
        QFETCH(int, reminder);
        QFETCH(int, status);
        const IcsReadResult result = readText(calendar(lines, start));
        QVERIFY2(!result.refused, qPrintable(result.errorText()));
        QCOMPARE(result.events.at(0).durationMinutes, minutes);
        QCOMPARE(result.events.at(0).reminderMinutes.value_or(-1), reminder);
        QCOMPARE(int(result.events.at(0).status), status);
    }

    void shouldReportProgressAndStopWhenCancelled()
    {
        // GIVEN a file of 47 events
        QFile file(corpusPath(QStringLiteral("valid/nodeical_tripit-location-escaping.ics")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        std::vector<std::pair<int, int>> calls;
        IcsReadOptions options;
        options.progress = [&calls](int done, int total) { calls.emplace_back(done, total); };
        // WHEN it is read THEN progress goes from 1 to 47 of 47
        QVERIFY(IcsReader(options).readData(data).ok());
        QCOMPARE(int(calls.size()), 47);
        QCOMPARE(calls.front(), std::make_pair(1, 47));
        QCOMPARE(calls.back(), std::make_pair(47, 47));

        // WHEN the cancel flag is raised during reading THEN it stops with an error
        std::atomic_bool cancel = false;
        int seen = 0;
        options.cancel = &cancel;
        options.progress = [&](int done, int) {
            seen = done;
            if (done == 5)
                cancel = true;
        };
        const Result<IcsReadResult> cancelled = IcsReader(options).readData(data);
        QVERIFY(!cancelled.ok());
        QVERIFY(cancelled.errorMessage().contains(QLatin1String("cancelled")));
        QCOMPARE(seen, 5);
    }

    void shouldFailReadablyOnAMissingFile()
    {
        const Result<IcsReadResult> result = IcsReader().readFile(QStringLiteral("/nonexistent/x.ics"));
        QVERIFY(!result.ok());
        QVERIFY(result.errorMessage().contains(QLatin1String("/nonexistent/x.ics")));
    }
};

TRELLIS_REGISTER_TEST(IcsReaderTest);
#include "icsreadertest.moc"
