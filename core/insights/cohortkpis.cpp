#include "insights/cohortkpis.h"

#include "insights/healthcalculator.h"
#include "insights/relationshipoverview.h"
#include "storage/database.h"
#include "storage/occurrencequery.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace trellis {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("trellis::CohortKpis", text);
}

QDate localDate(qint64 utc)
{
    return QDateTime::fromSecsSinceEpoch(utc).toLocalTime().date();
}

qint64 startOfDayUtc(const QDate &date)
{
    return QDateTime(date, QTime(0, 0)).toSecsSinceEpoch();
}

bool isEnded(const QString &status)
{
    return status == QLatin1String("completed") || status == QLatin1String("ended_early");
}

// In the period: started on or before its end, not ended before its start (see the header).
bool inPeriod(const ReportFacts::Pair &pair, const ReportPeriod &period)
{
    if (pair.status == QLatin1String("proposed") || !pair.startDate || *pair.startDate > period.to)
        return false;
    return !pair.endDate || *pair.endDate >= period.from;
}

// Running on `date`: started by then and not ended (a completed pair without an end date has ended).
bool runningOn(const ReportFacts::Pair &pair, const QDate &date)
{
    if (pair.status == QLatin1String("proposed") || !pair.startDate || *pair.startDate > date)
        return false;
    if (pair.endDate)
        return *pair.endDate > date;
    return !isEnded(pair.status);
}

std::optional<double> share(int part, int whole)
{
    if (whole <= 0)
        return std::nullopt;
    return double(part) / double(whole);
}

std::optional<double> mean(double sum, int count)
{
    if (count <= 0)
        return std::nullopt;
    return sum / count;
}

} // namespace

bool Kpi::isCount() const
{
    return unit() == KpiUnit::Count;
}

KpiStage Kpi::stage() const
{
    switch (id) {
    case KpiId::PeopleServed:
    case KpiId::NewPairs:
    case KpiId::ActivePairs:
    case KpiId::MenteeMatchRate:
    case KpiId::MentorMatchRate:
    case KpiId::UnmatchedMentees:
        return KpiStage::Matching;
    case KpiId::Closures:
    case KpiId::EarlyEndingRate:
    case KpiId::AverageDuration:
    case KpiId::PairsEnded:
        return KpiStage::Closure;
    default:
        return KpiStage::MonitoringSupport;
    }
}

KpiTiming Kpi::timing() const
{
    switch (id) {
    case KpiId::ActivePairs:
    case KpiId::MenteeMatchRate:
    case KpiId::MentorMatchRate:
    case KpiId::UnmatchedMentees:
    case KpiId::PairsOnTrack:
    case KpiId::PairsDueSoon:
    case KpiId::PairsOverdue:
    case KpiId::PairsPaused:
    case KpiId::PairsProposed:
    case KpiId::PairsEnded:
    case KpiId::CadenceAdherence:
    case KpiId::GoalsSet:
    case KpiId::GoalsAchieved:
    case KpiId::GoalsInProgress:
    case KpiId::AverageGoalProgress:
    case KpiId::AtRiskPairs:
        return KpiTiming::AtEndDate;
    default:
        return KpiTiming::WithinPeriod;
    }
}

KpiUnit Kpi::unit() const
{
    switch (id) {
    case KpiId::MenteeMatchRate:
    case KpiId::MentorMatchRate:
    case KpiId::CadenceAdherence:
    case KpiId::SessionCompletion:
    case KpiId::AverageGoalProgress:
    case KpiId::EarlyEndingRate:
        return KpiUnit::Percent;
    case KpiId::MentoringHours:
        return KpiUnit::Hours;
    case KpiId::MenteeSatisfaction:
    case KpiId::MentorSatisfaction:
        return KpiUnit::Rating;
    case KpiId::AverageDuration:
        return KpiUnit::Days;
    default:
        return KpiUnit::Count;
    }
}

