#include "domain/programme.h"

#include "domain/validation.h"

namespace trellis {

using namespace validation;

Status Programme::validate() const
{
    const QString entity = tr("Programme");
    if (auto s = requireText(name, entity, tr("the name")); !s)
        return s;
    if (auto s = requireAtLeast(defaultCadenceDays, 1, entity, tr("the default cadence (days)")); !s)
        return s;
    if (auto s = requireAtLeast(defaultDurationMonths, 1, entity, tr("the default duration (months)")); !s)
        return s;
    return requireAtLeast(defaultMeetingMinutes, 1, entity, tr("the default meeting length (minutes)"));
}

} // namespace trellis
