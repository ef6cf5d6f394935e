#include "io/icsreader.h"
#include "testlib/testregistry.h"

#include <QTest>

using namespace trellis;

namespace {

QString corpusPath(const QString &relative)
{
    return QStringLiteral(TRELLIS_SHARED_DIR "/testdata/ics/") + relative;
}

IcsReadResult readCorpus(const QString &relative, bool skipInvalid)
{
    IcsReadOptions options;
    options.skipInvalid = skipInvalid;
    Result<IcsReadResult> result = IcsReader(options).readFile(corpusPath(relative));
    if (!result) {
        qWarning("%s", qPrintable(result.errorMessage()));
        return {};
    }
    return std::move(result).value();
}

bool namesLine(const std::vector<IcsProblem> &problems, int line)
{
    for (const IcsProblem &p : problems) {
        if (p.line == line && p.message.contains(QString::number(line)))
            return true;
    }
    return false;
}

} // namespace

// Every row of /work/shared/testdata/ics/EXPECTED.md.
class IcsReaderCorpusTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldReadCorpusFileAsExpected_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("refused");     // default outcome
        QTest::addColumn<int>("events");       // default event count
        QTest::addColumn<int>("skipEvents");   // event count with skip-invalid
        QTest::addColumn<bool>("skipRefused"); // outcome with skip-invalid
        QTest::addColumn<int>("problemLine");  // a refused file names this line

        auto row = [](const char *file, bool refused, int events, int skipEvents, bool skipRefused = false,
                      int line = 0) {
            QTest::newRow(file) << QString::fromLatin1(file) << refused << events << skipEvents << skipRefused
                                << line;
        };
        row("valid/ical4j_2207678.ics", false, 1, 1);
        row("valid/ical4j_EXDATE.ics", false, 1, 1);
        row("valid/ical4j_Standup.ics", false, 1, 1);
        row("valid/ical4j_apple-iphone-os-26-structured-location.ics", false, 1, 1);
        row("valid/ical4j_evolution.ics", false, 1, 1);
        row("valid/ical4j_korganizer_sample.ics", false, 2, 2);
        row("valid/ical4j_maritz.ics", false, 1, 1);
        row("valid/icaljs_day_long_recur_yearly.ics", false, 1, 1);
        row("valid/icaljs_google_birthday.ics", false, 4, 4);
        row("valid/icaljs_multiple_root_components.ics", false, 0, 0);
        row("valid/icaljs_multiple_rrules.ics", false, 1, 1);
        row("valid/icaljs_recur_instances.ics", false, 3, 3);
        row("valid/nodeical_Office-2012-owa.ics", false, 4, 4);
        row("valid/nodeical_exchange-custom-tz.ics", false, 1, 1);
        row("valid/nodeical_exchange_whole_day_moved_recurrence.ics", false, 2, 2);
        row("valid/nodeical_google-calendar-kiev-tz.ics", false, 2, 2);
        row("valid/nodeical_meetup-timed-tz.ics", false, 1, 1);
        row("valid/nodeical_sabredav-school-holidays.ics", false, 1, 1);
        row("valid/nodeical_tentative-apple-calendar.ics", false, 4, 4);
        row("valid/nodeical_tripit-location-escaping.ics", false, 47, 47);
        row("valid/nodeical_vtodo-vfreebusy.ics", false, 3, 3);
        row("valid/nodeical_yearly-recurring-unicode.ics", false, 1, 1);
        row("valid/rie_issue_223_thunderbird.ics", false, 3, 3);
        row("valid/rie_issue_28_rrule_with_UTC_endinginZ.ics", false, 5, 5);
        row("valid/rie_machbar_16_feb_2019.ics", false, 64, 64);
        row("valid/rie_recurring_events_moved.ics", false, 5, 5);
        row("malformed/icaljs_blank_line_mid.ics", false, 0, 0);
        row("malformed/ical4j_tmeher.ics", false, 1, 1);
        row("malformed/ical4j_blankTzid.ics", false, 1, 1);
        row("malformed/rie_issue_27_t1.ics", false, 1, 1);
        row("malformed/nodeical_dst-transition-rules.ics", false, 1, 1);
        row("malformed/nodeical_festival-multiday-rrule.ics", false, 128, 128);
        row("malformed/nodeical_ms_timezones.ics", true, 0, 3, false, 152);
        row("malformed/nodeical_badRRULE.ics", true, 0, 2, false, 50);
        row("malformed/nodeical_multi-event-basic.ics", true, 0, 8, false, 74);
        // twinkle's negative-year DTSTART (line 107) is in a VTODO: all 7 VEVENTs are valid.
        row("malformed/ical4j_twinkle.ics", true, 0, 7, false, 107);
        row("malformed/ical4j_13-MoonPhase.ics", true, 0, 41, false, 215);
        row("malformed/ical4j_boeing.ics", true, 0, 0, false, 6);
        row("malformed/libical_issue251.ics", true, 0, 0, false, 14);
        row("malformed/libical_8.ics", true, 0, 0, true, 1);
    }

    void shouldReadCorpusFileAsExpected()
    {
        QFETCH(QString, file);
        QFETCH(bool, refused);
        QFETCH(int, events);
        QFETCH(int, skipEvents);
        QFETCH(bool, skipRefused);
        QFETCH(int, problemLine);

        // GIVEN a corpus file WHEN it is read with the default policy
        const IcsReadResult strict = readCorpus(file, false);
        // THEN the outcome and event count are those of EXPECTED.md
        QCOMPARE(strict.refused, refused);
        QCOMPARE(int(strict.events.size()), events);
        if (refused) {
            QVERIFY2(namesLine(strict.errors, problemLine), qPrintable(strict.errorText()));
        } else {
            QVERIFY2(strict.errors.empty(), qPrintable(strict.errorText()));
        }
        for (const IcsProblem &w : strict.warnings)
            QVERIFY2(w.line > 0, qPrintable(w.message));

        // WHEN it is read with skip-invalid
        const IcsReadResult lenient = readCorpus(file, true);
        // THEN the complete valid events come back and the skipped ones are listed
        QCOMPARE(lenient.refused, skipRefused);
        QCOMPARE(int(lenient.events.size()), skipEvents);
        if (refused && !skipRefused)
            QVERIFY2(namesLine(lenient.errors, problemLine), qPrintable(lenient.errorText()));
    }
};

TRELLIS_REGISTER_TEST(IcsReaderCorpusTest);
#include "icsreadercorpustest.moc"
