#include "insights/healthcalculator.h"

#include "util/clock.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace trellis {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("trellis::HealthCalculator", text);
}

QDate localDate(qint64 utcSecs)
{
    return QDateTime::fromSecsSinceEpoch(utcSecs).toLocalTime().date();
}

} // namespace

int HealthCalculator::dueSoonDays(int cadenceDays)
{
    const int fifth = (std::max(cadenceDays, 1) + 4) / 5; // ceil(20%)
    return std::clamp(fifth, 1, 3);
}

CadenceState HealthCalculator::cadenceState(const std::optional<QDate> &reference, int cadenceDays,
                                            const QDate &today)
{
    if (!reference)
        return CadenceState::OnTrack;
    const int cadence = std::max(cadenceDays, 1);
    const qint64 daysUntilDue = today.daysTo(reference->addDays(cadence));
    if (daysUntilDue < 0)
        return CadenceState::Overdue;
    return daysUntilDue <= dueSoonDays(cadence) ? CadenceState::DueSoon : CadenceState::OnTrack;
}

RelationshipHealth HealthCalculator::compute(const HealthInputs &inputs)
{
    return compute(inputs, Clock::today());
}

RelationshipHealth HealthCalculator::compute(const HealthInputs &inputs, const QDate &today)
{
    RelationshipHealth health;
    health.nextPlannedUtc = inputs.nextPlannedUtc;
    health.averageGoalProgress = inputs.averageGoalProgress;
    health.openActionItems = inputs.openActionItems;
    health.unloggedPastOccurrences = inputs.unloggedPastOccurrences;
    if (inputs.lastHeldMeetingUtc || inputs.lastContactUtc)
        health.lastContactUtc =
            std::max(inputs.lastHeldMeetingUtc.value_or(0), inputs.lastContactUtc.value_or(0));
    if (health.lastContactUtc)
        health.lastContactDate = localDate(*health.lastContactUtc);

    if (inputs.status == QLatin1String("paused")) {
        health.state = CadenceState::Paused;
        return health;
    }
    if (inputs.status != QLatin1String("active")) {
        health.state = CadenceState::NotApplicable;
        return health;
    }

    const int cadence = std::max(inputs.cadenceDays, 1);
    const std::optional<QDate> reference = health.lastContactDate ? health.lastContactDate : inputs.startDate;
    health.state = cadenceState(reference, cadence, today);
    if (reference) {
        health.dueDate = reference->addDays(cadence);
        if (health.state == CadenceState::Overdue)
            health.daysOverdue = int(health.dueDate->daysTo(today));
    }

    if (health.daysOverdue > 2 * cadence)
        health.riskReasons.append(RiskReason::LongOverdue);
    if (inputs.goalCount == 0 && inputs.startDate && inputs.startDate->daysTo(today) >= noGoalsAfterDays)
        health.riskReasons.append(RiskReason::NoGoals);
    if (inputs.fitCheckDue && *inputs.fitCheckDue < today &&
        inputs.fitCheckOutcome == QLatin1String("pending"))
        health.riskReasons.append(RiskReason::FitCheckOverdue);
    if (inputs.lastFeedbackRating && *inputs.lastFeedbackRating <= lowFeedbackRating)
        health.riskReasons.append(RiskReason::LowFeedback);
    if (inputs.unloggedPastOccurrences > 0)
        health.riskReasons.append(RiskReason::UnloggedMeetings);
    return health;
}

QString HealthCalculator::stateText(CadenceState state)
{
    switch (state) {
    case CadenceState::NotApplicable:
        return tr("Not applicable");
    case CadenceState::Paused:
        return tr("Paused");
    case CadenceState::OnTrack:
        return tr("On track");
    case CadenceState::DueSoon:
        return tr("Due soon");
    case CadenceState::Overdue:
        return tr("Overdue");
    }
    return {};
}

QString HealthCalculator::reasonText(RiskReason reason)
{
    switch (reason) {
    case RiskReason::LongOverdue:
        return tr("Overdue by more than twice the agreed cadence");
    case RiskReason::NoGoals:
        return tr("No goals 30 days after the start");
    case RiskReason::FitCheckOverdue:
        return tr("Fit check overdue");
    case RiskReason::LowFeedback:
        return tr("Low feedback rating");
    case RiskReason::UnloggedMeetings:
        return tr("Past meetings not logged");
    }
    return {};
}

} // namespace trellis
