#pragma once

#include "matching/matchinginput.h"
#include "matching/matchingprofile.h"
#include "matching/pairscorer.h"
#include "util/result.h"

#include <QHash>
#include <QList>
#include <QString>

namespace trellis {

// A pair a run suggests, with its score as terms (the load term included) that add up to it.
struct MatchedPair {
    Id menteeId = 0;
    Id mentorId = 0;
    PairScore score;
    bool locked = false; // fixed by the coordinator, not chosen by the run
};

// A mentee the run leaves without a mentor, and why.
struct UnmatchedMentee {
    Id menteeId = 0;
    QString reason;
};

struct MatchingResult {
    QList<MatchedPair> pairs; // by mentee name
    QList<UnmatchedMentee> unmatched;
    qint64 total = 0; // the sum of the pairs' scores: what the run maximised

    int lowestScore() const;
    int highestScore() const;
};

// The best set of pairs: the largest total score subject to the mentors' capacities, the locks,
// the exclusions and the profile's rules, a mentee left unmatched rather than paired below the
// profile's minimum. Solved exactly as a min-cost flow (LEMON's NetworkSimplex): source → each
// mentee (1) → each allowed mentor (cost −score) → sink through one arc per place, the k-th
// place costing the load term of a k-th mentee (convex, so places fill in order); and each
// mentee → sink directly at no cost (unmatched). Deterministic: people are taken in id order.
class MatchingSolver {
public:
    [[nodiscard]] static Result<MatchingResult> solve(const MatchingInput &input,
                                                      const MatchingProfile &profile);
    // Best pair first, while places last: the yardstick the benchmark compares with.
    [[nodiscard]] static MatchingResult greedy(const MatchingInput &input, const MatchingProfile &profile);
    // What granting a mentee's first wish would cost the cohort's total (a run with it locked),
    // in words; empty when it was granted or there is none.
    [[nodiscard]] static QString whyNotFirstWish(const MatchingInput &input, const MatchingProfile &profile,
                                                 const MatchingResult &result, Id menteeId);
    // whyNotFirstWish for the mentees whose first wish was not granted, by mentee id, in the
    // input's order. Each is a run of its own, so they stop once the runs would cover
    // WishExplanationBudget mentee–mentor arcs in all (every one of a small cohort, a few of a
    // large one) and after `limit` of them.
    static constexpr qint64 WishExplanationBudget = 1'000'000;
    [[nodiscard]] static QHash<Id, QString> firstWishNotes(const MatchingInput &input,
                                                           const MatchingProfile &profile,
                                                           const MatchingResult &result, int limit = 100);
};

} // namespace trellis
