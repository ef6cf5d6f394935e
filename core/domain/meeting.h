#pragma once

#include "domain/enums.h"
#include "util/result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace trellis {

// A meeting row: a single meeting, a series or an override of one series occurrence
// (ARCHITECTURE.md, meetings contract). The start is wall-clock time in `timezone`
// (or floating, or an all-day date); the UTC fields are derived by the service.
struct Meeting {
    Id id = 0;
    Id relationshipId = 0;
    MeetingKind kind = MeetingKind::Single;
    std::optional<Id> seriesId; // overrides only
    QString uid;                // generated once by the service (UUID@trellis), never changes
    int sequence = 0;           // iCalendar SEQUENCE, raised by storage, never lowered
    QString title;
    QString location;
    QString startLocal; // "YYYY-MM-DDTHH:MM:SS", or "YYYY-MM-DD" when allDay
    QString timezone;   // IANA id; empty when floating or allDay
    bool floating = false;
    bool allDay = false;
    int durationMinutes = 60;
    QStringList rrules;   // series: RRULE values ("FREQ=WEEKLY;BYDAY=TU")
    QStringList rdates;   // series: in startLocal's form
    QStringList exdates;  // series: in startLocal's form
    QString recurrenceId; // override: the original start, in the series' form
    std::optional<qint64> recurrenceIdUtc;
    qint64 startUtc = 0;               // derived
    qint64 rangeStartUtc = 0;          // derived: first start (series) or start
    std::optional<qint64> rangeEndUtc; // derived: last end, none when unbounded
    MeetingMode mode = MeetingMode::Video;
    MeetingStatus status = MeetingStatus::Planned;
    Initiator initiator = Initiator::Unknown;
    QString agenda;
    QString sharedNotes;
    QString privateNotes; // never exported, reported, searched or shown to mentees
    std::optional<int> reminderMinutes;

    // Checks what can be checked without the calendar engine (forms, kinds, required fields).
    [[nodiscard]] Status validate() const;
    bool operator==(const Meeting &) const = default;
};

} // namespace trellis
