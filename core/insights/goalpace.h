#pragma once

#include "domain/goal.h"
#include "domain/progressupdate.h"
#include "util/result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace trellis {

class Database;

// Where a goal stands against its expected pace (issue 11, item 1).
enum class PaceStatus {
    NoPace,   // no due date or no start date, so no expected pace to compare with
    Achieved, // the goal's status is achieved, or its value reached the target
    Ahead,    // gap > +onTrackBand
    OnTrack,  // |gap| <= onTrackBand
    Behind,   // -atRiskGap <= gap < -onTrackBand
    AtRisk    // gap < -atRiskGap, or the due date has passed short of the target
};

// A goal's progress over time and its expected pace; built from the goal and its dated updates.
//
// Definitions (the charts, their tables and the tests use exactly these):
// - *Points*: one per progress update, in ProgressUpdate's order (by date, then entry order), so
//   updates recorded out of order are charted by their date; the last point is the goal's current
//   value (ProgressUpdate::latestOf). A goal with no updates has no points; its value is its start
//   value.
// - *Fraction* of a value: (value - start) / (target - start), clamped to 0..1 — the share of the
//   way from the start value to the target (targets below the start work the same way).
// - *Pace start*: the earlier of the relationship's start date and the first update's date (a goal
//   carries no start date of its own). *Expected pace*: a straight line from the start value at the
//   pace start to the target at the due date; after the due date it stays at the target. There is
//   no pace without a due date, or when the pace start is not before it.
// - *Gap at a date*: fraction of the value on that date (the latest update on or before it, else
//   the start value) minus the expected fraction then.
// - *Status at a date* (thresholds here only): Achieved when the status is achieved or the value's
//   fraction is 1; AtRisk when the date is after the due date; else from the gap: Ahead above
//   +onTrackBand, OnTrack within ±onTrackBand, Behind down to -atRiskGap, AtRisk below it.
//   An abandoned goal has no pace (NoPace).
struct GoalPace {
    static constexpr double onTrackBand = 0.05; // ±5 percentage points of the way counts as on track
    static constexpr double atRiskGap = 0.20;   // more than 20 points behind is at risk

    struct Point {
        QDate date;
        double value = 0;
        QString note;
        Id updateId = 0;
        bool operator==(const Point &) const = default;
    };

    Goal goal;
    QList<Point> points;            // by date, then entry order
    std::optional<QDate> paceStart; // with a due date after it, there is a pace

    static GoalPace of(const Goal &goal, const QList<ProgressUpdate> &updates,
                       const std::optional<QDate> &relationshipStart);
    // The goal `goalId` with its history and its relationship's start, on the calling thread's
    // connection (the CLI; pages build it from the snapshot they already hold).
    [[nodiscard]] static Result<GoalPace> load(Database &database, Id goalId);

    bool hasPace() const { return paceStart && goal.dueDate && *paceStart < *goal.dueDate; }
    double fractionOf(double value) const;
    // The value on `date`: the latest update on or before it, else the start value.
    double valueOn(const QDate &date) const;
    // The expected value (not fraction) on `date`; nullopt without a pace.
    std::optional<double> expectedOn(const QDate &date) const;
    std::optional<double> gapOn(const QDate &date) const;
    PaceStatus statusOn(const QDate &date) const;
    PaceStatus status() const; // on Clock::today()

    static PaceStatus classify(double gap);
    static QString statusText(PaceStatus status); // translated
};

} // namespace trellis
