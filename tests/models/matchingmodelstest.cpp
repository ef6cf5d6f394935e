#include "changenotifier.h"
#include "commands/edits.h"
#include "demo/demogenerator.h"
#include "models/matchingrun.h"
#include "models/matchsuggestionmodel.h"
#include "models/unmatchedmenteemodel.h"
#include "storage/database.h"
#include "storage/programmequeries.h"
#include "storage/relationshipqueries.h"
#include "storage/rosterqueries.h"
#include "testlib/databasedump.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "util/clock.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace trellis;
using namespace trellis::test;

namespace {

Person mentee(Id id, const QString &name, const QStringList &wants)
{
    Person person;
    person.id = id;
    person.displayName = name;
    person.isMentee = true;
    person.skills = wants;
    return person;
}

Person mentor(Id id, const QString &name, const QStringList &offers)
{
    Person person;
    person.id = id;
    person.displayName = name;
    person.isMentor = true;
    person.capacity = 1;
    person.skills = offers;
    return person;
}

QStringList tags(const char *text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '));
}

// Only skill fit and the first wish count. Greedy would give Ada her first wish, Mona (30 + 15),
// and Ben nothing of use; the optimum pairs Ada with Nils (23) and Ben with Mona (26): 49 > 45.
MatchingProfile skillsAndWishes()
{
    MatchingProfile profile;
    profile.topicFit = 0;
    profile.crossDepartment = 0;
    profile.timeZonePerHour = 0;
    profile.sharedLanguage = 0;
    profile.loadBalance = 0;
    profile.requireCommonLanguage = false;
    return profile;
}

MatchingInput twoByTwo()
{
    MatchingInput input;
    input.mentees = {mentee(1, QStringLiteral("Ada Byron"), tags("w x y z")),
                     mentee(2, QStringLiteral("Ben Okri"), tags("p q r s t u v"))};
    input.mentors = {mentor(11, QStringLiteral("Mona Lisa"), tags("w x y z p q r s t u")),
                     mentor(12, QStringLiteral("Nils Bohr"), tags("x y z"))};
    input.freeCapacity = {{11, 1}, {12, 1}};
    input.wishes.insert(1, {11});
    return input;
}

Id mentorOf(const MatchingRun &run, Id menteeId)
{
    for (const MatchedPair &pair : run.result.pairs)
        if (pair.menteeId == menteeId)
            return pair.mentorId;
    return 0;
}

} // namespace

