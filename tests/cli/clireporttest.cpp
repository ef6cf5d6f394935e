#include "clirunner.h"
#include "testlib/sampledata.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"

#include <QFile>
#include <QTest>

using namespace trellis;
using namespace trellis::test;

// trellis-cli report (issue 13, item 6): writes a PDF, the same bytes for the same generation
// date, and refuses what it cannot do with a usage error.
class CliReportTest : public QObject {
    Q_OBJECT

    TempDatabase m_temp;
    SampleData m_data;

    QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_data = SampleData::create(m_temp.db());
        m_temp.close();
    }

    void writesTheSamePdfTwice_data()
    {
        QTest::addColumn<QStringList>("subject");
        QTest::newRow("cohort board")
            << QStringList{QStringLiteral("--cohort"), QString::number(m_data.cohort),
                           QStringLiteral("--variant"), QStringLiteral("board")};
        QTest::newRow("programme full") << QStringList{
            QStringLiteral("--programme"), QString::number(m_data.programme), QStringLiteral("--variant"),
            QStringLiteral("full"), QStringLiteral("--include-notes")};
    }
    void writesTheSamePdfTwice()
    {
        QFETCH(QStringList, subject);
        QByteArray first;
        for (const QString &name : {QStringLiteral("a.pdf"), QStringLiteral("b.pdf")}) {
            const QString out = m_temp.file(name);
            const CliResult result =
                runCli(QStringList{QStringLiteral("report"), m_temp.path()} + subject +
                       QStringList{QStringLiteral("--generated"), QStringLiteral("2026-03-31"),
                                   QStringLiteral("-o"), out});
            QVERIFY2(result.exitCode == 0, qPrintable(result.err));
            const QByteArray pdf = read(out);
            QVERIFY(pdf.startsWith("%PDF-"));
            QVERIFY(pdf.contains("D:20260331000000"));
            if (first.isEmpty())
                first = pdf;
            else
                QVERIFY(pdf == first);
        }
    }

    void refusesWhatItCannotDo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no subject") << QStringList{QStringLiteral("--variant"), QStringLiteral("board")};
        QTest::newRow("both subjects") << QStringList{QStringLiteral("--cohort"),    QStringLiteral("1"),
                                                      QStringLiteral("--programme"), QStringLiteral("1"),
                                                      QStringLiteral("--variant"),   QStringLiteral("board")};
        QTest::newRow("bad variant") << QStringList{QStringLiteral("--cohort"), QStringLiteral("1"),
                                                    QStringLiteral("--variant"), QStringLiteral("short")};
        QTest::newRow("from without to") << QStringList{
            QStringLiteral("--cohort"), QStringLiteral("1"),      QStringLiteral("--variant"),
            QStringLiteral("board"),    QStringLiteral("--from"), QStringLiteral("2026-01-01")};
    }
    void refusesWhatItCannotDo()
    {
        QFETCH(QStringList, arguments);
        const CliResult result =
            runCli(QStringList{QStringLiteral("report"), m_temp.path()} + arguments +
                   QStringList{QStringLiteral("-o"), m_temp.file(QStringLiteral("x.pdf"))});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QStringLiteral("trellis-cli report: ")));
    }
};

TRELLIS_REGISTER_TEST(CliReportTest);
#include "clireporttest.moc"
