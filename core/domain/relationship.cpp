#include "domain/relationship.h"

#include "domain/validation.h"

namespace trellis {

using namespace validation;

Status Relationship::validate() const
{
    const QString entity = tr("Relationship");
    if (auto s = requireId(mentorId, entity, tr("the mentor")); !s)
        return s;
    if (auto s = requireId(menteeId, entity, tr("the mentee")); !s)
        return s;
    if (mentorId == menteeId)
        return Error{tr("Relationship: the mentor and the mentee must be different people.")};
    if (auto s = requireDate(proposedOn, entity, tr("the proposal date")); !s)
        return s;
    if (auto s = requireAtLeast(cadenceDays, 1, entity, tr("the cadence (days)")); !s)
        return s;
    if (auto s = requireDateOrder(startDate, plannedEndDate, entity, tr("the start date"),
                                  tr("the planned end date"));
        !s)
        return s;
    if (auto s = requireDateOrder(startDate, endDate, entity, tr("the start date"), tr("the end date")); !s)
        return s;
    if (auto s = requireDateOrder(std::nullopt, fitCheckDue, entity, {}, tr("the fit-check date")); !s)
        return s;
    if (status == RelationshipStatus::EndedEarly && endReason.trimmed().isEmpty())
        return Error{tr("Relationship: the end reason is empty; a relationship that ended early needs one.")};
    return {};
}

} // namespace trellis
