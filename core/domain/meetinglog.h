#pragma once

#include "domain/enums.h"
#include "util/result.h"

#include <QString>

namespace trellis {

// Logging that a planned meeting took place (or was missed): for a single meeting or an
// override it updates that row; for a series occurrence it creates (or updates) the
// occurrence's override. Attendance is the status: held, or no-show.
struct MeetingLog {
    Id meetingId = 0;   // a single meeting, an override, or a series
    QString occurrence; // series only: the occurrence's original start, in the series' form
    MeetingStatus status = MeetingStatus::Held;
    QString sharedNotes;
    QString privateNotes;

    [[nodiscard]] Status validate() const;
};

} // namespace trellis
