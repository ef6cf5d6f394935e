#pragma once

#include "domain/relationship.h"
#include "util/result.h"

#include <QDate>
#include <QString>

namespace trellis {

// The relationship's status machine and fit check.
//   proposed → active; active → paused; paused → active; active|paused → completed;
//   proposed|active|paused → ended_early (needs a reason); completed and ended_early are final.
// Fit check (active or paused, outcome pending): confirm, or end professionally
// (= ended_early with a reason, outcome "ended").
class RelationshipLifecycle {
public:
    // Why `from → to` is refused, or success.
    [[nodiscard]] static Status check(RelationshipStatus from, RelationshipStatus to,
                                      const QString &reason = {});
    // Moves `relationship` to `to` on date `on`: sets the start date when first activated,
    // the end date (and reason) when completed or ended early.
    [[nodiscard]] static Status apply(Relationship &relationship, RelationshipStatus to, const QDate &on,
                                      const QString &reason = {});
    [[nodiscard]] static Status confirmFit(Relationship &relationship);
    [[nodiscard]] static Status endAfterFitCheck(Relationship &relationship, const QDate &on,
                                                 const QString &reason);
};

} // namespace trellis
