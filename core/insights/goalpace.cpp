#include "insights/goalpace.h"

#include "storage/database.h"
#include "storage/entityreader.h"
#include "storage/relationshipqueries.h"
#include "util/clock.h"

#include <QCoreApplication>

#include <algorithm>

namespace trellis {

GoalPace GoalPace::of(const Goal &goal, const QList<ProgressUpdate> &updates,
                      const std::optional<QDate> &relationshipStart)
{
    QList<ProgressUpdate> ordered = updates;
    // The one order of updates: isLater (date, then entry order), oldest first.
    std::stable_sort(ordered.begin(), ordered.end(), [](const ProgressUpdate &a, const ProgressUpdate &b) {
        return ProgressUpdate::isLater(b, a);
    });
    GoalPace pace;
    pace.goal = goal;
    pace.points.reserve(ordered.size());
    for (const ProgressUpdate &update : ordered)
        pace.points.append({update.recordedOn, update.value, update.note, update.id});
    pace.paceStart = relationshipStart;
    if (!pace.points.isEmpty() && (!pace.paceStart || pace.points.first().date < *pace.paceStart))
        pace.paceStart = pace.points.first().date;
    return pace;
}

Result<GoalPace> GoalPace::load(Database &database, Id goalId)
{
    const QSqlDatabase db = database.connection();
    auto goal = EntityReader(db).get<Goal>(goalId);
    if (!goal)
        return goal.error();
    const RelationshipQueries queries(db);
    auto relationship = queries.relationship(goal->relationshipId);
    if (!relationship)
        return relationship.error();
    auto history = queries.progressHistory(goalId);
    if (!history)
        return history.error();
    return of(*goal, *history, relationship->startDate);
}

double GoalPace::fractionOf(double value) const
{
    const double span = goal.targetValue - goal.startValue;
    if (span == 0)
        return 0.0;
    return std::clamp((value - goal.startValue) / span, 0.0, 1.0);
}

double GoalPace::valueOn(const QDate &date) const
{
    double value = goal.startValue;
    for (const Point &point : points) {
        if (point.date > date)
            break;
        value = point.value;
    }
    return value;
}

std::optional<double> GoalPace::expectedOn(const QDate &date) const
{
    if (!hasPace())
        return std::nullopt;
    const double total = double(paceStart->daysTo(*goal.dueDate));
    const double elapsed = std::clamp(double(paceStart->daysTo(date)), 0.0, total);
    return goal.startValue + (goal.targetValue - goal.startValue) * elapsed / total;
}

std::optional<double> GoalPace::gapOn(const QDate &date) const
{
    const std::optional<double> expected = expectedOn(date);
    if (!expected)
        return std::nullopt;
    return fractionOf(valueOn(date)) - fractionOf(*expected);
}

PaceStatus GoalPace::classify(double gap)
{
    // A gap exactly on a threshold (55% against 50%) must not tip over by rounding.
    constexpr double slack = 1e-9;
    if (gap > onTrackBand + slack)
        return PaceStatus::Ahead;
    if (gap >= -onTrackBand - slack)
        return PaceStatus::OnTrack;
    if (gap >= -atRiskGap - slack)
        return PaceStatus::Behind;
    return PaceStatus::AtRisk;
}

PaceStatus GoalPace::statusOn(const QDate &date) const
{
    if (goal.status == GoalStatus::Abandoned)
        return PaceStatus::NoPace;
    if (goal.status == GoalStatus::Achieved || fractionOf(valueOn(date)) >= 1.0)
        return PaceStatus::Achieved;
    const std::optional<double> gap = gapOn(date);
    if (!gap)
        return PaceStatus::NoPace;
    if (date > *goal.dueDate)
        return PaceStatus::AtRisk;
    return classify(*gap);
}

PaceStatus GoalPace::status() const
{
    return statusOn(Clock::today());
}

QString GoalPace::statusText(PaceStatus status)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("trellis::GoalPace", text); };
    switch (status) {
    case PaceStatus::NoPace:
        return tr("No pace (no due date)");
    case PaceStatus::Achieved:
        return tr("Achieved");
    case PaceStatus::Ahead:
        return tr("Ahead of pace");
    case PaceStatus::OnTrack:
        return tr("On pace");
    case PaceStatus::Behind:
        return tr("Behind pace");
    case PaceStatus::AtRisk:
        return tr("At risk");
    }
    return {};
}

} // namespace trellis
