#include "clirunner.h"
#include "storage/database.h"
#include "storage/rosterqueries.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace trellis;
using namespace trellis::test;

// trellis-cli match (issue 14): suggestions with their terms, and --accept within capacity.
class CliMatchTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldProposeTheSuggestedPairsWithinEveryMentorsCapacity()
    {
        // GIVEN the small demo, with mentees still to be paired
        TempDatabase temp;
        temp.close();
        QFile::remove(temp.path());
        const CliResult demo =
            runCli({QStringLiteral("demo"), temp.path(), QStringLiteral("--size"), QStringLiteral("small")});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));

        // WHEN the suggestions are accepted
        const CliResult match =
            runCli({QStringLiteral("match"), temp.path(), QStringLiteral("--cohort"), QStringLiteral("2"),
                    QStringLiteral("--accept"), QStringLiteral("--json")});
        QVERIFY2(match.exitCode == 0, qPrintable(match.err));
        const QJsonObject root = QJsonDocument::fromJson(match.out.toUtf8()).object();
        const QJsonArray pairs = root.value(QStringLiteral("pairs")).toArray();
        QVERIFY(!pairs.isEmpty());
        // THEN every pair's terms add up to its score
        for (const QJsonValue &pair : pairs) {
            int sum = 0;
            for (const QJsonValue &term : pair.toObject().value(QStringLiteral("terms")).toArray())
                sum += term.toObject().value(QStringLiteral("points")).toInt();
            QCOMPARE(sum, pair.toObject().value(QStringLiteral("score")).toInt());
        }
        QVERIFY2(match.err.contains(QStringLiteral("Proposed %1 relationships").arg(pairs.size())),
                 qPrintable(match.err));

        // AND no mentor holds more open relationships than their capacity, and the mentees are paired
        auto db = Database::open(temp.path());
        QVERIFY(db.ok());
        const RosterQueries roster((*db)->connection());
        auto people = roster.search();
        auto loads = roster.mentorLoads();
        auto paired = roster.menteesInOpenRelationships();
        QVERIFY(people.ok() && loads.ok() && paired.ok());
        for (const Person &person : *people) {
            if (person.isMentor)
                QVERIFY2(loads->value(person.id) <= person.capacity, qPrintable(person.displayName));
        }
        for (const QJsonValue &pair : pairs)
            QVERIFY(paired->contains(pair.toObject().value(QStringLiteral("menteeId")).toInteger()));

        // AND a second run finds what is left, never more than the places left
        const CliResult again = runCli({QStringLiteral("match"), temp.path(), QStringLiteral("--cohort"),
                                        QStringLiteral("2"), QStringLiteral("--json")});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        const QJsonArray left =
            QJsonDocument::fromJson(again.out.toUtf8()).object().value(QStringLiteral("pairs")).toArray();
        for (const QJsonValue &pair : left)
            QVERIFY(!paired->contains(pair.toObject().value(QStringLiteral("menteeId")).toInteger()));
    }

    void shouldRefuseARunWithoutACohort()
    {
        TempDatabase temp;
        temp.close();
        const CliResult none = runCli({QStringLiteral("match"), temp.path()});
        QCOMPARE(none.exitCode, 2);
        QVERIFY2(none.err.contains(QStringLiteral("--cohort ID")), qPrintable(none.err));
        const CliResult unknown =
            runCli({QStringLiteral("match"), temp.path(), QStringLiteral("--cohort"), QStringLiteral("42")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(QStringLiteral("no such cohort")), qPrintable(unknown.err));
    }
};

TRELLIS_REGISTER_TEST(CliMatchTest);

#include "climatchtest.moc"