// The Matching page's models (issue 14): a run with the coordinator's rulings, the suggestions'
// Lock / Reject that outlive a run, and Accept through Edits within every mentor's capacity.
class MatchingModelsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldApplyLocksAndRejectionsAndExplainTheFirstWish()
    {
        // GIVEN two mentees, two mentors, Ada wishing for Mona
        const MatchingInput input = twoByTwo();

        // WHEN run without rulings THEN the optimum, not Ada's wish, and why her wish was not granted
        auto plain = MatchingRun::compute(input, skillsAndWishes(), {}, {});
        QVERIFY2(plain.ok(), qPrintable(plain.ok() ? QString() : plain.errorMessage()));
        QCOMPARE(mentorOf(*plain, 1), Id(12));
        QCOMPARE(mentorOf(*plain, 2), Id(11));
        QVERIFY2(plain->firstWishNotes.value(1).contains(QStringLiteral("Mona Lisa")),
                 qPrintable(plain->firstWishNotes.value(1)));
        QVERIFY(!plain->firstWishNotes.contains(2));
        QCOMPARE(plain->nameOf(12), QStringLiteral("Nils Bohr"));

        // WHEN Ada is locked with Mona THEN she gets Mona, as a locked pair, and her note goes
        auto locked = MatchingRun::compute(input, skillsAndWishes(), {{1, 11}}, {});
        QVERIFY(locked.ok());
        QCOMPARE(mentorOf(*locked, 1), Id(11));
        QVERIFY(locked->firstWishNotes.value(1).isEmpty());
        for (const MatchedPair &pair : locked->result.pairs)
            QCOMPARE(pair.locked, pair.menteeId == 1);

        // WHEN Ben–Mona is rejected THEN Ben never gets Mona
        auto rejected = MatchingRun::compute(input, skillsAndWishes(), {}, {{2, 11}});
        QVERIFY(rejected.ok());
        QVERIFY(mentorOf(*rejected, 2) != 11);

        // WHEN a lock names someone no longer in the run, or breaks a rejection THEN it is set
        // aside and the run still succeeds
        auto stale = MatchingRun::compute(input, skillsAndWishes(), {{99, 11}, {2, 12}}, {{2, 12}});
        QVERIFY2(stale.ok(), qPrintable(stale.ok() ? QString() : stale.errorMessage()));
        QCOMPARE(stale->setAsideLocks, (QList<MatchPair>{{99, 11}, {2, 12}}));
        QVERIFY(mentorOf(*stale, 2) != 12);
    }

    void shouldKeepRulingsAcrossRuns()
    {
        // GIVEN the suggestions of a run
        MatchSuggestionModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto run = MatchingRun::compute(twoByTwo(), skillsAndWishes(), {}, {});
        QVERIFY(run.ok());
        model.setRun(*run);
        QCOMPARE(model.rowCount(), 2);
        QSignalSpy rulings(&model, &MatchSuggestionModel::rulingsChanged);
        const int ada = model.rowOf(1);
        const int ben = model.rowOf(2);
        QCOMPARE(model.index(ada, MatchSuggestionModel::Score).data(MatchSuggestionModel::ScoreRole).toInt(),
                 run->result.pairs.at(0).menteeId == 1 ? run->result.pairs.at(0).score.total
                                                       : run->result.pairs.at(1).score.total);

        // WHEN Ada's pair is locked (the check box) and Ben's rejected
        QVERIFY(model.setData(model.index(ada, MatchSuggestionModel::Lock), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(
            model.setData(model.index(ben, MatchSuggestionModel::Reject), Qt::Checked, Qt::CheckStateRole));

        // THEN both are rulings, the rejected pair is not accepted, and the boxes show them
        QCOMPARE(rulings.count(), 2);
        QCOMPARE(model.locks(), (QList<MatchPair>{{1, 12}}));
        QCOMPARE(model.rejections(), (QList<MatchPair>{{2, 11}}));
        QCOMPARE(model.acceptedPairs(), (QList<MatchPair>{{1, 12}}));
        QCOMPARE(model.index(ada, MatchSuggestionModel::Lock).data(Qt::CheckStateRole).toInt(),
                 int(Qt::Checked));
        QCOMPARE(model.index(ben, MatchSuggestionModel::Reject).data(Qt::CheckStateRole).toInt(),
                 int(Qt::Checked));

        // WHEN the rejected pair is locked instead THEN it is no longer rejected (one excludes the other)
        model.setLocked(2, true);
        QCOMPARE(model.rejections(), QList<MatchPair>{});
        QCOMPARE(model.locks(), (QList<MatchPair>{{1, 12}, {2, 11}}));
        model.setRejected(2, true);

        // WHEN a new run comes THEN its rows still show the rulings
        auto again = MatchingRun::compute(twoByTwo(), skillsAndWishes(), model.locks(), model.rejections());
        QVERIFY(again.ok());
        model.setRun(*again);
        QVERIFY(model.itemAt(model.rowOf(1)).locked);
        QCOMPARE(model.locks(), (QList<MatchPair>{{1, 12}}));
        QCOMPARE(model.rejections(), (QList<MatchPair>{{2, 11}}));

        // WHEN the rulings are forgotten THEN none are left
        model.clearRulings();
        QVERIFY(model.locks().isEmpty() && model.rejections().isEmpty());
        QVERIFY(!model.itemAt(model.rowOf(1)).locked);
    }

    void shouldListTheUnmatchedWithTheirReason()
    {
        // GIVEN a run with one mentor place for two mentees
        MatchingInput input = twoByTwo();
        input.mentors.removeLast();
        input.freeCapacity.remove(12);
        auto run = MatchingRun::compute(input, skillsAndWishes(), {}, {});
        QVERIFY(run.ok());
        UnmatchedMenteeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRun(*run);
        // THEN the one left out is listed with the solver's reason, starting with a capital
        QCOMPARE(model.rowCount(), 1);
        const QString reason = model.index(0, UnmatchedMenteeModel::Reason).data().toString();
        QVERIFY(!reason.isEmpty());
        QVERIFY(reason.at(0).isUpper());
        QCOMPARE(reason.toLower(), run->result.unmatched.first().reason.toLower());
    }

    void shouldAcceptARunWithinEveryMentorsCapacityInOneUndoStep()
    {
        // GIVEN the small demo, its mentees still to be paired, and a run over them
        PinnedClock clock(QDateTime(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC));
        TempDatabase temp;
        QVERIFY(DemoGenerator::generate(temp.db(), DemoOptions{}).ok());
        const QSqlDatabase db = temp.db().connection();
        auto cohorts = ProgrammeQueries(db).cohorts();
        QVERIFY(cohorts.ok() && !cohorts->isEmpty());
        const Id cohortId = cohorts->first().id;
        auto run = MatchingRun::load(temp.db(), MatchingProfile{}, {}, {});
        QVERIFY2(run.ok(), qPrintable(run.ok() ? QString() : run.errorMessage()));
        QVERIFY(run->result.pairs.size() > 1);
        QList<Pairing> pairings;
        for (const MatchedPair &pair : run->result.pairs) {
            Pairing pairing;
            pairing.mentorId = pair.mentorId;
            pairing.menteeId = pair.menteeId;
            pairing.cohortId = cohortId;
            pairing.active = true; // acceptMatches proposes whatever it is given
            pairings.append(pairing);
        }
        ChangeNotifier notifier;
        QUndoStack stack;
        Edits edits(temp.db(), &notifier, &stack);
        const QString before = dumpDatabase(db);

        // WHEN the run is accepted
        auto accepted = edits.acceptMatches(pairings);
        QVERIFY2(accepted.ok(), qPrintable(accepted.ok() ? QString() : accepted.errorMessage()));

        // THEN one step, every pair a proposed relationship of the cohort
        QCOMPARE(stack.count(), 1);
        const QString after = dumpDatabase(db);
        auto relationships = RelationshipQueries(db).relationships();
        QVERIFY(relationships.ok());
        QSet<QPair<Id, Id>> made;
        for (const Relationship &r : std::as_const(*relationships)) {
            if (r.status == RelationshipStatus::Proposed && r.cohortId == std::optional<Id>(cohortId))
                made.insert({r.menteeId, r.mentorId});
        }
        for (const MatchedPair &pair : run->result.pairs)
            QVERIFY2(made.contains({pair.menteeId, pair.mentorId}), qPrintable(run->nameOf(pair.menteeId)));

        // AND no mentor holds more open relationships than their capacity
        const RosterQueries roster(db);
        auto people = roster.search();
        auto loads = roster.mentorLoads();
        QVERIFY(people.ok() && loads.ok());
        for (const Person &person : std::as_const(*people)) {
            if (person.isMentor)
                QVERIFY2(loads->value(person.id) <= person.capacity, qPrintable(person.displayName));
        }

        // AND accepting the same run again is refused as a whole: nothing written, no step
        auto again = edits.acceptMatches(pairings);
        QVERIFY(!again.ok());
        QCOMPARE(stack.count(), 1);
        QCOMPARE(dumpDatabase(db), after);

        // WHEN undone THEN the database is as before; redo brings the pairs back
        stack.undo();
        QCOMPARE(dumpDatabase(db), before);
        stack.redo();
        QCOMPARE(dumpDatabase(db), after);
    }
};

TRELLIS_REGISTER_TEST(MatchingModelsTest);

#include "matchingmodelstest.moc"
