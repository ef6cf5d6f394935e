#include "clirunner.h"
#include "testlib/testregistry.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace trellis::test;

namespace {

// The number printed after "label:" in `stats` output (thousands separators removed).
qint64 statsValue(const QString &out, const QString &label)
{
    const QRegularExpression pattern(
        QStringLiteral("^\\s*%1:\\s+([0-9,]+)$").arg(QRegularExpression::escape(label)),
        QRegularExpression::MultilineOption);
    const auto match = pattern.match(out);
    if (!match.hasMatch())
        return -1;
    return match.captured(1).remove(QLatin1Char(',')).toLongLong();
}

} // namespace

class CliDemoTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldListTheNewCommandsInHelp()
    {
        const CliResult help = runCli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char *command : {"demo", "stats", "list"})
            QVERIFY2(help.out.contains(QLatin1String(command)), command);
        const CliResult demoHelp = runCli({QStringLiteral("demo"), QStringLiteral("--help")});
        QCOMPARE(demoHelp.exitCode, 0);
        QVERIFY(demoHelp.out.contains(QStringLiteral("--size")));
        QVERIFY(demoHelp.out.contains(QStringLiteral("--seed")));
    }

    void shouldGenerateCountAndListADemo()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("demo.sqlite"));

        // WHEN a small demo is written into a new file
        const CliResult demo =
            runCli({QStringLiteral("demo"), db, QStringLiteral("--size"), QStringLiteral("small"),
                    QStringLiteral("--seed"), QStringLiteral("5")});
        QCOMPARE(demo.exitCode, 0);
        QVERIFY2(demo.out.contains(QStringLiteral("12 mentors, 30 mentees")),
                 qPrintable(demo.out + demo.err));
        // Each count in its plural form: the small demo has one programme ("1 programmes" before).
        QVERIFY2(
            demo.out.contains(QStringLiteral("43 people (12 mentors, 30 mentees), 1 programme, 2 cohorts")),
            qPrintable(demo.out));
        QVERIFY(QFileInfo::exists(db));

        // THEN a second demo into the same database is refused and changes nothing
        const CliResult again =
            runCli({QStringLiteral("demo"), db, QStringLiteral("--size"), QStringLiteral("small")});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("already has 43 people")), qPrintable(again.err));

        // AND stats shows the documented counts
        const CliResult stats = runCli({QStringLiteral("stats"), db});
        QCOMPARE(stats.exitCode, 0);
        QCOMPARE(statsValue(stats.out, QStringLiteral("person")), 43);
        QCOMPARE(statsValue(stats.out, QStringLiteral("mentor")), 12);
        QCOMPARE(statsValue(stats.out, QStringLiteral("mentee")), 30);
        QCOMPARE(statsValue(stats.out, QStringLiteral("programme")), 1);
        QCOMPARE(statsValue(stats.out, QStringLiteral("cohort")), 2);
        QCOMPARE(statsValue(stats.out, QStringLiteral("relationship")), 30);
        const qint64 meetings = statsValue(stats.out, QStringLiteral("meeting"));
        QVERIFY(meetings > 100);
        QCOMPARE(statsValue(stats.out, QStringLiteral("single")) +
                     statsValue(stats.out, QStringLiteral("series")) +
                     statsValue(stats.out, QStringLiteral("override")),
                 meetings);
        QVERIFY(statsValue(stats.out, QStringLiteral("with private notes")) > 0);
        // AND the health summary accounts for every active relationship (pinned by the demo's mix)
        QVERIFY(stats.out.contains(QStringLiteral("health of active relationships:")));
        QCOMPARE(statsValue(stats.out, QStringLiteral("on track")) +
                     statsValue(stats.out, QStringLiteral("due soon")) +
                     statsValue(stats.out, QStringLiteral("overdue")),
                 statsValue(stats.out, QStringLiteral("active")));
        QVERIFY(statsValue(stats.out, QStringLiteral("overdue")) > 0);
        QVERIFY(statsValue(stats.out, QStringLiteral("at risk")) > 0);

        // AND list shows people as a table and relationships as JSON
        const CliResult people = runCli({QStringLiteral("list"), db, QStringLiteral("people")});
        QCOMPARE(people.exitCode, 0);
        const QStringList lines = people.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 1 + 43);
        QVERIFY(lines.first().startsWith(QStringLiteral("id")));
        QVERIFY(lines.first().contains(QStringLiteral("name")));

        const CliResult json =
            runCli({QStringLiteral("list"), db, QStringLiteral("relationships"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(json.out.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(document.isArray());
        const QJsonArray relationships = document.array();
        QCOMPARE(relationships.size(), 30);
        const QJsonObject first = relationships.first().toObject();
        QVERIFY(first.value(QStringLiteral("id")).isDouble());
        QVERIFY(first.value(QStringLiteral("mentor_id")).isDouble());
        QVERIFY(!first.value(QStringLiteral("mentor")).toString().isEmpty());
        QVERIFY(!first.value(QStringLiteral("status")).toString().isEmpty());

        for (const char *what : {"programmes", "cohorts"}) {
            const CliResult listed =
                runCli({QStringLiteral("list"), db, QLatin1String(what), QStringLiteral("--json")});
            QCOMPARE(listed.exitCode, 0);
            const QJsonArray rows = QJsonDocument::fromJson(listed.out.toUtf8()).array();
            QCOMPARE(rows.size(), QLatin1String(what) == QLatin1String("programmes") ? 1 : 2);
            QVERIFY(!rows.first().toObject().value(QStringLiteral("name")).toString().isEmpty());
        }
    }

    void shouldRejectBadDemoAndListUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad size") << QStringList{QStringLiteral("demo"), QStringLiteral("DB"),
                                                 QStringLiteral("--size"), QStringLiteral("huge")}
                                  << 2 << QStringLiteral("Unknown demo size \"huge\"");
        QTest::newRow("missing size") << QStringList{QStringLiteral("demo"), QStringLiteral("DB")} << 2
                                      << QStringLiteral("--size small|medium|large");
        QTest::newRow("bad seed") << QStringList{QStringLiteral("demo"),   QStringLiteral("DB"),
                                                 QStringLiteral("--size"), QStringLiteral("small"),
                                                 QStringLiteral("--seed"), QStringLiteral("abc")}
                                  << 2 << QStringLiteral("seed");
        QTest::newRow("list nothing") << QStringList{QStringLiteral("list"), QStringLiteral("DB")} << 2
                                      << QStringLiteral("people, programmes, cohorts or relationships");
        QTest::newRow("list unknown")
            << QStringList{QStringLiteral("list"), QStringLiteral("DB"), QStringLiteral("goals")} << 2
            << QStringLiteral("Cannot list \"goals\"");
        QTest::newRow("stats missing file") << QStringList{QStringLiteral("stats"), QStringLiteral("DB")} << 1
                                            << QStringLiteral("does not exist");
    }

    void shouldRejectBadDemoAndListUsage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("nothing.sqlite"));
        arguments.replace(1, db);
        const CliResult result = runCli(arguments);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        // Usage errors create no file.
        QVERIFY(!QFileInfo::exists(db));
    }
};

TRELLIS_REGISTER_TEST(CliDemoTest);

#include "clidemotest.moc"
