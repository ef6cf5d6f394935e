#include "domain/progressupdate.h"

#include "domain/validation.h"

#include <cmath>

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

} // namespace trellis
