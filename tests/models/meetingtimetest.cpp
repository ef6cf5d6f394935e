#include "models/meetingtime.h"

#include "models/displaytexts.h"
#include "testlib/testregistry.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace trellis;

namespace {

qint64 at(const QDate &date, const QTime &time, const char *zone)
{
    return QDateTime(date, time, QTimeZone(zone)).toSecsSinceEpoch();
}

} // namespace

// MeetingTime, the one formatter of meeting times: the viewer's zone first, the meeting's own
// zone after it when it shows another wall time, or the other way round by preference.
class MeetingTimeTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        MeetingTime::setViewerZone(QTimeZone("Europe/Berlin"));
        MeetingTime::setDisplay(TimeDisplay::ViewerZone);
    }
    void cleanup()
    {
        MeetingTime::setViewerZone(std::nullopt);
        MeetingTime::setDisplay(TimeDisplay::ViewerZone);
    }

    void shouldShowBothTimesWhenTheMeetingsZoneDiffers()
    {
        // GIVEN a meeting at 11:30 in New York on Thursday 3 Dec 2026 (17:30 in Berlin)
        const qint64 start = at(QDate(2026, 12, 3), QTime(11, 30), "America/New_York");
        // THEN the viewer's time comes first, the meeting's zone follows, named by its city
        QCOMPARE(MeetingTime::time(start, QStringLiteral("America/New_York")),
                 QStringLiteral("17:30 here · 11:30 New York"));
        QCOMPARE(MeetingTime::dateTime(start, QStringLiteral("America/New_York")),
                 QStringLiteral("Thu 3 Dec 2026, 17:30 here · 11:30 New York"));
    }

    void shouldPutTheMeetingsZoneFirstWhenThePreferenceSaysSo()
    {
        MeetingTime::setDisplay(TimeDisplay::MeetingZone);
        const qint64 start = at(QDate(2026, 12, 3), QTime(11, 30), "America/New_York");
        QCOMPARE(MeetingTime::dateTime(start, QStringLiteral("America/New_York")),
                 QStringLiteral("Thu 3 Dec 2026, 11:30 New York · 17:30 here"));
    }

    void shouldShowOneTimeWhenTheZonesAgree()
    {
        // The meeting's own zone is the viewer's, or another with the same offset then.
        const qint64 start = at(QDate(2026, 12, 3), QTime(17, 30), "Europe/Berlin");
        QCOMPARE(MeetingTime::dateTime(start, QStringLiteral("Europe/Berlin")),
                 QStringLiteral("Thu 3 Dec 2026, 17:30"));
        QCOMPARE(MeetingTime::time(start, QStringLiteral("Europe/Paris")), QStringLiteral("17:30"));
        MeetingTime::setDisplay(TimeDisplay::MeetingZone);
        QCOMPARE(MeetingTime::time(start, QStringLiteral("Europe/Paris")), QStringLiteral("17:30"));
        // A floating meeting (no zone) is shown in the viewer's zone alone.
        QCOMPARE(MeetingTime::time(start, QString()), QStringLiteral("17:30"));
    }

    void shouldFollowEachZonesDaylightSavingTime()
    {
        // GIVEN 10 March 2026: New York is on summer time (since 8 March), Berlin not yet (29 March),
        // so they are 5 hours apart, not 6
        const qint64 march = at(QDate(2026, 3, 10), QTime(11, 30), "America/New_York");
        QCOMPARE(MeetingTime::time(march, QStringLiteral("America/New_York")),
                 QStringLiteral("16:30 here · 11:30 New York"));
        // AND in April both are on summer time: 6 hours again
        const qint64 april = at(QDate(2026, 4, 9), QTime(11, 30), "America/New_York");
        QCOMPARE(MeetingTime::time(april, QStringLiteral("America/New_York")),
                 QStringLiteral("17:30 here · 11:30 New York"));
    }

    void shouldNameTheOtherDayWhenTheDateDiffers()
    {
        // 22:00 in New York is 04:00 the next morning in Berlin
        const qint64 late = at(QDate(2026, 12, 3), QTime(22, 0), "America/New_York");
        QCOMPARE(MeetingTime::dateTime(late, QStringLiteral("America/New_York")),
                 QStringLiteral("Fri 4 Dec 2026, 04:00 here · Thu 22:00 New York"));
    }

    void shouldCountUpcomingDaysInTheZoneShownFirst()
    {
        const qint64 start = at(QDate(2026, 12, 3), QTime(11, 30), "America/New_York");
        const QString zone = QStringLiteral("America/New_York");
        QCOMPARE(MeetingTime::upcoming(start, zone, QDate(2026, 12, 3)),
                 QStringLiteral("today 17:30 here · 11:30 New York"));
        QCOMPARE(MeetingTime::upcoming(start, zone, QDate(2026, 12, 2)),
                 QStringLiteral("tomorrow 17:30 here · 11:30 New York"));
        QCOMPARE(MeetingTime::upcoming(start, zone, QDate(2026, 11, 30)),
                 QStringLiteral("Thu 17:30 here · 11:30 New York"));
        QCOMPARE(MeetingTime::upcoming(start, zone, QDate(2026, 11, 20)),
                 QStringLiteral("Thu 3 Dec, 17:30 here · 11:30 New York"));
    }

    void shouldWriteAnOccurrenceByItsZone()
    {
        Occurrence occurrence;
        occurrence.startUtc = at(QDate(2026, 12, 3), QTime(11, 30), "America/New_York");
        occurrence.timezone = QStringLiteral("America/New_York");
        occurrence.startLocal =
            QDateTime::fromSecsSinceEpoch(occurrence.startUtc, QTimeZone("America/New_York"));
        QCOMPARE(MeetingTime::dateTime(occurrence),
                 QStringLiteral("Thu 3 Dec 2026, 17:30 here · 11:30 New York"));
        occurrence.allDay = true;
        occurrence.timezone.clear();
        QCOMPARE(MeetingTime::dateTime(occurrence), QStringLiteral("Thu 3 Dec 2026"));
    }

    void shouldNameZonesByTheirCity()
    {
        QCOMPARE(MeetingTime::zoneName(QStringLiteral("America/New_York")), QStringLiteral("New York"));
        QCOMPARE(MeetingTime::zoneName(QStringLiteral("America/Argentina/Buenos_Aires")),
                 QStringLiteral("Buenos Aires"));
        QCOMPARE(MeetingTime::zoneName(QStringLiteral("UTC")), QStringLiteral("UTC"));
    }

    void shouldWritePercentagesTheLocalesWay()
    {
        // One helper for every "37%": the locale's digits and sign, no hand-made space.
        QCOMPARE(DisplayTexts::percent(37), QStringLiteral("37%"));
        QCOMPARE(DisplayTexts::percent(2.5), QStringLiteral("2.5%"));
    }
};

TRELLIS_REGISTER_TEST(MeetingTimeTest);

#include "meetingtimetest.moc"
