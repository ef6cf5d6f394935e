#include "io/icsimporter.h"
#include "testlib/databasedump.h"
#include "testlib/sampledata.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "util/clock.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace trellis;
using namespace trellis::test;

namespace {

QString corpusPath(const QString &relative)
{
    return QStringLiteral(TRELLIS_SHARED_DIR "/testdata/ics/") + relative;
}

int meetingRows(Database &db)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM meeting")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

// The database file and its WAL, byte for byte.
QByteArray fileBytes(const TempDatabase &temp)
{
    QByteArray bytes = readAll(temp.path());
    if (QFile::exists(temp.path() + QStringLiteral("-wal")))
        bytes += readAll(temp.path() + QStringLiteral("-wal"));
    return bytes;
}

} // namespace

// Every row of ../shared/testdata/ics/EXPECTED.md through the importer into a database.
class IcsImportCorpusTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldImportCorpusFileAsExpected_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("refused");
        QTest::addColumn<int>("events");
        QTest::addColumn<int>("skipEvents");

        // The table of EXPECTED.md: | file | default | events | with --skip-invalid | what |
        QFile expected(corpusPath(QStringLiteral("EXPECTED.md")));
        QVERIFY(expected.open(QIODevice::ReadOnly));
        const QRegularExpression row(
            QStringLiteral(R"(^\|\s*((?:valid|malformed)/\S+)\s*\|\s*(import|refuse)\s*\|)"
                           R"(\s*(\d+)\s*\|\s*(\d+)\s*\|)"));
        int rows = 0;
        for (const QString &line : QString::fromUtf8(expected.readAll()).split(QLatin1Char('\n'))) {
            const auto match = row.match(line);
            if (!match.hasMatch())
                continue;
            ++rows;
            QTest::newRow(qPrintable(match.captured(1)))
                << match.captured(1) << (match.captured(2) == QLatin1String("refuse"))
                << match.captured(3).toInt() << match.captured(4).toInt();
        }
        QVERIFY(rows >= 40);
    }

    void shouldImportCorpusFileAsExpected()
    {
        QFETCH(QString, file);
        QFETCH(bool, refused);
        QFETCH(int, events);
        QFETCH(int, skipEvents);
        PinnedClock clock(QDateTime(QDate(2025, 5, 15), QTime(12, 0), Qt::UTC));

        for (const bool skipInvalid : {false, true}) {
            // GIVEN a database with relationships and meetings
            TempDatabase temp;
            const SampleData data = SampleData::create(temp.db());
            const int rowsBefore = meetingRows(temp.db());
            const QByteArray bytesBefore = fileBytes(temp);

            // WHEN the corpus file is imported into a relationship
            IcsImporter importer(temp.db());
            importer.setSkipInvalid(skipInvalid);
            auto report = importer.importFile(corpusPath(file), data.proposed);
            QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.errorMessage()));

            // THEN the outcome and the stored event count are those of EXPECTED.md
            // (libical_8 is not iCalendar at all: refused under every option)
            const bool expectRefused =
                refused && (!skipInvalid || file == QLatin1String("malformed/libical_8.ics"));
            QCOMPARE(report->refused, expectRefused);
            if (expectRefused) {
                QVERIFY(!report->errors.empty());
                // a refused file leaves the database byte for byte unchanged
                QCOMPARE(fileBytes(temp), bytesBefore);
                QCOMPARE(meetingRows(temp.db()), rowsBefore);
                continue;
            }
            QVERIFY(!report->refused);
            const int expectedRows = skipInvalid ? skipEvents : events;
            QCOMPARE(meetingRows(temp.db()) - rowsBefore, expectedRows);
            QCOMPARE(report->added, qint64(meetingRows(temp.db()) - rowsBefore));
            QCOMPARE(report->updated, 0);
            for (const IcsProblem &w : report->warnings)
                QVERIFY2(w.line > 0 && w.message.contains(QString::number(w.line)), qPrintable(w.message));

            // WHEN the same file is imported again THEN nothing changes
            const QString dump = dumpDatabase(temp.db().connection());
            auto again = importer.importFile(corpusPath(file), data.relationship);
            QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.errorMessage()));
            QCOMPARE(again->added, 0);
            QCOMPARE(again->updated, 0);
            QCOMPARE(again->unchanged, report->added + report->unchanged);
            QCOMPARE(dumpDatabase(temp.db().connection()), dump);
        }
    }
};

TRELLIS_REGISTER_TEST(IcsImportCorpusTest);
#include "icsimportcorpustest.moc"
