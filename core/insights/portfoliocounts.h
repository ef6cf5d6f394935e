#pragma once

#include "insights/relationshiphealth.h"

#include <QList>
#include <QMap>

namespace trellis {

struct RelationshipOverviewEntry;

// The counts every page shows of a list of relationships (Today, All relationships, the
// mentee's relationships, the Cohort cards, `trellis-cli stats`), each defined once here so
// that two pages showing the same relationships say the same numbers (issue 9, item 4).
//
// The *status partition* puts every relationship in exactly one bucket, so its buckets add up
// to `total`; the *overlays* (at risk, needing attention) are subsets of the active buckets and
// are never added to them.
struct PortfolioCounts {
    int total = 0; // every relationship of the list

    // The partition (onTrack + dueSoon + overdue + paused + proposed + ended == total):
    int onTrack = 0;  // active, the next contact is not due soon (CadenceState::OnTrack)
    int dueSoon = 0;  // active, the next contact is due within HealthCalculator::dueSoonDays
    int overdue = 0;  // active, the contact due date has passed
    int paused = 0;   // paused
    int proposed = 0; // proposed, not started yet
    int ended = 0;    // completed or ended early

    // Overlays, subsets of active():
    int atRisk = 0;                // active with at least one risk reason (HealthCalculator)
    int needingAttention = 0;      // active and overdue or at risk (either or both, counted once)
    QMap<RiskReason, int> reasons; // active relationships per risk reason (one may have several)

    // Active relationships: the ones whose contact is measured (on track + due soon + overdue).
    int active() const { return onTrack + dueSoon + overdue; }
    // The partition's buckets added up (== total; what the tests check).
    int partitionSum() const { return onTrack + dueSoon + overdue + paused + proposed + ended; }

    // The one definition of "needs attention": the relationship is active, and its contact is
    // overdue or it is at risk (which includes past meetings not logged).
    static bool needsAttention(const RelationshipHealth &health);
    // The counts of `entries` (their status from the row, their health from the entry).
    static PortfolioCounts of(const QList<RelationshipOverviewEntry> &entries);

    bool operator==(const PortfolioCounts &) const = default;
};

} // namespace trellis
