#include "services/serieseditservice.h"

#include "calendar/meetingtimes.h"
#include "calendar/recurrencerule.h"
#include "calendar/recurrenceset.h"
#include "services/entityedits.h"
#include "services/meetingservice.h"
#include "storage/entityreader.h"

#include <QCoreApplication>

#include <algorithm>
#include <functional>

namespace trellis {

namespace {

constexpr qint64 s_day = 86400;

QString tr(const char *text)
{
    return QCoreApplication::translate("SeriesEditService", text);
}

constexpr Entity MeetingTable = Entity::Meeting;

LocalStart formOf(const Meeting &m, const QString &text)
{
    return LocalStart{text, (m.allDay || m.floating) ? QString() : m.timezone, m.floating, m.allDay};
}

LocalStart startOf(const Meeting &m)
{
    return formOf(m, m.startLocal);
}

Result<RecurrenceSet> recurrenceOf(const Meeting &series)
{
    return RecurrenceSet::create(startOf(series), series.rrules.join(QLatin1Char('\n')),
                                 series.rdates.join(QLatin1Char(',')), series.exdates.join(QLatin1Char(',')));
}

bool isOccurrence(const RecurrenceSet &set, qint64 utc)
{
    const auto found = set.between(utc, utc + 1);
    return !found.isEmpty() && found.first().utc == utc;
}

Error named(const Meeting &series, const QString &message)
{
    return Error{tr("Series “%1”: %2").arg(series.title, message)};
}

// The stored text of `changed`: the series' own spelling while the rule is the same.
QString storedText(const QString &stored, const RecurrenceRule &original, const RecurrenceRule &changed)
{
    return changed.sameAs(original) ? stored : changed.toString();
}

// The series' rules moved along with its start: a date-time UNTIL by the offset, a DATE UNTIL by
// its days (so the last occurrence stays), BYDAY weekdays by the days (an occurrence moved from
// Tuesday to Wednesday moves the rule). With `remainingFrom`, a COUNT counts only what is left
// from that instant on (a split), and a rule with nothing left goes.
Result<QStringList> shiftedRules(const Meeting &series, qint64 seconds, int days,
                                 std::optional<qint64> remainingFrom = std::nullopt)
{
    QStringList result;
    for (const QString &text : series.rrules) {
        auto rule = RecurrenceRule::parse(text);
        if (!rule)
            return named(series, rule.errorMessage());
        RecurrenceRule kept = *rule;
        if (remainingFrom && rule->count()) {
            // COUNT counts from DTSTART: what remains from the split on.
            auto alone = RecurrenceSet::create(startOf(series), {*rule});
            if (!alone)
                return named(series, alone.errorMessage());
            const qsizetype done = alone->between(series.startUtc - 2 * s_day, *remainingFrom).size();
            const qsizetype remaining = *rule->count() - done;
            if (remaining <= 0)
                continue;
            kept = rule->withCount(int(remaining));
        }
        result.append(
            storedText(text, *rule, kept.withUntilShifted(seconds, days).withWeekdaysShifted(days)));
    }
    return result;
}

// Every rule that could go past `lastUtc` (or reach it, unless `lastIncluded`) ends at `until`
// instead (ICALENDAR.md rule 10); a rule that already ends by then is kept as it is.
Result<QStringList> endedRules(const Meeting &series, const RecurrenceRule::Until &until, qint64 lastUtc,
                               bool lastIncluded)
{
    QStringList result;
    for (const QString &text : series.rrules) {
        auto rule = RecurrenceRule::parse(text);
        if (!rule)
            return named(series, rule.errorMessage());
        auto alone = RecurrenceSet::create(startOf(series), {*rule});
        if (!alone)
            return named(series, alone.errorMessage());
        const auto last = alone->last();
        const bool endsBefore = !last || (lastIncluded ? last->utc <= lastUtc : last->utc < lastUtc);
        if (alone->isBounded() && endsBefore)
            result.append(text);
        else
            result.append(rule->withUntil(until).toString());
    }
    return result;
}

// A wall-clock offset from one form (the series before) to another (after the edit).
struct Shift {
    qint64 seconds = 0;
    int days = 0;
    const Meeting *to = nullptr;
    const Meeting *from = nullptr;

