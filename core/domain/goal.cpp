#include "domain/goal.h"

#include "domain/validation.h"

namespace trellis {

using namespace validation;

Status Goal::validate() const
{
    const QString entity = tr("Goal");
    if (auto s = requireId(relationshipId, entity, tr("the relationship")); !s)
        return s;
    if (auto s = requireText(title, entity, tr("the title")); !s)
        return s;
    if (targetValue == startValue)
        return Error{
            tr("Goal “%1”: the target value equals the start value (%2).").arg(title).arg(startValue)};
    return requireDateOrder(std::nullopt, dueDate, entity, {}, tr("the due date"));
}

} // namespace trellis
