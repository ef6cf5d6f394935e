#include "calendar/recurrenceexpander.h"

#include "calendar/recurrenceset.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace trellis {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("trellis::RecurrenceExpander", text);
}

Error meetingError(qint64 meetingId, const QString &message)
{
    return Error{tr("Meeting %1: %2").arg(meetingId).arg(message)};
}

// A timed occurrence built from a start instant in the meeting's frame.
Result<Occurrence> makeOccurrence(const LocalStart &start, qint64 startUtc, int durationMinutes)
{
    Occurrence occurrence;
    occurrence.allDay = start.allDay;
    occurrence.floating = start.floating && !start.allDay;
    occurrence.timezone = start.isZoned() ? start.timezone : QString();
    occurrence.startUtc = startUtc;
    occurrence.endUtc = MeetingTimes::endUtc(startUtc, durationMinutes, start.allDay);
    if (start.isZoned()) {
        auto zone = MeetingTimes::timeZone(start.timezone);
        if (!zone)
            return zone.error();
        // A fixed offset (the one in effect) is exact for the wall time and far cheaper than a zone.
        occurrence.startLocal = QDateTime::fromSecsSinceEpoch(
            occurrence.startUtc, Qt::OffsetFromUTC, MeetingTimes::offsetFromUtc(occurrence.startUtc, *zone));
        occurrence.endLocal = QDateTime::fromSecsSinceEpoch(
            occurrence.endUtc, Qt::OffsetFromUTC, MeetingTimes::offsetFromUtc(occurrence.endUtc, *zone));
    } else {
        occurrence.startLocal = QDateTime::fromSecsSinceEpoch(occurrence.startUtc, Qt::UTC);
        occurrence.endLocal = QDateTime::fromSecsSinceEpoch(occurrence.endUtc, Qt::UTC);
    }
    return occurrence;
}

// How far before the window a series occurrence may start and still overlap it.
qint64 lookBack(int durationMinutes, bool allDay)
{
    return MeetingTimes::endUtc(0, durationMinutes, allDay);
}

// The recurrence id of an override as a wall time in its series' frame (seconds, wall read as UTC).
struct RecurrenceKey {
    std::optional<qint64> wall; // exact wall time
    std::optional<QDate> date;  // only a date (form differs from the series): match by day
};

RecurrenceKey recurrenceKey(const QString &recurrenceId, const LocalStart &seriesStart)
{
    RecurrenceKey key;
    auto exact = MeetingTimes::parseDateList(recurrenceId, seriesStart);
    if (exact.ok() && exact->size() == 1) {
        key.wall = exact->first().toSecsSinceEpoch();
        return key;
    }
    // Tolerate a DATE recurrence id on a timed series (and the reverse): match by day.
    LocalStart other = seriesStart;
    other.allDay = !seriesStart.allDay;
    auto loose = MeetingTimes::parseDateList(recurrenceId, other);
    if (loose.ok() && loose->size() == 1)
        key.date = loose->first().date();
    return key;
}

} // namespace

bool RecurrenceExpander::overlaps(qint64 startUtc, qint64 endUtc, qint64 fromUtc, qint64 toUtc)
{
    if (startUtc >= toUtc)
        return false;
    if (endUtc <= startUtc)
        return startUtc >= fromUtc;
    return endUtc > fromUtc;
}

namespace {

// A series' occurrences in the window, leaving out instances for which skip(wallSecs, date) holds
// (checked before any conversion, so overridden instances cost nothing).
template <typename Skip>
Result<QList<Occurrence>> expandFiltered(const SeriesDefinition &series, qint64 fromUtc, qint64 toUtc,
                                         Skip skip)
{
    auto set = RecurrenceSet::create(series.start, series.rrules, series.rdates, series.exdates);
    if (!set)
        return meetingError(series.meetingId, set.errorMessage());

    QList<Occurrence> result;
    const qint64 back = lookBack(series.durationMinutes, series.start.allDay);
    const auto instances = set->between(fromUtc - back, toUtc);
    result.reserve(instances.size());
    for (const RecurrenceSet::Instance &instance : instances) {
        if (skip(instance.wall.toSecsSinceEpoch(), instance.wall.date()))
            continue;
        auto occurrence = makeOccurrence(series.start, instance.utc, series.durationMinutes);
        if (!occurrence)
            return meetingError(series.meetingId, occurrence.errorMessage());
        if (!RecurrenceExpander::overlaps(occurrence->startUtc, occurrence->endUtc, fromUtc, toUtc))
            continue;
        occurrence->meetingId = series.meetingId;
        occurrence->seriesId = series.meetingId;
        occurrence->relationshipId = series.relationshipId;
        occurrence->status = series.status;
        occurrence->recurrenceId = set->recurrenceIdText(instance);
        occurrence->title = series.title;
        result.append(std::move(*occurrence));
    }
    return result;
}

} // namespace

