#pragma once

#include "insights/portfoliocounts.h"
#include "insights/relationshipsnapshot.h"
#include "storage/chartquery.h"
#include "util/result.h"

#include <QDate>
#include <QList>

#include <optional>

namespace trellis {

class Database;

// The bucket of PortfolioCounts' status partition a relationship is in at a date.
enum class StatusBucket { OnTrack, DueSoon, Overdue, Paused, Proposed, Ended };

// Contact, hours, feedback and status of a set of relationships (one relationship, a mentor's,
// a cohort) by calendar month (issue 11, item 1). Computed from ChartFacts; dates are local dates.
//
// Definitions:
// - *Months*: the calendar months up to and including today's (or, when every relationship has
//   ended, the month the last one ended), from the month the earliest relationship started (or
//   was proposed, when not started), at most `months` of them.
// - *Meetings held* in a month: held single meetings and overrides starting in it (what health
//   counts as a meeting); *contacts logged*: logged contacts in it. *Hours*: the held meetings'
//   durations added up, in hours.
// - *Measured days*: the days a relationship's contact is measured — from its start date to its end
//   date (or today), for relationships that are active, completed or ended early. Proposed and
//   paused relationships are not measured (the data does not date a pause).
// - *Expected contacts* (the cadence line): measured days in the month / cadence days, added up
//   over the relationships.
// - *Cadence adherence* of a month: the share of measured days on which the last contact on or
//   before that day (a held meeting or a logged contact; the start date when there was none) was
//   at most the cadence ago — the days on which HealthCalculator would not call it overdue. A
//   cohort's is over all its measured days; nullopt for a month without measured days.
// - *Feedback average*: the mean rating given in the month that the viewer may see; nullopt
//   without any.
// - *Status at a date* (`statuses`, at each month's last day; the last one at today): the
//   PortfolioCounts partition. Today it is exactly PortfolioCounts' (the status as it is, active
//   ones by HealthCalculator's cadence state). Earlier dates are reconstructed from the dates a
//   relationship carries: not counted before it was proposed; Ended from its end date on (a
//   completed or ended one without an end date counts as ended throughout); Proposed while
//   proposed or before its start date; otherwise the cadence state HealthCalculator gives from
//   its contacts up to that date. Pauses are not dated, so a paused relationship counts as
//   paused only today and is measured like an active one before.
// - *Goal completion*: goals not abandoned, by fraction of the way start → target of their
//   current value (achieved goals 100%), in five 20-point bins [0,20) … [80,100) and one bin for
//   100% (complete).
struct ActivitySeries {
    struct Month {
        QDate month; // its first day
        int meetingsHeld = 0;
        int contactsLogged = 0;
        double hours = 0;
        double expectedContacts = 0;
        int measuredDays = 0;
        int daysWithinCadence = 0;
        std::optional<double> adherence; // 0..1
        std::optional<double> feedbackAverage;
        int feedbackCount = 0;
        bool operator==(const Month &) const = default;
    };
    struct StatusAt {
        QDate date;
        PortfolioCounts counts; // the partition only; overlays are not reconstructed
        bool operator==(const StatusAt &) const = default;
    };
    struct CompletionBin {
        int fromPercent = 0;
        int toPercent = 0; // exclusive, except for the complete bin (100, 100)
        QList<Id> goalIds;
        bool operator==(const CompletionBin &) const = default;
    };

    static constexpr int defaultMonths = 12;

    ChartFacts facts;
    QDate today;
    QList<Month> months;
    QList<StatusAt> statuses;        // one per month, the same order
    QList<CompletionBin> completion; // six bins

    static ActivitySeries of(ChartFacts facts, const QDate &today, int months = defaultMonths);
    // Reads ChartQuery on the calling thread's connection with the Clock's now: the relationships,
    // then the held meetings and contacts of the months shown only (ChartQuery::factsSince).
    // The drill-downs below then cover those months.
    [[nodiscard]] static Result<ActivitySeries> load(Database &database, const RelationshipScope &scope,
                                                     int months = defaultMonths);

    // The same facts as ChartQuery reads, from a relationship page's snapshot (one relationship,
    // already loaded): held meetings are its own-row occurrences with status held that started by
    // `nowUtc`, and its feedback is what the snapshot's viewer may see.
    static ChartFacts factsOf(const RelationshipSnapshot &snapshot, qint64 nowUtc);
    // The first day of the first month of(…) shows for these relationships.
    static QDate firstMonthShown(const QList<ChartFacts::Relationship> &relationships, const QDate &today,
                                 int months = defaultMonths);

    // Drill down: the rows behind a number.
    QList<ChartFacts::Meeting> meetingsIn(const QDate &month) const;
    QList<ChartFacts::Contact> contactsIn(const QDate &month) const;
    QList<ChartFacts::Relationship> relationshipsIn(StatusBucket bucket, const QDate &date) const;
    std::optional<StatusBucket> bucketOf(const ChartFacts::Relationship &relationship,
                                         const QDate &date) const;

    static double completionFraction(const ChartFacts::Goal &goal);
    static QString bucketText(StatusBucket bucket); // translated
    static int bucketCount(const PortfolioCounts &counts, StatusBucket bucket);
};

} // namespace trellis
