#include "calendar/recurrencerule.h"

#include "testlib/testregistry.h"

#include <QTest>

using namespace trellis;

namespace {

using Until = RecurrenceRule::Until;
using WeekdayNum = RecurrenceRule::WeekdayNum;

qint64 utc(const char *text)
{
    QDateTime dt = QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate);
    dt.setTimeSpec(Qt::UTC);
    return dt.toSecsSinceEpoch();
}

QDateTime wall(const char *text)
{
    QDateTime dt = QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate);
    dt.setTimeSpec(Qt::UTC);
    return dt;
}

RecurrenceRule rule(const char *text)
{
    auto parsed = RecurrenceRule::parse(QString::fromLatin1(text));
    if (!parsed)
        qFatal("%s", qPrintable(parsed.errorMessage()));
    return *parsed;
}

// "TU", "2TU", "-1FR": a BYDAY list as text, to compare readably.
QString days(const QList<WeekdayNum> &list)
{
    static const char *codes[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
    QStringList items;
    for (const WeekdayNum &day : list)
        items << (day.position ? QString::number(day.position) : QString()) +
                     QLatin1String(codes[int(day.weekday) - 1]);
    return items.join(QLatin1Char(','));
}

} // namespace

Q_DECLARE_METATYPE(RecurrenceRule::Frequency)

