#pragma once

#include "domain/enums.h"
#include "util/result.h"

#include <QDate>
#include <QString>

#include <optional>

namespace trellis {

// A mentor–mentee pairing. Its status and fit-check outcome change only through
// RelationshipLifecycle (services refuse a plain update that changes them).
struct Relationship {
    Id id = 0;
    Id mentorId = 0;
    Id menteeId = 0;
    std::optional<Id> programmeId;
    std::optional<Id> cohortId;
    RelationshipStatus status = RelationshipStatus::Proposed;
    QDate proposedOn;
    std::optional<QDate> startDate;
    std::optional<QDate> plannedEndDate;
    std::optional<QDate> endDate;
    QString endReason;
    QString closingReflection;
    int cadenceDays = 14;
    QString agreement;
    std::optional<QDate> fitCheckDue;
    FitCheckOutcome fitCheckOutcome = FitCheckOutcome::Pending;

    [[nodiscard]] Status validate() const;
    bool operator==(const Relationship &) const = default;
};

} // namespace trellis
