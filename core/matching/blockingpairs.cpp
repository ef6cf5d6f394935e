#include "matching/blockingpairs.h"

#include <QHash>

#include <cmath>

namespace trellis {

MatchingFairness MatchingFairness::of(const MatchingInput &input, const MatchingProfile &profile,
                                      const MatchingResult &result)
{
    MatchingFairness fairness;
    fairness.lowest = result.lowestScore();
    fairness.highest = result.highestScore();
    fairness.unmatched = int(result.unmatched.size());
    if (!result.pairs.isEmpty()) {
        double sum = 0;
        for (const MatchedPair &pair : result.pairs)
            sum += pair.score.total;
        const double mean = sum / double(result.pairs.size());
        double squares = 0;
        for (const MatchedPair &pair : result.pairs)
            squares += (pair.score.total - mean) * (pair.score.total - mean);
        fairness.spread = std::sqrt(squares / double(result.pairs.size()));
    }

    // Preferences are on the pair's own score, without the run's load term.
    const PairScorer scorer(input, profile);
    QHash<Id, int> menteeNow;
    QHash<Id, QList<int>> mentorPairs;
    for (const MatchedPair &pair : result.pairs) {
        const int points =
            scorer.points(scorer.menteeIndex(pair.menteeId), scorer.mentorIndex(pair.mentorId));
        menteeNow.insert(pair.menteeId, points);
        mentorPairs[pair.mentorId].append(points);
    }
    QHash<Id, Id> partnerOf;
    for (const MatchedPair &pair : result.pairs)
        partnerOf.insert(pair.menteeId, pair.mentorId);
    for (int i = 0; i < scorer.menteeCount(); ++i) {
        const Id mentee = input.mentees.at(i).id;
        for (int j = 0; j < scorer.mentorCount(); ++j) {
            const Id mentor = input.mentors.at(j).id;
            if (partnerOf.value(mentee) == mentor || !scorer.allowed(i, j))
                continue;
            const int together = scorer.points(i, j);
            if (together < profile.minimumScore)
                continue;
            const auto now = menteeNow.constFind(mentee);
            if (now != menteeNow.cend() && together <= now.value())
                continue;
            const QList<int> theirs = mentorPairs.value(mentor);
            const bool room = theirs.size() < input.freeCapacity.value(mentor);
            const int worst = theirs.isEmpty() ? 0 : *std::min_element(theirs.begin(), theirs.end());
            if (!room && together <= worst)
                continue;
            BlockingPair blocking{mentee, mentor, together, {}, {}};
            if (now != menteeNow.cend())
                blocking.menteeNow = now.value();
            if (!room)
                blocking.mentorWorst = worst;
            fairness.blocking.append(blocking);
        }
    }
    return fairness;
}

} // namespace trellis
