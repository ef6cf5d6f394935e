#include "insights/seriesoverlap.h"

#include "calendar/meetingtimes.h"
#include "calendar/recurrenceexpander.h"
#include "storage/database.h"
#include "storage/occurrencequery.h"

#include <algorithm>

namespace trellis {

Result<std::optional<SeriesOverlap>> SeriesOverlap::find(Database &database, const Meeting &series,
                                                         Id mentorId, int horizonDays)
{
    if (series.rrules.isEmpty() && series.rdates.isEmpty())
        return std::optional<SeriesOverlap>{};
    SeriesDefinition definition;
    definition.relationshipId = series.relationshipId;
    definition.start = LocalStart{series.startLocal, series.timezone, series.floating, series.allDay};
    definition.durationMinutes = series.durationMinutes;
    definition.rrules = series.rrules.join(QLatin1Char('\n'));
    definition.rdates = series.rdates.join(QLatin1Char(','));
    definition.exdates = series.exdates.join(QLatin1Char(','));
    definition.title = series.title;
    auto first = MeetingTimes::startUtc(definition.start);
    if (!first)
        return first.error();
    const qint64 from = *first;
    const qint64 to = from + qint64(horizonDays) * 86400;
    auto mine = RecurrenceExpander::expandSeries(definition, from, to);
    if (!mine)
        return mine.error();
    if (mine->isEmpty())
        return std::optional<SeriesOverlap>{};
    auto others = OccurrenceQuery(database.connection()).forPerson(mentorId, from, to);
    if (!others)
        return others.error();
    // Only series: a single meeting at the same time is a one-off the mentor moves by hand.
    QList<Occurrence> existing;
    for (const Occurrence &occurrence : std::as_const(*others)) {
        if (occurrence.seriesId && occurrence.status == OccurrenceStatus::Planned)
            existing.append(occurrence);
    }
    std::optional<SeriesOverlap> found;
    for (const Occurrence &occurrence : std::as_const(*mine)) {
        const auto clash = std::find_if(existing.cbegin(), existing.cend(), [&](const Occurrence &other) {
            return other.startUtc < occurrence.endUtc && other.endUtc > occurrence.startUtc;
        });
        if (clash == existing.cend())
            continue;
        if (!found)
            found = SeriesOverlap{occurrence, *clash, clash->relationshipId == series.relationshipId, 0};
        ++found->count;
    }
    return found;
}

} // namespace trellis
