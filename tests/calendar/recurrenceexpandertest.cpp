#include "calendar/recurrenceexpander.h"

#include "testlib/testregistry.h"

#include <QTest>

using namespace trellis;

namespace {

qint64 utc(const QString &text)
{
    QDateTime dt = QDateTime::fromString(text, Qt::ISODate);
    dt.setTimeSpec(Qt::UTC);
    return dt.toSecsSinceEpoch();
}

// "local-wall = UTC status[ override]", e.g. "2024-03-05T10:00 = 2024-03-05T09:00Z planned".
QString describe(const Occurrence &o)
{
    QString text =
        o.startLocal.toString(QStringLiteral("yyyy-MM-ddTHH:mm")) + QStringLiteral(" = ") +
        QDateTime::fromSecsSinceEpoch(o.startUtc, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm")) +
        QStringLiteral("Z ") + occurrenceStatusText(o.status);
    if (o.overrideId)
        text += QStringLiteral(" override");
    return text;
}

QStringList describeAll(const QList<Occurrence> &occurrences)
{
    QStringList lines;
    for (const Occurrence &o : occurrences)
        lines << describe(o);
    return lines;
}

QStringList lines(std::initializer_list<const char *> texts)
{
    QStringList result;
    for (const char *text : texts)
        result << QString::fromUtf8(text);
    return result;
}

LocalStart localStart(const QString &text, const QString &zone)
{
    if (zone == QLatin1String("floating"))
        return LocalStart{text, QString(), true, false};
    if (zone == QLatin1String("all-day"))
        return LocalStart{text, QString(), false, true};
    return LocalStart{text, zone, false, false};
}

} // namespace

// Recurrence cases of issue 3 (weekly BYDAY, monthly 2TU / -1FR, COUNT vs UNTIL,
// EXDATE, moved and cancelled overrides, all-day, floating, DST weeks, two RRULEs).
class RecurrenceExpanderTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldExpandSeriesInAWindow_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("zone"); // IANA id, "floating" or "all-day"
        QTest::addColumn<int>("minutes");
        QTest::addColumn<QString>("rrule");
        QTest::addColumn<QString>("rdates");
        QTest::addColumn<QString>("exdates");
        QTest::addColumn<QStringList>("overrides"); // "recurrenceId>newStart>status"
        QTest::addColumn<QString>("from");          // UTC
        QTest::addColumn<QString>("to");
        QTest::addColumn<QStringList>("expected");

        const QString berlin = QStringLiteral("Europe/Berlin");
        const QString newYork = QStringLiteral("America/New_York");

