#pragma once

#include "matching/blockingpairs.h"
#include "matching/matchinginput.h"
#include "matching/matchingprofile.h"
#include "matching/matchingsolver.h"
#include "util/result.h"

#include <QHash>
#include <QList>
#include <QString>

namespace trellis {

class Database;

// One matching run as the Matching page shows it: the input it read, the optimum under the
// profile, the fairness figures, everyone's names, and for mentees whose first wish was not
// granted, why. The coordinator's locks and rejections are applied here: those that no longer fit
// the input (someone paired meanwhile, a mentor without room, a rule) are set aside and listed, so
// a run never fails because of a ruling made before an edit.
struct MatchingRun {
    MatchingInput input;
    MatchingProfile profile;
    MatchingResult result;
    MatchingFairness fairness;
    QHash<Id, QString> names;          // mentees and mentors of the run
    QHash<Id, QString> firstWishNotes; // mentee → why their first wish was not granted
    QList<MatchPair> setAsideLocks;    // locks this run could not keep
    QList<MatchPair> storedExclusions; // the database's never-pair list (the input's, before rejections)

    // At most this many first wishes are explained per run (each is a run of its own).
    static constexpr int WishExplanationLimit = 100;

    QString nameOf(Id personId) const { return names.value(personId); }

    // The run over `input` (tests build it by hand); `locks` and `rejections` are the
    // coordinator's rulings, added to those the input already holds.
    [[nodiscard]] static Result<MatchingRun> compute(MatchingInput input, const MatchingProfile &profile,
                                                     const QList<MatchPair> &locks,
                                                     const QList<MatchPair> &rejections);
    // The same over the database's mentees still to be paired (MatchingInputQuery), on the
    // calling thread's connection (a ModelLoader's worker).
    [[nodiscard]] static Result<MatchingRun> load(Database &database, const MatchingProfile &profile,
                                                  const QList<MatchPair> &locks,
                                                  const QList<MatchPair> &rejections);
};

} // namespace trellis
