#include "domain/milestone.h"

#include "domain/validation.h"

namespace trellis {

using namespace validation;

Status Milestone::validate() const
{
    const QString entity = tr("Milestone");
    if (auto s = requireId(goalId, entity, tr("the goal")); !s)
        return s;
    if (auto s = requireText(title, entity, tr("the title")); !s)
        return s;
    if (auto s = requireDateOrder(std::nullopt, dueDate, entity, {}, tr("the due date")); !s)
        return s;
    return requireDateOrder(std::nullopt, doneOn, entity, {}, tr("the completion date"));
}

} // namespace trellis
