#include "io/csvreader.h"

#include "testlib/testregistry.h"

#include <QTest>

using namespace trellis;

class CsvReaderTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldReadSpreadsheetExports_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("delimiter");
        QTest::addColumn<int>("records");
        QTest::addColumn<QString>("lastField");
        QTest::addColumn<int>("lastLine");

        QTest::newRow("comma, LF") << QByteArray("Name,Role\nAna,mentee\n") << "," << 2 << "mentee" << 2;
        QTest::newRow("semicolon, CRLF")
            << QByteArray("Name;Role\r\nAna;mentee\r\n") << ";" << 2 << "mentee" << 2;
        QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBFName,Role\nAna,mentee") << "," << 2 << "mentee" << 2;
        QTest::newRow("quoted delimiter")
            << QByteArray("Name,Skills\n\"Lopez, Ana\",\"a, b\"\n") << "," << 2 << "a, b" << 2;
        QTest::newRow("doubled quotes")
            << QByteArray("Name,Bio\nAna,\"says \"\"hi\"\"\"\n") << "," << 2 << "says \"hi\"" << 2;
        QTest::newRow("line break in quotes")
            << QByteArray("Name,Bio\nAna,\"line one\r\nline two\"\nBen,x\n") << "," << 3 << "x" << 4;
        QTest::newRow("blank lines skipped")
            << QByteArray("Name,Role\n\nAna,mentee\n\n") << "," << 2 << "mentee" << 3;
        QTest::newRow("semicolon with decimal commas")
            << QByteArray("Name;Score\nAna;\"1,5\"\n") << ";" << 2 << "1,5" << 2;
    }

    void shouldReadSpreadsheetExports()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, delimiter);
        QFETCH(int, records);
        QFETCH(QString, lastField);
        QFETCH(int, lastLine);

        auto table = CsvReader::parse(bytes, QStringLiteral("roster.csv"));
        QVERIFY2(table.ok(), qPrintable(table.ok() ? QString() : table.errorMessage()));
        QCOMPARE(QString(table->delimiter), delimiter);
        QCOMPARE(table->records.size(), records);
        QCOMPARE(table->records.first().fields.first(), QStringLiteral("Name"));
        QCOMPARE(table->records.last().fields.last(), lastField);
        QCOMPARE(table->records.last().line, lastLine);
    }

    void shouldKeepLineBreaksInsideQuotedFields()
    {
        auto table = CsvReader::parse("Name,Bio\nAna,\"one\r\ntwo\"\n", QStringLiteral("r.csv"));
        QVERIFY(table.ok());
        QCOMPARE(table->records.at(1).fields.at(1), QStringLiteral("one\ntwo"));
    }

    void shouldRefuseBrokenFilesNamingTheLine_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unclosed quote") << QByteArray("Name,Bio\nAna,ok\nBen,\"never closed\n") << "line 3";
        QTest::newRow("quote mid-field") << QByteArray("Name,Bio\nAna,ab\"c\n") << "line 2";
        QTest::newRow("text after closing quote") << QByteArray("Name,Bio\n\"Ana\"x,b\n") << "line 2";
        QTest::newRow("not UTF-8") << QByteArray("Name\nJos\xE9\n") << "UTF-8";
    }

    void shouldRefuseBrokenFilesNamingTheLine()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        auto table = CsvReader::parse(bytes, QStringLiteral("roster.csv"));
        QVERIFY(!table.ok());
        QVERIFY2(table.errorMessage().contains(expected), qPrintable(table.errorMessage()));
        QVERIFY(table.errorMessage().contains(QStringLiteral("roster.csv")));
    }
};

TRELLIS_REGISTER_TEST(CsvReaderTest);

#include "csvreadertest.moc"
