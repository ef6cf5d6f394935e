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

HealthSummary RelationshipOverview::summarize(const QList<RelationshipOverviewEntry> &entries)
{
    HealthSummary summary;
    for (const RelationshipOverviewEntry &entry : entries) {
        ++summary.total;
        switch (entry.health.state) {
        case CadenceState::OnTrack:
            ++summary.onTrack;
            break;
        case CadenceState::DueSoon:
            ++summary.dueSoon;
            break;
        case CadenceState::Overdue:
            ++summary.overdue;
            break;
        case CadenceState::Paused:
            ++summary.paused;
            break;
        case CadenceState::NotApplicable:
            ++summary.notApplicable;
            break;
        }
        if (entry.health.isAtRisk())
            ++summary.atRisk;
        for (RiskReason reason : entry.health.riskReasons)
            ++summary.reasons[reason];
    }
    return summary;
}

} // namespace trellis
