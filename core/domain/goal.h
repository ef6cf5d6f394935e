#pragma once

#include "domain/enums.h"
#include "util/result.h"

#include <QDate>
#include <QString>

#include <optional>

namespace trellis {

// A SMART goal: specific (title, description), measurable (measure kind, start/target value, unit),
// achievable and relevant (relevance), time-bound (due date).
struct Goal {
    Id id = 0;
    Id relationshipId = 0;
    QString title;
    QString description;
    MeasureKind measureKind = MeasureKind::Percentage;
    double startValue = 0;
    double targetValue = 100;
    QString unit = QStringLiteral("%");
    QString relevance;
    QString category;
    std::optional<QDate> dueDate;
    GoalStatus status = GoalStatus::NotStarted;

    [[nodiscard]] Status validate() const;
    bool operator==(const Goal &) const = default;
};

} // namespace trellis
