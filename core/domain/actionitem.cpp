#include "domain/actionitem.h"

#include "domain/validation.h"

namespace trellis {

using namespace validation;

Status ActionItem::validate() const
{
    const QString entity = tr("Action item");
    if (auto s = requireId(relationshipId, entity, tr("the relationship")); !s)
        return s;
    if (auto s = requireText(title, entity, tr("the title")); !s)
        return s;
    if (auto s = requireDateOrder(std::nullopt, dueDate, entity, {}, tr("the due date")); !s)
        return s;
    return requireDateOrder(std::nullopt, doneOn, entity, {}, tr("the completion date"));
}

} // namespace trellis
