#include "clirunner.h"
#include "io/meetingfixture.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"

#include <QFile>
#include <QTest>

using namespace trellis;
using namespace trellis::test;

namespace {

QString corpus(const QString &relative)
{
    return QStringLiteral(TRELLIS_SHARED_DIR "/testdata/ics/") + relative;
}

// A database with one relationship (id 1) and no meetings, closed for the CLI.
struct ImportDatabase {
    TempDatabase temp;

    ImportDatabase()
    {
        MeetingFixture f(temp.db().connection());
        f.addRelationship(f.addPerson(QStringLiteral("Ada"), QStringLiteral("ada@example.org")),
                          f.addPerson(QStringLiteral("Grace"), QStringLiteral("grace@example.org")),
                          f.addCohort(QStringLiteral("Spring")));
        temp.close();
    }

    CliResult run(const QStringList &args) const
    {
        return runCli(QStringList{QStringLiteral("import-ics"), temp.path()} + args);
    }

    QByteArray bytes() const
    {
        QByteArray all = readAll(temp.path());
        if (QFile::exists(temp.path() + QStringLiteral("-wal")))
            all += readAll(temp.path() + QStringLiteral("-wal"));
        return all;
    }
};

} // namespace

class CliImportIcsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldImportAndThenReportEverythingUnchanged()
    {
        // GIVEN a database with a relationship and a file of 5 events with a moved occurrence
        ImportDatabase db;
        const QStringList args{QStringLiteral("--relationship"), QStringLiteral("1"),
                               corpus(QStringLiteral("valid/rie_recurring_events_moved.ics"))};
        // WHEN it is imported THEN the CLI says what it added
        const CliResult first = db.run(args);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY2(first.out.contains(QStringLiteral("5 added, 0 updated, 0 unchanged, 0 skipped")),
                 qPrintable(first.out));
        QVERIFY(first.out.contains(QStringLiteral("Added:")));
        // WHEN it is imported again THEN everything is unchanged
        const CliResult second = db.run(args);
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QVERIFY2(second.out.contains(QStringLiteral("0 added, 0 updated, 5 unchanged")),
                 qPrintable(second.out));
    }

    void shouldRefuseADamagedFileUnlessSkipping()
    {
        // GIVEN a file with a garbage RRULE at line 50
        ImportDatabase db;
        const QString file = corpus(QStringLiteral("malformed/nodeical_badRRULE.ics"));
        const QByteArray before = db.bytes();
        // WHEN it is imported THEN it is refused with the line named, and the database is untouched
        const CliResult refused = db.run({QStringLiteral("--relationship"), QStringLiteral("1"), file});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("Line 50")), qPrintable(refused.err));
        QVERIFY(refused.err.contains(QStringLiteral("--skip-invalid")));
        QCOMPARE(db.bytes(), before);
        // WHEN skipping invalid events THEN the valid ones are imported and the skipped one listed
        const CliResult skipped = db.run(
            {QStringLiteral("--relationship"), QStringLiteral("1"), QStringLiteral("--skip-invalid"), file});
        QVERIFY2(skipped.exitCode == 0, qPrintable(skipped.err));
        QVERIFY2(skipped.out.contains(QStringLiteral("2 added")), qPrintable(skipped.out));
        QVERIFY2(skipped.out.contains(QStringLiteral("Skipped:")), qPrintable(skipped.out));
    }

    void shouldSayWhenThereIsNothingToImport()
    {
        ImportDatabase db;
        const CliResult result =
            db.run({QStringLiteral("--relationship"), QStringLiteral("1"),
                    corpus(QStringLiteral("valid/icaljs_multiple_root_components.ics"))});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.out.contains(QStringLiteral("Nothing to import")), qPrintable(result.out));
    }

    void shouldRejectUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        const QString file = corpus(QStringLiteral("valid/ical4j_Standup.ics"));
        QTest::newRow("no relationship") << QStringList{file} << 2;
        QTest::newRow("bad relationship")
            << QStringList{QStringLiteral("--relationship"), QStringLiteral("x"), file} << 2;
        QTest::newRow("no file") << QStringList{QStringLiteral("--relationship"), QStringLiteral("1")} << 2;
        QTest::newRow("unknown relationship")
            << QStringList{QStringLiteral("--relationship"), QStringLiteral("42"), file} << 1;
        QTest::newRow("missing file") << QStringList{QStringLiteral("--relationship"), QStringLiteral("1"),
                                                     QStringLiteral("/nonexistent/x.ics")}
                                      << 1;
    }

    void shouldRejectUsageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        ImportDatabase db;
        const QByteArray before = db.bytes();
        const CliResult result = db.run(args);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY(!result.err.isEmpty());
        QCOMPARE(db.bytes(), before);
    }
};

TRELLIS_REGISTER_TEST(CliImportIcsTest);
#include "cliimporticstest.moc"
