#include "domain/resource.h"

#include "domain/validation.h"

namespace trellis {

using namespace validation;

Status Resource::validate() const
{
    const QString entity = tr("Resource");
    if (auto s = requireText(title, entity, tr("the title")); !s)
        return s;
    if (auto s = requireListItems(tags, entity, tr("the tags")); !s)
        return s;
    return requireDateOrder(std::nullopt, deadline, entity, {}, tr("the deadline"));
}

} // namespace trellis
