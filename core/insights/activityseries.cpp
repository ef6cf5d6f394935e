#include "insights/activityseries.h"

#include "insights/healthcalculator.h"
#include "storage/database.h"
#include "util/clock.h"
#include "util/localdates.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <algorithm>
#include <limits>

namespace trellis {

namespace {

QDate localDate(qint64 utcSecs)
{
    return QDateTime::fromSecsSinceEpoch(utcSecs).toLocalTime().date();
}

QDate monthOf(const QDate &date)
{
    return QDate(date.year(), date.month(), 1);
}

bool isEnded(const QString &status)
{
    return status == QLatin1String("completed") || status == QLatin1String("ended_early");
}

// The days a relationship's contact is measured, clipped to [from, to]; nullopt when none.
std::optional<std::pair<QDate, QDate>> measuredSpan(const ChartFacts::Relationship &r, const QDate &from,
                                                    const QDate &to)
{
    if (!r.startDate || !(r.status == QLatin1String("active") || isEnded(r.status)))
        return std::nullopt;
    const QDate first = std::max(*r.startDate, from);
    QDate last = to;
    if (r.endDate && *r.endDate < last)
        last = *r.endDate;
    if (first > last)
        return std::nullopt;
    return std::pair{first, last};
}

// Contact times (held meetings and logged contacts) per relationship, oldest first; the last one
// before a windowed read's start comes first.
QHash<Id, QList<qint64>> contactTimes(const ChartFacts &facts)
{
    QHash<Id, QList<qint64>> times;
    times.reserve(facts.relationships.size());
    for (const ChartFacts::Relationship &r : facts.relationships)
        if (r.lastContactBeforeUtc)
            times[r.id].append(*r.lastContactBeforeUtc);
    for (const ChartFacts::Meeting &meeting : facts.meetings)
        times[meeting.relationshipId].append(meeting.startUtc);
    for (const ChartFacts::Contact &contact : facts.contacts)
        times[contact.relationshipId].append(contact.occurredUtc);
    for (QList<qint64> &list : times)
        std::sort(list.begin(), list.end());
    return times;
}

// The last second of `date` in local time.
qint64 endOfDay(const QDate &date)
{
    return QDateTime(date.addDays(1), QTime(0, 0)).toSecsSinceEpoch() - 1;
}

std::optional<qint64> lastUpTo(const QList<qint64> &times, qint64 until)
{
    const auto it = std::upper_bound(times.begin(), times.end(), until);
    if (it == times.begin())
        return std::nullopt;
    return *(it - 1);
}

// One table of local offsets for every instant of the facts (see LocalDates).
LocalDates localDatesOf(const ChartFacts &facts)
{
    qint64 earliest = std::numeric_limits<qint64>::max();
    qint64 latest = std::numeric_limits<qint64>::min();
    const auto cover = [&](qint64 utc) {
        earliest = std::min(earliest, utc);
        latest = std::max(latest, utc);
    };
    for (const ChartFacts::Relationship &r : facts.relationships)
        if (r.lastContactBeforeUtc)
            cover(*r.lastContactBeforeUtc);
    for (const ChartFacts::Meeting &meeting : facts.meetings)
        cover(meeting.startUtc);
    for (const ChartFacts::Contact &contact : facts.contacts)
        cover(contact.occurredUtc);
    return LocalDates(earliest, latest);
}

// The months a chart shows (see the header's definition of Months).
struct MonthWindow {
    QDate first; // first day of the first month
    QDate until; // today, or the day the last relationship ended
    int count = 1;
};

MonthWindow monthWindow(const QList<ChartFacts::Relationship> &relationships, const QDate &today,
                        int monthCount)
{
    monthCount = std::max(monthCount, 1);
    // From the month the earliest relationship started (or was proposed), at most `months` back.
    std::optional<QDate> earliest;
    for (const ChartFacts::Relationship &r : relationships) {
        const QDate began = r.startDate.value_or(r.proposedOn);
        if (began.isValid() && (!earliest || began < *earliest))
            earliest = began;
    }
    // Up to today's month, or to the month the last one ended when every relationship has ended
    // (an old cohort's chart shows its own year, not a year of nothing since).
    QDate until = today;
    bool allEnded = !relationships.isEmpty();
    std::optional<QDate> lastEnd;
    for (const ChartFacts::Relationship &r : relationships) {
        allEnded = allEnded && isEnded(r.status) && r.endDate;
        if (r.endDate && (!lastEnd || *r.endDate > *lastEnd))
            lastEnd = r.endDate;
    }
    if (allEnded && lastEnd && *lastEnd < today)
        until = *lastEnd;
    if (earliest) {
        const int since = (until.year() - earliest->year()) * 12 + until.month() - earliest->month() + 1;
        monthCount = std::clamp(since, 1, monthCount);
    }
    return {monthOf(until).addMonths(-(monthCount - 1)), until, monthCount};
}

std::optional<StatusBucket> bucketAt(const ChartFacts::Relationship &r, const QList<qint64> &times,
                                     const QDate &date, qint64 dateEnd, const QDate &today,
                                     const LocalDates &local)
{
    if (date >= today) {
        // Today: the relationship's status as it is, as PortfolioCounts counts it.
        if (isEnded(r.status))
            return StatusBucket::Ended;
        if (r.status == QLatin1String("proposed"))
            return StatusBucket::Proposed;
        if (r.status == QLatin1String("paused"))
            return StatusBucket::Paused;
    } else {
        // Earlier: reconstructed from the dates the relationship carries.
        if (r.proposedOn.isValid() && r.proposedOn > date)
            return std::nullopt;
        if (isEnded(r.status) && (!r.endDate || *r.endDate <= date))
            return StatusBucket::Ended;
        if (r.status == QLatin1String("proposed") || (r.startDate && *r.startDate > date))
            return StatusBucket::Proposed;
    }
    // HealthCalculator's cadence state of an active relationship at `date`.
    const std::optional<qint64> last = lastUpTo(times, dateEnd);
    const std::optional<QDate> reference = last ? std::optional(local.dateOf(*last)) : r.startDate;
    switch (HealthCalculator::cadenceState(reference, r.cadenceDays, date)) {
    case CadenceState::DueSoon:
        return StatusBucket::DueSoon;
    case CadenceState::Overdue:
        return StatusBucket::Overdue;
    default:
        return StatusBucket::OnTrack;
    }
}

void add(PortfolioCounts &counts, StatusBucket bucket)
{
    ++counts.total;
    switch (bucket) {
    case StatusBucket::OnTrack:
        ++counts.onTrack;
        break;
    case StatusBucket::DueSoon:
        ++counts.dueSoon;
        break;
    case StatusBucket::Overdue:
        ++counts.overdue;
        break;
    case StatusBucket::Paused:
        ++counts.paused;
        break;
    case StatusBucket::Proposed:
        ++counts.proposed;
        break;
    case StatusBucket::Ended:
        ++counts.ended;
        break;
    }
}

} // namespace

ActivitySeries ActivitySeries::of(ChartFacts facts, const QDate &today, int monthCount)
{
    ActivitySeries series;
    series.facts = std::move(facts);
    series.today = today;
    const ChartFacts &f = series.facts;
    const MonthWindow window = monthWindow(f.relationships, today, monthCount);
    monthCount = window.count;
    const QDate first = window.first;
    const QDate until = window.until;
    for (int i = 0; i < monthCount; ++i) {
        Month month;
        month.month = first.addMonths(i);
        series.months.append(month);
    }
    const int firstMonthNumber = first.year() * 12 + first.month() - 1;
    const auto indexAt = [&](const QDate &date) -> qsizetype {
        const int index = date.year() * 12 + date.month() - 1 - firstMonthNumber;
        return index >= 0 && index < monthCount ? index : -1;
    };
    const auto monthAt = [&](const QDate &date) -> Month * {
        const qsizetype index = indexAt(date);
        return index < 0 ? nullptr : &series.months[index];
    };

    const LocalDates local = localDatesOf(f);
    const auto localDay = [&local](qint64 utc) { return local.dateOf(utc); };

    for (const ChartFacts::Meeting &meeting : f.meetings) {
        if (Month *month = monthAt(localDay(meeting.startUtc))) {
            ++month->meetingsHeld;
            month->hours += meeting.durationMinutes / 60.0;
        }
    }
    for (const ChartFacts::Contact &contact : f.contacts)
        if (Month *month = monthAt(localDay(contact.occurredUtc)))
            ++month->contactsLogged;
    QList<double> ratingSums(monthCount, 0.0);
    for (const ChartFacts::Feedback &feedback : f.feedback) {
        if (const qsizetype index = indexAt(feedback.givenOn); index >= 0) {
            ++series.months[index].feedbackCount;
            ratingSums[index] += feedback.rating;
        }
    }

    const QHash<Id, QList<qint64>> times = contactTimes(f);
    const QList<qint64> none;
    QList<double> expected(monthCount, 0.0);
    // Days as Julian day numbers: the walk below visits a year of days for each relationship.
    QList<qint64> monthEnds; // the last day of each month
    for (const Month &month : std::as_const(series.months))
        monthEnds.append(month.month.addMonths(1).toJulianDay() - 1);
    for (const ChartFacts::Relationship &r : f.relationships) {
        const QList<qint64> &mine = times.contains(r.id) ? times[r.id] : none;
        // Adherence: walk the measured days with the last contact date before each.
        const auto span = measuredSpan(r, first, until);
        if (!span)
            continue;
        QList<qint64> days;
        days.reserve(mine.size());
        for (qint64 utc : mine)
            days.append(localDay(utc).toJulianDay());
        auto next = days.cbegin();
        qint64 reference = r.startDate->toJulianDay();
        const int cadence = std::max(r.cadenceDays, 1);
        const double share = 1.0 / cadence;
        qsizetype index = 0;
        const qint64 lastDay = span->second.toJulianDay();
        for (qint64 day = span->first.toJulianDay(); day <= lastDay; ++day) {
            while (next != days.cend() && *next <= day) {
                reference = std::max(reference, *next);
                ++next;
            }
            while (day > monthEnds.at(index))
                ++index;
            Month &month = series.months[index];
            ++month.measuredDays;
            if (day - reference <= cadence)
                ++month.daysWithinCadence;
            expected[index] += share;
        }
    }
    for (int i = 0; i < monthCount; ++i) {
        Month &month = series.months[i];
        month.expectedContacts = expected[i];
        if (month.measuredDays > 0)
            month.adherence = double(month.daysWithinCadence) / month.measuredDays;
        if (month.feedbackCount > 0)
            month.feedbackAverage = ratingSums[i] / month.feedbackCount;
    }

    for (const Month &month : series.months) {
        const QDate date = std::min(month.month.addMonths(1).addDays(-1), until);
        StatusAt at{date, {}};
        const qint64 dateEnd = endOfDay(date);
        for (const ChartFacts::Relationship &r : f.relationships) {
            const QList<qint64> &mine = times.contains(r.id) ? times[r.id] : none;
            if (const auto bucket = bucketAt(r, mine, date, dateEnd, today, local))
                add(at.counts, *bucket);
        }
        series.statuses.append(at);
    }

    for (int from = 0; from < 100; from += 20)
        series.completion.append({from, from + 20, {}});
    series.completion.append({100, 100, {}});
    for (const ChartFacts::Goal &goal : f.goals) {
        if (goal.status == GoalStatus::Abandoned)
            continue;
        const double fraction = completionFraction(goal);
        const int bin = fraction >= 1.0 ? 5 : std::clamp(int(fraction * 5.0), 0, 4);
        series.completion[bin].goalIds.append(goal.id);
    }
    return series;
}

Result<ActivitySeries> ActivitySeries::load(Database &database, const RelationshipScope &scope, int months)
{
    const ChartQuery query(database.connection());
    auto relationships = query.relationships(scope);
    if (!relationships)
        return relationships.error();
    // Only the months shown are read (a day early: local midnight may not exist, and a day more
    // does no harm — what is outside the months is not counted).
    const QDate today = Clock::today();
    const QDate first = firstMonthShown(*relationships, today, months);
    const qint64 since = QDateTime(first.addDays(-1), QTime(0, 0)).toSecsSinceEpoch();
    auto facts = query.factsSince(std::move(*relationships), scope, Clock::nowSecs(), since);
    if (!facts)
        return facts.error();
    return of(std::move(*facts), today, months);
}

QDate ActivitySeries::firstMonthShown(const QList<ChartFacts::Relationship> &relationships,
                                      const QDate &today, int months)
{
    return monthWindow(relationships, today, months).first;
}

ChartFacts ActivitySeries::factsOf(const RelationshipSnapshot &snapshot, qint64 nowUtc)
{
    ChartFacts facts;
    const Relationship &r = snapshot.relationship;
    ChartFacts::Relationship row;
    row.id = r.id;
    row.status = toText(r.status);
    row.proposedOn = r.proposedOn;
    row.startDate = r.startDate;
    row.endDate = r.endDate;
    row.cadenceDays = r.cadenceDays;
    row.mentorName = snapshot.overview.row.mentorName;
    row.menteeName = snapshot.overview.row.menteeName;
    facts.relationships.append(row);
    const auto addHeld = [&](const MeetingEntry &entry) {
        if (entry.hasOwnRow() && entry.row.status == MeetingStatus::Held &&
            entry.occurrence.startUtc <= nowUtc)
            facts.meetings.append({entry.row.id, r.id, entry.occurrence.startUtc,
                                   int((entry.occurrence.endUtc - entry.occurrence.startUtc) / 60),
                                   entry.occurrence.title});
    };
    for (const MeetingEntry &entry : snapshot.past)
        addHeld(entry);
    for (const MeetingEntry &entry : snapshot.upcoming)
        addHeld(entry);
    std::sort(facts.meetings.begin(), facts.meetings.end(), [](const auto &a, const auto &b) {
        return a.startUtc != b.startUtc ? a.startUtc < b.startUtc : a.id < b.id;
    });
    for (const Contact &contact : snapshot.contacts) {
        const qint64 at = contact.occurredAt.toSecsSinceEpoch();
        if (at <= nowUtc)
            facts.contacts.append({contact.id, r.id, at});
    }
    std::sort(facts.contacts.begin(), facts.contacts.end(), [](const auto &a, const auto &b) {
        return a.occurredUtc != b.occurredUtc ? a.occurredUtc < b.occurredUtc : a.id < b.id;
    });
    for (const GoalDetails &details : snapshot.goals) {
        ChartFacts::Goal goal;
        goal.id = details.goal.id;
        goal.relationshipId = r.id;
        goal.title = details.goal.title;
        goal.status = details.goal.status;
        goal.startValue = details.goal.startValue;
        goal.targetValue = details.goal.targetValue;
        if (details.latest)
            goal.latest = details.latest->value;
        facts.goals.append(goal);
    }
    for (const Feedback &feedback : snapshot.feedback)
        facts.feedback.append({feedback.id, r.id, feedback.givenOn, feedback.rating});
    std::sort(facts.feedback.begin(), facts.feedback.end(), [](const auto &a, const auto &b) {
        return a.givenOn != b.givenOn ? a.givenOn < b.givenOn : a.id < b.id;
    });
    return facts;
}

QList<ChartFacts::Meeting> ActivitySeries::meetingsIn(const QDate &month) const
{
    QList<ChartFacts::Meeting> found;
    for (const ChartFacts::Meeting &meeting : facts.meetings)
        if (monthOf(localDate(meeting.startUtc)) == monthOf(month))
            found.append(meeting);
    return found;
}

QList<ChartFacts::Contact> ActivitySeries::contactsIn(const QDate &month) const
{
    QList<ChartFacts::Contact> found;
    for (const ChartFacts::Contact &contact : facts.contacts)
        if (monthOf(localDate(contact.occurredUtc)) == monthOf(month))
            found.append(contact);
    return found;
}

std::optional<StatusBucket> ActivitySeries::bucketOf(const ChartFacts::Relationship &relationship,
                                                     const QDate &date) const
{
    QList<qint64> mine;
    for (const ChartFacts::Meeting &meeting : facts.meetings)
        if (meeting.relationshipId == relationship.id)
            mine.append(meeting.startUtc);
    for (const ChartFacts::Contact &contact : facts.contacts)
        if (contact.relationshipId == relationship.id)
            mine.append(contact.occurredUtc);
    if (const auto it = std::find_if(facts.relationships.cbegin(), facts.relationships.cend(),
                                     [&](const auto &r) { return r.id == relationship.id; });
        it != facts.relationships.cend() && it->lastContactBeforeUtc)
        mine.append(*it->lastContactBeforeUtc);
    std::sort(mine.begin(), mine.end());
    return bucketAt(relationship, mine, date, endOfDay(date), today, localDatesOf(facts));
}

QList<ChartFacts::Relationship> ActivitySeries::relationshipsIn(StatusBucket bucket, const QDate &date) const
{
    const QHash<Id, QList<qint64>> times = contactTimes(facts);
    const QList<qint64> none;
    const qint64 dateEnd = endOfDay(date);
    const LocalDates local = localDatesOf(facts);
    QList<ChartFacts::Relationship> found;
    for (const ChartFacts::Relationship &r : facts.relationships)
        if (bucketAt(r, times.contains(r.id) ? times[r.id] : none, date, dateEnd, today, local) == bucket)
            found.append(r);
    return found;
}

double ActivitySeries::completionFraction(const ChartFacts::Goal &goal)
{
    if (goal.status == GoalStatus::Achieved)
        return 1.0;
    const double span = goal.targetValue - goal.startValue;
    if (span == 0 || !goal.latest)
        return 0.0;
    return std::clamp((*goal.latest - goal.startValue) / span, 0.0, 1.0);
}

int ActivitySeries::bucketCount(const PortfolioCounts &counts, StatusBucket bucket)
{
    switch (bucket) {
    case StatusBucket::OnTrack:
        return counts.onTrack;
    case StatusBucket::DueSoon:
        return counts.dueSoon;
    case StatusBucket::Overdue:
        return counts.overdue;
    case StatusBucket::Paused:
        return counts.paused;
    case StatusBucket::Proposed:
        return counts.proposed;
    case StatusBucket::Ended:
        return counts.ended;
    }
    return 0;
}

QString ActivitySeries::bucketText(StatusBucket bucket)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("trellis::ActivitySeries", text);
    };
    switch (bucket) {
    case StatusBucket::OnTrack:
        return tr("On track");
    case StatusBucket::DueSoon:
        return tr("Due soon");
    case StatusBucket::Overdue:
        return tr("Overdue");
    case StatusBucket::Paused:
        return tr("Paused");
    case StatusBucket::Proposed:
        return tr("Proposed");
    case StatusBucket::Ended:
        return tr("Ended");
    }
    return {};
}

} // namespace trellis
