#include "models/calendarmoves.h"

#include "calendar/meetingtimes.h"
#include "storage/database.h"
#include "storage/entityreader.h"
#include "storage/occurrencequery.h"

namespace trellis {

Result<Meeting> CalendarMoves::rowOf(const DataSource &data, const AgendaEntry &entry)
{
    const Occurrence &o = entry.occurrence;
    const Id id = o.overrideId ? *o.overrideId : o.seriesId ? *o.seriesId : o.meetingId;
    return EntityReader(data.database()->connection()).get<Meeting>(id);
}

Meeting CalendarMoves::moved(Meeting row, const AgendaEntry &entry, const QDateTime &start, int minutes)
{
    const Occurrence &o = entry.occurrence;
    QDateTime wall;
    if (o.floating || o.allDay || o.timezone.isEmpty())
        wall = start; // the wall time as the viewer sees it
    else
        wall = start.toTimeZone(QTimeZone(o.timezone.toUtf8()));
    row.startLocal = MeetingTimes::formatWallTime(wall.date(), wall.time(), row.allDay);
    row.durationMinutes = row.allDay ? row.durationMinutes : minutes;
    return row;
}

Result<QList<AgendaEntry>> CalendarMoves::clashes(const DataSource &data, const AgendaEntry &entry,
                                                  qint64 startUtc, qint64 endUtc)
{
    if (!data.isValid() || entry.occurrence.allDay)
        return QList<AgendaEntry>();
    return CalendarAgenda::clashes(*data.database(), entry.mentorId, entry.menteeId, startUtc, endUtc,
                                   entry.key());
}

Result<QList<AgendaEntry>> CalendarMoves::clashes(const DataSource &data, const Meeting &planned, Id mentorId,
                                                  Id menteeId)
{
    if (!data.isValid() || planned.allDay)
        return QList<AgendaEntry>();
    auto start = MeetingTimes::startUtc(
        LocalStart{planned.startLocal, planned.timezone, planned.floating, planned.allDay});
    if (!start)
        return start.error();
    return CalendarAgenda::clashes(*data.database(), mentorId, menteeId, *start,
                                   *start + qint64(planned.durationMinutes) * 60);
}

Result<CalendarMoves::SeriesCounts> CalendarMoves::counts(const DataSource &data, const AgendaEntry &entry)
{
    SeriesCounts counts;
    const Occurrence &o = entry.occurrence;
    if (!o.seriesId)
        return counts;
    auto series = EntityReader(data.database()->connection()).get<Meeting>(*o.seriesId);
    if (!series)
        return series.error();
    const OccurrenceQuery query(data.database()->connection());
    // Unbounded series: count what the next two years hold only to say "this and following".
    const qint64 end = series->rangeEndUtc.value_or(o.startUtc + 2 * 366 * 86400);
    auto occurrences = query.forRelationship(series->relationshipId, series->rangeStartUtc, end + 1);
    if (!occurrences)
        return occurrences.error();
    auto original = MeetingTimes::startUtc(
        LocalStart{o.recurrenceId, series->timezone, series->floating, series->allDay});
    const qint64 from = original ? *original : o.startUtc;
    int all = 0;
    int following = 0;
    for (const Occurrence &other : *occurrences) {
        if (other.seriesId != o.seriesId)
            continue;
        ++all;
        auto otherOriginal = MeetingTimes::startUtc(
            LocalStart{other.recurrenceId, series->timezone, series->floating, series->allDay});
        if ((otherOriginal ? *otherOriginal : other.startUtc) >= from)
            ++following;
    }
    counts.following = following;
    if (series->rangeEndUtc) {
        counts.all = all;
        counts.remaining = following - 1;
    }
    return counts;
}

QString CalendarMoves::followingText(const SeriesCounts &counts)
{
    if (!counts.remaining)
        return tr("This and All Following");
    if (*counts.remaining == 0)
        return tr("This One (the Last)");
    return tr("This and the %n Following", nullptr, *counts.remaining);
}

QString CalendarMoves::allText(const SeriesCounts &counts)
{
    if (!counts.all)
        return tr("All Occurrences");
    return tr("All %n", nullptr, *counts.all);
}

} // namespace trellis
