// The export read back by others: a golden file, libical, and an independent
// parser (python3-icalendar + python3-recurring-ical-events), ICALENDAR.md "Checking".
#include "calendar/icseventwriter.h"
#include "icsexporttesting.h"
#include "meetingfixture.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "util/clock.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

#include <libical/ical.h>

#include <cstdlib>

using namespace trellis;
using namespace trellis::test;

namespace {

struct Scenario {
    TempDatabase temp;
    MeetingFixture fixture{temp.db().connection()};
    QByteArray ics;

    Scenario()
    {
        const PinnedClock clock(QDateTime(QDate(2024, 2, 1), QTime(9, 0), Qt::UTC));
        const qint64 rel = fixture.addRelationship(fixture.addPerson(QStringLiteral("Ada Lovelace")),
                                                   fixture.addPerson(QStringLiteral("Grace Hopper")));
        addCrossCheckScenario(fixture, rel);
        ics = exportIcs(temp.db(), temp.dir());
    }
};

QByteArray masked(QByteArray ics)
{
    ics.replace(IcsEventWriter::productId().toUtf8(), "-//Trellis//Trellis @VERSION@//EN");
    return QString::fromUtf8(ics)
        .replace(QRegularExpression(QStringLiteral("DTSTAMP:\\d{8}T\\d{6}Z")),
                 QStringLiteral("DTSTAMP:@MASKED@"))
        .toUtf8();
}

} // namespace

class IcsExportCrossCheckTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Set TRELLIS_UPDATE_GOLDEN=1 to rewrite the file after a deliberate change (and review the diff).
    void shouldMatchTheGoldenFile()
    {
        Scenario s;
        const QString path = QStringLiteral(TRELLIS_TEST_DATA_DIR "/ics/export-golden.ics");
        if (qEnvironmentVariableIntValue("TRELLIS_UPDATE_GOLDEN") == 1) {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(masked(s.ics));
        }
        const QByteArray golden = readAll(path);
        QVERIFY2(!golden.isEmpty(), qPrintable(path));
        QCOMPARE(QString::fromUtf8(masked(s.ics)), QString::fromUtf8(golden));
    }

    // Two years of occurrences as an independent parser sees them, against the list written by hand.
    void shouldAgreeWithAnIndependentParser()
    {
        Scenario s;
        const QString file = s.temp.file(QStringLiteral("scenario.ics"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(s.ics);
        out.close();

        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral(TRELLIS_TEST_IO_DIR "/ics_occurrences.py"), file,
                      QStringLiteral("2024-01-01"), QStringLiteral("2026-01-01")});
        QVERIFY(python.waitForFinished(60000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        const QStringList actual =
            QString::fromUtf8(python.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);

        QStringList expected{
            // Berlin, weekly on Tuesdays 17:00 across the switch to summer time on 31 March:
            // 26 March cancelled (EXDATE from the override), 9 April moved, 23 April a stored EXDATE.
            QStringLiteral("Berlin weekly|2024-03-12T16:00:00Z|2024-03-12T17:00:00Z"),
            QStringLiteral("Berlin weekly|2024-03-19T16:00:00Z|2024-03-19T17:00:00Z"),
            QStringLiteral("Berlin weekly|2024-04-02T15:00:00Z|2024-04-02T16:00:00Z"),
            QStringLiteral("Berlin weekly (moved)|2024-04-10T16:30:00Z|2024-04-10T17:15:00Z"),
            QStringLiteral("Berlin weekly|2024-04-16T15:00:00Z|2024-04-16T16:00:00Z"),
            QStringLiteral("Berlin weekly|2024-04-30T15:00:00Z|2024-04-30T16:00:00Z"),
            // New York, every other Thursday 09:00 across the end of daylight time on 3 November.
            QStringLiteral("New York fortnightly|2024-10-24T13:00:00Z|2024-10-24T13:30:00Z"),
            QStringLiteral("New York fortnightly|2024-11-07T14:00:00Z|2024-11-07T14:30:00Z"),
            QStringLiteral("New York fortnightly|2024-11-21T14:00:00Z|2024-11-21T14:30:00Z"),
            QStringLiteral("New York fortnightly|2024-12-05T14:00:00Z|2024-12-05T14:30:00Z"),
            // All-day, the last day of each month until April.
            QStringLiteral("Month-end reflection|2024-01-31 date|2024-02-01 date"),
            QStringLiteral("Month-end reflection|2024-02-29 date|2024-03-01 date"),
            QStringLiteral("Month-end reflection|2024-03-31 date|2024-04-01 date"),
            QStringLiteral("Month-end reflection|2024-04-30 date|2024-05-01 date"),
            // Floating: the same wall-clock time wherever the reader is.
            QStringLiteral("Floating stand-up|2024-06-01T08:00:00 floating|2024-06-01T08:15:00 floating"),
            QStringLiteral("Floating stand-up|2024-06-02T08:00:00 floating|2024-06-02T08:15:00 floating"),
            QStringLiteral("Floating stand-up|2024-06-03T08:00:00 floating|2024-06-03T08:15:00 floating"),
            QStringLiteral("UTC check-in|2024-05-05T12:00:00Z|2024-05-05T12:20:00Z"),
        };
        expected.sort();
        QCOMPARE(actual, expected);
    }

    // libical reads the file back without errors, and each VTIMEZONE gives the same
    // UTC offsets as the system's zone data for the years the meetings need.
    void shouldBeReadByLibicalWithCorrectZones()
    {
        Scenario s;
        icalcomponent *calendar = icalparser_parse_string(s.ics.constData());
        QVERIFY(calendar);
        QCOMPARE(icalcomponent_isa(calendar), ICAL_VCALENDAR_COMPONENT);
        int errors = 0;
        std::function<void(icalcomponent *)> countErrors = [&](icalcomponent *c) {
            errors += icalcomponent_count_properties(c, ICAL_XLICERROR_PROPERTY);
            for (icalcomponent *child = icalcomponent_get_first_component(c, ICAL_ANY_COMPONENT); child;
                 child = icalcomponent_get_next_component(c, ICAL_ANY_COMPONENT))
                countErrors(child);
        };
        countErrors(calendar);
        QCOMPARE(errors, 0);
        QCOMPARE(icalcomponent_count_components(calendar, ICAL_VEVENT_COMPONENT), 6);

        int zones = 0;
        for (icalcomponent *vtz = icalcomponent_get_first_component(calendar, ICAL_VTIMEZONE_COMPONENT); vtz;
             vtz = icalcomponent_get_next_component(calendar, ICAL_VTIMEZONE_COMPONENT)) {
            ++zones;
            icaltimezone *zone = icaltimezone_new();
            QVERIFY(icaltimezone_set_component(zone, icalcomponent_new_clone(vtz)));
            const QString tzid = QString::fromUtf8(icaltimezone_get_tzid(zone));
            const QTimeZone system(tzid.toUtf8());
            QVERIFY2(system.isValid(), qPrintable(tzid));
            for (QDateTime at(QDate(2024, 1, 1), QTime(12, 0), Qt::UTC); at.date().year() < 2031;
                 at = at.addDays(7)) {
                icaltimetype t = icaltime_from_timet_with_zone(static_cast<time_t>(at.toSecsSinceEpoch()), 0,
                                                               icaltimezone_get_utc_timezone());
                int isDaylight = 0;
                const int offset = icaltimezone_get_utc_offset_of_utc_time(zone, &t, &isDaylight);
                QVERIFY2(offset == system.offsetFromUtc(at), qPrintable(tzid + at.toString(Qt::ISODate)));
            }
            icaltimezone_free(zone, 1);
        }
        QCOMPARE(zones, 2); // Berlin and New York; UTC needs none
        icalcomponent_free(calendar);
    }
};

TRELLIS_REGISTER_TEST(IcsExportCrossCheckTest);

#include "icsexportcrosschecktest.moc"
