#include "matching/matchingsolver.h"

#include "matching/blockingpairs.h"
#include "matching/pairscorer.h"
#include "testlib/testregistry.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace trellis;
using namespace trellis::test;

namespace {

Person mentee(Id id, const QString &name, const QStringList &wants)
{
    Person person;
    person.id = id;
    person.displayName = name;
    person.isMentee = true;
    person.skills = wants; // a mentee's skills are the ones they want to develop
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

// Only skill fit counts: scores that are easy to read off the tags.
MatchingProfile skillsOnly()
{
    MatchingProfile profile;
    profile.topicFit = 0;
    profile.crossDepartment = 0;
    profile.timeZonePerHour = 0;
    profile.sharedLanguage = 0;
    profile.wishTop = 0;
    profile.loadBalance = 0;
    profile.requireCommonLanguage = false;
    return profile;
}

// Ada wants w, x, y, z; Ben wants p q r s t u v. Mona offers all of Ada's and six of Ben's
// (Ada 30, Ben 26); Nils offers x y z (Ada 23, Ben 0). Greedy takes Ada–Mona (30) and leaves
// Ben with Nils (0): 30 in all. The optimum is Ada–Nils + Ben–Mona: 23 + 26 = 49.
MatchingInput greedyTrap()
{
    MatchingInput input;
    input.mentees = {
        mentee(1, QStringLiteral("Ada Byron"),
               {QStringLiteral("w"), QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z")}),
        mentee(2, QStringLiteral("Ben Okafor"),
               {QStringLiteral("p"), QStringLiteral("q"), QStringLiteral("r"), QStringLiteral("s"),
                QStringLiteral("t"), QStringLiteral("u"), QStringLiteral("v")})};
    input.mentors = {
        mentor(11, QStringLiteral("Mona Lind"),
               {QStringLiteral("w"), QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z"),
                QStringLiteral("p"), QStringLiteral("q"), QStringLiteral("r"), QStringLiteral("s"),
                QStringLiteral("t"), QStringLiteral("u")}),
        mentor(12, QStringLiteral("Nils Berg"),
               {QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z")})};
    input.freeCapacity = {{11, 1}, {12, 1}};
    return input;
}

Id partnerOf(const MatchingResult &result, Id menteeId)
{
    for (const MatchedPair &pair : result.pairs) {
        if (pair.menteeId == menteeId)
            return pair.mentorId;
    }
    return 0;
}

// The best total by trying every assignment (each mentee: a mentor with a place, or none).
qint64 exhaustiveOptimum(const MatchingInput &input, const MatchingProfile &profile)
{
    const PairScorer scorer(input, profile);
    const int n = scorer.menteeCount();
    const int m = scorer.mentorCount();
    std::vector<std::vector<std::optional<int>>> points(
        static_cast<size_t>(n), std::vector<std::optional<int>>(static_cast<size_t>(m)));
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < m; ++j) {
            if (scorer.allowed(i, j) && scorer.points(i, j) >= profile.minimumScore)
                points[size_t(i)][size_t(j)] = scorer.points(i, j);
        }
    }
    std::vector<int> load(static_cast<size_t>(m), 0);
    qint64 best = 0;
    const std::function<void(int, qint64)> walk = [&](int i, qint64 sum) {
        if (i == n) {
            best = std::max(best, sum);
            return;
        }
        walk(i + 1, sum); // unmatched
        for (int j = 0; j < m; ++j) {
            if (!points[size_t(i)][size_t(j)] ||
                load[size_t(j)] >= input.freeCapacity.value(input.mentors.at(j).id))
                continue;
            const int place = load[size_t(j)]++;
            walk(i + 1, sum + *points[size_t(i)][size_t(j)] + scorer.loadPoints(place));
            --load[size_t(j)];
        }
    };
    walk(0, 0);
    return best;
}

MatchingInput randomInstance(QRandomGenerator &random)
{
    const QStringList tags{QStringLiteral("sql"),    QStringLiteral("negotiation"),
                           QStringLiteral("python"), QStringLiteral("speaking"),
                           QStringLiteral("design"), QStringLiteral("finance")};
    const QStringList departments{QStringLiteral("Sales"), QStringLiteral("Legal"), QString()};
    const QStringList zones{QStringLiteral("Europe/Berlin"), QStringLiteral("America/New_York"),
                            QStringLiteral("Asia/Tokyo"), QString()};
    const QStringList languages{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
    const auto some = [&](const QStringList &from, int most) {
        QStringList out;
        const int count = random.bounded(most + 1);
        for (int k = 0; k < count; ++k)
            out << from.at(random.bounded(int(from.size())));
        return out;
    };
    MatchingInput input;
    const int menteeCount = 1 + random.bounded(7);
    const int mentorCount = 1 + random.bounded(5);
    QList<Id> everyone;
    for (int k = 0; k < menteeCount + mentorCount; ++k) {
        Person person;
        person.id = 100 + k;
        person.displayName = QStringLiteral("Person %1").arg(k);
        person.interests = some(tags, 4);
        person.skills = some(tags, 4);
        person.department = departments.at(random.bounded(int(departments.size())));
        person.timezone = zones.at(random.bounded(int(zones.size())));
        person.languages = some(languages, 2);
        everyone << person.id;
        if (k < menteeCount) {
            person.isMentee = true;
            input.mentees << person;
        } else {
            person.isMentor = true;
            input.mentors << person;
            input.freeCapacity.insert(person.id, 1 + random.bounded(3));
        }
    }
    for (const Id id : std::as_const(everyone)) {
        if (random.bounded(4) == 0)
            input.managerOf.insert(id, everyone.at(random.bounded(int(everyone.size()))));
    }
    for (const Person &a : std::as_const(input.mentees)) {
        if (random.bounded(3) == 0)
            input.wishes.insert(a.id, {input.mentors.at(random.bounded(int(input.mentors.size()))).id});
        if (random.bounded(5) == 0)
            input.excluded.append({a.id, input.mentors.at(random.bounded(int(input.mentors.size()))).id});
    }
    return input;
}

} // namespace

// Matching (issue 14): the solver's set is the best there is, its scores explain themselves, and
// the rules are constraints.
class MatchingSolverTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldFindTheOptimumWhereGreedyIsWorse()
    {
        const MatchingInput input = greedyTrap();
        const auto best = MatchingSolver::solve(input, skillsOnly());
        QVERIFY2(best.ok(), qPrintable(best.ok() ? QString() : best.errorMessage()));
        QCOMPARE(best->total, 49);
        QCOMPARE(partnerOf(*best, 1), 12);
        QCOMPARE(partnerOf(*best, 2), 11);
        const MatchingResult greedy = MatchingSolver::greedy(input, skillsOnly());
        QCOMPARE(greedy.total, 30);
        QCOMPARE(partnerOf(greedy, 1), 11);
    }

    void shouldEqualTheExhaustiveOptimumOnFiveHundredRandomCohorts()
    {
        QRandomGenerator random(20261202);
        for (int instance = 0; instance < 500; ++instance) {
            const MatchingInput input = randomInstance(random);
            MatchingProfile profile;
            profile.minimumScore = random.bounded(16);
            profile.requireOtherDepartment = random.bounded(4) == 0;
            const auto solved = MatchingSolver::solve(input, profile);
            QVERIFY2(solved.ok(), qPrintable(solved.ok() ? QString() : solved.errorMessage()));
            const qint64 optimum = exhaustiveOptimum(input, profile);
            QVERIFY2(solved->total == optimum,
                     qPrintable(QStringLiteral("instance %1: solver %2, exhaustive %3")
                                    .arg(instance)
                                    .arg(solved->total)
                                    .arg(optimum)));
            // Every mentee is either paired or unmatched with a reason
            QCOMPARE(solved->pairs.size() + solved->unmatched.size(), input.mentees.size());
            for (const UnmatchedMentee &out : solved->unmatched)
                QVERIFY(!out.reason.isEmpty());
        }
    }

    void shouldEqualTheExhaustiveOptimumWithCustomAttributeRules()
    {
        // The coordinator's own rules are terms like any other: the optimum still holds.
        QRandomGenerator random(20261203);
        const QList<AttributeRule::Attribute> attributes = AttributeRule::attributes();
        for (int instance = 0; instance < 200; ++instance) {
            const MatchingInput input = randomInstance(random);
            MatchingProfile profile;
            profile.minimumScore = random.bounded(10);
            for (int k = 0; k < 1 + random.bounded(2); ++k)
                profile.rules.append(AttributeRule{attributes.at(random.bounded(int(attributes.size()))),
                                                   random.bounded(2) == 0, random.bounded(-10, 16)});
            const auto solved = MatchingSolver::solve(input, profile);
            QVERIFY(solved.ok());
            QCOMPARE(solved->total, exhaustiveOptimum(input, profile));
            for (const MatchedPair &pair : solved->pairs) {
                int sum = 0;
                for (const ScoreTerm &term : pair.score.terms)
                    sum += term.points;
                QCOMPARE(sum, pair.score.total);
            }
        }
    }

    void shouldScoreAndExplainCustomAttributeRules()
    {
        // GIVEN Ana (Sales, Berlin, acme.com, reports to 100); Bo shares all of that, Cy none
        MatchingInput input;
        Person ana = mentee(1, QStringLiteral("Ana Lima"), {});
        ana.department = QStringLiteral("Sales");
        ana.timezone = QStringLiteral("Europe/Berlin");
        ana.email = QStringLiteral("ana@acme.com");
        ana.managerId = 100;
        Person bo = mentor(11, QStringLiteral("Bo Berg"), {});
        bo.department = QStringLiteral("Sales");
        bo.timezone = QStringLiteral("Europe/Berlin");
        bo.email = QStringLiteral("bo@ACME.com");
        bo.managerId = 100;
        Person cy = mentor(12, QStringLiteral("Cy Diaz"), {});
        cy.department = QStringLiteral("Legal");
        cy.timezone = QStringLiteral("America/New_York");
        cy.email = QStringLiteral("cy@beta.org");
        cy.managerId = 200;
        input.mentees = {ana};
        input.mentors = {bo, cy};
        input.freeCapacity = {{11, 1}, {12, 1}};
        input.managerOf = {{1, 100}, {11, 100}, {12, 200}};
        // AND a profile of nothing but rules: same zone +7, another site (e-mail domain) +4, the
        // same manager −10
        MatchingProfile profile = skillsOnly();
        profile.skillFit = 0;
        profile.minimumScore = -100;
        profile.rules = {{AttributeRule::Attribute::TimeZone, true, 7},
                         {AttributeRule::Attribute::EmailDomain, false, 4},
                         {AttributeRule::Attribute::Manager, true, -10}};
        const PairScorer scorer(input, profile);
        // THEN each pair scores its rules, explained term by term
        QCOMPARE(scorer.points(0, 0), 7 - 10);
        QCOMPARE(scorer.points(0, 1), 4);
        const PairScore withBo = scorer.explain(0, 0);
        QCOMPARE(withBo.total, -3);
        QCOMPARE(withBo.terms.size(), 2);
        QCOMPARE(withBo.terms.at(0).kind, ScoreTerm::Kind::Rule);
        QVERIFY2(withBo.terms.at(0).words.contains(QStringLiteral("Same time zone (Europe/Berlin)")),
                 qPrintable(withBo.terms.at(0).words));
        QVERIFY2(withBo.terms.at(1).words.contains(QStringLiteral("Same manager")),
                 qPrintable(withBo.terms.at(1).words));
        const PairScore withCy = scorer.explain(0, 1);
        QCOMPARE(withCy.total, 4);
        const auto rule = std::find_if(withCy.terms.cbegin(), withCy.terms.cend(), [](const ScoreTerm &term) {
            return term.kind == ScoreTerm::Kind::Rule;
        });
        QVERIFY(rule != withCy.terms.cend());
        QCOMPARE(rule->points, 4);
        QVERIFY2(rule->words.contains(QStringLiteral("Different e-mail domain (beta.org, Ana at acme.com)")),
                 qPrintable(rule->words));
        // AND the run follows them: Cy
        const auto best = MatchingSolver::solve(input, profile);
        QVERIFY(best.ok());
        QCOMPARE(partnerOf(*best, 1), 12);
        // AND the rules are kept with the profile
        QCOMPARE(MatchingProfile::fromJson(profile.toJson()), profile);
        // WHEN a rule's attribute is missing on one side THEN it does not apply
        input.mentors[1].email.clear();
        QCOMPARE(PairScorer(input, profile).points(0, 1), 0);
    }

    void shouldHonourCapacitiesLocksExclusionsAndReportingLines()
    {
        // GIVEN three mentees who all suit Mona best, and Mona with two places
        MatchingInput input = greedyTrap();
        input.mentees << mentee(3, QStringLiteral("Cleo Diaz"), {QStringLiteral("w"), QStringLiteral("x")});
        input.freeCapacity[11] = 2;
        MatchingProfile profile = skillsOnly();
        auto result = MatchingSolver::solve(input, profile);
        QVERIFY(result.ok());
        int withMona = 0;
        for (const MatchedPair &pair : result->pairs)
            withMona += pair.mentorId == 11 ? 1 : 0;
        QCOMPARE(withMona, 2);

        // WHEN Ada is locked with Mona and Ben ruled out with her
        input.locked = {{1, 11}};
        input.excluded = {{2, 11}};
        result = MatchingSolver::solve(input, profile);
        QVERIFY(result.ok());
        QCOMPARE(partnerOf(*result, 1), 11);
        QVERIFY(partnerOf(*result, 2) != 11);
        for (const MatchedPair &pair : result->pairs)
            QCOMPARE(pair.locked, pair.menteeId == 1);

        // WHEN Mona is the manager of Cleo's manager THEN they are never paired
        input.locked.clear();
        input.excluded.clear();
        input.managerOf = {{3, 50}, {50, 11}};
        result = MatchingSolver::solve(input, profile);
        QVERIFY(result.ok());
        QVERIFY(partnerOf(*result, 3) != 11);
        const PairScorer scorer(input, profile);
        const auto why = scorer.whyNot(scorer.menteeIndex(3), scorer.mentorIndex(11));
        QVERIFY(why && why->contains(QStringLiteral("reporting line")));
        // AND a lock that breaks the rule is refused, naming it
        input.locked = {{3, 11}};
        const auto refused = MatchingSolver::solve(input, profile);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("reporting line")),
                 qPrintable(refused.errorMessage()));
    }

    void shouldLeaveAMenteeUnmatchedBelowTheMinimumAndSayWhy()
    {
        MatchingInput input = greedyTrap();
        input.freeCapacity = {{11, 1}, {12, 1}};
        MatchingProfile profile = skillsOnly();
        profile.minimumScore = 25; // Ada–Nils (23) is below it
        const auto result = MatchingSolver::solve(input, profile);
        QVERIFY(result.ok());
        // Mona goes to Ada (30) or Ben (26): 30 is more; Ben is left with nobody above 25
        QCOMPARE(partnerOf(*result, 1), 11);
        QCOMPARE(result->unmatched.size(), 1);
        QCOMPARE(result->unmatched.first().menteeId, 2);
        QVERIFY2(result->unmatched.first().reason.contains(QStringLiteral("higher total")),
                 qPrintable(result->unmatched.first().reason));
        profile.minimumScore = 31;
        const auto none = MatchingSolver::solve(input, profile);
        QVERIFY(none.ok());
        QCOMPARE(none->pairs.size(), 0);
        QVERIFY2(
            none->unmatched.first().reason.contains(QStringLiteral("below the programme's minimum of 31")),
            qPrintable(none->unmatched.first().reason));
    }

    void shouldExplainEveryScoreAsTermsThatAddUp()
    {
        QRandomGenerator random(7);
        for (int instance = 0; instance < 50; ++instance) {
            const MatchingInput input = randomInstance(random);
            const auto result = MatchingSolver::solve(input, MatchingProfile());
            QVERIFY(result.ok());
            qint64 total = 0;
            for (const MatchedPair &pair : result->pairs) {
                int sum = 0;
                for (const ScoreTerm &term : pair.score.terms) {
                    sum += term.points;
                    QVERIFY(!term.words.isEmpty());
                }
                QCOMPARE(sum, pair.score.total);
                total += pair.score.total;
            }
            QCOMPARE(total, result->total);
        }
        // AND the words name what is shared
        const MatchingInput input = greedyTrap();
        const PairScorer scorer(input, skillsOnly());
        const PairScore score = scorer.explain(scorer.menteeIndex(1), scorer.mentorIndex(12));
        QCOMPARE(score.total, 23);
        QCOMPARE(score.terms.first().words,
                 QStringLiteral("offers 3 of the 4 skills Ada wants to develop: x, y, z"));
    }

    void shouldFindTheBlockingPairAndPriceTheFirstWish()
    {
        // The optimum pairs Ada with Nils (23) though Ada and Mona (30) would both rather be together
        MatchingInput input = greedyTrap();
        input.wishes = {{1, {11}}};
        const auto result = MatchingSolver::solve(input, skillsOnly());
        QVERIFY(result.ok());
        const MatchingFairness fairness = MatchingFairness::of(input, skillsOnly(), *result);
        QCOMPARE(fairness.lowest, 23);
        QCOMPARE(fairness.highest, 26);
        QCOMPARE(fairness.unmatched, 0);
        QCOMPARE(fairness.blocking.size(), 1);
        QCOMPARE(fairness.blocking.first().menteeId, 1);
        QCOMPARE(fairness.blocking.first().mentorId, 11);
        QCOMPARE(fairness.blocking.first().together, 30);
        QCOMPARE(fairness.blocking.first().mentorWorst, std::optional<int>(26));
        const QString why = MatchingSolver::whyNotFirstWish(input, skillsOnly(), *result, 1);
        QVERIFY2(why.contains(QStringLiteral("lower the cohort's total by 19 points")), qPrintable(why));
        QVERIFY(MatchingSolver::whyNotFirstWish(input, skillsOnly(), *result, 2).isEmpty()); // no wish
    }

    void shouldGiveTheSameAnswerForTheSameInputInAnyOrder()
    {
        QRandomGenerator random(99);
        for (int instance = 0; instance < 50; ++instance) {
            MatchingInput input = randomInstance(random);
            const auto first = MatchingSolver::solve(input, MatchingProfile());
            std::reverse(input.mentees.begin(), input.mentees.end());
            std::reverse(input.mentors.begin(), input.mentors.end());
            const auto again = MatchingSolver::solve(input, MatchingProfile());
            QVERIFY(first.ok() && again.ok());
            QCOMPARE(again->total, first->total);
            QCOMPARE(again->pairs.size(), first->pairs.size());
            for (int k = 0; k < first->pairs.size(); ++k) {
                QCOMPARE(again->pairs.at(k).menteeId, first->pairs.at(k).menteeId);
                QCOMPARE(again->pairs.at(k).mentorId, first->pairs.at(k).mentorId);
            }
        }
    }

    void shouldBalanceLoadWhenScoresTie()
    {
        // Two mentees who suit both mentors equally: with load balance each mentor takes one
        MatchingInput input;
        input.mentees = {mentee(1, QStringLiteral("Ada"), {QStringLiteral("x")}),
                         mentee(2, QStringLiteral("Ben"), {QStringLiteral("x")})};
        input.mentors = {mentor(11, QStringLiteral("Mona"), {QStringLiteral("x")}),
                         mentor(12, QStringLiteral("Nils"), {QStringLiteral("x")})};
        input.freeCapacity = {{11, 2}, {12, 2}};
        MatchingProfile profile = skillsOnly();
        profile.loadBalance = 3;
        const auto result = MatchingSolver::solve(input, profile);
        QVERIFY(result.ok());
        QCOMPARE(result->total, 60);
        QVERIFY(partnerOf(*result, 1) != partnerOf(*result, 2));
    }
};

TRELLIS_REGISTER_TEST(MatchingSolverTest);

#include "matchingsolvertest.moc"