QString Kpi::label() const
{
    switch (id) {
    case KpiId::PeopleServed:
        return tr("People served");
    case KpiId::NewPairs:
        return tr("New pairs");
    case KpiId::ActivePairs:
        return tr("Active pairs");
    case KpiId::MenteeMatchRate:
        return tr("Match rate, mentees");
    case KpiId::MentorMatchRate:
        return tr("Match rate, mentors");
    case KpiId::UnmatchedMentees:
        return tr("Unmatched mentees");
    case KpiId::PairsOnTrack:
        return tr("Pairs on track");
    case KpiId::PairsDueSoon:
        return tr("Pairs due soon");
    case KpiId::PairsOverdue:
        return tr("Pairs overdue");
    case KpiId::PairsPaused:
        return tr("Pairs paused");
    case KpiId::PairsProposed:
        return tr("Pairs proposed");
    case KpiId::PairsEnded:
        return tr("Pairs ended");
    case KpiId::CadenceAdherence:
        return tr("Cadence adherence");
    case KpiId::SessionCompletion:
        return tr("Session completion");
    case KpiId::PairsWithThreeMeetings:
        return tr("Pairs with 3 or more meetings");
    case KpiId::MeetingsHeld:
        return tr("Meetings held");
    case KpiId::MentoringHours:
        return tr("Mentoring hours");
    case KpiId::GoalsSet:
        return tr("Goals set");
    case KpiId::GoalsAchieved:
        return tr("Goals achieved");
    case KpiId::GoalsInProgress:
        return tr("Goals in progress");
    case KpiId::AverageGoalProgress:
        return tr("Average goal progress");
    case KpiId::MenteeSatisfaction:
        return tr("Mentee satisfaction");
    case KpiId::MenteeRatings:
        return tr("Mentee ratings");
    case KpiId::MentorSatisfaction:
        return tr("Mentor satisfaction");
    case KpiId::MentorRatings:
        return tr("Mentor ratings");
    case KpiId::AtRiskPairs:
        return tr("Pairs at risk");
    case KpiId::Closures:
        return tr("Closures");
    case KpiId::EarlyEndingRate:
        return tr("Early-ending rate");
    case KpiId::AverageDuration:
        return tr("Average duration of closed pairs");
    }
    return {};
}

QString Kpi::definition() const
{
    switch (id) {
    case KpiId::PeopleServed:
        return tr("Distinct mentors and mentees in a pair that ran at some time in the period.");
    case KpiId::NewPairs:
        return tr("Pairs whose start date is in the period.");
    case KpiId::ActivePairs:
        return tr("Pairs active (not paused, proposed or ended) on the end date.");
    case KpiId::MenteeMatchRate:
        return tr("Mentees of the whole roster in a running pair on the end date, of all mentees.");
    case KpiId::MentorMatchRate:
        return tr(
            "Mentors of the whole roster with at least one running pair on the end date, of all mentors.");
    case KpiId::UnmatchedMentees:
        return tr("Mentees of the whole roster in no running pair on the end date.");
    case KpiId::PairsOnTrack:
        return tr("Active pairs whose next contact is not yet due soon, on the end date.");
    case KpiId::PairsDueSoon:
        return tr("Active pairs whose next contact is due within a few days, on the end date.");
    case KpiId::PairsOverdue:
        return tr(
            "Active pairs whose last contact is longer ago than their agreed cadence, on the end date.");
    case KpiId::PairsPaused:
        return tr("Pairs paused now (pauses are not dated).");
    case KpiId::PairsProposed:
        return tr("Pairs proposed but not started on the end date.");
    case KpiId::PairsEnded:
        return tr("Pairs completed or ended early by the end date.");
    case KpiId::CadenceAdherence:
        return tr("Active pairs on track or due soon, of all active pairs, on the end date.");
    case KpiId::SessionCompletion:
        return tr("Meetings held, of the occurrences planned in the period that are past (cancelled ones "
                  "left out).");
    case KpiId::PairsWithThreeMeetings:
        return tr("Pairs with at least three meetings held in the period.");
    case KpiId::MeetingsHeld:
        return tr("Meetings logged as held in the period.");
    case KpiId::MentoringHours:
        return tr("The held meetings' durations in the period, in hours.");
    case KpiId::GoalsSet:
        return tr("Goals not abandoned, as last recorded.");
    case KpiId::GoalsAchieved:
        return tr("Goals achieved or at their target, as last recorded.");
    case KpiId::GoalsInProgress:
        return tr("Goals in progress and not yet at their target, as last recorded.");
    case KpiId::AverageGoalProgress:
        return tr("Mean share of the way from start to target of the goals set, as last recorded.");
    case KpiId::MenteeSatisfaction:
        return tr("Mean of the ratings (1–5) mentees gave in the period.");
    case KpiId::MenteeRatings:
        return tr("Ratings mentees gave in the period.");
    case KpiId::MentorSatisfaction:
        return tr("Mean of the ratings (1–5) mentors gave in the period.");
    case KpiId::MentorRatings:
        return tr("Ratings mentors gave in the period.");
    case KpiId::AtRiskPairs:
        return tr("Active pairs with at least one risk reason, at generation.");
    case KpiId::Closures:
        return tr("Pairs completed or ended early with an end date in the period.");
    case KpiId::EarlyEndingRate:
        return tr("Closures in the period that ended early, of all closures in the period.");
    case KpiId::AverageDuration:
        return tr("Mean days from start to end of the pairs closed in the period.");
    }
    return {};
}

