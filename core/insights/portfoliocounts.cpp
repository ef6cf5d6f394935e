#include "insights/portfoliocounts.h"

#include "insights/relationshipoverview.h"

namespace trellis {

namespace {

// Health is measured only for active relationships (HealthCalculator), so the cadence states
// other than Paused and NotApplicable mean "active".
bool isActive(const RelationshipHealth &health)
{
    return health.state == CadenceState::OnTrack || health.state == CadenceState::DueSoon ||
           health.state == CadenceState::Overdue;
}

} // namespace

bool PortfolioCounts::needsAttention(const RelationshipHealth &health)
{
    return isActive(health) && (health.state == CadenceState::Overdue || health.isAtRisk());
}

PortfolioCounts PortfolioCounts::of(const QList<RelationshipOverviewEntry> &entries)
{
    PortfolioCounts counts;
    for (const RelationshipOverviewEntry &entry : entries) {
        ++counts.total;
        const RelationshipHealth &health = entry.health;
        switch (health.state) {
        case CadenceState::OnTrack:
            ++counts.onTrack;
            break;
        case CadenceState::DueSoon:
            ++counts.dueSoon;
            break;
        case CadenceState::Overdue:
            ++counts.overdue;
            break;
        case CadenceState::Paused:
            ++counts.paused;
            break;
        case CadenceState::NotApplicable:
            // Not measured: proposed, or finished (completed, ended early, or anything else).
            if (entry.row.status == QLatin1String("proposed"))
                ++counts.proposed;
            else
                ++counts.ended;
            break;
        }
        if (!isActive(health))
            continue;
        if (health.isAtRisk())
            ++counts.atRisk;
        if (needsAttention(health))
            ++counts.needingAttention;
        for (RiskReason reason : health.riskReasons)
            ++counts.reasons[reason];
    }
    return counts;
}

} // namespace trellis
