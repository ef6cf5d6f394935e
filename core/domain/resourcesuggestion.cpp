#include "domain/resourcesuggestion.h"

#include "domain/validation.h"

namespace trellis {

using namespace validation;

Status ResourceSuggestion::validate() const
{
    const QString entity = tr("Suggestion");
    if (auto s = requireText(title, entity, tr("the title")); !s)
        return s;
    if (auto s = requireId(relationshipId, entity, tr("the relationship")); !s)
        return s;
    return requireDate(suggestedOn, entity, tr("the date"));
}

} // namespace trellis
