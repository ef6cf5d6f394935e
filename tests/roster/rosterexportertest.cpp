#include "io/rosterexporter.h"

#include "io/csvwriter.h"
#include "io/rosterimporter.h"
#include "services/peopleservice.h"
#include "storage/rosterqueries.h"
#include "testlib/sampledata.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "util/clock.h"

#include <QTest>

using namespace trellis;
using namespace trellis::test;

class RosterExporterTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldQuoteOnlyWhatNeedsQuoting_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("written");
        QTest::newRow("plain") << "Ada"
                               << "Ada";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("comma") << "Lovelace, Ada"
                               << "\"Lovelace, Ada\"";
        QTest::newRow("quote") << "the \"Countess\""
                               << "\"the \"\"Countess\"\"\"";
        QTest::newRow("line break") << "one\ntwo"
                                    << "\"one\ntwo\"";
        QTest::newRow("carriage return") << "one\rtwo"
                                         << "\"one\rtwo\"";
        QTest::newRow("leading space") << " Ada"
                                       << "\" Ada\"";
        QTest::newRow("accents") << "Zoë Ångström"
                                 << "Zoë Ångström";
    }
    void shouldQuoteOnlyWhatNeedsQuoting()
    {
        QFETCH(QString, value);
        QFETCH(QString, written);
        QCOMPARE(CsvWriter::field(value), written);
    }

    void shouldWriteRecordsThatTheReaderReadsBack()
    {
        const QList<QStringList> records = {{QStringLiteral("a"), QStringLiteral("b,c")},
                                            {QStringLiteral("line\nbreak"), QStringLiteral("\"q\"")},
                                            {QStringLiteral("Zoë"), QString()}};
        const QByteArray bytes = CsvWriter::encode(records);
        QVERIFY(bytes.endsWith("\r\n"));
        auto read = CsvReader::parse(bytes, QStringLiteral("x.csv"));
        QVERIFY(read.ok());
        QCOMPARE(read->records.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(read->records.at(i).fields, records.at(i));
    }

    void shouldRoundTripTheRosterThroughImport()
    {
        // GIVEN a database with people, tags, managers, roles and matching wishes: Mary wishes for
        // Ada, Charles must never be paired with her
        TempDatabase source;
        const SampleData sample = SampleData::create(source.db());
        PeopleService people(source.db());
        QVERIFY(people.setMatchPreferences({sample.loner, {sample.mentor}, {}}).ok());
        QVERIFY(people.setMatchPreferences({sample.mentee, {}, {sample.mentor}}).ok());
        auto exported = RosterExporter::rosterCsv(source.db().connection());
        QVERIFY(exported.ok());

        // WHEN the export is imported into an empty database and exported again
        TempDatabase target;
        const QString path = target.file(QStringLiteral("roster.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(*exported);
        file.close();
        auto imported = RosterImporter(target.db()).importFile(path);
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.errorMessage()));
        auto again = RosterExporter::rosterCsv(target.db().connection());

        // THEN both exports are the same (names, roles, tags, managers, capacities)
        QVERIFY(again.ok());
        QCOMPARE(QString::fromUtf8(*again), QString::fromUtf8(*exported));
        QVERIFY(exported->contains("Ada Lovelace"));
        QVERIFY(exported->contains("mathematics; writing"));
        QVERIFY(exported->contains("Grace Hopper")); // Ada's manager, by name (no e-mail)
        QVERIFY(exported->contains("Wishes,Never pair with"));
        QCOMPARE(RosterQueries(target.db().connection()).matchPreferences()->size(), 2);
    }

    void shouldExportRelationshipsWithHealthAndNoPrivateNotes()
    {
        PinnedClock clock(QDateTime(QDate(2025, 5, 15), QTime(12, 0), Qt::UTC));
        TempDatabase temp;
        SampleData::create(temp.db());
        const QString path = temp.file(QStringLiteral("relationships.csv"));
        auto written = RosterExporter::writeRelationships(temp.db().connection(), path);
        QVERIFY(written.ok());
        QCOMPARE(*written, 2);
        auto read = CsvReader::readFile(path);
        QVERIFY(read.ok());
        QCOMPARE(read->records.size(), 3);
        QCOMPARE(read->records.first().fields.first(), QStringLiteral("Mentor"));
        QCOMPARE(read->records.at(1).fields.at(0), QStringLiteral("Ada Lovelace"));
        QCOMPARE(read->records.at(1).fields.at(2), QStringLiteral("Charles Babbage"));
        QCOMPARE(read->records.at(1).fields.at(6), QStringLiteral("active"));
        QVERIFY(!readAll(path).contains("nervous")); // the sample meeting's private note
    }
};

TRELLIS_REGISTER_TEST(RosterExporterTest);

#include "rosterexportertest.moc"
