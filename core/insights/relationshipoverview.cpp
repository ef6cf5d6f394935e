#include "insights/relationshipoverview.h"

#include "insights/healthcalculator.h"
#include "util/clock.h"

namespace trellis {

Result<QList<RelationshipOverviewEntry>> RelationshipOverview::load(QSqlDatabase db,
                                                                    const RelationshipScope &scope)
{
    auto rows = RelationshipOverviewQuery(std::move(db)).rows(scope, Clock::nowSecs());
    if (!rows)
        return rows.error();
    const QDate today = Clock::today();
    QList<RelationshipOverviewEntry> entries;
    entries.reserve(rows->size());
    for (RelationshipOverviewRow &row : *rows) {
        RelationshipHealth health = HealthCalculator::compute(row.inputs, today);
        entries.append(RelationshipOverviewEntry{std::move(row), std::move(health)});
    }
    return entries;
}

PortfolioCounts RelationshipOverview::summarize(const QList<RelationshipOverviewEntry> &entries)
{
    return PortfolioCounts::of(entries);
}

} // namespace trellis