Result<QList<Occurrence>> RecurrenceExpander::expandSeries(const SeriesDefinition &series, qint64 fromUtc,
                                                           qint64 toUtc)
{
    return expandFiltered(series, fromUtc, toUtc, [](qint64, const QDate &) { return false; });
}

Result<QList<Occurrence>> RecurrenceExpander::occurrences(const QList<SeriesDefinition> &series,
                                                          const QList<OverrideDefinition> &overrides,
                                                          const QList<SingleDefinition> &singles,
                                                          qint64 fromUtc, qint64 toUtc)
{
    QList<Occurrence> result;

    for (const SingleDefinition &single : singles) {
        auto startUtc = MeetingTimes::startUtc(single.start);
        if (!startUtc)
            return meetingError(single.meetingId, startUtc.errorMessage());
        auto occurrence = makeOccurrence(single.start, *startUtc, single.durationMinutes);
        if (!occurrence)
            return meetingError(single.meetingId, occurrence.errorMessage());
        if (!overlaps(occurrence->startUtc, occurrence->endUtc, fromUtc, toUtc))
            continue;
        occurrence->meetingId = single.meetingId;
        occurrence->relationshipId = single.relationshipId;
        occurrence->status = single.status;
        occurrence->title = single.title;
        result.append(std::move(*occurrence));
    }

    // Overrides by series, keyed by their original start.
    QHash<qint64, QList<const OverrideDefinition *>> overridesBySeries;
    for (const OverrideDefinition &override : overrides)
        overridesBySeries[override.seriesId].append(&override);

    for (const SeriesDefinition &definition : series) {
        // The original starts (wall times in the series' frame) that an override replaces.
        QSet<qint64> overriddenWalls;
        QSet<QDate> overriddenDates;
        const auto found = overridesBySeries.constFind(definition.meetingId);
        if (found != overridesBySeries.constEnd()) {
            for (const OverrideDefinition *override : *found) {
                const RecurrenceKey key = recurrenceKey(override->recurrenceId, definition.start);
                if (key.wall)
                    overriddenWalls.insert(*key.wall);
                if (key.date)
                    overriddenDates.insert(*key.date);
            }
        }
        auto expanded = expandFiltered(definition, fromUtc, toUtc, [&](qint64 wall, const QDate &date) {
            return overriddenWalls.contains(wall) ||
                   (!overriddenDates.isEmpty() && overriddenDates.contains(date));
        });
        if (!expanded)
            return expanded.error();
        result.append(std::move(*expanded));
    }

    const QHash<qint64, const SeriesDefinition *> seriesById = [&] {
        QHash<qint64, const SeriesDefinition *> map;
        for (const SeriesDefinition &definition : series)
            map.insert(definition.meetingId, &definition);
        return map;
    }();
    for (const OverrideDefinition &override : overrides) {
        auto startUtc = MeetingTimes::startUtc(override.start);
        if (!startUtc)
            return meetingError(override.meetingId, startUtc.errorMessage());
        auto occurrence = makeOccurrence(override.start, *startUtc, override.durationMinutes);
        if (!occurrence)
            return meetingError(override.meetingId, occurrence.errorMessage());
        if (!overlaps(occurrence->startUtc, occurrence->endUtc, fromUtc, toUtc))
            continue;
        occurrence->meetingId = override.meetingId;
        occurrence->seriesId = override.seriesId;
        occurrence->overrideId = override.meetingId;
        occurrence->relationshipId = override.relationshipId;
        occurrence->status = override.status;
        occurrence->recurrenceId = override.recurrenceId;
        occurrence->title = override.title;
        if (occurrence->title.isEmpty()) {
            if (const SeriesDefinition *parent = seriesById.value(override.seriesId))
                occurrence->title = parent->title;
        }
        result.append(std::move(*occurrence));
    }

    std::sort(result.begin(), result.end(), [](const Occurrence &a, const Occurrence &b) {
        if (a.startUtc != b.startUtc)
            return a.startUtc < b.startUtc;
        return a.meetingId < b.meetingId;
    });
    return result;
}

} // namespace trellis