        QTest::newRow("weekly BYDAY=TU,TH")
            << "2024-01-09T10:00:00" << berlin << 60 << "FREQ=WEEKLY;BYDAY=TU,TH"
            << ""
            << "" << QStringList() << "2024-01-15T00:00:00"
            << "2024-01-22T00:00:00"
            << lines({"2024-01-16T10:00 = 2024-01-16T09:00Z planned",
                      "2024-01-18T10:00 = 2024-01-18T09:00Z planned"});
        QTest::newRow("monthly 2TU") << "2024-01-09T10:00:00" << berlin << 60 << "FREQ=MONTHLY;BYDAY=2TU"
                                     << ""
                                     << "" << QStringList() << "2024-02-01T00:00:00"
                                     << "2024-05-01T00:00:00"
                                     << lines({"2024-02-13T10:00 = 2024-02-13T09:00Z planned",
                                               "2024-03-12T10:00 = 2024-03-12T09:00Z planned",
                                               "2024-04-09T10:00 = 2024-04-09T08:00Z planned"});
        QTest::newRow("monthly -1FR") << "2024-01-26T16:00:00" << newYork << 30 << "FREQ=MONTHLY;BYDAY=-1FR"
                                      << ""
                                      << "" << QStringList() << "2024-02-01T00:00:00"
                                      << "2024-05-01T00:00:00"
                                      << lines({"2024-02-23T16:00 = 2024-02-23T21:00Z planned",
                                                "2024-03-29T16:00 = 2024-03-29T20:00Z planned",
                                                "2024-04-26T16:00 = 2024-04-26T20:00Z planned"});
        QTest::newRow("COUNT stops the series") << "2024-01-01T09:00:00"
                                                << "UTC" << 60 << "FREQ=WEEKLY;COUNT=3"
                                                << ""
                                                << "" << QStringList() << "2024-01-01T00:00:00"
                                                << "2024-03-01T00:00:00"
                                                << lines({"2024-01-01T09:00 = 2024-01-01T09:00Z planned",
                                                          "2024-01-08T09:00 = 2024-01-08T09:00Z planned",
                                                          "2024-01-15T09:00 = 2024-01-15T09:00Z planned"});
        QTest::newRow("UNTIL is inclusive")
            << "2024-01-01T10:00:00" << berlin << 60 << "FREQ=WEEKLY;UNTIL=20240115T090000Z"
            << ""
            << "" << QStringList() << "2024-01-01T00:00:00"
            << "2024-03-01T00:00:00"
            << lines({"2024-01-01T10:00 = 2024-01-01T09:00Z planned",
                      "2024-01-08T10:00 = 2024-01-08T09:00Z planned",
                      "2024-01-15T10:00 = 2024-01-15T09:00Z planned"});
        QTest::newRow("COUNT counted from the start, window later")
            << "2024-01-01T09:00:00"
            << "UTC" << 60 << "FREQ=DAILY;COUNT=10"
            << ""
            << "" << QStringList() << "2024-01-09T00:00:00"
            << "2024-02-01T00:00:00"
            << lines({"2024-01-09T09:00 = 2024-01-09T09:00Z planned",
                      "2024-01-10T09:00 = 2024-01-10T09:00Z planned"});
        QTest::newRow("EXDATE removes one") << "2024-01-01T10:00:00" << berlin << 60 << "FREQ=WEEKLY"
                                            << ""
                                            << "2024-01-08T10:00:00" << QStringList() << "2024-01-01T00:00:00"
                                            << "2024-01-20T00:00:00"
                                            << lines({"2024-01-01T10:00 = 2024-01-01T09:00Z planned",
                                                      "2024-01-15T10:00 = 2024-01-15T09:00Z planned"});
        QTest::newRow("RDATE adds one") << "2024-01-01T10:00:00" << berlin << 60 << "FREQ=WEEKLY;COUNT=2"
                                        << "2024-01-10T14:00:00"
                                        << "" << QStringList() << "2024-01-01T00:00:00"
                                        << "2024-01-20T00:00:00"
                                        << lines({"2024-01-01T10:00 = 2024-01-01T09:00Z planned",
                                                  "2024-01-08T10:00 = 2024-01-08T09:00Z planned",
                                                  "2024-01-10T14:00 = 2024-01-10T13:00Z planned"});
        QTest::newRow("two RRULEs (union, no duplicates)")
            << "2024-01-01T10:00:00" << berlin << 60 << "FREQ=WEEKLY;BYDAY=MO\nFREQ=WEEKLY;BYDAY=MO,FR"
            << ""
            << "" << QStringList() << "2024-01-01T00:00:00"
            << "2024-01-09T00:00:00"
            << lines({"2024-01-01T10:00 = 2024-01-01T09:00Z planned",
                      "2024-01-05T10:00 = 2024-01-05T09:00Z planned",
                      "2024-01-08T10:00 = 2024-01-08T09:00Z planned"});
        QTest::newRow("moved within the window")
            << "2024-01-01T10:00:00" << berlin << 60 << "FREQ=WEEKLY"
            << ""
            << "" << lines({"2024-01-08T10:00:00>2024-01-09T15:00:00>held"}) << "2024-01-01T00:00:00"
            << "2024-01-10T00:00:00"
            << lines({"2024-01-01T10:00 = 2024-01-01T09:00Z planned",
                      "2024-01-09T15:00 = 2024-01-09T14:00Z held override"});
        QTest::newRow("moved into the window from outside")
            << "2024-01-01T10:00:00" << berlin << 60 << "FREQ=WEEKLY"
            << ""
            << "" << lines({"2024-01-15T10:00:00>2024-01-12T10:00:00>planned"}) << "2024-01-10T00:00:00"
            << "2024-01-14T00:00:00" << lines({"2024-01-12T10:00 = 2024-01-12T09:00Z planned override"});
        QTest::newRow("moved out of the window")
            << "2024-01-01T10:00:00" << berlin << 60 << "FREQ=WEEKLY"
            << ""
            << "" << lines({"2024-01-08T10:00:00>2024-01-20T10:00:00>planned"}) << "2024-01-07T00:00:00"
            << "2024-01-14T00:00:00" << QStringList();
        QTest::newRow("cancelled stays visible")
            << "2024-01-01T10:00:00" << berlin << 60 << "FREQ=WEEKLY"
            << ""
            << "" << lines({"2024-01-08T10:00:00>2024-01-08T10:00:00>cancelled"}) << "2024-01-01T00:00:00"
            << "2024-01-10T00:00:00"
            << lines({"2024-01-01T10:00 = 2024-01-01T09:00Z planned",
                      "2024-01-08T10:00 = 2024-01-08T09:00Z cancelled override"});
        QTest::newRow("all-day daily") << "2024-01-01"
                                       << "all-day" << 0 << "FREQ=DAILY;COUNT=5"
                                       << ""
                                       << "2024-01-03" << QStringList() << "2024-01-02T12:00:00"
                                       << "2024-01-05T00:00:00"
                                       << lines({"2024-01-02T00:00 = 2024-01-02T00:00Z planned",
                                                 "2024-01-04T00:00 = 2024-01-04T00:00Z planned"});
        QTest::newRow("all-day override moved")
            << "2024-01-01"
            << "all-day" << 1440 << "FREQ=WEEKLY"
            << ""
            << "" << lines({"2024-01-08>2024-01-10>held"}) << "2024-01-05T00:00:00"
            << "2024-01-12T00:00:00" << lines({"2024-01-10T00:00 = 2024-01-10T00:00Z held override"});
        QTest::newRow("floating keeps its wall time (read as UTC)")
            << "2024-03-25T10:00:00"
            << "floating" << 60 << "FREQ=WEEKLY;COUNT=2"
            << ""
            << "" << QStringList() << "2024-03-01T00:00:00"
            << "2024-05-01T00:00:00"
            << lines({"2024-03-25T10:00 = 2024-03-25T10:00Z planned",
                      "2024-04-01T10:00 = 2024-04-01T10:00Z planned"});
        QTest::newRow("DST week in Europe/Berlin (spring)")
            << "2024-03-25T10:00:00" << berlin << 60 << "FREQ=WEEKLY"
            << ""
            << "" << QStringList() << "2024-03-25T00:00:00"
            << "2024-04-02T00:00:00"
            << lines({"2024-03-25T10:00 = 2024-03-25T09:00Z planned",
                      "2024-04-01T10:00 = 2024-04-01T08:00Z planned"});
        QTest::newRow("DST week in Europe/Berlin (autumn)")
            << "2024-10-21T10:00:00" << berlin << 60 << "FREQ=WEEKLY"
            << ""
            << "" << QStringList() << "2024-10-21T00:00:00"
            << "2024-10-29T00:00:00"
            << lines({"2024-10-21T10:00 = 2024-10-21T08:00Z planned",
                      "2024-10-28T10:00 = 2024-10-28T09:00Z planned"});
        QTest::newRow("DST week in America/New_York (spring)")
            << "2024-03-04T10:00:00" << newYork << 60 << "FREQ=WEEKLY;BYDAY=MO"
            << ""
            << "" << QStringList() << "2024-03-04T00:00:00"
            << "2024-03-12T00:00:00"
            << lines({"2024-03-04T10:00 = 2024-03-04T15:00Z planned",
                      "2024-03-11T10:00 = 2024-03-11T14:00Z planned"});
        QTest::newRow("DST week in America/New_York (autumn)")
            << "2024-10-28T10:00:00" << newYork << 60 << "FREQ=WEEKLY;BYDAY=MO"
            << ""
            << "" << QStringList() << "2024-10-28T00:00:00"
            << "2024-11-05T00:00:00"
            << lines({"2024-10-28T10:00 = 2024-10-28T14:00Z planned",
                      "2024-11-04T10:00 = 2024-11-04T15:00Z planned"});
        QTest::newRow("daily 02:30 through the Berlin gap, gap day overridden")
            << "2024-03-30T02:30:00" << berlin << 30 << "FREQ=DAILY;COUNT=3"
            << ""
            << "" << lines({"2024-03-31T02:30:00>2024-03-31T04:00:00>held"}) << "2024-03-29T00:00:00"
            << "2024-04-02T00:00:00"
            << lines({"2024-03-30T02:30 = 2024-03-30T01:30Z planned",
                      "2024-03-31T04:00 = 2024-03-31T02:00Z held override",
                      "2024-04-01T02:30 = 2024-04-01T00:30Z planned"});
        QTest::newRow("occurrence overlapping the window start")
            << "2024-01-01T23:00:00"
            << "UTC" << 120 << "FREQ=DAILY;COUNT=3"
            << ""
            << "" << QStringList() << "2024-01-02T00:30:00"
            << "2024-01-02T12:00:00" << lines({"2024-01-01T23:00 = 2024-01-01T23:00Z planned"});
    }

    void shouldExpandSeriesInAWindow()
    {
        QFETCH(QString, start);
        QFETCH(QString, zone);
        QFETCH(int, minutes);
        QFETCH(QString, rrule);
        QFETCH(QString, rdates);
        QFETCH(QString, exdates);
        QFETCH(QStringList, overrides);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QStringList, expected);

        // GIVEN a series and its overrides
        SeriesDefinition series;
        series.meetingId = 1;
        series.relationshipId = 7;
        series.start = localStart(start, zone);
        series.durationMinutes = minutes;
        series.rrules = rrule;
        series.rdates = rdates;
        series.exdates = exdates;
        QList<OverrideDefinition> overrideDefinitions;
        qint64 nextId = 100;
        for (const QString &line : std::as_const(overrides)) {
            const QStringList parts = line.split(QLatin1Char('>'));
            OverrideDefinition o;
            o.meetingId = nextId++;
            o.seriesId = 1;
            o.relationshipId = 7;
            o.recurrenceId = parts.at(0);
            o.start = localStart(parts.at(1), zone);
            o.durationMinutes = minutes;
            o.status = occurrenceStatusFromText(parts.at(2)).value();
            overrideDefinitions.append(o);
        }

        // WHEN its occurrences in the window are asked for
        const auto result =
            RecurrenceExpander::occurrences({series}, overrideDefinitions, {}, utc(from), utc(to));

        // THEN they are exactly the expected ones, in order
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.errorMessage()));
        QCOMPARE(describeAll(*result), expected);
        for (const Occurrence &o : *result) {
            QCOMPARE(o.seriesId, std::optional<qint64>(1));
            QCOMPARE(o.relationshipId, qint64(7));
            QVERIFY(!o.recurrenceId.isEmpty());
        }
    }

    void shouldFillOccurrenceFields()
    {
        // GIVEN a Berlin series with one moved override
        SeriesDefinition series{
            1,
            7,
            LocalStart{QStringLiteral("2024-01-01T10:00:00"), QStringLiteral("Europe/Berlin")},
            45,
            QStringLiteral("FREQ=WEEKLY"),
            {},
            {},
            OccurrenceStatus::Planned,
            QStringLiteral("Check-in")};
        OverrideDefinition moved{
            9,
            1,
            7,
            QStringLiteral("2024-01-08T10:00:00"),
            LocalStart{QStringLiteral("2024-01-08T11:00:00"), QStringLiteral("Europe/Berlin")},
            30,
            OccurrenceStatus::Held,
            {}};

        // WHEN expanded over two weeks
        const auto result =
            RecurrenceExpander::occurrences({series}, {moved}, {}, utc(QStringLiteral("2024-01-01T00:00:00")),
                                            utc(QStringLiteral("2024-01-14T00:00:00")));

        // THEN the plain occurrence and the override carry ids, times and recurrence ids
        QVERIFY(result.ok());
        QCOMPARE(result->size(), 2);
        const Occurrence &plain = result->at(0);
        QCOMPARE(plain.meetingId, qint64(1));
        QVERIFY(!plain.overrideId.has_value());
        QCOMPARE(plain.recurrenceId, QStringLiteral("2024-01-01T10:00:00"));
        QCOMPARE(plain.endUtc - plain.startUtc, qint64(45 * 60));
        QCOMPARE(plain.endLocal.time(), QTime(10, 45));
        QCOMPARE(plain.timezone, QStringLiteral("Europe/Berlin"));
        QCOMPARE(plain.title, QStringLiteral("Check-in"));
        const Occurrence &override = result->at(1);
        QCOMPARE(override.meetingId, qint64(9));
        QCOMPARE(override.overrideId, std::optional<qint64>(9));
        QCOMPARE(override.seriesId, std::optional<qint64>(1));
        QCOMPARE(override.recurrenceId, QStringLiteral("2024-01-08T10:00:00"));
        QCOMPARE(override.endUtc - override.startUtc, qint64(30 * 60));
        QCOMPARE(override.title, QStringLiteral("Check-in")); // inherited when empty
        QCOMPARE(override.status, OccurrenceStatus::Held);
    }

    void shouldIncludeSinglesOverlappingTheWindow_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<bool>("included");

        QTest::newRow("inside") << "2024-01-02T10:00:00" << 60 << true;
        QTest::newRow("ends after the window starts") << "2024-01-01T23:30:00" << 60 << true;
        QTest::newRow("ends exactly at the window start") << "2024-01-01T23:00:00" << 60 << false;
        QTest::newRow("starts exactly at the window end") << "2024-01-03T00:00:00" << 60 << false;
        QTest::newRow("zero length at the window start") << "2024-01-02T00:00:00" << 0 << true;
    }

    void shouldIncludeSinglesOverlappingTheWindow()
    {
        QFETCH(QString, start);
        QFETCH(int, minutes);
        QFETCH(bool, included);

        const SingleDefinition single{
            5, 7, LocalStart{start, QStringLiteral("UTC")}, minutes, OccurrenceStatus::Held, {}};
        const auto result =
            RecurrenceExpander::occurrences({}, {}, {single}, utc(QStringLiteral("2024-01-02T00:00:00")),
                                            utc(QStringLiteral("2024-01-03T00:00:00")));
        QVERIFY(result.ok());
        QCOMPARE(result->size(), included ? 1 : 0);
        if (included) {
            QVERIFY(result->first().isSingle());
            QCOMPARE(result->first().status, OccurrenceStatus::Held);
        }
    }

    void shouldNameTheMeetingWhenARowCannotBeRead()
    {
        SeriesDefinition broken{
            42,
            7,
            LocalStart{QStringLiteral("2024-01-01T10:00:00"), QStringLiteral("Nowhere/City")},
            60,
            QStringLiteral("FREQ=WEEKLY"),
            {},
            {},
            OccurrenceStatus::Planned,
            {}};
        const auto result =
            RecurrenceExpander::occurrences({broken}, {}, {}, 0, utc(QStringLiteral("2030-01-01T00:00:00")));
        QVERIFY(!result.ok());
        QVERIFY(result.errorMessage().contains(QStringLiteral("42")));
        QVERIFY(result.errorMessage().contains(QStringLiteral("Nowhere/City")));
    }

    void shouldExpandALongRunningSeriesLateInItsLife()
    {
        // GIVEN a weekly series that started 20 years ago with no end
        SeriesDefinition series{
            1,
            7,
            LocalStart{QStringLiteral("2004-01-06T10:00:00"), QStringLiteral("Europe/Berlin")},
            60,
            QStringLiteral("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU"),
            {},
            {},
            OccurrenceStatus::Planned,
            {}};
        // WHEN three weeks in 2024 are expanded (the iterator jumps ahead)
        const qint64 from = utc(QStringLiteral("2024-01-01T00:00:00"));
        const qint64 to = utc(QStringLiteral("2024-01-24T00:00:00"));
        const auto result = RecurrenceExpander::expandSeries(series, from, to);

        // THEN the fortnightly rhythm is kept: 2004-01-06 + 1043 weeks (odd) is 2024-01-02, so not that one
        QVERIFY(result.ok());
        QStringList days;
        for (const Occurrence &o : *result)
            days << o.startLocal.date().toString(Qt::ISODate);
        QCOMPARE(days, (QStringList{QStringLiteral("2024-01-09"), QStringLiteral("2024-01-23")}));
        // AND it equals the full expansion from the start, cut to the window
        const auto full = RecurrenceExpander::expandSeries(series, 0, to);
        QVERIFY(full.ok());
        QList<qint64> fromFull;
        for (const Occurrence &o : *full) {
            if (o.startUtc >= from)
                fromFull << o.startUtc;
        }
        QList<qint64> windowed;
        for (const Occurrence &o : *result)
            windowed << o.startUtc;
        QCOMPARE(windowed, fromFull);
    }
};

TRELLIS_REGISTER_TEST(RecurrenceExpanderTest);
#include "recurrenceexpandertest.moc"
