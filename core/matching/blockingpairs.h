#pragma once

#include "matching/matchingsolver.h"

#include <QList>

namespace trellis {

// A mentee and a mentor not paired together who would both rather be: the mentee scores higher
// with this mentor than with their own (or has none), and the mentor has a place left or scores
// higher with this mentee than with one of theirs. What optimising the total costs, made visible.
struct BlockingPair {
    Id menteeId = 0;
    Id mentorId = 0;
    int together = 0;               // their pair's score (without load)
    std::optional<int> menteeNow;   // the mentee's own pair's score (without load), if matched
    std::optional<int> mentorWorst; // the lowest of the mentor's pairs (without load), if full
};

// The fairness panel's figures for a result.
struct MatchingFairness {
    int lowest = 0;
    int highest = 0;
    double spread = 0; // standard deviation of the pair scores
    int unmatched = 0;
    QList<BlockingPair> blocking;

    static MatchingFairness of(const MatchingInput &input, const MatchingProfile &profile,
                               const MatchingResult &result);
};

} // namespace trellis
