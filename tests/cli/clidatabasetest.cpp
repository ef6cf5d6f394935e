#include "clirunner.h"
#include "storage/database.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace trellis;
using namespace trellis::test;

class CliDatabaseTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldPrintVersionAndHelp()
    {
        const CliResult version = runCli({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith(QStringLiteral("trellis-cli ")));

        const CliResult help = runCli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char *command : {"init", "check", "backup"})
            QVERIFY2(help.out.contains(QLatin1String(command)), command);

        const CliResult commandHelp = runCli({QStringLiteral("backup"), QStringLiteral("--help")});
        QCOMPARE(commandHelp.exitCode, 0);
        QVERIFY(commandHelp.out.contains(QStringLiteral("--output")));
        QVERIFY(commandHelp.out.contains(QStringLiteral("DATABASE")));
    }

    void shouldRejectBadUsageWithExitCode2()
    {
        const CliResult none = runCli({});
        QCOMPARE(none.exitCode, 2);
        const CliResult unknown = runCli({QStringLiteral("frobnicate"), QStringLiteral("x.sqlite")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("unknown command \"frobnicate\"")));
        const CliResult missing = runCli({QStringLiteral("check")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains(QStringLiteral("missing DATABASE")));
        const CliResult badOption =
            runCli({QStringLiteral("init"), QStringLiteral("x.sqlite"), QStringLiteral("--bogus")});
        QCOMPARE(badOption.exitCode, 2);
        QVERIFY(badOption.err.contains(QStringLiteral("bogus")));
    }

    void shouldInitCheckAndBackUp()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("programme.sqlite"));

        const CliResult init = runCli({QStringLiteral("init"), db});
        QCOMPARE(init.exitCode, 0);
        QVERIFY(init.err.isEmpty());
        QVERIFY(init.out.contains(QStringLiteral("Created")));
        QVERIFY(QFileInfo::exists(db));

        const CliResult initAgain = runCli({QStringLiteral("init"), db});
        QCOMPARE(initAgain.exitCode, 1);
        QVERIFY(initAgain.err.contains(QStringLiteral("already exists")));

        const CliResult check = runCli({QStringLiteral("check"), db});
        QCOMPARE(check.exitCode, 0);
        QVERIFY2(check.out.contains(QStringLiteral("OK")), qPrintable(check.out + check.err));

        const QString out = dir.filePath(QStringLiteral("backup.sqlite"));
        const CliResult backup = runCli({QStringLiteral("backup"), db, QStringLiteral("-o"), out});
        QCOMPARE(backup.exitCode, 0);
        QVERIFY(backup.out.contains(QStringLiteral("verified")));
        QCOMPARE(runCli({QStringLiteral("check"), out}).exitCode, 0);

        const CliResult noOutput = runCli({QStringLiteral("backup"), db});
        QCOMPARE(noOutput.exitCode, 2);
        QVERIFY(noOutput.err.contains(QStringLiteral("-o OUT")));

        const CliResult exists = runCli({QStringLiteral("backup"), db, QStringLiteral("-o"), out});
        QCOMPARE(exists.exitCode, 1);
        QVERIFY(exists.err.contains(QStringLiteral("already exists")));
    }

    void shouldRefuseForeignFilesWithOneLine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("just some text that is long enough to be mistaken for nothing in particular\n");
        file.close();
        const QByteArray before = readAll(path);

        for (const QString &command : {QStringLiteral("check"), QStringLiteral("backup")}) {
            QStringList args{command, path};
            if (command == QLatin1String("backup"))
                args << QStringLiteral("-o") << dir.filePath(QStringLiteral("b.sqlite"));
            const CliResult result = runCli(args);
            QCOMPARE(result.exitCode, 1);
            QVERIFY2(result.err.contains(QStringLiteral("not an SQLite database")), qPrintable(result.err));
            QVERIFY(result.err.contains(path));
            QCOMPARE(result.err.trimmed().count(QLatin1Char('\n')), 0);
        }
        QCOMPARE(readAll(path), before);
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("b.sqlite"))));

        const CliResult absent =
            runCli({QStringLiteral("check"), dir.filePath(QStringLiteral("nope.sqlite"))});
        QCOMPARE(absent.exitCode, 1);
        QVERIFY(absent.err.contains(QStringLiteral("does not exist")));
    }

    void shouldReportDamageFoundByCheck()
    {
        // GIVEN a database with a broken foreign key (written behind Trellis's back)
        TempDatabase temp;
        const QString path = temp.path();
        temp.close();
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE parent(id INTEGER PRIMARY KEY)")));
            QVERIFY(q.exec(QStringLiteral(
                "CREATE TABLE child(id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent(id))")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO child VALUES(1, 42)")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));

        // WHEN checked THEN the problem is named and the exit code is 1
        const CliResult check = runCli({QStringLiteral("check"), path});
        QCOMPARE(check.exitCode, 1);
        QVERIFY2(check.out.contains(QStringLiteral("foreign key")), qPrintable(check.out));
        QVERIFY(check.err.contains(QStringLiteral("problem")));
    }
};

TRELLIS_REGISTER_TEST(CliDatabaseTest);

#include "clidatabasetest.moc"
