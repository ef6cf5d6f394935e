#include "calendar/meetingtimes.h"

#include "testlib/testregistry.h"

#include <QTest>

using namespace trellis;

namespace {

// '2024-03-05T09:00:00' read as UTC, in Unix seconds.
qint64 utc(const char *text)
{
    QDateTime dt = QDateTime::fromString(QLatin1String(text), Qt::ISODate);
    dt.setTimeSpec(Qt::UTC);
    return dt.toSecsSinceEpoch();
}

LocalStart zoned(const char *text, const char *zone)
{
    return LocalStart{QLatin1String(text), QLatin1String(zone), false, false};
}

} // namespace

class MeetingTimesTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldConvertAStoredStartToUtc_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<bool>("floating");
        QTest::addColumn<bool>("allDay");
        QTest::addColumn<qint64>("expected");

        QTest::newRow("Berlin winter (UTC+1)")
            << "2024-01-16T10:00:00"
            << "Europe/Berlin" << false << false << utc("2024-01-16T09:00:00");
        QTest::newRow("Berlin summer (UTC+2)")
            << "2024-07-16T10:00:00"
            << "Europe/Berlin" << false << false << utc("2024-07-16T08:00:00");
        QTest::newRow("New York winter (UTC-5)")
            << "2024-01-16T10:00:00"
            << "America/New_York" << false << false << utc("2024-01-16T15:00:00");
        QTest::newRow("New York summer (UTC-4)")
            << "2024-07-16T10:00:00"
            << "America/New_York" << false << false << utc("2024-07-16T14:00:00");
        QTest::newRow("Berlin gap 02:30 uses the offset before the gap")
            << "2024-03-31T02:30:00"
            << "Europe/Berlin" << false << false << utc("2024-03-31T01:30:00");
        QTest::newRow("Berlin overlap 02:30 is the first (summer) one")
            << "2024-10-27T02:30:00"
            << "Europe/Berlin" << false << false << utc("2024-10-27T00:30:00");
        QTest::newRow("New York overlap 01:30 is the first (EDT) one")
            << "2024-11-03T01:30:00"
            << "America/New_York" << false << false << utc("2024-11-03T05:30:00");
        QTest::newRow("floating is read as UTC") << "2024-07-16T10:00:00"
                                                 << "" << true << false << utc("2024-07-16T10:00:00");
        QTest::newRow("all-day is midnight UTC") << "2024-07-16"
                                                 << "" << false << true << utc("2024-07-16T00:00:00");
    }

    void shouldConvertAStoredStartToUtc()
    {
        QFETCH(QString, text);
        QFETCH(QString, zone);
        QFETCH(bool, floating);
        QFETCH(bool, allDay);
        QFETCH(qint64, expected);

        // WHEN a stored start is converted
        const auto result = MeetingTimes::startUtc(LocalStart{text, zone, floating, allDay});

        // THEN it is the expected instant
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.errorMessage()));
        QCOMPARE(*result, expected);
    }

    void shouldGiveTheLocalDateTimeInItsZone()
    {
        const auto local = MeetingTimes::localDateTime(zoned("2024-07-16T10:00:00", "Europe/Berlin"));
        QVERIFY(local.ok());
        QCOMPARE(local->timeZone().id(), QByteArray("Europe/Berlin"));
        QCOMPARE(local->time(), QTime(10, 0));
        QCOMPARE(local->offsetFromUtc(), 7200);
    }

    void shouldRefuseABadStoredStart_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<bool>("floating");
        QTest::addColumn<bool>("allDay");
        QTest::addColumn<QString>("message");

        QTest::newRow("unknown zone") << "2024-01-16T10:00:00"
                                      << "Mars/Olympus" << false << false << "Mars/Olympus";
        QTest::newRow("no zone") << "2024-01-16T10:00:00"
                                 << "" << false << false << "no time zone";
        QTest::newRow("impossible date") << "2024-02-30T10:00:00"
                                         << "Europe/Berlin" << false << false << "2024-02-30T10:00:00";
        QTest::newRow("missing seconds") << "2024-01-16T10:00"
                                         << "Europe/Berlin" << false << false << "YYYY-MM-DDTHH:MM:SS";
        QTest::newRow("all-day with a time") << "2024-01-16T10:00:00"
                                             << "" << false << true << "YYYY-MM-DD";
        QTest::newRow("all-day with a zone") << "2024-01-16"
                                             << "Europe/Berlin" << false << true << "time zone";
        QTest::newRow("floating with a zone") << "2024-01-16T10:00:00"
                                              << "Europe/Berlin" << true << false << "floating";
    }

    void shouldRefuseABadStoredStart()
    {
        QFETCH(QString, text);
        QFETCH(QString, zone);
        QFETCH(bool, floating);
        QFETCH(bool, allDay);
        QFETCH(QString, message);

        const auto result = MeetingTimes::startUtc(LocalStart{text, zone, floating, allDay});

        QVERIFY(!result.ok());
        QVERIFY2(result.errorMessage().contains(message), qPrintable(result.errorMessage()));
    }

    void shouldValidateRules_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("message"); // empty: valid

        QTest::newRow("weekly BYDAY") << "FREQ=WEEKLY;BYDAY=TU,TH"
                                      << "";
        QTest::newRow("monthly 2TU") << "FREQ=MONTHLY;BYDAY=2TU;COUNT=6"
                                     << "";
        QTest::newRow("monthly -1FR until") << "FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20241231T230000Z"
                                            << "";
        QTest::newRow("empty") << ""
                               << "empty";
        QTest::newRow("prefix") << "RRULE:FREQ=WEEKLY"
                                << "prefix";
        QTest::newRow("no FREQ") << "BYDAY=MO"
                                 << "no FREQ";
        QTest::newRow("bad frequency") << "FREQ=FORTNIGHTLY"
                                       << "FREQ=FORTNIGHTLY";
        QTest::newRow("bad day names the part") << "FREQ=WEEKLY;BYDAY=XX"
                                                << "BYDAY=XX";
        QTest::newRow("unknown part") << "FREQ=WEEKLY;FOO=1"
                                      << "FOO=1";
        QTest::newRow("COUNT and UNTIL") << "FREQ=WEEKLY;COUNT=2;UNTIL=20240401T000000Z"
                                         << "both COUNT and UNTIL";
        QTest::newRow("zero interval") << "FREQ=WEEKLY;INTERVAL=0"
                                       << "INTERVAL=0";
    }

    void shouldValidateRules()
    {
        QFETCH(QString, rule);
        QFETCH(QString, message);

        const Status status = MeetingTimes::validateRule(rule);

        if (message.isEmpty()) {
            QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.errorMessage()));
        } else {
            QVERIFY(!status.ok());
            QVERIFY2(status.errorMessage().contains(message), qPrintable(status.errorMessage()));
        }
    }

    void shouldSplitRuleLines()
    {
        const auto rules =
            MeetingTimes::parseRules(QStringLiteral("FREQ=WEEKLY;BYDAY=MO\n\nFREQ=MONTHLY;BYDAY=1FR\n"));
        QVERIFY(rules.ok());
        QCOMPARE(*rules, (QStringList{QStringLiteral("FREQ=WEEKLY;BYDAY=MO"),
                                      QStringLiteral("FREQ=MONTHLY;BYDAY=1FR")}));
        QVERIFY(!MeetingTimes::parseRules(QStringLiteral("FREQ=WEEKLY\nFREQ=NEVER")).ok());
    }

    void shouldComputeSeriesBounds_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<bool>("allDay");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<QString>("rrule");
        QTest::addColumn<QString>("rdates");
        QTest::addColumn<QString>("exdates");
        QTest::addColumn<qint64>("first");
        QTest::addColumn<qint64>("lastEnd"); // -1: unbounded

        QTest::newRow("weekly COUNT=3 (Berlin)")
            << "2024-03-05T10:00:00"
            << "Europe/Berlin" << false << 60 << "FREQ=WEEKLY;COUNT=3"
            << ""
            << "" << utc("2024-03-05T09:00:00") << utc("2024-03-19T10:00:00");
        QTest::newRow("COUNT across DST: last one is summer time")
            << "2024-03-19T10:00:00"
            << "Europe/Berlin" << false << 60 << "FREQ=WEEKLY;COUNT=3"
            << ""
            << "" << utc("2024-03-19T09:00:00") << utc("2024-04-02T09:00:00");
        QTest::newRow("UNTIL in UTC on the last start")
            << "2024-03-05T10:00:00"
            << "Europe/Berlin" << false << 30 << "FREQ=WEEKLY;UNTIL=20240319T090000Z"
            << ""
            << "" << utc("2024-03-05T09:00:00") << utc("2024-03-19T09:30:00");
        QTest::newRow("UNTIL one second before the last start excludes it")
            << "2024-03-05T10:00:00"
            << "Europe/Berlin" << false << 30 << "FREQ=WEEKLY;UNTIL=20240319T085959Z"
            << ""
            << "" << utc("2024-03-05T09:00:00") << utc("2024-03-12T09:30:00");
        QTest::newRow("no COUNT or UNTIL is unbounded") << "2024-03-05T10:00:00"
                                                        << "Europe/Berlin" << false << 60 << "FREQ=WEEKLY"
                                                        << ""
                                                        << "" << utc("2024-03-05T09:00:00") << qint64(-1);
        QTest::newRow("EXDATE of the first and last")
            << "2024-03-05T10:00:00"
            << "Europe/Berlin" << false << 60 << "FREQ=WEEKLY;COUNT=4"
            << ""
            << "2024-03-05T10:00:00,2024-03-26T10:00:00" << utc("2024-03-12T09:00:00")
            << utc("2024-03-19T10:00:00");
        QTest::newRow("RDATEs before and after the rule")
            << "2024-03-05T10:00:00"
            << "Europe/Berlin" << false << 60 << "FREQ=WEEKLY;COUNT=2"
            << "2024-03-01T08:00:00,2024-05-02T10:00:00"
            << "" << utc("2024-03-01T07:00:00") << utc("2024-05-02T09:00:00");
        QTest::newRow("RDATE-only series") << "2024-03-05T10:00:00"
                                           << "Europe/Berlin" << false << 60 << ""
                                           << "2024-03-05T10:00:00,2024-04-09T10:00:00"
                                           << "" << utc("2024-03-05T09:00:00") << utc("2024-04-09T09:00:00");
        QTest::newRow("two RRULEs: the later one ends last")
            << "2024-03-04T10:00:00"
            << "UTC" << false << 60 << "FREQ=WEEKLY;BYDAY=MO;COUNT=2\nFREQ=WEEKLY;BYDAY=FR;COUNT=3"
            << ""
            << "" << utc("2024-03-04T10:00:00") << utc("2024-03-22T11:00:00");
        QTest::newRow("two RRULEs, one unbounded")
            << "2024-03-04T10:00:00"
            << "UTC" << false << 60 << "FREQ=WEEKLY;BYDAY=MO;COUNT=2\nFREQ=WEEKLY;BYDAY=FR"
            << ""
            << "" << utc("2024-03-04T10:00:00") << qint64(-1);
        QTest::newRow("all-day COUNT: ends at the next midnight")
            << "2024-03-04"
            << "" << true << 0 << "FREQ=DAILY;COUNT=3"
            << ""
            << "" << utc("2024-03-04T00:00:00") << utc("2024-03-07T00:00:00");
        QTest::newRow("all-day UNTIL as a date")
            << "2024-03-04"
            << "" << true << 1440 << "FREQ=WEEKLY;UNTIL=20240318"
            << ""
            << "" << utc("2024-03-04T00:00:00") << utc("2024-03-19T00:00:00");
        QTest::newRow("monthly -1FR COUNT=3")
            << "2024-01-26T10:00:00"
            << "America/New_York" << false << 60 << "FREQ=MONTHLY;BYDAY=-1FR;COUNT=3"
            << ""
            << "" << utc("2024-01-26T15:00:00") << utc("2024-03-29T15:00:00");
        QTest::newRow("start not matching BYDAY is not an occurrence")
            << "2024-03-04T10:00:00"
            << "UTC" << false << 60 << "FREQ=WEEKLY;BYDAY=TU;COUNT=2"
            << ""
            << "" << utc("2024-03-05T10:00:00") << utc("2024-03-12T11:00:00");
    }

    void shouldComputeSeriesBounds()
    {
        QFETCH(QString, start);
        QFETCH(QString, zone);
        QFETCH(bool, allDay);
        QFETCH(int, minutes);
        QFETCH(QString, rrule);
        QFETCH(QString, rdates);
        QFETCH(QString, exdates);
        QFETCH(qint64, first);
        QFETCH(qint64, lastEnd);

        // GIVEN a series definition WHEN its bounds are computed
        const LocalStart local{start, allDay ? QString() : zone, false, allDay};
        const auto bounds = MeetingTimes::seriesBounds(local, minutes, rrule, rdates, exdates);

        // THEN they are its first start and last end
        QVERIFY2(bounds.ok(), qPrintable(bounds.ok() ? QString() : bounds.errorMessage()));
        QCOMPARE(bounds->firstStartUtc, first);
        if (lastEnd < 0)
            QVERIFY(!bounds->lastEndUtc.has_value());
        else
            QCOMPARE(bounds->lastEndUtc.value_or(-1), lastEnd);
    }

    void shouldRefuseBadSeriesParts()
    {
        const LocalStart start = zoned("2024-03-05T10:00:00", "Europe/Berlin");
        const auto badRule =
            MeetingTimes::seriesBounds(start, 60, QStringLiteral("FREQ=WEEKLY;BYDAY=XX"), {}, {});
        QVERIFY(!badRule.ok());
        QVERIFY(badRule.errorMessage().contains(QStringLiteral("BYDAY=XX")));
        const auto badExdate = MeetingTimes::seriesBounds(start, 60, QStringLiteral("FREQ=WEEKLY"), {},
                                                          QStringLiteral("2024-03-12"));
        QVERIFY(!badExdate.ok());
        QVERIFY(badExdate.errorMessage().contains(QStringLiteral("EXDATE")));
        const auto nothing = MeetingTimes::seriesBounds(start, 60, {}, {}, {});
        QVERIFY(!nothing.ok());
        QVERIFY(!MeetingTimes::seriesBounds(start, -5, QStringLiteral("FREQ=WEEKLY"), {}, {}).ok());
    }
};

TRELLIS_REGISTER_TEST(MeetingTimesTest);
#include "meetingtimestest.moc"
