#include "clirunner.h"
#include "io/csvreader.h"
#include "storage/catalogquery.h"
#include "testlib/databasedump.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"

#include <QFile>
#include <QTest>

using namespace trellis;
using namespace trellis::test;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

qint64 people(Database &db)
{
    auto counts = CatalogQuery(db.connection()).entityCounts();
    for (const auto &count : *counts) {
        if (count.name == QLatin1String("person"))
            return count.count;
    }
    return -1;
}

// Semicolons, a BOM and a quoted field with a line break, as spreadsheets write them.
const QByteArray goodRoster = "\xEF\xBB\xBFName;E-mail;Role;Skills;Capacity;Manager;Bio\r\n"
                              "Maria Costa;maria@example.org;mentor;SQL, leadership;3;;\"Two\r\nlines\"\r\n"
                              "Ana Lopez;ana@example.org;mentee;;;Maria Costa;\r\n"
                              "Ben Okafor;ben@example.org;mentee;;;maria@example.org;\r\n";

} // namespace

class CliRosterTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldImportAGoodRosterAndSayHowMany()
    {
        TempDatabase temp;
        temp.close();
        const QString csv = temp.file(QStringLiteral("roster.csv"));
        writeFile(csv, goodRoster);

        const CliResult result = runCli({QStringLiteral("import-roster"), temp.path(), csv});

        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.out.contains(QStringLiteral("Added 3 people from roster.csv")),
                 qPrintable(result.out));
        auto db = Database::open(temp.path());
        QVERIFY(db.ok());
        QCOMPARE(people(*db.value()), 3);
    }

    void shouldRefuseAMalformedRosterNamingRowAndFieldAndWriteNothing()
    {
        // GIVEN a database with the good roster, and a file with problems on lines 3 and 4
        TempDatabase temp;
        temp.close();
        const QString good = temp.file(QStringLiteral("good.csv"));
        writeFile(good, goodRoster);
        QCOMPARE(runCli({QStringLiteral("import-roster"), temp.path(), good}).exitCode, 0);
        const QString bad = temp.file(QStringLiteral("bad.csv"));
        writeFile(bad, "Name,Email,Roles,Capacity\n"
                       "Zoe,zoe@example.org,mentee,\n"
                       "Yann,yann@example,mentor,2\n"
                       "Xia,maria@example.org,mentee,many\n");
        QString before;
        {
            auto db = Database::open(temp.path());
            before = dumpDatabase(db.value()->connection());
        }

        // WHEN it is imported
        const CliResult result = runCli({QStringLiteral("import-roster"), temp.path(), bad});

        // THEN the exit code is 1, every problem is named with its line and field, nothing is written
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("nothing was imported; 3 problems")),
                 qPrintable(result.err));
        QVERIFY2(result.err.contains(QStringLiteral("bad.csv, line 3, email:")), qPrintable(result.err));
        QVERIFY2(
            result.err.contains(QStringLiteral("bad.csv, line 4, email: maria@example.org already belongs to "
                                               "Maria Costa")),
            qPrintable(result.err));
        QVERIFY2(result.err.contains(QStringLiteral("bad.csv, line 4, capacity:")), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
        auto db = Database::open(temp.path());
        QCOMPARE(dumpDatabase(db.value()->connection()), before);
    }

    void shouldUseAMappingFileAndReportUsageErrors()
    {
        TempDatabase temp;
        temp.close();
        const QString csv = temp.file(QStringLiteral("odd.csv"));
        writeFile(csv, "Who,Kind\nAda,mentor\n");
        const QString mapping = temp.file(QStringLiteral("odd.map"));
        writeFile(mapping, "name = Who\nroles = Kind\n");
        const CliResult mapped =
            runCli({QStringLiteral("import-roster"), temp.path(), csv, QStringLiteral("--mapping"), mapping});
        QVERIFY2(mapped.exitCode == 0, qPrintable(mapped.err));
        QVERIFY(mapped.out.contains(QStringLiteral("Added 1 person")));

        const CliResult missing = runCli({QStringLiteral("import-roster"), temp.path()});
        QCOMPARE(missing.exitCode, 2);
        const CliResult noFile =
            runCli({QStringLiteral("import-roster"), temp.path(), temp.file(QStringLiteral("none.csv"))});
        QCOMPARE(noFile.exitCode, 1);
        QVERIFY(noFile.err.contains(QStringLiteral("none.csv")));
    }

    void shouldExportTheRosterSoThatItImportsAgain()
    {
        // GIVEN a database with the good roster
        TempDatabase temp;
        temp.close();
        const QString csv = temp.file(QStringLiteral("roster.csv"));
        writeFile(csv, goodRoster);
        QCOMPARE(runCli({QStringLiteral("import-roster"), temp.path(), csv}).exitCode, 0);

        // WHEN it is exported, and the export imported into a new database and exported again
        const QString out = temp.file(QStringLiteral("out.csv"));
        const CliResult exported =
            runCli({QStringLiteral("export-roster"), temp.path(), QStringLiteral("-o"), out});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QVERIFY(exported.out.contains(QStringLiteral("Wrote 3 people")));
        TempDatabase second;
        second.close();
        const CliResult reimported = runCli({QStringLiteral("import-roster"), second.path(), out});
        QVERIFY2(reimported.exitCode == 0, qPrintable(reimported.err));
        const QString out2 = temp.file(QStringLiteral("out2.csv"));
        QCOMPARE(
            runCli({QStringLiteral("export-roster"), second.path(), QStringLiteral("-o"), out2}).exitCode, 0);

        // THEN both exports are identical, with managers, the two-line bio and tags
        QCOMPARE(readAll(out2), readAll(out));
        auto table = CsvReader::readFile(out);
        QVERIFY(table.ok());
        QCOMPARE(table->records.size(), 4);
        QCOMPARE(table->records.at(1).fields.at(0), QStringLiteral("Ana Lopez"));
        QCOMPARE(table->records.at(1).fields.at(9), QStringLiteral("maria@example.org"));
        QCOMPARE(table->records.at(3).fields.at(11), QStringLiteral("Two\nlines"));
    }

    void shouldExportRelationshipsAndRefuseAMissingOutput()
    {
        TempDatabase temp;
        temp.close();
        const QString out = temp.file(QStringLiteral("rel.csv"));
        const CliResult exported = runCli({QStringLiteral("export-roster"), temp.path(),
                                           QStringLiteral("--relationships"), QStringLiteral("-o"), out});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QVERIFY(exported.out.contains(QStringLiteral("Wrote 0 relationships")));
        QVERIFY(readAll(out).startsWith("Mentor,Mentor email,Mentee"));
        QCOMPARE(runCli({QStringLiteral("export-roster"), temp.path()}).exitCode, 2);
    }
};

TRELLIS_REGISTER_TEST(CliRosterTest);

#include "clirostertest.moc"
