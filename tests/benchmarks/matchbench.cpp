// trellis-matchbench [SIZES...]: the optimal set of pairs (MatchingSolver) against greedy and
// random pairing on generated cohorts (default 50, 500 and 2,500 mentees, half as many mentors
// with two places each — and 500 × 500 with one place each, the timing target), with
// the solve time. Quality figures, not a test: prints a line per size and method.

#include "matching/blockingpairs.h"
#include "matching/matchingsolver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QStringList>

#include <algorithm>
#include <cstdio>

using namespace trellis;

namespace {

MatchingInput generate(int mentees, int mentors, int places, quint32 seed)
{
    QRandomGenerator random(seed);
    QStringList tags;
    for (int k = 0; k < 40; ++k)
        tags << QStringLiteral("skill%1").arg(k);
    const QStringList departments{QStringLiteral("Sales"),       QStringLiteral("Legal"),
                                  QStringLiteral("Research"),    QStringLiteral("Finance"),
                                  QStringLiteral("Engineering"), QStringLiteral("Design"),
                                  QStringLiteral("Support"),     QStringLiteral("Marketing")};
    const QStringList zones{QStringLiteral("Europe/Berlin"),    QStringLiteral("Europe/London"),
                            QStringLiteral("America/New_York"), QStringLiteral("America/Los_Angeles"),
                            QStringLiteral("Asia/Kolkata"),     QStringLiteral("Asia/Tokyo")};
    const auto some = [&](int least, int most) {
        QStringList out;
        const int count = least + random.bounded(most - least + 1);
        for (int k = 0; k < count; ++k)
            out << tags.at(random.bounded(int(tags.size())));
        return out;
    };
    MatchingInput input;
    for (int k = 0; k < mentees + mentors; ++k) {
        Person person;
        person.id = k + 1;
        person.displayName = QStringLiteral("Person %1").arg(k + 1);
        person.skills = some(1, 5);
        person.interests = some(0, 3);
        person.department = departments.at(random.bounded(int(departments.size())));
        person.timezone = zones.at(random.bounded(int(zones.size())));
        person.languages = {QStringLiteral("en")};
        if (k < mentees) {
            person.isMentee = true;
            input.mentees << person;
        } else {
            person.isMentor = true;
            input.mentors << person;
            input.freeCapacity.insert(person.id, places);
        }
    }
    return input;
}

MatchingResult randomPairing(const MatchingInput &input, const MatchingProfile &profile, quint32 seed)
{
    // Each mentee in a random order takes a random mentor with a place whom the rules allow.
    QRandomGenerator random(seed);
    MatchingInput shuffled = input;
    std::shuffle(shuffled.mentees.begin(), shuffled.mentees.end(), std::mt19937(seed));
    const PairScorer scorer(shuffled, profile);
    QList<int> left(scorer.mentorCount());
    for (int j = 0; j < scorer.mentorCount(); ++j)
        left[j] = shuffled.freeCapacity.value(shuffled.mentors.at(j).id);
    MatchingInput locked = input;
    for (int i = 0; i < scorer.menteeCount(); ++i) {
        for (int attempt = 0; attempt < 20; ++attempt) {
            const int j = random.bounded(scorer.mentorCount());
            if (left[j] > 0 && scorer.allowed(i, j)) {
                --left[j];
                locked.locked.append({shuffled.mentees.at(i).id, shuffled.mentors.at(j).id});
                break;
            }
        }
    }
    // Scored as the solver scores (locks keep their pairs; the rest stay unmatched).
    MatchingInput only = locked;
    QSet<Id> lockedMentees;
    for (const MatchPair &pair : std::as_const(locked.locked))
        lockedMentees.insert(pair.menteeId);
    only.mentees.removeIf([&](const Person &p) { return !lockedMentees.contains(p.id); });
    auto result = MatchingSolver::solve(only, profile);
    return result ? *result : MatchingResult{};
}

void report(const char *method, int mentees, int mentors, const MatchingResult &result, double ms,
            const MatchingInput &input, const MatchingProfile &profile)
{
    const MatchingFairness fairness = MatchingFairness::of(input, profile, result);
    std::printf("%-7s %5d x %-5d total %8lld  pairs %5lld  lowest %4d  spread %5.1f  unmatched %4lld  time "
                "%8.1f ms\n",
                method, mentees, mentors, static_cast<long long>(result.total),
                static_cast<long long>(result.pairs.size()), fairness.lowest, fairness.spread,
                static_cast<long long>(input.mentees.size() - result.pairs.size()), ms);
}

void run(int mentees, int mentors, int places)
{
    const MatchingInput input = generate(mentees, mentors, places, 1000u + quint32(mentees));
    const MatchingProfile profile;
    QElapsedTimer clock;
    clock.start();
    auto optimal = MatchingSolver::solve(input, profile);
    const double solveMs = double(clock.nsecsElapsed()) / 1e6;
    if (!optimal) {
        std::fprintf(stderr, "%s\n", qPrintable(optimal.errorMessage()));
        return;
    }
    clock.restart();
    const MatchingResult greedy = MatchingSolver::greedy(input, profile);
    const double greedyMs = double(clock.nsecsElapsed()) / 1e6;
    const MatchingResult random = randomPairing(input, profile, 7u);
    report("optimal", mentees, mentors, *optimal, solveMs, input, profile);
    report("greedy", mentees, mentors, greedy, greedyMs, input, profile);
    report("random", mentees, mentors, random, 0, input, profile);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        run(50, 25, 2);
        run(500, 250, 2);
        run(500, 500, 1);
        run(2500, 1250, 2);
    } else {
        for (const QString &size : std::as_const(args))
            run(size.toInt(), std::max(1, size.toInt() / 2), 2);
    }
    return 0;
}