    Result<QString> apply(const QString &text) const
    {
        auto wall = MeetingTimes::parseWallTime(formOf(*from, text));
        if (!wall)
            return wall.error();
        const QDateTime moved = wall->addSecs(seconds);
        return MeetingTimes::formatWallTime(moved.date(), moved.time(), to->allDay);
    }

    // A stored date list (RDATE/EXDATE) shifted; with `keep`, only the items it accepts.
    template <typename Keep>
    Result<QStringList> applyAll(const QStringList &items, Keep keep) const
    {
        QStringList result;
        for (const QString &item : items) {
            auto walls = MeetingTimes::parseDateList(item, startOf(*from));
            if (!walls)
                return walls.error();
            for (const QDateTime &wall : std::as_const(*walls)) {
                if (!keep(wall))
                    continue;
                const QDateTime moved = wall.addSecs(seconds);
                const QString text = MeetingTimes::formatWallTime(moved.date(), moved.time(), to->allDay);
                if (!result.contains(text))
                    result.append(text);
            }
        }
        return result;
    }
};

// Keeps only the items of a stored date list for which `keep` holds (unshifted).
Result<QStringList> filterDates(const Meeting &series, const QStringList &items,
                                const std::function<bool(const QDateTime &)> &keep)
{
    Shift identity{0, 0, &series, &series};
    return identity.applyAll(items, keep);
}

bool holdsSomething(const Meeting &m)
{
    return m.status == MeetingStatus::Held || m.status == MeetingStatus::NoShow ||
           !m.sharedNotes.trimmed().isEmpty() || !m.privateNotes.trimmed().isEmpty() ||
           !m.agenda.trimmed().isEmpty();
}

// The series-wide values of an edit (not status and notes, which belong to one occurrence).
void applyDescriptive(Meeting &m, const Meeting &v)
{
    m.title = v.title;
    m.location = v.location;
    m.mode = v.mode;
    m.initiator = v.initiator;
    m.agenda = v.agenda;
    m.reminderMinutes = v.reminderMinutes;
    m.durationMinutes = v.durationMinutes;
}

void applyForm(Meeting &m, const Meeting &v)
{
    m.allDay = v.allDay;
    m.floating = v.floating && !v.allDay;
    m.timezone = (m.allDay || m.floating) ? QString() : v.timezone;
}

// The edit's start in canonical stored text.
Result<QString> canonicalStart(const Meeting &values)
{
    Meeting form;
    applyForm(form, values);
    auto wall = MeetingTimes::parseWallTime(formOf(form, values.startLocal));
    if (!wall)
        return wall.error();
    return MeetingTimes::formatWallTime(wall->date(), wall->time(), form.allDay);
}

Status writeMeeting(RowStore &rows, const Meeting &m)
{
    return rows.update(MeetingTable, m.id, EntityRows::toRow(m));
}

// An override whose occurrence no longer exists: a single meeting when it holds anything,
// otherwise removed.
Status detach(RowStore &rows, Meeting o)
{
    if (!holdsSomething(o))
        return rows.remove(MeetingTable, o.id);
    o.kind = MeetingKind::Single;
    o.seriesId.reset();
    o.uid = MeetingService::generateUid();
    o.recurrenceId.clear();
    if (auto s = MeetingService::deriveTimes(o, nullptr); !s)
        return s;
    return writeMeeting(rows, o);
}

struct Carry {
    const Meeting *oldSeries = nullptr;
    const Meeting *target = nullptr; // the changed or new series (with its id)
    const RecurrenceSet *targetSet = nullptr;
    Shift shift;
    const OccurrenceEdit *edit = nullptr;
    QString editedStart; // canonical
};

// Moves an override onto the target series at its shifted original start, or detaches it.
Status carry(RowStore &rows, Meeting o, const Carry &c)
{
    auto newRid = c.shift.apply(o.recurrenceId);
    if (!newRid)
        return newRid.error();
    auto ridUtc = MeetingTimes::startUtc(formOf(*c.target, *newRid));
    if (!ridUtc)
        return ridUtc.error();
    if (!isOccurrence(*c.targetSet, *ridUtc))
        return detach(rows, o);

    const bool edited = o.recurrenceId == c.edit->recurrenceId;
    bool keptTime = false;
    if (o.allDay == c.oldSeries->allDay && o.floating == c.oldSeries->floating &&
        o.timezone == c.oldSeries->timezone) {
        auto own = MeetingTimes::parseWallTime(startOf(o));
        auto original = MeetingTimes::parseWallTime(formOf(*c.oldSeries, o.recurrenceId));
        keptTime = own && original && *own == *original;
    }
    if (edited) {
        applyForm(o, c.edit->values);
        o.startLocal = c.editedStart;
        o.durationMinutes = c.edit->values.durationMinutes;
    } else if (keptTime) {
        applyForm(o, *c.target);
        o.startLocal = *newRid;
        if (o.durationMinutes == c.oldSeries->durationMinutes)
            o.durationMinutes = c.target->durationMinutes;
    }
    if (o.title == c.oldSeries->title)
        o.title = c.target->title;
    if (o.location == c.oldSeries->location)
        o.location = c.target->location;
    o.seriesId = c.target->id;
    o.uid = c.target->uid;
    o.recurrenceId = *newRid;
    if (auto s = o.validate(); !s)
        return s;
    if (auto s = MeetingService::deriveTimes(o, c.target, false); !s)
        return s;
    return writeMeeting(rows, o);
}

// Carries every given override, in an order that never makes two share an original start.
Status carryAll(RowStore &rows, QList<Meeting> overrides, const Carry &c)
{
    std::sort(overrides.begin(), overrides.end(), [&](const Meeting &a, const Meeting &b) {
        const qint64 x = a.recurrenceIdUtc.value_or(0);
        const qint64 y = b.recurrenceIdUtc.value_or(0);
        return c.shift.seconds > 0 ? x > y : x < y;
    });
    for (const Meeting &o : std::as_const(overrides)) {
        if (auto s = carry(rows, o, c); !s)
            return s;
    }
    return {};
}

} // namespace

Result<ChangeSet> SeriesEditService::editOccurrence(const OccurrenceEdit &edit)
{
    return m_context.run([&](RowStore &rows) -> Result<Id> {
        auto series = EntityEdits::load<Meeting>(rows, edit.seriesId);
        if (!series)
            return series.error();
        if (series->kind != MeetingKind::Series)
            return Error{tr("The meeting “%1” is not a series.").arg(series->title)};
        if (edit.values.durationMinutes < 0)
            return named(*series, tr("the duration cannot be negative."));
        switch (edit.scope) {
        case OccurrenceScope::ThisOccurrence:
            return editThis(rows, *series, edit);
        case OccurrenceScope::ThisAndFollowing:
            return editFollowing(rows, *series, edit);
        case OccurrenceScope::AllOccurrences:
            return editAll(rows, *series, edit);
        }
        return Error{tr("Unknown scope of a series edit.")};
    });
}

namespace {

// The series' recurrence set and the UTC start of one of its occurrences, or an error.
Result<std::pair<RecurrenceSet, qint64>> locate(const Meeting &series, const QString &recurrenceId)
{
    auto set = recurrenceOf(series);
    if (!set)
        return named(series, set.errorMessage());
    auto utc = MeetingTimes::startUtc(formOf(series, recurrenceId));
    if (!utc)
        return named(series, utc.errorMessage());
    if (!isOccurrence(*set, *utc))
        return named(series, tr("%1 is not one of its occurrences.").arg(recurrenceId));
    return std::make_pair(*set, *utc);
}

std::optional<Meeting> overrideAt(const QList<Meeting> &overrides, const QString &recurrenceId)
{
    for (const Meeting &o : overrides) {
        if (o.recurrenceId == recurrenceId)
            return o;
    }
    return std::nullopt;
}

} // namespace

Result<Id> SeriesEditService::editThis(RowStore &rows, const Meeting &series, const OccurrenceEdit &edit)
{
    auto located = locate(series, edit.recurrenceId);
    if (!located)
        return located.error();
    auto start = canonicalStart(edit.values);
    if (!start)
        return named(series, start.errorMessage());
    auto overrides = m_context.reader().overridesOf(series.id);
    if (!overrides)
        return overrides.error();

    const auto existing = overrideAt(*overrides, edit.recurrenceId);
    Meeting o = existing ? *existing : series;
    if (!existing) {
        o.id = 0;
        o.kind = MeetingKind::Override;
        o.seriesId = series.id;
        o.rrules.clear();
        o.rdates.clear();
        o.exdates.clear();
        o.recurrenceId = edit.recurrenceId;
    }
    applyDescriptive(o, edit.values);
    applyForm(o, edit.values);
    o.startLocal = *start;
    o.status = edit.values.status;
    o.sharedNotes = edit.values.sharedNotes;
    o.privateNotes = edit.values.privateNotes;
    if (!existing)
        return MeetingService(m_db).insert(rows, o);
    if (auto s = o.validate(); !s)
        return s.error();
    if (auto s = MeetingService::deriveTimes(o, &series); !s)
        return s.error();
    if (auto s = writeMeeting(rows, o); !s)
        return s.error();
    return o.id;
}

Result<Id> SeriesEditService::editAll(RowStore &rows, const Meeting &series, const OccurrenceEdit &edit)
{
    auto located = locate(series, edit.recurrenceId);
    if (!located)
        return located.error();
    auto start = canonicalStart(edit.values);
    if (!start)
        return named(series, start.errorMessage());
    Meeting updated = series;
    applyDescriptive(updated, edit.values);
    applyForm(updated, edit.values);
    auto originalWall = MeetingTimes::parseWallTime(formOf(series, edit.recurrenceId));
    auto newWall = MeetingTimes::parseWallTime(formOf(updated, *start));
    if (!originalWall || !newWall)
        return named(series, tr("the start cannot be read."));
    const Shift shift{originalWall->secsTo(*newWall), int(originalWall->date().daysTo(newWall->date())),
                      &updated, &series};
    auto dtstart = shift.apply(series.startLocal);
    if (!dtstart)
        return named(series, dtstart.errorMessage());
    updated.startLocal = *dtstart;
    if (!edit.values.rrules.isEmpty()) {
        updated.rrules = edit.values.rrules;
    } else {
        auto rules = shiftedRules(series, shift.seconds, shift.days);
        if (!rules)
            return rules.error();
        updated.rrules = *rules;
    }
    const auto all = [](const QDateTime &) { return true; };
    auto rdates = shift.applyAll(series.rdates, all);
    auto exdates = shift.applyAll(series.exdates, all);
    if (!rdates || !exdates)
        return named(series, (rdates ? exdates.error() : rdates.error()).message);
    updated.rdates = *rdates;
    updated.exdates = *exdates;
    if (auto s = updated.validate(); !s)
        return s.error();
    if (auto s = MeetingService::deriveTimes(updated, nullptr); !s)
        return s.error();
    if (auto s = writeMeeting(rows, updated); !s)
        return s.error();

    auto set = recurrenceOf(updated);
    if (!set)
        return named(updated, set.errorMessage());
    auto overrides = m_context.reader().overridesOf(series.id);
    if (!overrides)
        return overrides.error();
    const Carry carried{&series, &updated, &*set, shift, &edit, *start};
    if (auto s = carryAll(rows, *overrides, carried); !s)
        return s.error();
    return series.id;
}

Result<Id> SeriesEditService::editFollowing(RowStore &rows, const Meeting &series, const OccurrenceEdit &edit)
{
    auto located = locate(series, edit.recurrenceId);
    if (!located)
        return located.error();
    const auto [set, splitUtc] = *located;
    const auto first = set.first();
    if (!first || first->utc >= splitUtc)
        return editAll(rows, series, edit); // this and following = all
    auto start = canonicalStart(edit.values);
    if (!start)
        return named(series, start.errorMessage());

    // The new series: the edited values from the split on, with a new UID.
    Meeting next = series;
    next.id = 0;
    next.uid = MeetingService::generateUid();
    next.sequence = 0;
    applyDescriptive(next, edit.values);
    applyForm(next, edit.values);
    next.startLocal = *start;
    auto splitWall = MeetingTimes::parseWallTime(formOf(series, edit.recurrenceId));
    auto newWall = MeetingTimes::parseWallTime(formOf(next, *start));
    if (!splitWall || !newWall)
        return named(series, tr("the start cannot be read."));
    const Shift shift{splitWall->secsTo(*newWall), int(splitWall->date().daysTo(newWall->date())), &next,
                      &series};
    const QDateTime split = *splitWall;
    const auto before = [split](const QDateTime &wall) { return wall < split; };
    const auto from = [split](const QDateTime &wall) { return wall >= split; };

    if (!edit.values.rrules.isEmpty()) {
        next.rrules = edit.values.rrules;
    } else {
        auto rules = shiftedRules(series, shift.seconds, shift.days, splitUtc);
        if (!rules)
            return rules.error();
        next.rrules = *rules;
    }
    auto rdates = shift.applyAll(series.rdates, from);
    auto exdates = shift.applyAll(series.exdates, from);
    if (!rdates || !exdates)
        return named(series, (rdates ? exdates.error() : rdates.error()).message);
    next.rdates = *rdates;
    next.exdates = *exdates;
    if (next.rrules.isEmpty() && next.rdates.isEmpty())
        next.rdates = {*start};
    auto nextId = MeetingService(m_db).insert(rows, next);
    if (!nextId)
        return nextId.error();
    auto stored = EntityEdits::load<Meeting>(rows, *nextId);
    if (!stored)
        return stored.error();
    next = *stored;

    // The old series ends just before the split.
    Meeting ended = series;
    const QDateTime lastWall = split.addSecs(series.allDay ? -s_day : -1);
    auto endedBefore = endedRules(
        series, RecurrenceRule::Until::forStart(startOf(series), splitUtc - 1, lastWall), splitUtc, false);
    if (!endedBefore)
        return endedBefore.error();
    ended.rrules = *endedBefore;
    auto keptRdates = filterDates(series, series.rdates, before);
    auto keptExdates = filterDates(series, series.exdates, before);
    if (!keptRdates || !keptExdates)
        return named(series, (keptRdates ? keptExdates.error() : keptRdates.error()).message);
    ended.rdates = *keptRdates;
    ended.exdates = *keptExdates;
    if (auto s = MeetingService::deriveTimes(ended, nullptr); !s)
        return s.error();
    if (auto s = writeMeeting(rows, ended); !s)
        return s.error();

    // Overrides from the split on follow the new series.
    auto overrides = m_context.reader().overridesOf(series.id);
    if (!overrides)
        return overrides.error();
    QList<Meeting> following;
    for (const Meeting &o : std::as_const(*overrides)) {
        if (o.recurrenceIdUtc.value_or(0) >= splitUtc)
            following.append(o);
    }
    auto nextSet = recurrenceOf(next);
    if (!nextSet)
        return named(next, nextSet.errorMessage());
    const Carry carried{&series, &next, &*nextSet, shift, &edit, *start};
    if (auto s = carryAll(rows, following, carried); !s)
        return s.error();
    return next.id;
}

Result<ChangeSet> SeriesEditService::cancelOccurrence(Id seriesId, const QString &recurrenceId)
{
    return m_context.run([&](RowStore &rows) -> Result<Id> {
        auto series = EntityEdits::load<Meeting>(rows, seriesId);
        if (!series)
            return series.error();
        if (series->kind != MeetingKind::Series)
            return Error{tr("The meeting “%1” is not a series.").arg(series->title)};
        auto located = locate(*series, recurrenceId);
        if (!located)
            return located.error();
        auto overrides = m_context.reader().overridesOf(series->id);
        if (!overrides)
            return overrides.error();
        Id id = 0;
        if (auto existing = overrideAt(*overrides, recurrenceId)) {
            if (existing->status == MeetingStatus::Cancelled)
                return existing->id; // nothing to do
            existing->status = MeetingStatus::Cancelled;
            if (auto s = writeMeeting(rows, *existing); !s)
                return s.error();
            id = existing->id;
        } else {
            Meeting o = *series;
            o.id = 0;
            o.kind = MeetingKind::Override;
            o.seriesId = series->id;
            o.rrules.clear();
            o.rdates.clear();
            o.exdates.clear();
            o.recurrenceId = recurrenceId;
            o.startLocal = recurrenceId;
            o.status = MeetingStatus::Cancelled;
            o.sharedNotes.clear();
            o.privateNotes.clear();
            auto inserted = MeetingService(m_db).insert(rows, o);
            if (!inserted)
                return inserted.error();
            id = *inserted;
        }
        // The exported series gains an EXDATE: a change of its recurrence.
        Meeting bumped = *series;
        bumped.sequence = series->sequence + 1;
        if (auto s = rows.update(MeetingTable, series->id, EntityRows::toRow(bumped)); !s)
            return s.error();
        return id;
    });
}

Result<ChangeSet> SeriesEditService::endSeries(Id seriesId, const QDate &lastDay)
{
    return m_context.run([&](RowStore &rows) -> Result<Id> {
        auto series = EntityEdits::load<Meeting>(rows, seriesId);
        if (!series)
            return series.error();
        if (series->kind != MeetingKind::Series)
            return Error{tr("The meeting “%1” is not a series.").arg(series->title)};
        if (!lastDay.isValid())
            return named(*series, tr("which day should be its last?"));
        auto set = recurrenceOf(*series);
        if (!set)
            return named(*series, set.errorMessage());
        const QDateTime endWall(lastDay, QTime(23, 59, 59), QTimeZone::utc());
        qint64 cutoff = endWall.toSecsSinceEpoch();
        if (!series->allDay && !series->floating) {
            auto zone = MeetingTimes::timeZone(series->timezone);
            if (!zone)
                return named(*series, zone.errorMessage());
            cutoff = MeetingTimes::wallToUtc(lastDay, QTime(23, 59, 59), *zone);
        }
        if (set->between(series->startUtc - 2 * s_day, cutoff + 1).isEmpty())
            return named(*series, tr("no occurrence would remain on or before %1; delete the series instead.")
                                      .arg(lastDay.toString(Qt::ISODate)));
        Meeting ended = *series;
        auto endedBy = endedRules(*series, RecurrenceRule::Until::forStart(startOf(*series), cutoff, endWall),
                                  cutoff, true);
        if (!endedBy)
            return endedBy.error();
        ended.rrules = *endedBy;
        const auto kept = [endWall](const QDateTime &wall) { return wall <= endWall; };
        auto rdates = filterDates(*series, series->rdates, kept);
        auto exdates = filterDates(*series, series->exdates, kept);
        if (!rdates || !exdates)
            return named(*series, (rdates ? exdates.error() : rdates.error()).message);
        ended.rdates = *rdates;
        ended.exdates = *exdates;
        if (auto s = MeetingService::deriveTimes(ended, nullptr); !s)
            return s.error();
        if (auto s = writeMeeting(rows, ended); !s)
            return s.error();
        auto overrides = m_context.reader().overridesOf(series->id);
        if (!overrides)
            return overrides.error();
        for (const Meeting &o : std::as_const(*overrides)) {
            if (o.recurrenceIdUtc.value_or(0) > cutoff) {
                if (auto s = detach(rows, o); !s)
                    return s.error();
            }
        }
        return series->id;
    });
}

} // namespace trellis
