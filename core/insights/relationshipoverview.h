#pragma once

#include "insights/relationshiphealth.h"
#include "storage/relationshipoverviewquery.h"
#include "storage/relationshipscope.h"
#include "util/result.h"

#include <QList>
#include <QMap>
#include <QSqlDatabase>

namespace trellis {

struct RelationshipOverviewEntry {
    RelationshipOverviewRow row;
    RelationshipHealth health;

    bool operator==(const RelationshipOverviewEntry &) const = default;
};

// Counts for `trellis-cli stats` and dashboards.
struct HealthSummary {
    int total = 0;
    int onTrack = 0;
    int dueSoon = 0;
    int overdue = 0;
    int paused = 0;
    int notApplicable = 0;
    int atRisk = 0;
    QMap<RiskReason, int> reasons;
};

// The relationships of a scope with their health: RelationshipOverviewQuery's rows,
// classified by HealthCalculator with "now"/"today" from the Clock. What the main
// window table and `trellis-cli stats` show.
class RelationshipOverview {
public:
    [[nodiscard]] static Result<QList<RelationshipOverviewEntry>> load(QSqlDatabase db,
                                                                       const RelationshipScope &scope);
    static HealthSummary summarize(const QList<RelationshipOverviewEntry> &entries);
};

} // namespace trellis
