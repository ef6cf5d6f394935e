#pragma once

#include "insights/healthinputs.h"
#include "insights/relationshiphealth.h"

#include <QDate>
#include <QString>

namespace trellis {

// Classifies a relationship's health (issue 3, item 5):
// - Only "active" relationships are measured; paused ones show Paused, proposed,
//   completed and ended-early ones NotApplicable (and carry no risk reasons).
// - Contact is a held meeting or a logged contact; unlogged past occurrences are not.
// - Due date = (date of last contact, or the start date when there was none yet) +
//   cadence days. Overdue when today is after it; due soon when it is today or within
//   dueSoonDays(cadence) = ceil(20% of the cadence), at least 1 and at most 3 days;
//   on track otherwise. Without contact and start date the relationship is on track.
// - Risk reasons: overdue by more than twice the cadence (days past the due date >
//   2 × cadence); no goals 30 or more days after the start; fit check overdue (due
//   before today, outcome pending); latest feedback rating ≤ 2; unlogged past meetings.
class HealthCalculator {
public:
    static RelationshipHealth compute(const HealthInputs &inputs, const QDate &today);
    // With Clock::today().
    static RelationshipHealth compute(const HealthInputs &inputs);

    static int dueSoonDays(int cadenceDays);
    // The cadence state on `today` of an active relationship whose last contact (or, without
    // one, start) was on `reference`: what compute() says of it. On track without a reference.
    static CadenceState cadenceState(const std::optional<QDate> &reference, int cadenceDays,
                                     const QDate &today);
    static constexpr int noGoalsAfterDays = 30;
    static constexpr int lowFeedbackRating = 2;

    // Translated display texts.
    static QString stateText(CadenceState state);
    static QString reasonText(RiskReason reason);
};

} // namespace trellis
