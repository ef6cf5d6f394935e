#include "io/rosterparser.h"

#include "testlib/testregistry.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace trellis;

namespace {
CsvTable table(const QByteArray &bytes)
{
    auto parsed = CsvReader::parse(bytes, QStringLiteral("roster.csv"));
    return parsed.ok() ? parsed.value() : CsvTable{};
}
} // namespace

class RosterParserTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldGuessColumnsFromCommonHeaders()
    {
        const RosterMapping mapping = RosterMapping::guess(
            {QStringLiteral("Full Name"), QStringLiteral("E-mail"), QStringLiteral("Role(s)"),
             QStringLiteral("Time zone"), QStringLiteral("Favourite colour")});
        QCOMPARE(mapping.columns.value(RosterField::Name), 0);
        QCOMPARE(mapping.columns.value(RosterField::Email), 1);
        QCOMPARE(mapping.columns.value(RosterField::Roles), 2);
        QCOMPARE(mapping.columns.value(RosterField::TimeZone), 3);
        QCOMPARE(mapping.columns.size(), 4);
    }

    void shouldParseValidRows()
    {
        const CsvTable csv = table("Name;Email;Roles;Skills;Capacity;Timezone;Languages\n"
                                   "Maria Costa;maria@example.org;mentor|coordinator;\"SQL, Leadership\";3;"
                                   "Europe/Berlin;de, en\n"
                                   "Ana Lopez;ana@example.org;mentee;;;;es\n");
        auto parsed = RosterParser::parse(csv, RosterMapping::guess(csv.records.first().fields));
        QVERIFY(parsed.ok());
        QVERIFY(parsed->problems.isEmpty());
        QCOMPARE(parsed->entries.size(), 2);
        const RosterEntry &maria = parsed->entries.first();
        QVERIFY(maria.mentor && maria.coordinator && !maria.mentee);
        QCOMPARE(maria.skills, QStringList({QStringLiteral("SQL"), QStringLiteral("Leadership")}));
        QCOMPARE(maria.capacity, 3);
        QCOMPARE(maria.languages, QStringList({QStringLiteral("de"), QStringLiteral("en")}));
        QCOMPARE(parsed->entries.last().line, 3);
        QVERIFY(parsed->entries.last().mentee);
    }

    void shouldNameRowAndFieldOfEveryProblem_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("words");
        QTest::newRow("empty name") << QByteArray(",x@y.org,mentee,1,Europe/Berlin") << "name"
                                    << "empty";
        QTest::newRow("bad e-mail") << QByteArray("Ana,not-an-address,mentee,1,Europe/Berlin") << "email"
                                    << "not an e-mail";
        QTest::newRow("unknown role") << QByteArray("Ana,a@b.org,boss,1,Europe/Berlin") << "roles"
                                      << "boss";
        QTest::newRow("bad capacity") << QByteArray("Ana,a@b.org,mentor,lots,Europe/Berlin") << "capacity"
                                      << "lots";
        QTest::newRow("bad time zone") << QByteArray("Ana,a@b.org,mentor,2,Mars/Olympus") << "timezone"
                                       << "Mars/Olympus";
    }

    void shouldNameRowAndFieldOfEveryProblem()
    {
        QFETCH(QByteArray, row);
        QFETCH(QString, field);
        QFETCH(QString, words);
        const CsvTable csv =
            table("Name,Email,Roles,Capacity,Timezone\nBen,ben@x.org,mentor,2,Europe/London\n" + row + "\n");
        auto parsed = RosterParser::parse(csv, RosterMapping::guess(csv.records.first().fields));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->problems.size(), 1);
        const RosterProblem &problem = parsed->problems.first();
        QCOMPARE(problem.line, 3);
        QCOMPARE(problem.field, field);
        QVERIFY2(problem.message.contains(words), qPrintable(problem.message));
        QVERIFY(
            problem.toString(QStringLiteral("r.csv")).startsWith(QStringLiteral("r.csv, line 3, ") + field));
    }

    void shouldRefuseDuplicateEmails()
    {
        const CsvTable csv = table("Name,Email\nAna,a@x.org\nAnn,A@X.org\n");
        auto parsed = RosterParser::parse(csv, RosterMapping::guess(csv.records.first().fields));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->problems.size(), 1);
        QVERIFY(parsed->problems.first().message.contains(QStringLiteral("line 2")));
    }

    void shouldRequireANameColumn()
    {
        const CsvTable csv = table("Email\na@x.org\n");
        QVERIFY(!RosterParser::parse(csv, RosterMapping::guess(csv.records.first().fields)).ok());
    }

    void shouldReadMappingFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("map.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# my HR export\nname = Mitarbeiter\nemail=Mail\n");
        file.close();
        const QStringList header{QStringLiteral("Mail"), QStringLiteral("Mitarbeiter")};
        auto mapping = RosterMapping::fromFile(path, header);
        QVERIFY(mapping.ok());
        QCOMPARE(mapping->columns.value(RosterField::Name), 1);
        QCOMPARE(mapping->columns.value(RosterField::Email), 0);

        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("name = Mitarbeiter\nshoe size = Mail\n");
        file.close();
        auto bad = RosterMapping::fromFile(path, header);
        QVERIFY(!bad.ok());
        QVERIFY(bad.errorMessage().contains(QStringLiteral("line 2")));
        QVERIFY(bad.errorMessage().contains(QStringLiteral("shoe size")));
    }
};

TRELLIS_REGISTER_TEST(RosterParserTest);

#include "rosterparsertest.moc"
