// `trellis-cli agenda` agrees with the export: the occurrences CalendarAgenda gives (what the agenda
// prints and the calendar views hold) for a relationship over a year equal the ones libical
// expands from the .ics exported for that relationship, with the file's own VTIMEZONEs.
#include "icsexporttesting.h"
#include "insights/calendaragenda.h"
#include "meetingfixture.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "util/clock.h"

#include <QSet>
#include <QTest>
#include <QTimeZone>

#include <libical/ical.h>

using namespace trellis;
using namespace trellis::test;

namespace {

qint64 utcOf(icaltimetype t, icaltimezone *zone)
{
    // All-day and floating times are read in UTC, as Trellis stores them.
    if (t.is_date || icaltime_is_utc(t) || !zone)
        return qint64(icaltime_as_timet(t));
    return qint64(icaltime_as_timet_with_zone(t, zone));
}

icaltimezone *zoneOf(icalcomponent *calendar, icalproperty *property)
{
    icalparameter *tzid = icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER);
    return tzid ? icalcomponent_get_timezone(calendar, icalparameter_get_tzid(tzid)) : nullptr;
}

// Start instants of every occurrence libical expands in [from, to), overrides applied.
QSet<qint64> libicalStarts(const QByteArray &ics, qint64 from, qint64 to)
{
    icalcomponent *calendar = icalparser_parse_string(ics.constData());
    QSet<qint64> masters;
    QSet<qint64> replaced;
    QSet<qint64> moved;
    for (icalcomponent *event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); event;
         event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
        icalproperty *start = icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY);
        icaltimezone *zone = zoneOf(calendar, start);
        const icaltimetype dtstart = icalproperty_get_dtstart(start);
        if (icalproperty *rid = icalcomponent_get_first_property(event, ICAL_RECURRENCEID_PROPERTY)) {
            replaced.insert(utcOf(icalproperty_get_recurrenceid(rid), zoneOf(calendar, rid)));
            moved.insert(utcOf(dtstart, zone));
            continue;
        }
        QSet<qint64> excluded;
        for (icalproperty *ex = icalcomponent_get_first_property(event, ICAL_EXDATE_PROPERTY); ex;
             ex = icalcomponent_get_next_property(event, ICAL_EXDATE_PROPERTY))
            excluded.insert(utcOf(icalproperty_get_exdate(ex), zoneOf(calendar, ex)));
        icalproperty *rule = icalcomponent_get_first_property(event, ICAL_RRULE_PROPERTY);
        if (!rule) {
            masters.insert(utcOf(dtstart, zone));
            continue;
        }
        icalrecur_iterator *it = icalrecur_iterator_new(icalproperty_get_rrule(rule), dtstart);
        for (icaltimetype t = icalrecur_iterator_next(it); !icaltime_is_null_time(t);
             t = icalrecur_iterator_next(it)) {
            const qint64 utc = utcOf(t, zone);
            if (utc >= to)
                break;
            if (!excluded.contains(utc))
                masters.insert(utc);
        }
        icalrecur_iterator_free(it);
    }
    icalcomponent_free(calendar);
    QSet<qint64> starts;
    for (const qint64 s : std::as_const(masters))
        if (!replaced.contains(s) && s >= from && s < to)
            starts.insert(s);
    for (const qint64 s : std::as_const(moved))
        if (s >= from && s < to)
            starts.insert(s);
    return starts;
}

} // namespace

class AgendaExportCheckTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // GIVEN the export cross-check scenario (a Berlin series across March with an EXDATE, a
    // cancelled and a moved occurrence; a New York series across November; an all-day monthly
    // series; a floating daily one; a UTC single) and a second relationship's meetings
    // WHEN the agenda lists 2024 for the first relationship and libical expands its export
    // THEN both give the same starts (the cancelled occurrence is an EXDATE in the file and a
    // cancelled entry in the agenda).
    void shouldAgreeWithLibicalExpansionOfTheExport()
    {
        const PinnedClock clock(QDateTime(QDate(2024, 2, 1), QTime(9, 0), Qt::UTC));
        TempDatabase temp;
        MeetingFixture fixture(temp.db().connection());
        const qint64 ada = fixture.addPerson(QStringLiteral("Ada Lovelace"));
        const qint64 rel = fixture.addRelationship(ada, fixture.addPerson(QStringLiteral("Grace Hopper")));
        addCrossCheckScenario(fixture, rel);
        const qint64 other = fixture.addRelationship(ada, fixture.addPerson(QStringLiteral("Alan Turing")));
        MeetingSpec elsewhere;
        elsewhere.kind = QStringLiteral("series");
        elsewhere.startLocal = QStringLiteral("2024-03-13T10:00:00");
        elsewhere.timezone = QStringLiteral("Europe/Berlin");
        elsewhere.rrule = QStringLiteral("FREQ=WEEKLY;COUNT=5");
        fixture.addMeeting(other, elsewhere);

        const QByteArray ics = exportIcs(temp.db(), temp.dir(), MeetingExportScope::relationship(rel));
        auto entries = CalendarAgenda::window(temp.db(), RelationshipScope::relationship(rel),
                                              QDate(2024, 1, 1), 366, QTimeZone::utc());
        QVERIFY(entries.ok());
        QSet<qint64> agenda;
        int cancelled = 0;
        for (const AgendaEntry &e : *entries) {
            QCOMPARE(e.occurrence.relationshipId, rel);
            if (e.occurrence.status == OccurrenceStatus::Cancelled)
                ++cancelled;
            else
                agenda.insert(e.occurrence.startUtc);
        }
        const qint64 from = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
        const qint64 to = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
        const QSet<qint64> expanded = libicalStarts(ics, from, to);
        QCOMPARE(cancelled, 1);
        // 6 Berlin (8 weeks less the EXDATE and the cancelled one), 4 New York, 4 month ends,
        // 3 floating, 1 single.
        QCOMPARE(agenda.size(), 18);
        QCOMPARE(agenda, expanded);
    }
};

TRELLIS_REGISTER_TEST(AgendaExportCheckTest);

#include "agendaexportchecktest.moc"
