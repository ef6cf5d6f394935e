#include "domain/progressupdate.h"

#include "domain/validation.h"

#include <cmath>
#include <limits>

namespace trellis {

using namespace validation;

Status ProgressUpdate::validate() const
{
    const QString entity = tr("Progress update");
    if (auto s = requireId(goalId, entity, tr("the goal")); !s)
        return s;
    if (auto s = requireDate(recordedOn, entity, tr("the date")); !s)
        return s;
    if (!std::isfinite(value))
        return Error{tr("Progress update: the value is not a number.")};
    return {};
}

bool ProgressUpdate::isLater(const ProgressUpdate &a, const ProgressUpdate &b)
{
    if (a.recordedOn != b.recordedOn)
        return a.recordedOn > b.recordedOn;
    const auto order = [](Id id) { return id == 0 ? std::numeric_limits<Id>::max() : id; };
    return order(a.id) > order(b.id);
}

std::optional<ProgressUpdate> ProgressUpdate::latestOf(const QList<ProgressUpdate> &updates)
{
    std::optional<ProgressUpdate> latest;
    for (const ProgressUpdate &update : updates)
        if (!latest || isLater(update, *latest))
            latest = update;
    return latest;
}

bool ProgressUpdate::becomesCurrent(const QDate &date, const std::optional<ProgressUpdate> &latest)
{
    return !latest || date >= latest->recordedOn;
}

} // namespace trellis