// RecurrenceRule: the RRULE value type (issue 8 item 5). Rows name what libical alone gets wrong.
class RecurrenceRuleTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldReadValidRules_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("stored"); // toString()
        QTest::addColumn<RecurrenceRule::Frequency>("frequency");
        QTest::addColumn<int>("interval");
        QTest::addColumn<int>("count"); // 0: none
        QTest::addColumn<QString>("byDay");

        using F = RecurrenceRule::Frequency;
        QTest::newRow("weekly BYDAY keeps its spelling")
            << "FREQ=WEEKLY;BYDAY=TU;COUNT=5"
            << "FREQ=WEEKLY;BYDAY=TU;COUNT=5" << F::Weekly << 1 << 5 << "TU";
        QTest::newRow("fortnightly with UNTIL")
            << "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;UNTIL=20250501T000000Z"
            << "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;UNTIL=20250501T000000Z" << F::Weekly << 2 << 0 << "TU,TH";
        QTest::newRow("monthly last Friday") << "FREQ=MONTHLY;BYDAY=-1FR"
                                             << "FREQ=MONTHLY;BYDAY=-1FR" << F::Monthly << 1 << 0 << "-1FR";
        QTest::newRow("yearly numbered weekday up to 53")
            << "FREQ=YEARLY;BYDAY=53MO"
            << "FREQ=YEARLY;BYDAY=53MO" << F::Yearly << 1 << 0 << "53MO";
        QTest::newRow("lower case: stored in upper case") << "freq=daily;count=3"
                                                          << "FREQ=DAILY;COUNT=3" << F::Daily << 1 << 3 << "";
        QTest::newRow("empty parts and spaces dropped (libical ignores what follows ;;)")
            << " FREQ=WEEKLY;;BYDAY = TU ;"
            << "FREQ=WEEKLY;BYDAY=TU" << F::Weekly << 1 << 0 << "TU";
        QTest::newRow("negative month day") << "FREQ=MONTHLY;BYMONTHDAY=-1"
                                            << "FREQ=MONTHLY;BYMONTHDAY=-1" << F::Monthly << 1 << 0 << "";
        QTest::newRow("Outlook's yearly DST rule")
            << "FREQ=YEARLY;WKST=MO;INTERVAL=1;BYMONTH=3;BYDAY=-1SU"
            << "FREQ=YEARLY;WKST=MO;INTERVAL=1;BYMONTH=3;BYDAY=-1SU" << F::Yearly << 1 << 0 << "-1SU";
        QTest::newRow("largest interval libical keeps")
            << "FREQ=DAILY;INTERVAL=32767"
            << "FREQ=DAILY;INTERVAL=32767" << F::Daily << 32767 << 0 << "";
    }

    void shouldReadValidRules()
    {
        QFETCH(QString, text);
        QFETCH(QString, stored);
        QFETCH(RecurrenceRule::Frequency, frequency);
        QFETCH(int, interval);
        QFETCH(int, count);
        QFETCH(QString, byDay);

        const auto parsed = RecurrenceRule::parse(text);

        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.errorMessage()));
        QVERIFY(!RecurrenceRule::problemIn(text).has_value());
        QCOMPARE(parsed->toString(), stored);
        QCOMPARE(parsed->frequency(), frequency);
        QCOMPARE(parsed->interval(), interval);
        QCOMPARE(parsed->count().value_or(0), count);
        QCOMPARE(days(parsed->byDay()), byDay);
    }

    void shouldExplainInvalidRules_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("problem"); // a part of the clause

        QTest::newRow("empty") << "  "
                               << "empty";
        QTest::newRow("prefix") << "RRULE:FREQ=WEEKLY"
                                << "“RRULE:” prefix";
        QTest::newRow("no FREQ") << "COUNT=3"
                                 << "no FREQ";
        QTest::newRow("unknown frequency") << "FREQ=FORTNIGHTLY"
                                           << "FREQ=FORTNIGHTLY is not a frequency";
        QTest::newRow("not NAME=VALUE") << "FREQ=WEEKLY;AnythingRandom"
                                        << "“AnythingRandom” is not NAME=VALUE";
        QTest::newRow("unknown part") << "FREQ=WEEKLY;FOO=1"
                                      << "unknown part “FOO=1”";
        QTest::newRow("X- part") << "FREQ=WEEKLY;X-NAME=1"
                                 << "unknown part “X-NAME=1”";
        QTest::newRow("RSCALE (libical accepts it)") << "RSCALE=GREGORIAN;FREQ=YEARLY"
                                                     << "RSCALE";
        QTest::newRow("part twice") << "FREQ=WEEKLY;BYDAY=MO;BYDAY=TU"
                                    << "BYDAY is given more than once";
        QTest::newRow("empty value") << "FREQ=WEEKLY;BYDAY="
                                     << "BYDAY has no value";
        QTest::newRow("COUNT and UNTIL") << "FREQ=WEEKLY;COUNT=2;UNTIL=20240401T000000Z"
                                         << "both COUNT and UNTIL";
        QTest::newRow("zero interval") << "FREQ=WEEKLY;INTERVAL=0"
                                       << "INTERVAL=0 is not a positive number";
        QTest::newRow("COUNT not a number") << "FREQ=WEEKLY;COUNT=abc"
                                            << "COUNT=abc is not a positive number";
        QTest::newRow("interval libical truncates to a short") << "FREQ=WEEKLY;INTERVAL=1000000"
                                                               << "INTERVAL=1000000 is too large";
        QTest::newRow("count libical overflows") << "FREQ=WEEKLY;COUNT=99999999999"
                                                 << "COUNT=99999999999 is too large";
        QTest::newRow("UNTIL month 13 (libical accepts it)") << "FREQ=DAILY;UNTIL=20241341"
                                                             << "UNTIL=20241341 is not a real date";
        QTest::newRow("UNTIL 30 February (libical accepts it)") << "FREQ=DAILY;UNTIL=20240230"
                                                                << "UNTIL=20240230";
        QTest::newRow("UNTIL hour 25 (libical accepts it)") << "FREQ=DAILY;UNTIL=20240101T256000Z"
                                                            << "UNTIL=20240101T256000Z";
        QTest::newRow("UNTIL with dashes (libical accepts it)") << "FREQ=DAILY;UNTIL=2024-01-01"
                                                                << "UNTIL=2024-01-01";
        QTest::newRow("weekday") << "FREQ=WEEKLY;BYDAY=XX"
                                 << "BYDAY=XX: “XX” is not a weekday";
        QTest::newRow("numbered weekday in a weekly rule (libical shifts it)") << "FREQ=WEEKLY;BYDAY=1MO"
                                                                               << "needs FREQ=MONTHLY";
        QTest::newRow("sixth Monday of a month (libical accepts it)")
            << "FREQ=MONTHLY;BYDAY=6MO"
            << "BYDAY=6MO: 6 is not between 1 and 5";
        QTest::newRow("54th Monday of a year (libical accepts it)") << "FREQ=YEARLY;BYDAY=-54MO"
                                                                    << "-54 is not between 1 and 53";
        QTest::newRow("weekday position 0") << "FREQ=MONTHLY;BYDAY=0MO"
                                            << "position 0";
        QTest::newRow("month 13 (libical accepts it)") << "FREQ=YEARLY;BYMONTH=13"
                                                       << "BYMONTH=13: 13 is not between 1 and 12";
        QTest::newRow("month day 32") << "FREQ=MONTHLY;BYMONTHDAY=32"
                                      << "BYMONTHDAY=32: 32 is not between 1 and 31";
        QTest::newRow("month day 0") << "FREQ=MONTHLY;BYMONTHDAY=1,0"
                                     << "0 is not between 1 and 31";
        QTest::newRow("year day 367 (libical accepts it)") << "FREQ=YEARLY;BYYEARDAY=367"
                                                           << "BYYEARDAY=367";
        QTest::newRow("week 54 (libical accepts it)") << "FREQ=YEARLY;BYWEEKNO=54"
                                                      << "BYWEEKNO=54";
        QTest::newRow("negative week (libical crashes on -53)") << "FREQ=YEARLY;BYWEEKNO=-53"
                                                                << "negative week numbers";
        QTest::newRow("hour 24") << "FREQ=DAILY;BYHOUR=24"
                                 << "BYHOUR=24";
        QTest::newRow("leap second (libical loops forever)") << "FREQ=SECONDLY;BYSECOND=60"
                                                             << "BYSECOND=60";
        QTest::newRow("not a number in a list") << "FREQ=DAILY;BYHOUR=9,ten"
                                                << "“ten” is not a number";
        QTest::newRow("set position 367") << "FREQ=MONTHLY;BYDAY=TU;BYSETPOS=367"
                                          << "BYSETPOS=367";
        QTest::newRow("week start") << "FREQ=WEEKLY;WKST=XX"
                                    << "WKST=XX is not a weekday";
        QTest::newRow("BYWEEKNO outside YEARLY") << "FREQ=MONTHLY;BYWEEKNO=3"
                                                 << "BYWEEKNO needs FREQ=YEARLY";
        QTest::newRow("BYYEARDAY in a monthly rule") << "FREQ=MONTHLY;BYYEARDAY=3"
                                                     << "BYYEARDAY cannot be used with FREQ=MONTHLY";
        QTest::newRow("BYMONTHDAY in a weekly rule") << "FREQ=WEEKLY;BYMONTHDAY=3"
                                                     << "BYMONTHDAY cannot be used with FREQ=WEEKLY";
        QTest::newRow("30 February every year") << "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30"
                                                << "cannot be expanded";
    }

    void shouldExplainInvalidRules()
    {
        QFETCH(QString, text);
        QFETCH(QString, problem);

        const auto parsed = RecurrenceRule::parse(text);
        const auto clause = RecurrenceRule::problemIn(text);

        QVERIFY(!parsed.ok());
        QVERIFY(clause.has_value());
        QVERIFY2(clause->contains(problem), qPrintable(*clause));
        // The full message names the rule and carries the same clause.
        QVERIFY2(parsed.errorMessage().contains(problem), qPrintable(parsed.errorMessage()));
        if (!text.trimmed().isEmpty())
            QVERIFY2(parsed.errorMessage().contains(text.trimmed()), qPrintable(parsed.errorMessage()));
    }

    void shouldReadUntilInItsForm_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("form");
        QTest::addColumn<QDateTime>("value");

        QTest::newRow("DATE") << "FREQ=DAILY;UNTIL=20250630" << int(Until::Form::Date)
                              << wall("2025-06-30T00:00:00");
        QTest::newRow("UTC") << "FREQ=DAILY;UNTIL=20250630T215959Z" << int(Until::Form::Utc)
                             << wall("2025-06-30T21:59:59");
        QTest::newRow("floating") << "FREQ=DAILY;UNTIL=20250630T235959" << int(Until::Form::Floating)
                                  << wall("2025-06-30T23:59:59");
    }

    void shouldReadUntilInItsForm()
    {
        QFETCH(QString, text);
        QFETCH(int, form);
        QFETCH(QDateTime, value);

        const auto parsed = RecurrenceRule::parse(text);

        QVERIFY(parsed.ok());
        QVERIFY(parsed->isBounded());
        QVERIFY(!parsed->count());
        QCOMPARE(int(parsed->until()->form), form);
        QCOMPARE(parsed->until()->value, value);
        QCOMPARE(parsed->until()->value.timeSpec(), Qt::UTC);
    }

    void shouldRewriteRules_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("expected");

        QTest::newRow("COUNT replaced") << "FREQ=WEEKLY;BYDAY=TU;COUNT=10"
                                        << "count 4"
                                        << "FREQ=WEEKLY;COUNT=4;BYDAY=TU";
        QTest::newRow("UNTIL replaces COUNT (zoned series: UTC)")
            << "FREQ=WEEKLY;BYDAY=TU;COUNT=10"
            << "until utc"
            << "FREQ=WEEKLY;UNTIL=20250317T225959Z;BYDAY=TU";
        QTest::newRow("UNTIL replaces UNTIL (all-day series: DATE)") << "FREQ=DAILY;UNTIL=20251231"
                                                                     << "until date"
                                                                     << "FREQ=DAILY;UNTIL=20250317";
        QTest::newRow("UNTIL floating") << "FREQ=DAILY"
                                        << "until floating"
                                        << "FREQ=DAILY;UNTIL=20250317T235959";
        QTest::newRow("end removed") << "FREQ=DAILY;COUNT=3"
                                     << "no end"
                                     << "FREQ=DAILY";
        QTest::newRow("interval") << "FREQ=WEEKLY;BYDAY=MO"
                                  << "interval 3"
                                  << "FREQ=WEEKLY;INTERVAL=3;BYDAY=MO";
        QTest::newRow("weekdays a day later") << "FREQ=WEEKLY;BYDAY=TU,TH"
                                              << "weekdays 1"
                                              << "FREQ=WEEKLY;BYDAY=WE,FR";
        QTest::newRow("weekdays across the week's end") << "FREQ=WEEKLY;BYDAY=SA,SU"
                                                        << "weekdays 2"
                                                        << "FREQ=WEEKLY;BYDAY=MO,TU";
        QTest::newRow("weekdays in the week's order") << "FREQ=WEEKLY;BYDAY=MO,FR"
                                                      << "weekdays 3"
                                                      << "FREQ=WEEKLY;BYDAY=MO,TH";
        QTest::newRow("weekdays a day earlier, positions kept") << "FREQ=MONTHLY;BYDAY=2TU,-1MO"
                                                                << "weekdays -1"
                                                                << "FREQ=MONTHLY;BYDAY=2MO,-1SU";
        QTest::newRow("a whole week: unchanged spelling") << "FREQ=WEEKLY;BYDAY=TU;COUNT=5"
                                                          << "weekdays 7"
                                                          << "FREQ=WEEKLY;BYDAY=TU;COUNT=5";
        QTest::newRow("no BYDAY: unchanged spelling") << "FREQ=WEEKLY;COUNT=5"
                                                      << "weekdays 1"
                                                      << "FREQ=WEEKLY;COUNT=5";
        QTest::newRow("UTC UNTIL shifted by seconds") << "FREQ=WEEKLY;BYDAY=TU;UNTIL=20251125T235959Z"
                                                      << "shift 90000 1"
                                                      << "FREQ=WEEKLY;UNTIL=20251127T005959Z;BYDAY=TU";
        QTest::newRow("floating UNTIL shifted by seconds") << "FREQ=DAILY;UNTIL=20251125T235959"
                                                           << "shift -3600 0"
                                                           << "FREQ=DAILY;UNTIL=20251125T225959";
        QTest::newRow("DATE UNTIL shifted by days") << "FREQ=DAILY;UNTIL=20251231"
                                                    << "shift 90000 1"
                                                    << "FREQ=DAILY;UNTIL=20260101";
        QTest::newRow("no UNTIL: unchanged spelling") << "FREQ=WEEKLY;BYDAY=TU;COUNT=5"
                                                      << "shift 3600 0"
                                                      << "FREQ=WEEKLY;BYDAY=TU;COUNT=5";
        QTest::newRow("no shift: unchanged spelling") << "FREQ=DAILY;WKST=MO;UNTIL=20251231"
                                                      << "shift 0 0"
                                                      << "FREQ=DAILY;WKST=MO;UNTIL=20251231";
    }

    void shouldRewriteRules()
    {
        QFETCH(QString, text);
        QFETCH(QString, change);
        QFETCH(QString, expected);
        const RecurrenceRule original = *RecurrenceRule::parse(text);
        const QStringList words = change.split(QLatin1Char(' '));
        const QString verb = words.at(0);
        const QString arg = words.value(1);

        RecurrenceRule changed = original;
        if (verb == QLatin1String("count"))
            changed = original.withCount(arg.toInt());
        else if (change == QLatin1String("until utc"))
            changed = original.withUntil(Until::utc(utc("2025-03-17T22:59:59")));
        else if (change == QLatin1String("until date"))
            changed = original.withUntil(Until::date(QDate(2025, 3, 17)));
        else if (change == QLatin1String("until floating"))
            changed = original.withUntil(Until::floating(wall("2025-03-17T23:59:59")));
        else if (verb == QLatin1String("no"))
            changed = original.withoutEnd();
        else if (verb == QLatin1String("interval"))
            changed = original.withInterval(arg.toInt());
        else if (verb == QLatin1String("weekdays"))
            changed = original.withWeekdaysShifted(arg.toInt());
        else if (verb == QLatin1String("shift"))
            changed = original.withUntilShifted(arg.toLongLong(), words.at(2).toInt());
        else
            QFAIL("unknown change");

        QCOMPARE(changed.toString(), expected);
        // What is written reads back as the same rule, and the original is untouched.
        const auto reread = RecurrenceRule::parse(changed.toString());
        QVERIFY2(reread.ok(), qPrintable(reread.ok() ? QString() : reread.errorMessage()));
        QVERIFY(reread->sameAs(changed));
        QCOMPARE(original.toString(), text);
    }

    void shouldBuildARuleFromNothing()
    {
        // GIVEN a weekly rule built from its parts (as the demo does)
        const RecurrenceRule built = RecurrenceRule::create(RecurrenceRule::Frequency::Weekly)
                                         .withInterval(2)
                                         .withByDay({WeekdayNum{Qt::Thursday, 0}})
                                         .withUntil(Until::utc(utc("2025-06-30T21:59:59")));

        // THEN it is the rule libical writes, and reads back equal
        QCOMPARE(built.toString(), QStringLiteral("FREQ=WEEKLY;UNTIL=20250630T215959Z;INTERVAL=2;BYDAY=TH"));
        QCOMPARE(built.frequency(), RecurrenceRule::Frequency::Weekly);
        QCOMPARE(built.interval(), 2);
        QCOMPARE(days(built.byDay()), QStringLiteral("TH"));
        QVERIFY(rule("FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;UNTIL=20250630T215959Z").sameAs(built));
        QVERIFY(!rule("FREQ=WEEKLY;INTERVAL=2;BYDAY=TH").sameAs(built));
    }

    void shouldChooseTheUntilFormOfTheSeries_data()
    {
        QTest::addColumn<bool>("allDay");
        QTest::addColumn<bool>("floating");
        QTest::addColumn<QString>("expected");

        // ICALENDAR.md rule 10.
        QTest::newRow("zoned: UTC") << false << false << "FREQ=DAILY;UNTIL=20250317T225959Z";
        QTest::newRow("all-day: DATE") << true << false << "FREQ=DAILY;UNTIL=20250317";
        QTest::newRow("floating: wall time") << false << true << "FREQ=DAILY;UNTIL=20250317T235959";
    }

    void shouldChooseTheUntilFormOfTheSeries()
    {
        QFETCH(bool, allDay);
        QFETCH(bool, floating);
        QFETCH(QString, expected);
        const LocalStart start{allDay ? QStringLiteral("2025-03-01") : QStringLiteral("2025-03-01T10:00:00"),
                               allDay || floating ? QString() : QStringLiteral("Europe/Berlin"), floating,
                               allDay};

        const Until until = Until::forStart(start, utc("2025-03-17T22:59:59"), wall("2025-03-17T23:59:59"));

        QCOMPARE(rule("FREQ=DAILY").withUntil(until).toString(), expected);
    }
};

TRELLIS_REGISTER_TEST(RecurrenceRuleTest);

#include "recurrenceruletest.moc"
