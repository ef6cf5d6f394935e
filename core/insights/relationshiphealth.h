#pragma once

#include <QDate>
#include <QList>

#include <optional>

namespace trellis {

// Contact against the agreed cadence. Only active relationships are measured.
enum class CadenceState {
    NotApplicable, // proposed, completed or ended early
    Paused,
    OnTrack,
    DueSoon, // the next contact is due today or within HealthCalculator::dueSoonDays(cadence) days
    Overdue  // the due date (last contact, or start, + cadence) has passed
};

enum class RiskReason {
    LongOverdue,     // overdue by more than twice the cadence
    NoGoals,         // no goals 30 days or more after the start
    FitCheckOverdue, // fit-check due date passed with the outcome still pending
    LowFeedback,     // the latest feedback rating is 2 or lower
    UnloggedMeetings // past occurrences nobody logged
};

struct RelationshipHealth {
    CadenceState state = CadenceState::NotApplicable;
    std::optional<qint64> lastContactUtc; // the later of the last held meeting and the last logged contact
    std::optional<QDate> lastContactDate; // in local time
    std::optional<QDate> dueDate;         // (last contact date, or start date) + cadence
    int daysOverdue = 0;                  // > 0 only when overdue
    std::optional<qint64> nextPlannedUtc;
    std::optional<double> averageGoalProgress; // 0..1
    int openActionItems = 0;
    int unloggedPastOccurrences = 0;
    QList<RiskReason> riskReasons; // in enum order; empty unless the relationship is active

    bool isAtRisk() const { return !riskReasons.isEmpty(); }
    bool operator==(const RelationshipHealth &) const = default;
};

} // namespace trellis
