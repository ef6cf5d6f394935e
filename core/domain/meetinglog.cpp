#include "domain/meetinglog.h"

#include "domain/validation.h"

namespace trellis {

using namespace validation;

Status MeetingLog::validate() const
{
    if (auto s = requireId(meetingId, tr("Meeting log"), tr("the meeting")); !s)
        return s;
    if (status != MeetingStatus::Held && status != MeetingStatus::NoShow)
        return Error{tr("Meeting log: a logged meeting was either held or missed (no-show).")};
    return {};
}

} // namespace trellis
