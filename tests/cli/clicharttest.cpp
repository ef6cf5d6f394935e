#include "clirunner.h"
#include "testlib/sampledata.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"

#include <QFile>
#include <QtEndian>
#include <QTest>
#include <QXmlStreamReader>

using namespace trellis;
using namespace trellis::test;

namespace {

// A PNG's size from its IHDR chunk (bytes 16..23, big-endian), without Qt Gui.
QSize pngSize(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray head = file.read(24);
    if (head.size() < 24 || !head.startsWith("\x89PNG\r\n\x1a\n") || head.mid(12, 4) != "IHDR")
        return {};
    const auto *bytes = reinterpret_cast<const uchar *>(head.constData());
    return QSize(int(qFromBigEndian<quint32>(bytes + 16)), int(qFromBigEndian<quint32>(bytes + 20)));
}

} // namespace

class CliChartTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_data = SampleData::create(m_temp.db());
        m_temp.close();
    }

    void writesAPngOfTheRequestedSize()
    {
        const QString out = m_temp.file(QStringLiteral("goal.png"));
        const CliResult result = runCli({QStringLiteral("chart"), m_temp.path(), QStringLiteral("--goal"),
                                         QString::number(m_data.goal), QStringLiteral("-o"), out,
                                         QStringLiteral("--size"), QStringLiteral("800x500")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(pngSize(out), QSize(800, 500));
        QVERIFY(QFile(out).size() > 5000); // drawn, not blank
        // The offscreen platform's warnings are not shown to the person running the command.
        QVERIFY2(!result.err.contains(QStringLiteral("propagateSizeHints")), qPrintable(result.err));
    }

    void writesAnSvgThatParses_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("kind");
        QTest::newRow("cohort status") << QStringLiteral("--cohort") << QStringLiteral("status");
        QTest::newRow("cohort completion") << QStringLiteral("--cohort") << QStringLiteral("completion");
        QTest::newRow("cohort adherence") << QStringLiteral("--cohort") << QStringLiteral("adherence");
        QTest::newRow("relationship contact")
            << QStringLiteral("--relationship") << QStringLiteral("contact");
        QTest::newRow("relationship hours") << QStringLiteral("--relationship") << QStringLiteral("hours");
    }

    void writesAnSvgThatParses()
    {
        QFETCH(QString, subject);
        QFETCH(QString, kind);
        const Id id = subject == QLatin1String("--cohort") ? m_data.cohort : m_data.relationship;
        const QString out = m_temp.file(kind + QStringLiteral(".svg"));
        const CliResult result = runCli({QStringLiteral("chart"), m_temp.path(), subject, QString::number(id),
                                         QStringLiteral("--kind"), kind, QStringLiteral("-o"), out,
                                         QStringLiteral("--theme"), QStringLiteral("dark")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QVERIFY(xml.readNextStartElement());
        QCOMPARE(xml.name().toString(), QStringLiteral("svg"));
        int elements = 1;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement)
                ++elements;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(elements > 20); // axes, labels and series, not an empty page
    }

    void refusesBadArguments()
    {
        const QString db = m_temp.path();
        const QString png = m_temp.file(QStringLiteral("x.png"));
        const QString goal = QString::number(m_data.goal);
        struct Case {
            QStringList args;
            int code;
            QString says;
        };
        const QList<Case> cases = {
            {{QStringLiteral("-o"), png}, 2, QStringLiteral("--goal")},
            {{QStringLiteral("--goal"), goal, QStringLiteral("--cohort"), goal, QStringLiteral("-o"), png},
             2,
             QStringLiteral("one of")},
            {{QStringLiteral("--goal"), goal}, 2, QStringLiteral("-o")},
            {{QStringLiteral("--goal"), goal, QStringLiteral("-o"), m_temp.file(QStringLiteral("x.gif"))},
             2,
             QStringLiteral(".png or .svg")},
            {{QStringLiteral("--goal"), goal, QStringLiteral("-o"), png, QStringLiteral("--size"),
              QStringLiteral("big")},
             2,
             QStringLiteral("WIDTHxHEIGHT")},
            {{QStringLiteral("--cohort"), goal, QStringLiteral("--kind"), QStringLiteral("pie"),
              QStringLiteral("-o"), png},
             2,
             QStringLiteral("unknown --kind")},
            {{QStringLiteral("--goal"), QStringLiteral("999"), QStringLiteral("-o"), png},
             1,
             QStringLiteral("999")},
        };
        for (const Case &c : cases) {
            const CliResult result = runCli(QStringList{QStringLiteral("chart"), db} + c.args);
            QVERIFY2(result.exitCode == c.code,
                     qPrintable(c.args.join(QLatin1Char(' ')) + QStringLiteral(": ") + result.err));
            QVERIFY2(result.err.contains(c.says), qPrintable(result.err));
        }
        QVERIFY(!QFile::exists(png));
    }

private:
    TempDatabase m_temp;
    SampleData m_data;
};

TRELLIS_REGISTER_TEST(CliChartTest);
#include "clicharttest.moc"
