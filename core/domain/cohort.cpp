#include "domain/cohort.h"

#include "domain/validation.h"

namespace trellis {

using namespace validation;

Status Cohort::validate() const
{
    const QString entity = tr("Cohort");
    if (auto s = requireId(programmeId, entity, tr("the programme")); !s)
        return s;
    if (auto s = requireText(name, entity, tr("the name")); !s)
        return s;
    if (auto s = requireDate(startDate, entity, tr("the start date")); !s)
        return s;
    return requireDateOrder(startDate, endDate, entity, tr("the start date"), tr("the end date"));
}

} // namespace trellis
