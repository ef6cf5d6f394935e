#include "domain/meetingreport.h"

#include "domain/validation.h"

namespace trellis {

using namespace validation;

Status MeetingReport::validate() const
{
    const QString entity = tr("Meeting log");
    if (auto s = requireId(relationshipId, entity, tr("the relationship")); !s)
        return s;
    if (status != MeetingStatus::Held && status != MeetingStatus::NoShow)
        return Error{tr("Meeting log: a logged meeting was either held or missed (no-show).")};
    if (auto s = requireText(startLocal, entity, tr("the start")); !s)
        return s;
    if (durationMinutes < 0)
        return Error{tr("Meeting log: the length cannot be negative.")};
    if (plannedMeetingId && *plannedMeetingId <= 0)
        return Error{tr("Meeting log: the planned meeting is not valid.")};
    for (const ActionItem &item : actionItems) {
        if (item.title.trimmed().isEmpty())
            return Error{tr("Meeting log: every action item needs a title.")};
        if (auto s = requireDateOrder(std::nullopt, item.dueDate, entity, {}, tr("the due date")); !s)
            return s;
    }
    for (const ProgressUpdate &update : progress) {
        if (auto s = update.validate(); !s)
            return s;
    }
    return {};
}

} // namespace trellis
