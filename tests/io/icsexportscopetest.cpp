// What an export contains: its scope, private notes never, notes and e-mail only on request;
// progress, cancel and refusal.
#include "icsexporttesting.h"
#include "io/icsexporter.h"
#include "meetingfixture.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"

#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace trellis;
using namespace trellis::test;

namespace {

const QByteArray kPrivate = "PRIVATE-MARKER-7f3a9c";

MeetingSpec meeting(const QString &start)
{
    MeetingSpec spec;
    spec.startLocal = start;
    spec.timezone = QStringLiteral("Europe/Berlin");
    return spec;
}

// Two cohorts, four people, three relationships, each with one meeting whose UID names it.
struct Programme {
    TempDatabase temp;
    MeetingFixture fixture{temp.db().connection()};
    qint64 cohortA = fixture.addCohort(QStringLiteral("Spring"));
    qint64 cohortB = fixture.addCohort(QStringLiteral("Autumn"));
    qint64 ada = fixture.addPerson(QStringLiteral("Ada"));
    qint64 grace = fixture.addPerson(QStringLiteral("Grace"));
    qint64 alan = fixture.addPerson(QStringLiteral("Alan"));
    qint64 edsger = fixture.addPerson(QStringLiteral("Edsger"));
    qint64 adaGrace = fixture.addRelationship(ada, grace, cohortA);
    qint64 adaAlan = fixture.addRelationship(ada, alan, cohortB);
    qint64 alanEdsger = fixture.addRelationship(alan, edsger, cohortB);

    Programme()
    {
        fixture.addMeeting(adaGrace, meeting(QStringLiteral("2024-05-01T10:00:00")),
                           QStringLiteral("ada-grace"));
        fixture.addMeeting(adaAlan, meeting(QStringLiteral("2024-05-02T10:00:00")),
                           QStringLiteral("ada-alan"));
        fixture.addMeeting(alanEdsger, meeting(QStringLiteral("2024-05-03T10:00:00")),
                           QStringLiteral("alan-edsger"));
    }
};

QStringList uids(const QByteArray &ics)
{
    QStringList result;
    for (const QString &line : linesNamed(contentLines(ics), QStringLiteral("UID")))
        result << line.mid(4);
    result.sort();
    return result;
}

} // namespace

class IcsExportScopeTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldExportOnlyTheChosenScope_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("which");
        QTest::addColumn<QStringList>("expected");
        const auto k = [](MeetingExportScope::Kind kind) { return static_cast<int>(kind); };
        QTest::newRow("relationship") << k(MeetingExportScope::Kind::Relationship)
                                      << QStringLiteral("adaAlan") << QStringList{QStringLiteral("ada-alan")};
        QTest::newRow("person as mentor")
            << k(MeetingExportScope::Kind::Person) << QStringLiteral("ada")
            << QStringList{QStringLiteral("ada-alan"), QStringLiteral("ada-grace")};
        QTest::newRow("person as mentor and mentee")
            << k(MeetingExportScope::Kind::Person) << QStringLiteral("alan")
            << QStringList{QStringLiteral("ada-alan"), QStringLiteral("alan-edsger")};
        QTest::newRow("person as mentee") << k(MeetingExportScope::Kind::Person) << QStringLiteral("grace")
                                          << QStringList{QStringLiteral("ada-grace")};
        QTest::newRow("cohort") << k(MeetingExportScope::Kind::Cohort) << QStringLiteral("cohortB")
                                << QStringList{QStringLiteral("ada-alan"), QStringLiteral("alan-edsger")};
        QTest::newRow("all") << k(MeetingExportScope::Kind::All) << QString()
                             << QStringList{QStringLiteral("ada-alan"), QStringLiteral("ada-grace"),
                                            QStringLiteral("alan-edsger")};
    }
    void shouldExportOnlyTheChosenScope()
    {
        QFETCH(int, kind);
        QFETCH(QString, which);
        QFETCH(QStringList, expected);
        Programme p;
        const QHash<QString, qint64> ids{{QStringLiteral("adaAlan"), p.adaAlan},
                                         {QStringLiteral("ada"), p.ada},
                                         {QStringLiteral("alan"), p.alan},
                                         {QStringLiteral("grace"), p.grace},
                                         {QStringLiteral("cohortB"), p.cohortB}};
        const MeetingExportScope scope{static_cast<MeetingExportScope::Kind>(kind), ids.value(which)};
        QCOMPARE(uids(exportIcs(p.temp.db(), p.temp.dir(), scope)), expected);
    }

    void shouldNameAnUnknownScopeAndWriteNothing_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("relationship") << static_cast<int>(MeetingExportScope::Kind::Relationship)
                                      << QStringLiteral("There is no relationship with id 999.");
        QTest::newRow("person") << static_cast<int>(MeetingExportScope::Kind::Person)
                                << QStringLiteral("There is no person with id 999.");
        QTest::newRow("cohort") << static_cast<int>(MeetingExportScope::Kind::Cohort)
                                << QStringLiteral("There is no cohort with id 999.");
    }
    void shouldNameAnUnknownScopeAndWriteNothing()
    {
        QFETCH(int, kind);
        QFETCH(QString, message);
        Programme p;
        const QString path = p.temp.file(QStringLiteral("out.ics"));
        IcsExporter exporter(p.temp.db());
        const auto result = exporter.exportToFile({static_cast<MeetingExportScope::Kind>(kind), 999}, path);
        QVERIFY(!result);
        QCOMPARE(result.errorMessage(), message);
        QVERIFY(!QFileInfo::exists(path));
    }

    // Private notes are never written, under any combination of options.
    void shouldNeverWritePrivateNotes_data()
    {
        QTest::addColumn<bool>("notes");
        QTest::addColumn<bool>("attendees");
        QTest::newRow("default") << false << false;
        QTest::newRow("notes") << true << false;
        QTest::newRow("attendees") << false << true;
        QTest::newRow("notes and attendees") << true << true;
    }
    void shouldNeverWritePrivateNotes()
    {
        QFETCH(bool, notes);
        QFETCH(bool, attendees);
        // GIVEN a single, a series and an override, each with private and shared notes
        TempDatabase temp;
        MeetingFixture f(temp.db().connection());
        const qint64 rel =
            f.addRelationship(f.addPerson(QStringLiteral("Ada"), QStringLiteral("ada@example.org")),
                              f.addPerson(QStringLiteral("Grace"), QStringLiteral("grace@example.org")));
        MeetingSpec spec = meeting(QStringLiteral("2024-05-01T10:00:00"));
        spec.privateNotes = QString::fromLatin1(kPrivate) + QStringLiteral(" single");
        spec.sharedNotes = QStringLiteral("shared");
        f.addMeeting(rel, spec);
        spec.kind = QStringLiteral("series");
        spec.rrule = QStringLiteral("FREQ=WEEKLY;COUNT=5");
        spec.privateNotes = QString::fromLatin1(kPrivate) + QStringLiteral(" series");
        const qint64 series = f.addMeeting(rel, spec);
        MeetingSpec moved = meeting(QStringLiteral("2024-05-09T10:00:00"));
        moved.kind = QStringLiteral("override");
        moved.seriesId = series;
        moved.recurrenceId = QStringLiteral("2024-05-08T10:00:00");
        moved.privateNotes = QString::fromLatin1(kPrivate) + QStringLiteral(" override");
        f.addMeeting(rel, moved);
        // WHEN exported with the options
        const QByteArray ics =
            exportIcs(temp.db(), temp.dir(), MeetingExportScope::all(), {notes, attendees});
        // THEN the marker appears nowhere, folded or not
        QByteArray unfolded = ics;
        unfolded.replace("\r\n ", "");
        QVERIFY(!ics.contains(kPrivate));
        QVERIFY(!unfolded.contains(kPrivate));
        QVERIFY(!unfolded.contains("PRIVATE-MARKER"));
        QCOMPARE(events(contentLines(ics)).size(), 3);
    }

    void shouldWriteNotesOnlyWhenAsked_data()
    {
        QTest::addColumn<bool>("notes");
        QTest::newRow("without") << false;
        QTest::newRow("with") << true;
    }
    void shouldWriteNotesOnlyWhenAsked()
    {
        QFETCH(bool, notes);
        Programme p;
        MeetingSpec spec = meeting(QStringLiteral("2024-05-04T10:00:00"));
        spec.agenda = QStringLiteral("AGENDA-MARKER");
        spec.sharedNotes = QStringLiteral("SHARED-MARKER");
        p.fixture.addMeeting(p.adaGrace, spec);
        const QByteArray ics =
            exportIcs(p.temp.db(), p.temp.dir(), MeetingExportScope::all(), {notes, false});
        const QStringList lines = eventLines(contentLines(ics));
        QCOMPARE(ics.contains("AGENDA-MARKER"), notes);
        QCOMPARE(ics.contains("SHARED-MARKER"), notes);
        QCOMPARE(linesNamed(lines, QStringLiteral("DESCRIPTION")),
                 notes ? QStringList{QStringLiteral(
                             "DESCRIPTION:Agenda:\\nAGENDA-MARKER\\n\\nNotes:\\nSHARED-MARKER")}
                       : QStringList{});
    }

    void shouldWriteAttendeesOnlyWhenAsked_data()
    {
        QTest::addColumn<bool>("attendees");
        QTest::newRow("without") << false;
        QTest::newRow("with") << true;
    }
    void shouldWriteAttendeesOnlyWhenAsked()
    {
        QFETCH(bool, attendees);
        TempDatabase temp;
        MeetingFixture f(temp.db().connection());
        const qint64 rel = f.addRelationship(
            f.addPerson(QStringLiteral("Ada"), QStringLiteral("ada@example.org")),
            f.addPerson(QStringLiteral("Hopper, Grace"), QStringLiteral("grace@example.org")));
        f.addMeeting(rel, meeting(QStringLiteral("2024-05-01T10:00:00")));
        const QByteArray ics =
            exportIcs(temp.db(), temp.dir(), MeetingExportScope::all(), {false, attendees});
        const QStringList lines = eventLines(contentLines(ics));
        QCOMPARE(ics.contains("@example.org"), attendees);
        if (!attendees) {
            QVERIFY(linesNamed(lines, QStringLiteral("ORGANIZER")).isEmpty());
            QVERIFY(linesNamed(lines, QStringLiteral("ATTENDEE")).isEmpty());
            return;
        }
        QCOMPARE(linesNamed(lines, QStringLiteral("ORGANIZER")),
                 QStringList{QStringLiteral("ORGANIZER;CN=Ada:mailto:ada@example.org")});
        QCOMPARE(linesNamed(lines, QStringLiteral("ATTENDEE")),
                 (QStringList{
                     QStringLiteral(
                         "ATTENDEE;CN=Ada;ROLE=REQ-PARTICIPANT;CUTYPE=INDIVIDUAL:mailto:ada@example.org"),
                     QStringLiteral("ATTENDEE;CN=\"Hopper, Grace\";ROLE=REQ-PARTICIPANT;CUTYPE=INDIVIDUAL:"
                                    "mailto:grace@example.org")}));
    }

    void shouldReportProgressUpToTheTotal()
    {
        TempDatabase temp;
        MeetingFixture f(temp.db().connection());
        const qint64 rel =
            f.addRelationship(f.addPerson(QStringLiteral("Ada")), f.addPerson(QStringLiteral("Grace")));
        QVERIFY(temp.db().connection().transaction());
        for (int i = 0; i < 600; ++i)
            f.addMeeting(
                rel, meeting(QDateTime(QDate(2024, 1, 1), QTime(10, 0)).addDays(i).toString(Qt::ISODate)));
        QVERIFY(temp.db().connection().commit());
        QList<std::pair<qint64, qint64>> calls;
        IcsExporter exporter(temp.db());
        exporter.setProgressCallback([&calls](qint64 done, qint64 total) { calls.append({done, total}); });
        const auto result =
            exporter.exportToFile(MeetingExportScope::all(), temp.file(QStringLiteral("out.ics")));
        QVERIFY2(result, qPrintable(result ? QString() : result.errorMessage()));
        QCOMPARE(result->events, 600);
        QVERIFY(calls.size() >= 3);
        QCOMPARE(calls.first(), (std::pair<qint64, qint64>{0, 600}));
        QCOMPARE(calls.last(), (std::pair<qint64, qint64>{600, 600}));
        for (qsizetype i = 1; i < calls.size(); ++i)
            QVERIFY(calls.at(i).first >= calls.at(i - 1).first);
    }

    void shouldLeaveTheTargetUntouchedWhenCancelled()
    {
        TempDatabase temp;
        MeetingFixture f(temp.db().connection());
        const qint64 rel =
            f.addRelationship(f.addPerson(QStringLiteral("Ada")), f.addPerson(QStringLiteral("Grace")));
        QVERIFY(temp.db().connection().transaction());
        for (int i = 0; i < 600; ++i)
            f.addMeeting(
                rel, meeting(QDateTime(QDate(2024, 1, 1), QTime(10, 0)).addDays(i).toString(Qt::ISODate)));
        QVERIFY(temp.db().connection().commit());
        const QString path = temp.file(QStringLiteral("out.ics"));
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("previous export\r\n");
        existing.close();

        std::atomic_bool cancel{false};
        IcsExporter exporter(temp.db());
        exporter.setCancelFlag(&cancel);
        exporter.setProgressCallback([&cancel](qint64 done, qint64) {
            if (done >= 250)
                cancel = true;
        });
        const auto result = exporter.exportToFile(MeetingExportScope::all(), path);
        QVERIFY(!result);
        QVERIFY(result.errorMessage().contains(QStringLiteral("cancelled")));
        QCOMPARE(readAll(path), QByteArray("previous export\r\n"));
    }

    void shouldRefuseAnUnknownTimeZoneNamingTheMeeting()
    {
        TempDatabase temp;
        MeetingFixture f(temp.db().connection());
        const qint64 rel =
            f.addRelationship(f.addPerson(QStringLiteral("Ada")), f.addPerson(QStringLiteral("Grace")));
        MeetingSpec spec = meeting(QStringLiteral("2024-05-01T10:00:00"));
        f.addMeeting(rel, spec);
        spec.timezone = QStringLiteral("Mars/Olympus_Mons");
        const qint64 id = f.addMeeting(rel, spec);
        const QString path = temp.file(QStringLiteral("out.ics"));
        IcsExporter exporter(temp.db());
        const auto result = exporter.exportToFile(MeetingExportScope::all(), path);
        QVERIFY(!result);
        QVERIFY2(result.errorMessage().contains(QStringLiteral("Mars/Olympus_Mons")),
                 qPrintable(result.errorMessage()));
        Q_UNUSED(id);
        QVERIFY(!QFileInfo::exists(path));
    }

    void shouldRefuseAnUnreadableRuleNamingTheMeeting()
    {
        TempDatabase temp;
        MeetingFixture f(temp.db().connection());
        const qint64 rel =
            f.addRelationship(f.addPerson(QStringLiteral("Ada")), f.addPerson(QStringLiteral("Grace")));
        MeetingSpec spec = meeting(QStringLiteral("2024-05-01T10:00:00"));
        spec.kind = QStringLiteral("series");
        spec.rrule = QStringLiteral("FREQ=SOMETIMES");
        const qint64 id = f.addMeeting(rel, spec);
        IcsExporter exporter(temp.db());
        const auto result =
            exporter.exportToFile(MeetingExportScope::all(), temp.file(QStringLiteral("out.ics")));
        QVERIFY(!result);
        QVERIFY2(result.errorMessage().startsWith(QStringLiteral("Meeting %1:").arg(id)),
                 qPrintable(result.errorMessage()));
        QVERIFY(result.errorMessage().contains(QStringLiteral("FREQ=SOMETIMES")));
    }
};

TRELLIS_REGISTER_TEST(IcsExportScopeTest);

#include "icsexportscopetest.moc"
