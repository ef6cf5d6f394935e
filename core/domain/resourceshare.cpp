#include "domain/resourceshare.h"

#include "domain/validation.h"

namespace trellis {

using namespace validation;

Status ResourceShare::validate() const
{
    const QString entity = tr("Resource share");
    if (auto s = requireId(resourceId, entity, tr("the resource")); !s)
        return s;
    if (auto s = requireId(relationshipId, entity, tr("the relationship")); !s)
        return s;
    if (auto s = requireDate(sharedOn, entity, tr("the date shared")); !s)
        return s;
    if (auto s = requireDateOrder(sharedOn, readOn, entity, tr("the date shared"), tr("the date read")); !s)
        return s;
    return requireDateOrder(sharedOn, discussedOn, entity, tr("the date shared"), tr("the date discussed"));
}

} // namespace trellis