QList<KpiId> CohortKpis::allIds()
{
    QList<KpiId> ids;
    for (int i = 0; i <= int(KpiId::AverageDuration); ++i)
        ids.append(KpiId(i));
    return ids;
}

std::optional<Kpi> CohortKpis::kpi(KpiId id) const
{
    for (const Kpi &k : kpis)
        if (k.id == id)
            return k;
    return std::nullopt;
}

QString CohortKpis::stageText(KpiStage stage)
{
    switch (stage) {
    case KpiStage::Matching:
        return tr("Matching and initiating");
    case KpiStage::MonitoringSupport:
        return tr("Monitoring and support");
    case KpiStage::Closure:
        return tr("Closure");
    }
    return {};
}

QString CohortKpis::timingText(KpiTiming timing)
{
    return timing == KpiTiming::AtEndDate ? tr("at end date") : tr("in period");
}

CohortKpis CohortKpis::of(const ChartFacts &chart, const ReportFacts &report,
                          const QList<Occurrence> &occurrences, QList<AtRisk> atRisk,
                          const ReportPeriod &period, const QDate &today, qint64 nowUtc)
{
    CohortKpis result;
    result.period = period;
    const QDate end = std::min(period.to, today);
    result.series = ActivitySeries::of(chart, end);
    QMap<KpiId, std::optional<double>> values;

    // Matching and initiating.
    QSet<Id> people;
    int newPairs = 0;
    QSet<Id> running; // pairs in the period
    for (const ReportFacts::Pair &pair : report.pairs) {
        if (!inPeriod(pair, period))
            continue;
        running.insert(pair.id);
        people.insert(pair.mentorId);
        people.insert(pair.menteeId);
        if (pair.startDate && period.contains(*pair.startDate))
            ++newPairs;
    }
    values[KpiId::PeopleServed] = people.size();
    values[KpiId::NewPairs] = newPairs;

    QSet<Id> matchedMentees, matchedMentors;
    for (const ReportFacts::Pair &pair : report.rosterPairs)
        if (runningOn(pair, end)) {
            matchedMentees.insert(pair.menteeId);
            matchedMentors.insert(pair.mentorId);
        }
    int mentees = 0, mentors = 0, menteesMatched = 0, mentorsMatched = 0;
    for (const ReportFacts::Person &person : report.roster) {
        if (person.mentee) {
            ++mentees;
            menteesMatched += matchedMentees.contains(person.id) ? 1 : 0;
        }
        if (person.mentor) {
            ++mentors;
            mentorsMatched += matchedMentors.contains(person.id) ? 1 : 0;
        }
    }
    values[KpiId::MenteeMatchRate] = share(menteesMatched, mentees);
    values[KpiId::MentorMatchRate] = share(mentorsMatched, mentors);
    values[KpiId::UnmatchedMentees] = mentees - menteesMatched;

    // Status at the end date: ActivitySeries' partition.
    // (Reconstructed against the real today, so a pair that ended after the end date counts as
    // it was then.)
    ActivitySeries statusAt;
    statusAt.facts = chart;
    statusAt.today = today;
    QMap<StatusBucket, int> buckets;
    for (const StatusBucket bucket : {StatusBucket::OnTrack, StatusBucket::DueSoon, StatusBucket::Overdue,
                                      StatusBucket::Paused, StatusBucket::Proposed, StatusBucket::Ended})
        buckets[bucket] = int(statusAt.relationshipsIn(bucket, end).size());
    const int active = buckets.value(StatusBucket::OnTrack) + buckets.value(StatusBucket::DueSoon) +
                       buckets.value(StatusBucket::Overdue);
    values[KpiId::ActivePairs] = active;
    values[KpiId::PairsOnTrack] = buckets.value(StatusBucket::OnTrack);
    values[KpiId::PairsDueSoon] = buckets.value(StatusBucket::DueSoon);
    values[KpiId::PairsOverdue] = buckets.value(StatusBucket::Overdue);
    values[KpiId::PairsPaused] = buckets.value(StatusBucket::Paused);
    values[KpiId::PairsProposed] = buckets.value(StatusBucket::Proposed);
    values[KpiId::PairsEnded] = buckets.value(StatusBucket::Ended);
    values[KpiId::CadenceAdherence] =
        share(buckets.value(StatusBucket::OnTrack) + buckets.value(StatusBucket::DueSoon), active);

    // Monitoring and support: meetings in the period.
    QHash<Id, int> heldBy;
    int held = 0;
    double minutes = 0;
    for (const ChartFacts::Meeting &meeting : chart.meetings) {
        if (!period.contains(localDate(meeting.startUtc)))
            continue;
        ++held;
        minutes += meeting.durationMinutes;
        ++heldBy[meeting.relationshipId];
    }
    values[KpiId::MeetingsHeld] = held;
    values[KpiId::MentoringHours] = minutes / 60.0;
    int threeOrMore = 0;
    for (const Id id : running)
        threeOrMore += heldBy.value(id) >= 3 ? 1 : 0;
    values[KpiId::PairsWithThreeMeetings] = threeOrMore;

    int due = 0, occurrencesHeld = 0;
    for (const Occurrence &occurrence : occurrences) {
        if (!period.contains(localDate(occurrence.startUtc)) ||
            occurrence.status == OccurrenceStatus::Cancelled)
            continue;
        if (occurrence.status == OccurrenceStatus::Planned && occurrence.endUtc > nowUtc)
            continue; // not due yet
        ++due;
        occurrencesHeld += occurrence.status == OccurrenceStatus::Held ? 1 : 0;
    }
    values[KpiId::SessionCompletion] = share(occurrencesHeld, due);

    // Goals as last recorded.
    QHash<Id, QPair<int, int>> goalsBy; // achieved, total
    QHash<Id, QPair<double, int>> progressBy;
    int goalsSet = 0, achieved = 0, inProgress = 0;
    double progressSum = 0;
    for (const ChartFacts::Goal &goal : chart.goals) {
        if (goal.status == GoalStatus::Abandoned)
            continue;
        ++goalsSet;
        const double fraction = ActivitySeries::completionFraction(goal);
        progressSum += fraction;
        const bool done = fraction >= 1.0;
        achieved += done ? 1 : 0;
        inProgress += (!done && goal.status == GoalStatus::InProgress) ? 1 : 0;
        goalsBy[goal.relationshipId].first += done ? 1 : 0;
        ++goalsBy[goal.relationshipId].second;
        progressBy[goal.relationshipId].first += fraction;
        ++progressBy[goal.relationshipId].second;
    }
    values[KpiId::GoalsSet] = goalsSet;
    values[KpiId::GoalsAchieved] = achieved;
    values[KpiId::GoalsInProgress] = inProgress;
    values[KpiId::AverageGoalProgress] = mean(progressSum, goalsSet);

    // Satisfaction by role, within the period.
    double menteeSum = 0, mentorSum = 0;
    int menteeCount = 0, mentorCount = 0;
    QHash<Id, QPair<double, int>> ratingBy;
    for (const ReportFacts::Rating &rating : report.ratings) {
        if (!period.contains(rating.givenOn))
            continue;
        if (rating.author == Role::Mentee) {
            menteeSum += rating.rating;
            ++menteeCount;
        } else if (rating.author == Role::Mentor) {
            mentorSum += rating.rating;
            ++mentorCount;
        }
        ratingBy[rating.relationshipId].first += rating.rating;
        ++ratingBy[rating.relationshipId].second;
    }
    values[KpiId::MenteeSatisfaction] = mean(menteeSum, menteeCount);
    values[KpiId::MenteeRatings] = menteeCount;
    values[KpiId::MentorSatisfaction] = mean(mentorSum, mentorCount);
    values[KpiId::MentorRatings] = mentorCount;
    values[KpiId::AtRiskPairs] = atRisk.size();

    // Closure.
    int closures = 0, early = 0, durationCount = 0;
    double durationSum = 0;
    QMap<QString, int> reasons;
    for (const ReportFacts::Pair &pair : report.pairs) {
        if (!isEnded(pair.status) || !pair.endDate || !period.contains(*pair.endDate))
            continue;
        ++closures;
        early += pair.status == QLatin1String("ended_early") ? 1 : 0;
        ++reasons[pair.endReason.trimmed()];
        if (pair.startDate) {
            durationSum += double(pair.startDate->daysTo(*pair.endDate));
            ++durationCount;
        }
    }
    values[KpiId::Closures] = closures;
    values[KpiId::EarlyEndingRate] = share(early, closures);
    values[KpiId::AverageDuration] = mean(durationSum, durationCount);
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
        result.closures.append({it.key(), it.value()});
    std::stable_sort(result.closures.begin(), result.closures.end(),
                     [](const Closure &a, const Closure &b) { return a.count > b.count; });

    for (const KpiId id : allIds())
        result.kpis.append(Kpi{id, values.value(id), std::nullopt});
    result.atRisk = std::move(atRisk);

    // The per-pair table.
    QHash<Id, QDate> lastContact;
    const auto touch = [&](Id relationship, qint64 utc) {
        const QDate date = localDate(utc);
        if (date <= end && (!lastContact.contains(relationship) || lastContact[relationship] < date))
            lastContact[relationship] = date;
    };
    for (const ChartFacts::Meeting &meeting : chart.meetings)
        touch(meeting.relationshipId, meeting.startUtc);
    for (const ChartFacts::Contact &contact : chart.contacts)
        touch(contact.relationshipId, contact.occurredUtc);
    for (const ChartFacts::Relationship &r : chart.relationships) {
        PairRow row;
        row.relationshipId = r.id;
        row.mentorName = r.mentorName;
        row.menteeName = r.menteeName;
        row.status = r.status;
        row.startDate = r.startDate;
        row.meetingsHeld = heldBy.value(r.id);
        if (lastContact.contains(r.id))
            row.lastContact = lastContact.value(r.id);
        row.goalsAchieved = goalsBy.value(r.id).first;
        row.goalsTotal = goalsBy.value(r.id).second;
        row.averageProgress = mean(progressBy.value(r.id).first, progressBy.value(r.id).second);
        row.rating = mean(ratingBy.value(r.id).first, ratingBy.value(r.id).second);
        result.pairs.append(row);
    }
    std::stable_sort(result.pairs.begin(), result.pairs.end(), [](const PairRow &a, const PairRow &b) {
        const int byMentor = QString::localeAwareCompare(a.mentorName, b.mentorName);
        if (byMentor != 0)
            return byMentor < 0;
        const int byMentee = QString::localeAwareCompare(a.menteeName, b.menteeName);
        return byMentee != 0 ? byMentee < 0 : a.relationshipId < b.relationshipId;
    });
    return result;
}

