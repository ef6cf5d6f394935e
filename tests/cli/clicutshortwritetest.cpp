#include "io/meetingfixture.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

using namespace trellis;
using namespace trellis::test;

// Issue 16, item 4: every file is written whole or not at all. A write cut short (here by a file
// size limit of 2 KiB, part way, as a full disk would) fails the command with a message that names the file
// and says what happened, and the file it was to replace keeps its old bytes; no temporary is left.
class CliCutShortWriteTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldKeepTheOldFileWhenAWriteIsCutShort_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("export-roster") << QStringList{QStringLiteral("export-roster"), QStringLiteral("-o")};
        QTest::newRow("export-ics") << QStringList{QStringLiteral("export-ics"), QStringLiteral("--all"),
                                                   QStringLiteral("-o")};
    }

    void shouldKeepTheOldFileWhenAWriteIsCutShort()
    {
        QFETCH(QStringList, arguments);
        TempDatabase temp;
        {
            // Enough rows that the file outgrows the limit part way, as a disk fills up.
            MeetingFixture f(temp.db().connection());
            const qint64 cohort = f.addCohort(QStringLiteral("Spring"));
            const qint64 mentor = f.addPerson(QStringLiteral("Ada"), QStringLiteral("ada@example.org"));
            for (int i = 0; i < 60; ++i) {
                const qint64 mentee = f.addPerson(QStringLiteral("Mentee number %1").arg(i),
                                                  QStringLiteral("mentee%1@example.org").arg(i));
                const qint64 relationship = f.addRelationship(mentor, mentee, cohort);
                MeetingSpec spec;
                spec.title = QStringLiteral("Check-in %1").arg(i);
                spec.startLocal = QStringLiteral("2026-05-04T10:00:00");
                spec.timezone = QStringLiteral("Europe/Berlin");
                f.addMeeting(relationship, spec);
            }
        }
        temp.close();
        QDir out(temp.file(QStringLiteral("out")));
        QVERIFY(QDir().mkpath(out.path()));
        const QString target = out.filePath(QStringLiteral("target"));
        QFile old(target);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("the old file\n");
        old.close();

        // The shell ignores SIGXFSZ, so a write past the limit fails (EFBIG) rather than killing.
        QProcess cli;
        const QString command = QStringLiteral("trap '' XFSZ; ulimit -f 4; exec \"$0\" \"$@\"");
        const QStringList commandLine =
            QStringList{QStringLiteral("-c"), command, QStringLiteral(TRELLIS_CLI_PATH), arguments.first(),
                        temp.path()} +
            arguments.mid(1) + QStringList{target};
        cli.start(QStringLiteral("/bin/sh"), commandLine);
        QVERIFY(cli.waitForFinished(60000));
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QCOMPARE(cli.exitCode(), 1);
        QVERIFY2(!err.contains(QStringLiteral("Unknown error")), qPrintable(err));
        // It says what happened ("File too large" here; "the disk is full" on a full disk).
        QVERIFY2(err.contains(QStringLiteral("Cannot write")) &&
                     (err.contains(QStringLiteral("too large")) ||
                      err.contains(QStringLiteral("cut short")) ||
                      err.contains(QStringLiteral("disk is full"))),
                 qPrintable(err));
        QCOMPARE(readAll(target), QByteArray("the old file\n"));
        QCOMPARE(out.entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("target")});
    }
};

TRELLIS_REGISTER_TEST(CliCutShortWriteTest);

#include "clicutshortwritetest.moc"
