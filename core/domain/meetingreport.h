#pragma once

#include "domain/actionitem.h"
#include "domain/enums.h"
#include "domain/progressupdate.h"
#include "util/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace trellis {

// Everything the mentor records after a meeting, written as ONE edit (MeetingService::
// recordMeeting): the meeting itself (held or missed, when, how long, how, who initiated,
// agenda and notes), the action items agreed in it and progress updates on the relationship's
// goals. The meeting is either a new single meeting, or the log of a planned one: a single
// meeting or override (updated), or a series occurrence (its override is created or updated;
// `startLocal` may differ from the occurrence when it took place at another time).
struct MeetingReport {
    Id relationshipId = 0;
    std::optional<Id> plannedMeetingId; // a single, an override or a series; none: a new meeting
    QString occurrence;                 // series only: the occurrence's original start, in the series' form

    MeetingStatus status = MeetingStatus::Held; // held or no-show
    QString startLocal;                         // "YYYY-MM-DDTHH:MM:SS" in `timezone`
    QString timezone;                           // IANA id; empty: floating
    int durationMinutes = 60;
    MeetingMode mode = MeetingMode::Video;
    Initiator initiator = Initiator::Unknown;
    QString title; // a new meeting's title; a planned one keeps its own when empty
    QString agenda;
    QString sharedNotes;
    QString privateNotes;

    // relationshipId and meetingId are filled in by the service.
    QList<ActionItem> actionItems;
    // Goals must belong to the relationship.
    QList<ProgressUpdate> progress;
    // Resources shared with the pair that were discussed in it (shares of this relationship):
    // marked discussed on the meeting's date, by `discussedBy`, and tied to the meeting.
    QList<Id> discussedShares;
    std::optional<Id> discussedBy;

    [[nodiscard]] Status validate() const;
};

} // namespace trellis