namespace {

Result<CohortKpis> loadScope(Database &database, const RelationshipScope &scope, const ReportPeriod &period)
{
    const qint64 now = Clock::nowSecs();
    auto chart = ChartQuery(database.connection()).facts(scope, now);
    if (!chart)
        return chart.error();
    auto report = ReportQuery(database.connection()).facts(scope);
    if (!report)
        return report.error();
    auto occurrences =
        OccurrenceQuery(database.connection())
            .occurrences(scope, startOfDayUtc(period.from), startOfDayUtc(period.to.addDays(1)));
    if (!occurrences)
        return occurrences.error();
    auto overview = RelationshipOverview::load(database.connection(), scope);
    if (!overview)
        return overview.error();
    QList<CohortKpis::AtRisk> atRisk;
    for (const RelationshipOverviewEntry &entry : *overview)
        if (entry.health.isAtRisk())
            atRisk.append({entry.row.relationshipId, entry.row.mentorName, entry.row.menteeName,
                           entry.health.riskReasons});
    std::sort(atRisk.begin(), atRisk.end(), [](const CohortKpis::AtRisk &a, const CohortKpis::AtRisk &b) {
        return a.relationshipId < b.relationshipId;
    });
    return CohortKpis::of(*chart, *report, *occurrences, std::move(atRisk), period, Clock::today(), now);
}

void setPrevious(CohortKpis &kpis, const CohortKpis &previous)
{
    for (Kpi &k : kpis.kpis)
        if (const auto before = previous.kpi(k.id))
            k.previous = before->value;
}

} // namespace

