#include "domain/savedsearch.h"

#include "domain/validation.h"

namespace trellis {

using namespace validation;

Status SavedSearch::validate() const
{
    return requireText(name, tr("Saved search"), tr("the name"));
}

} // namespace trellis
