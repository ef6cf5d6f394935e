#include "io/icsreader.h"
#include "testlib/testregistry.h"

#include <QTest>

#include <libical/ical.h>

using namespace trellis;

namespace {

icaltimetype toIcal(const QString &local, IcsTime::Kind kind, const QString &zone)
{
    QString compact = local;
    compact.remove(QLatin1Char('-')).remove(QLatin1Char(':'));
    const QByteArray text = compact.toUtf8();
    icaltimetype t = icaltime_from_string(text.constData());
    if (kind == IcsTime::Kind::Zoned) {
        icaltimezone *z = zone == QLatin1String("UTC")
                              ? icaltimezone_get_utc_timezone()
                              : icaltimezone_get_builtin_timezone(zone.toUtf8().constData());
        if (z)
            t = icaltime_set_timezone(&t, z);
    }
    return t;
}

void countOne(icalcomponent *, struct icaltime_span *, void *data)
{
    ++*static_cast<int *>(data);
}

// What libical's icalcomponent_foreach_recurrence gives for the series as Trellis read it
// (RRULEs, RDATEs and EXDATEs in the series' form), the measure SOURCES.md uses.
int occurrences(const IcsReadEvent &event)
{
    icalcomponent *vevent = icalcomponent_new_vevent();
    const icaltimetype start = toIcal(event.start.local, event.start.kind, event.start.zone);
    icalcomponent_set_dtstart(vevent, start);
    icalcomponent_set_duration(vevent, icaldurationtype_from_int(event.durationMinutes * 60));
    for (const QString &rule : event.rrules)
        icalcomponent_add_property(
            vevent, icalproperty_new_rrule(icalrecurrencetype_from_string(rule.toUtf8().constData())));
    for (const QString &rdate : event.rdates) {
        icaldatetimeperiodtype value{};
        value.time = toIcal(rdate, event.start.kind, event.start.zone);
        value.period = icalperiodtype_null_period();
        icalcomponent_add_property(vevent, icalproperty_new_rdate(value));
    }
    for (const QString &exdate : event.exdates)
        icalcomponent_add_property(
            vevent, icalproperty_new_exdate(toIcal(exdate, event.start.kind, event.start.zone)));
    int count = 0;
    const icaltimetype from = icaltime_from_string("19700101T000000Z");
    const icaltimetype to = icaltime_from_string("21000101T000000Z");
    icalcomponent_foreach_recurrence(vevent, from, to, countOne, &count);
    icalcomponent_free(vevent);
    return count;
}

} // namespace

// The series Trellis reads expand to the occurrence counts SOURCES.md gives for the corpus.
class IcsReaderOccurrenceTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldExpandToSourceCounts_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("event"); // index among the events read
        QTest::addColumn<int>("count");
        QTest::newRow("multiple_rrules") << QStringLiteral("valid/icaljs_multiple_rrules.ics") << 0 << 36;
        QTest::newRow("Office-2012-owa") << QStringLiteral("valid/nodeical_Office-2012-owa.ics") << 3 << 86;
        QTest::newRow("exchange whole day")
            << QStringLiteral("valid/nodeical_exchange_whole_day_moved_recurrence.ics") << 0 << 51;
        QTest::newRow("kiev") << QStringLiteral("valid/nodeical_google-calendar-kiev-tz.ics") << 1 << 4;
        QTest::newRow("EXDATE") << QStringLiteral("valid/ical4j_EXDATE.ics") << 0 << 5;
        QTest::newRow("korganizer 2TH") << QStringLiteral("valid/ical4j_korganizer_sample.ics") << 0 << 12;
        QTest::newRow("korganizer 1SA") << QStringLiteral("valid/ical4j_korganizer_sample.ics") << 1 << 12;
        QTest::newRow("thunderbird") << QStringLiteral("valid/rie_issue_223_thunderbird.ics") << 0 << 5;
        QTest::newRow("issue_28 first")
            << QStringLiteral("valid/rie_issue_28_rrule_with_UTC_endinginZ.ics") << 0 << 12;
        QTest::newRow("issue_28 second")
            << QStringLiteral("valid/rie_issue_28_rrule_with_UTC_endinginZ.ics") << 1 << 12;
        // libical drops the two RDATEs with a stray Z (1 occurrence); Trellis keeps them as dates.
        QTest::newRow("google birthday") << QStringLiteral("valid/icaljs_google_birthday.ics") << 0 << 3;
    }

    void shouldExpandToSourceCounts()
    {
        QFETCH(QString, file);
        QFETCH(int, event);
        QFETCH(int, count);
        // GIVEN a corpus series WHEN read and expanded THEN it has the documented occurrences
        const Result<IcsReadResult> result =
            IcsReader().readFile(QStringLiteral(TRELLIS_SHARED_DIR "/testdata/ics/") + file);
        QVERIFY(result.ok());
        QVERIFY(int(result->events.size()) > event);
        const IcsReadEvent &series = result->events[event];
        QVERIFY(series.isSeries());
        QCOMPARE(occurrences(series), count);
    }

    void shouldExpandMovedSeriesToSourceCounts()
    {
        // rie_recurring_events_moved: two series of 3 and 4 occurrences, plus 3 overrides.
        const Result<IcsReadResult> result = IcsReader().readFile(
            QStringLiteral(TRELLIS_SHARED_DIR "/testdata/ics/valid/rie_recurring_events_moved.ics"));
        QVERIFY(result.ok());
        QList<int> counts;
        int overrides = 0;
        for (const IcsReadEvent &e : result->events) {
            if (e.isSeries())
                counts.append(occurrences(e));
            overrides += e.isOverride() ? 1 : 0;
        }
        std::sort(counts.begin(), counts.end());
        QCOMPARE(counts, (QList<int>{3, 4}));
        QCOMPARE(overrides, 3);
    }
};

TRELLIS_REGISTER_TEST(IcsReaderOccurrenceTest);
#include "icsreaderoccurrencetest.moc"
