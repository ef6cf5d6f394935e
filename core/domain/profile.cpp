#include "domain/profile.h"

#include "domain/validation.h"

namespace trellis {

using namespace validation;

Status Profile::validate() const
{
    return requireId(personId, tr("Profile"), tr("the person"));
}

} // namespace trellis
