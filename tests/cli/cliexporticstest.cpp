#include "clirunner.h"
#include "io/meetingfixture.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"

#include <QFileInfo>
#include <QTest>

using namespace trellis;
using namespace trellis::test;

namespace {

// A database with one relationship (id 1), its mentor (person 1) and two meetings.
struct ExportDatabase {
    TempDatabase temp;
    QString out = temp.file(QStringLiteral("out.ics"));

    ExportDatabase()
    {
        fill();
        temp.close();
    }

    void fill()
    {
        MeetingFixture f(temp.db().connection());
        const qint64 cohort = f.addCohort(QStringLiteral("Spring"));
        const qint64 rel = f.addRelationship(
            f.addPerson(QStringLiteral("Ada"), QStringLiteral("ada@example.org")),
            f.addPerson(QStringLiteral("Grace"), QStringLiteral("grace@example.org")), cohort);
        MeetingSpec spec;
        spec.startLocal = QStringLiteral("2024-05-01T10:00:00");
        spec.timezone = QStringLiteral("Europe/Berlin");
        spec.sharedNotes = QStringLiteral("SHARED-NOTE");
        spec.privateNotes = QStringLiteral("PRIVATE-NOTE-4c1d");
        f.addMeeting(rel, spec);
        spec.kind = QStringLiteral("series");
        spec.rrule = QStringLiteral("FREQ=WEEKLY;COUNT=10");
        f.addMeeting(rel, spec);
    }

    CliResult run(QStringList args) const
    {
        args.prepend(temp.path());
        args.prepend(QStringLiteral("export-ics"));
        return runCli(args);
    }
};

} // namespace

class CliExportIcsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldExportEachScopeAndSayHowManyEvents_data()
    {
        QTest::addColumn<QStringList>("scope");
        QTest::newRow("relationship") << QStringList{QStringLiteral("--relationship"), QStringLiteral("1")};
        QTest::newRow("person") << QStringList{QStringLiteral("--person"), QStringLiteral("1")};
        QTest::newRow("cohort") << QStringList{QStringLiteral("--cohort"), QStringLiteral("1")};
        QTest::newRow("all") << QStringList{QStringLiteral("--all")};
    }
    void shouldExportEachScopeAndSayHowManyEvents()
    {
        QFETCH(QStringList, scope);
        ExportDatabase db;
        const CliResult result = db.run(scope + QStringList{QStringLiteral("-o"), db.out});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.out.contains(QStringLiteral("Wrote 2 event(s)")), qPrintable(result.out));
        const QByteArray ics = readAll(db.out);
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
        QCOMPARE(ics.count("BEGIN:VEVENT"), 2);
        QVERIFY(!ics.contains("SHARED-NOTE"));
        QVERIFY(!ics.contains("@example.org"));
        QVERIFY(!ics.contains("PRIVATE-NOTE"));
    }

    void shouldIncludeNotesAndAttendeesOnlyWhenAskedAndPrivateNotesNever()
    {
        ExportDatabase db;
        const CliResult result =
            db.run({QStringLiteral("--all"), QStringLiteral("--include-notes"),
                    QStringLiteral("--include-attendees"), QStringLiteral("-o"), db.out});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QByteArray ics = readAll(db.out).replace("\r\n ", "");
        QVERIFY(ics.contains("SHARED-NOTE"));
        QVERIFY(ics.contains("mailto:ada@example.org"));
        QVERIFY(ics.contains("mailto:grace@example.org"));
        QVERIFY(!ics.contains("PRIVATE-NOTE"));
    }

    void shouldNameAnUnknownIdWithExitCode1_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("what");
        QTest::newRow("relationship") << QStringLiteral("--relationship") << QStringLiteral("relationship");
        QTest::newRow("person") << QStringLiteral("--person") << QStringLiteral("person");
        QTest::newRow("cohort") << QStringLiteral("--cohort") << QStringLiteral("cohort");
    }
    void shouldNameAnUnknownIdWithExitCode1()
    {
        QFETCH(QString, option);
        QFETCH(QString, what);
        ExportDatabase db;
        const CliResult result = db.run({option, QStringLiteral("42"), QStringLiteral("-o"), db.out});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("no %1 with id 42").arg(what)), qPrintable(result.err));
        QCOMPARE(result.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY(!QFileInfo::exists(db.out));
    }

    void shouldRejectBadUsageWithExitCode2_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString o = QStringLiteral("-o");
        const QString file = QStringLiteral("x.ics");
        QTest::newRow("no scope") << QStringList{o, file} << QStringLiteral("exactly one of");
        QTest::newRow("two scopes") << QStringList{QStringLiteral("--all"), QStringLiteral("--person"),
                                                   QStringLiteral("1"), o, file}
                                    << QStringLiteral("exactly one of");
        QTest::newRow("no output") << QStringList{QStringLiteral("--all")} << QStringLiteral("-o OUT.ics");
        QTest::newRow("bad id") << QStringList{QStringLiteral("--person"), QStringLiteral("ada"), o, file}
                                << QStringLiteral("numeric id");
        QTest::newRow("missing id") << QStringList{QStringLiteral("--person")} << QStringLiteral("person");
    }
    void shouldRejectBadUsageWithExitCode2()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        ExportDatabase db;
        const CliResult result = db.run(args);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
    }

    void shouldListTheCommandInHelp()
    {
        const CliResult help = runCli({QStringLiteral("--help")});
        QVERIFY(help.out.contains(QStringLiteral("export-ics")));
        const CliResult commandHelp = runCli({QStringLiteral("export-ics"), QStringLiteral("--help")});
        QCOMPARE(commandHelp.exitCode, 0);
        for (const char *option : {"--relationship", "--person", "--cohort", "--all", "--include-notes",
                                   "--include-attendees", "--output"})
            QVERIFY2(commandHelp.out.contains(QLatin1String(option)), option);
    }
};

TRELLIS_REGISTER_TEST(CliExportIcsTest);

#include "cliexporticstest.moc"
