#include "domain/supportcontact.h"

#include "domain/validation.h"

namespace trellis {

using namespace validation;

Status SupportContact::validate() const
{
    const QString entity = tr("Support contact");
    if (auto s = requireId(relationshipId, entity, tr("the relationship")); !s)
        return s;
    return requireText(name, entity, tr("the name"));
}

} // namespace trellis
