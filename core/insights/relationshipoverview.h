#pragma once

#include "insights/portfoliocounts.h"
#include "insights/relationshiphealth.h"
#include "storage/relationshipoverviewquery.h"
#include "storage/relationshipscope.h"
#include "util/result.h"

#include <QList>
#include <QSqlDatabase>

namespace trellis {

struct RelationshipOverviewEntry {
    RelationshipOverviewRow row;
    RelationshipHealth health;

    bool operator==(const RelationshipOverviewEntry &) const = default;
};

// The relationships of a scope with their health: RelationshipOverviewQuery's rows,
// classified by HealthCalculator with "now"/"today" from the Clock. What the main
// window table and `trellis-cli stats` show.
class RelationshipOverview {
public:
    [[nodiscard]] static Result<QList<RelationshipOverviewEntry>> load(QSqlDatabase db,
                                                                       const RelationshipScope &scope);
    // The counts pages show (PortfolioCounts::of).
    static PortfolioCounts summarize(const QList<RelationshipOverviewEntry> &entries);
};

} // namespace trellis