Result<CohortKpis> CohortKpis::load(Database &database, const ReportSubject &subject,
                                    std::optional<ReportPeriod> period)
{
    const ReportQuery query(database.connection());
    const QDate today = Clock::today();
    if (subject.kind == ReportSubject::Kind::Cohort) {
        auto cohort = query.cohort(subject.id);
        if (!cohort)
            return cohort.error();
        const auto defaultPeriod = [&](const ReportCohort &c) {
            const QDate to = c.endDate ? std::min(*c.endDate, today) : today;
            return ReportPeriod{c.startDate, std::max(to, c.startDate)};
        };
        const ReportPeriod used = period.value_or(defaultPeriod(*cohort));
        auto result = loadScope(database, RelationshipScope::cohort(subject.id), used);
        if (!result)
            return result.error();
        result->subject = subject;
        result->scope = RelationshipScope::cohort(subject.id);
        result->programmeName = cohort->programmeName;
        result->cohortName = cohort->name;
        auto cohorts = query.cohortsOf(cohort->programmeId);
        if (!cohorts)
            return cohorts.error();
        // The previous cohort: the one just before this one in start order.
        for (qsizetype i = 1; i < cohorts->size(); ++i) {
            if (cohorts->at(i).id != subject.id)
                continue;
            const ReportCohort &before = cohorts->at(i - 1);
            auto previous = loadScope(database, RelationshipScope::cohort(before.id), defaultPeriod(before));
            if (!previous)
                return previous.error();
            setPrevious(*result, *previous);
            result->previousLabel = before.name;
            result->previousPeriod = defaultPeriod(before);
        }
        return result;
    }

    auto name = query.programmeName(subject.id);
    if (!name)
        return name.error();
    auto ids = query.relationshipsOf(subject.id);
    if (!ids)
        return ids.error();
    const ReportPeriod used = period.value_or(ReportPeriod{today.addYears(-1).addDays(1), today});
    const RelationshipScope scope = RelationshipScope::relationships(*ids);
    auto result = loadScope(database, scope, used);
    if (!result)
        return result.error();
    result->subject = subject;
    result->scope = scope;
    result->programmeName = *name;
    const ReportPeriod before{used.from.addDays(-used.days()), used.from.addDays(-1)};
    auto previous = loadScope(database, scope, before);
    if (!previous)
        return previous.error();
    setPrevious(*result, *previous);
    result->previousPeriod = before;
    return result;
}

Status CohortKpis::loadSharedNotes(Database &database, CohortKpis &kpis)
{
    auto notes = ReportQuery(database.connection())
                     .sharedNotes(kpis.scope, startOfDayUtc(kpis.period.from),
                                  startOfDayUtc(kpis.period.to.addDays(1)));
    if (!notes)
        return notes.error();
    kpis.sharedNotes = *notes;
    return Status::success();
}

} // namespace trellis
