#pragma once

#include "calendar/meetingtimes.h"
#include "calendar/occurrence.h"

#include <QString>

namespace trellis {

// What the expansion needs from meeting rows (kind single, series, override).
// Plain values: core/storage fills them from SQL, tests build them directly.

struct SingleDefinition {
    qint64 meetingId = 0;
    qint64 relationshipId = 0;
    LocalStart start;
    int durationMinutes = 0;
    OccurrenceStatus status = OccurrenceStatus::Planned;
    QString title;
};

struct SeriesDefinition {
    qint64 meetingId = 0;
    qint64 relationshipId = 0;
    LocalStart start; // DTSTART
    int durationMinutes = 0;
    QString rrules;                                      // one RRULE value per line
    QString rdates;                                      // comma-separated, in start's form
    QString exdates;                                     // comma-separated, in start's form
    OccurrenceStatus status = OccurrenceStatus::Planned; // of occurrences without an override
    QString title;
};

struct OverrideDefinition {
    qint64 meetingId = 0;
    qint64 seriesId = 0;
    qint64 relationshipId = 0;
    QString recurrenceId; // the original start, in the series' form
    LocalStart start;     // its own (possibly moved) start
    int durationMinutes = 0;
    OccurrenceStatus status = OccurrenceStatus::Planned;
    QString title;
};

} // namespace trellis
