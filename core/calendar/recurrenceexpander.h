#pragma once

#include "calendar/meetingdefinition.h"
#include "calendar/occurrence.h"
#include "util/result.h"

#include <QList>

namespace trellis {

// Occurrences of meetings in a UTC window [fromUtc, toUtc) (meetings contract):
// each series is expanded in its own zone by libical (RRULEs as a union, RDATEs,
// minus EXDATEs); an occurrence with an override is replaced by that override,
// which appears at its own (possibly moved) time — inside the window even when its
// original time is not, and absent when it moved out. Cancelled overrides stay,
// with status cancelled. An occurrence is in the window when it overlaps it
// (start < to and end > from; a zero-length one when from <= start < to).
class RecurrenceExpander {
public:
    // One series' occurrences in the window, without overrides.
    [[nodiscard]] static Result<QList<Occurrence>> expandSeries(const SeriesDefinition &series,
                                                                qint64 fromUtc, qint64 toUtc);

    // All occurrences of the given meetings in the window, overrides applied, sorted by
    // start, then meeting id. Overrides whose series is not given still appear at their own time.
    // Fails (naming the meeting) when a stored time, zone or rule cannot be read.
    [[nodiscard]] static Result<QList<Occurrence>> occurrences(const QList<SeriesDefinition> &series,
                                                               const QList<OverrideDefinition> &overrides,
                                                               const QList<SingleDefinition> &singles,
                                                               qint64 fromUtc, qint64 toUtc);

    static bool overlaps(qint64 startUtc, qint64 endUtc, qint64 fromUtc, qint64 toUtc);
};

} // namespace trellis
