#include "domain/resource.h"

#include "domain/validation.h"

namespace trellis {

using namespace validation;

bool Resource::closesSoon(const QDate &today) const
{
    return kind == ResourceKind::JobLead && closesSoon(deadline, today);
}

bool Resource::closesSoon(const std::optional<QDate> &deadline, const QDate &today)
{
    if (!deadline || !deadline->isValid())
        return false;
    const qint64 days = today.daysTo(*deadline);
    return days >= 0 && days <= ClosingSoonDays;
}

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
