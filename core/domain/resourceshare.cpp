#include "domain/resourceshare.h"

#include "domain/validation.h"

namespace trellis {

using namespace validation;

ShareStatus ResourceShare::status() const
{
    if (discussedOn)
        return ShareStatus::Discussed;
    return readOn ? ShareStatus::Opened : ShareStatus::Shared;
}

Status ResourceShare::validate() const
{
    const QString entity = tr("Resource share");
    // A trace of a removed resource keeps only its title.
    if (resourceTitle.trimmed().isEmpty() || resourceId != 0) {
        if (auto s = requireId(resourceId, entity, tr("the resource")); !s)
            return s;
    }
    if (auto s = requireId(relationshipId, entity, tr("the relationship")); !s)
        return s;
    if (auto s = requireDate(sharedOn, entity, tr("the date shared")); !s)
        return s;
    if (auto s = requireDateOrder(sharedOn, readOn, entity, tr("the date shared"), tr("the date read")); !s)
        return s;
    return requireDateOrder(sharedOn, discussedOn, entity, tr("the date shared"), tr("the date discussed"));
}

} // namespace trellis
