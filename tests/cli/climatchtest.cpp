#include "clirunner.h"
#include "matching/matchingprofile.h"
#include "services/peopleservice.h"
#include "services/settingsservice.h"
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

    void shouldHonourStoredWishesExclusionsAndTheProgrammesProfile()
    {
        // GIVEN a cohort, a mentee and two mentors with one place each; Ana and Cy share a skill
        TempDatabase temp;
        PeopleService people(temp.db());
        Programme programme;
        programme.name = QStringLiteral("Leaders");
        const Id programmeId = people.createProgramme(programme)->primaryId;
        Cohort cohort;
        cohort.programmeId = programmeId;
        cohort.name = QStringLiteral("Spring");
        cohort.startDate = QDate(2026, 3, 1);
        const Id cohortId = people.createCohort(cohort)->primaryId;
        const auto add = [&](const QString &name, bool mentor) {
            Person person;
            person.displayName = name;
            person.isMentor = mentor;
            person.isMentee = !mentor;
            person.capacity = mentor ? 1 : 0;
            person.skills = {QStringLiteral("sql")};
            return people.createPerson(person)->primaryId;
        };
        const Id ana = add(QStringLiteral("Ana Lima"), false);
        const Id bo = add(QStringLiteral("Bo Berg"), true);
        const Id cy = add(QStringLiteral("Cy Diaz"), true);
        // AND Ana wishes for Bo first, and must never be paired with Cy
        QVERIFY(people.setMatchPreferences({ana, {bo}, {}}).ok());
        const auto runMatch = [&](const QStringList &extra = {}) {
            const CliResult run =
                runCli(QStringList{QStringLiteral("match"), temp.path(), QStringLiteral("--cohort"),
                                   QString::number(cohortId), QStringLiteral("--json")} +
                       extra);
            return QJsonDocument::fromJson(run.out.toUtf8()).object();
        };

        // WHEN matched: her first wish is granted, and the score says so
        QJsonObject root = runMatch();
        QJsonArray pairs = root.value(QStringLiteral("pairs")).toArray();
        QCOMPARE(pairs.size(), 1);
        QCOMPARE(pairs.first().toObject().value(QStringLiteral("mentorId")).toInteger(), bo);
        QVERIFY(QJsonDocument(pairs).toJson().contains("first wish"));

        // WHEN Bo, the only one who offers SQL, is ruled out for Ana and Cy wished for instead, and
        // the programme's saved profile weighs skills far above wishes
        QVERIFY(people.setMatchPreferences({ana, {cy}, {bo}}).ok());
        Person cyNow = RosterQueries(temp.db().connection()).person(cy).value();
        cyNow.skills.clear();
        QVERIFY(people.updatePerson(cyNow).ok());
        MatchingProfile profile;
        profile.skillFit = 60;
        profile.wishTop = 1;
        profile.minimumScore = 0;
        QVERIFY(SettingsService(temp.db()).saveMatchingProfile(programmeId, profile).ok());
        root = runMatch();
        // THEN the CLI ran with the programme's profile
        QCOMPARE(root.value(QStringLiteral("profile")).toObject().value(QStringLiteral("skillFit")).toInt(),
                 60);
        // AND Ana is not paired with Bo, who would score 60, but with Cy: her wish, at the profile's
        // 1 point
        pairs = root.value(QStringLiteral("pairs")).toArray();
        QCOMPARE(pairs.size(), 1);
        QCOMPARE(pairs.first().toObject().value(QStringLiteral("mentorId")).toInteger(), cy);
        QCOMPARE(pairs.first().toObject().value(QStringLiteral("score")).toInt(), 1);
        // AND --preset still overrides the stored profile
        root = runMatch({QStringLiteral("--preset"), QStringLiteral("skills-first")});
        QCOMPARE(root.value(QStringLiteral("profile")).toObject().value(QStringLiteral("skillFit")).toInt(),
                 MatchingProfile::preset(MatchingProfile::Preset::SkillsFirst).skillFit);
    }

    void shouldExplainAFirstWishThatWasNotGranted()
    {
        // GIVEN two mentees who both wish for Bo first, and one place with Bo
        TempDatabase temp;
        PeopleService people(temp.db());
        Programme programme;
        programme.name = QStringLiteral("Leaders");
        Cohort cohort;
        cohort.programmeId = people.createProgramme(programme)->primaryId;
        cohort.name = QStringLiteral("Spring");
        cohort.startDate = QDate(2026, 3, 1);
        const Id cohortId = people.createCohort(cohort)->primaryId;
        const auto add = [&](const QString &name, bool mentor, const QStringList &skills) {
            Person person;
            person.displayName = name;
            person.isMentor = mentor;
            person.isMentee = !mentor;
            person.capacity = mentor ? 1 : 0;
            person.skills = skills;
            return people.createPerson(person)->primaryId;
        };
        const Id ana = add(QStringLiteral("Ana Lima"), false, {QStringLiteral("sql")});
        const Id eve = add(QStringLiteral("Eve Fox"), false, {QStringLiteral("law")});
        const Id bo = add(QStringLiteral("Bo Berg"), true, {QStringLiteral("sql")});
        const Id cy = add(QStringLiteral("Cy Diaz"), true, {QStringLiteral("law")});
        QVERIFY(people.setMatchPreferences({ana, {bo}, {}}).ok());
        QVERIFY(people.setMatchPreferences({eve, {bo, cy}, {}}).ok());
        // WHEN matched in text
        const CliResult run = runCli(
            {QStringLiteral("match"), temp.path(), QStringLiteral("--cohort"), QString::number(cohortId)});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // THEN Eve's first wish, Bo, went to Ana, and the output says what granting it would cost
        QVERIFY2(run.out.contains(
                     QStringLiteral("Eve Fox: first wish not granted — granting their first wish, Bo Berg")),
                 qPrintable(run.out));
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
