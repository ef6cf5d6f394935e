#pragma once

#include "calendar/occurrence.h"
#include "domain/meeting.h"
#include "util/result.h"

#include <optional>

namespace trellis {

class Database;

// Where a new series would meet an existing one: its occurrences in the first `horizonDays` (or
// until it ends) against the planned occurrences of every existing series of the mentor (their
// relationships, this one included). The Plan meeting dialog warns with the first clash; saving
// stays allowed (two series may be meant to overlap, e.g. while one replaces the other).
struct SeriesOverlap {
    Occurrence mine;     // the first occurrence of the new series that overlaps
    Occurrence existing; // the occurrence of the existing series it overlaps
    bool sameRelationship = false;
    int count = 0; // how many of the new series' occurrences overlap one

    static constexpr int DefaultHorizonDays = 183;

    // Reads the mentor's meetings through OccurrenceQuery (the calling thread's connection; one
    // mentor over a bounded window). Nothing when `series` has no rule or nothing overlaps; an
    // error when its start, zone or rule cannot be read.
    [[nodiscard]] static Result<std::optional<SeriesOverlap>>
    find(Database &database, const Meeting &series, Id mentorId, int horizonDays = DefaultHorizonDays);
};

} // namespace trellis
