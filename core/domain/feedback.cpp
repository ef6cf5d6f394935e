#include "domain/feedback.h"

#include "domain/validation.h"

namespace trellis {

using namespace validation;

Status Feedback::validate() const
{
    const QString entity = tr("Feedback");
    if (auto s = requireId(relationshipId, entity, tr("the relationship")); !s)
        return s;
    if (rating < 1 || rating > 5)
        return Error{tr("Feedback: the rating must be between 1 and 5 (it is %1).").arg(rating)};
    return requireDate(givenOn, entity, tr("the date given"));
}

} // namespace trellis
