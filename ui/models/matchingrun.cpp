#include "models/matchingrun.h"

#include "matching/matchinginputquery.h"
#include "matching/pairscorer.h"
#include "storage/database.h"

#include <QSet>

namespace trellis {

Result<MatchingRun> MatchingRun::compute(MatchingInput input, const MatchingProfile &profile,
                                         const QList<MatchPair> &locks, const QList<MatchPair> &rejections)
{
    MatchingRun run;
    run.profile = profile;
    run.storedExclusions = input.excluded;
    for (const MatchPair &rejected : rejections) {
        if (!input.excluded.contains(rejected))
            input.excluded.append(rejected);
    }
    {
        // A lock is kept while both are in the run, the pair breaks no rule (a rejection included)
        // and the mentor has a place for it; the others are set aside rather than failing the run.
        const PairScorer scorer(input, profile);
        QSet<Id> lockedMentees;
        QHash<Id, int> lockedLoad;
        for (const MatchPair &lock : input.locked) {
            lockedMentees.insert(lock.menteeId);
            ++lockedLoad[lock.mentorId];
        }
        for (const MatchPair &lock : locks) {
            if (input.locked.contains(lock))
                continue;
            const int mentee = scorer.menteeIndex(lock.menteeId);
            const int mentor = scorer.mentorIndex(lock.mentorId);
            const bool fits = mentee >= 0 && mentor >= 0 && !lockedMentees.contains(lock.menteeId) &&
                              !scorer.whyNot(mentee, mentor) &&
                              lockedLoad.value(lock.mentorId) < input.freeCapacity.value(lock.mentorId);
            if (!fits) {
                run.setAsideLocks.append(lock);
                continue;
            }
            input.locked.append(lock);
            lockedMentees.insert(lock.menteeId);
            ++lockedLoad[lock.mentorId];
        }
    }
    auto solved = MatchingSolver::solve(input, profile);
    if (!solved)
        return solved.error();
    run.result = std::move(solved).value();
    run.fairness = MatchingFairness::of(input, profile, run.result);
    for (const Person &person : std::as_const(input.mentees))
        run.names.insert(person.id, person.displayName);
    for (const Person &person : std::as_const(input.mentors))
        run.names.insert(person.id, person.displayName);
    run.firstWishNotes = MatchingSolver::firstWishNotes(input, profile, run.result, WishExplanationLimit);
    run.input = std::move(input);
    return run;
}

Result<MatchingRun> MatchingRun::load(Database &database, const MatchingProfile &profile,
                                      const QList<MatchPair> &locks, const QList<MatchPair> &rejections)
{
    auto input = MatchingInputQuery::load(database.connection());
    if (!input)
        return input.error();
    return compute(std::move(input).value(), profile, locks, rejections);
}

} // namespace trellis
