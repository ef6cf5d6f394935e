#include "domain/contact.h"

#include "domain/validation.h"

namespace trellis {

using namespace validation;

Status Contact::validate() const
{
    const QString entity = tr("Contact");
    if (auto s = requireId(relationshipId, entity, tr("the relationship")); !s)
        return s;
    if (!occurredAt.isValid())
        return Error{tr("Contact: the time it happened is missing.")};
    return {};
}

} // namespace trellis
