#include "clirunner.h"
#include "io/meetingfixture.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace trellis;
using namespace trellis::test;

namespace {

QStringList sidecars(const QString &path)
{
    QStringList found;
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        if (QFile::exists(path + suffix))
            found << suffix;
    return found;
}

} // namespace

// Issue 16, items 2 and 5: the read-only commands never create or change a file (a missing or
// 0-byte path is refused, not initialised); a database its owner made read-only stays so: the
// read-only commands work on it, the writing ones refuse it in one line, and neither changes a byte
// or a permission.
class CliReadOnlyTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldRefuseAnEmptyOrMissingFileWithoutInitialisingIt()
    {
        TempDatabase temp;
        const QString empty = temp.file(QStringLiteral("empty.sqlite"));
        QFile file(empty);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        for (const QStringList &command : {QStringList{QStringLiteral("stats")},
                                           QStringList{QStringLiteral("list"), QStringLiteral("people")}}) {
            const CliResult result = runCli(QStringList{command.first(), empty} + command.mid(1));
            QCOMPARE(result.exitCode, 1);
            QVERIFY2(result.err.contains(QStringLiteral("empty")), qPrintable(result.err));
            QCOMPARE(QFileInfo(empty).size(), qint64(0));
            QVERIFY(sidecars(empty).isEmpty());
        }
        // A failing import does not make it a database either.
        const CliResult import =
            runCli({QStringLiteral("import-ics"), empty, QStringLiteral("--relationship"),
                    QStringLiteral("1"), temp.file(QStringLiteral("none.ics"))});
        QCOMPARE(import.exitCode, 1);
        QCOMPARE(QFileInfo(empty).size(), qint64(0));

        const QString missing = temp.file(QStringLiteral("missing.sqlite"));
        const CliResult absent = runCli({QStringLiteral("stats"), missing});
        QCOMPARE(absent.exitCode, 1);
        QVERIFY(!QFile::exists(missing));
    }

    void shouldReadButNeverWriteAFileItsOwnerMadeReadOnly()
    {
        TempDatabase temp;
        {
            MeetingFixture f(temp.db().connection());
            f.addAdaAndGrace();
        }
        temp.close();
        const QString path = temp.path();
        QVERIFY(sidecars(path).isEmpty()); // closed cleanly: everything is in the main file
        const QFile::Permissions readOnly =
            QFile::ReadOwner | QFile::ReadUser | QFile::ReadGroup | QFile::ReadOther;
        QVERIFY(QFile::setPermissions(path, readOnly));
        const QByteArray before = readAll(path);

        // The read-only commands work.
        const CliResult stats = runCli({QStringLiteral("stats"), path});
        QVERIFY2(stats.exitCode == 0, qPrintable(stats.err));
        const CliResult list = runCli({QStringLiteral("list"), path, QStringLiteral("people")});
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        QVERIFY2(list.out.contains(QStringLiteral("Grace")), qPrintable(list.out));
        const CliResult roster = runCli({QStringLiteral("export-roster"), path, QStringLiteral("-o"),
                                         temp.file(QStringLiteral("r.csv"))});
        QVERIFY2(roster.exitCode == 0, qPrintable(roster.err));

        // A writing command refuses in one line.
        const QString ics = temp.file(QStringLiteral("one.ics"));
        QVERIFY(writeOneEventCalendar(ics));
        const CliResult import = runCli(
            {QStringLiteral("import-ics"), path, QStringLiteral("--relationship"), QStringLiteral("1"), ics});
        QCOMPARE(import.exitCode, 1);
        QVERIFY2(import.err.contains(QStringLiteral("read-only")), qPrintable(import.err));
        QCOMPARE(import.err.trimmed().count(QLatin1Char('\n')), 0);

        // Nothing changed: not a byte, not a permission, no sidecar left.
        QCOMPARE(readAll(path), before);
        QCOMPARE(QFile::permissions(path) & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser),
                 readOnly & ~QFile::ReadUser);
        QVERIFY2(sidecars(path).isEmpty(), qPrintable(sidecars(path).join(QLatin1Char(' '))));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    }

    void shouldTightenButNeverWidenPermissions()
    {
        TempDatabase temp;
        {
            MeetingFixture f(temp.db().connection());
            f.addAdaAndGrace();
        }
        temp.close();
        const QString path = temp.path();
        const QString ics = temp.file(QStringLiteral("one.ics"));
        QVERIFY(writeOneEventCalendar(ics));
        // Others could read it: a writing command takes that away and keeps the owner's bits.
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                                QFile::ReadOther));
        const CliResult import = runCli(
            {QStringLiteral("import-ics"), path, QStringLiteral("--relationship"), QStringLiteral("1"), ics});
        QVERIFY2(import.exitCode == 0, qPrintable(import.err));
        const QFile::Permissions after = QFile::permissions(path);
        QVERIFY(after & QFile::ReadOwner);
        QVERIFY(after & QFile::WriteOwner);
        QVERIFY(!(after & (QFile::ReadGroup | QFile::ReadOther)));
    }
};

TRELLIS_REGISTER_TEST(CliReadOnlyTest);

#include "clireadonlytest.moc"
