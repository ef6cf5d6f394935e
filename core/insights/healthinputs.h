#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace trellis {

// What relationship health is computed from; gathered with SQL aggregates by
// RelationshipOverviewQuery (core/storage), or built directly in tests.
struct HealthInputs {
    QString status =
        QStringLiteral("active"); // relationship.status: proposed, active, paused, completed, ended_early
    std::optional<QDate> startDate;
    int cadenceDays = 14;
    std::optional<qint64> lastHeldMeetingUtc;  // latest single/override with status held (not in the future)
    std::optional<qint64> lastContactUtc;      // latest logged contact row (not in the future)
    std::optional<qint64> nextPlannedUtc;      // next planned occurrence from now (within 180 days)
    QString nextPlannedZone;                   // its IANA zone (empty: floating, all-day or none)
    int goalCount = 0;                         // all goals
    std::optional<double> averageGoalProgress; // 0..1 over goals not abandoned; nullopt without such goals
    int openActionItems = 0;
    int unloggedPastOccurrences = 0; // planned occurrences that ended in the last 60 days
    std::optional<QDate> fitCheckDue;
    QString fitCheckOutcome = QStringLiteral("pending"); // pending, confirmed, ended
    std::optional<int> lastFeedbackRating;               // 1..5, the latest feedback

    bool operator==(const HealthInputs &) const = default;
};

} // namespace trellis
