#pragma once

#include "calendar/occurrence.h"
#include "insights/activityseries.h"
#include "insights/relationshiphealth.h"
#include "storage/reportquery.h"
#include "util/result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace trellis {

class Database;

// What a report is about: one cohort, or a whole programme across its cohorts.
struct ReportSubject {
    enum class Kind { Cohort, Programme };
    Kind kind = Kind::Cohort;
    Id id = 0;
    bool operator==(const ReportSubject &) const = default;
};

// The dates a report counts: from `from` to `to`, both included.
struct ReportPeriod {
    QDate from;
    QDate to;
    bool contains(const QDate &date) const { return date.isValid() && date >= from && date <= to; }
    int days() const { return int(from.daysTo(to)) + 1; }
    bool operator==(const ReportPeriod &) const = default;
};

// The stages of MENTOR's Elements of Effective Practice a KPI reports on.
enum class KpiStage { Matching, MonitoringSupport, Closure };
// Point in time (at the period's end date) or counted within the period — said next to every KPI.
enum class KpiTiming { AtEndDate, WithinPeriod };
enum class KpiUnit { Count, Percent, Hours, Rating, Days };

enum class KpiId {
    PeopleServed,
    NewPairs,
    ActivePairs,
    MenteeMatchRate,
    MentorMatchRate,
    UnmatchedMentees,
    PairsOnTrack,
    PairsDueSoon,
    PairsOverdue,
    PairsPaused,
    PairsProposed,
    PairsEnded,
    CadenceAdherence,
    SessionCompletion,
    PairsWithThreeMeetings,
    MeetingsHeld,
    MentoringHours,
    GoalsSet,
    GoalsAchieved,
    GoalsInProgress,
    AverageGoalProgress,
    MenteeSatisfaction,
    MenteeRatings,
    MentorSatisfaction,
    MentorRatings,
    AtRiskPairs,
    Closures,
    EarlyEndingRate,
    AverageDuration,
};

struct Kpi {
    KpiId id = KpiId::PeopleServed;
    std::optional<double> value;    // nullopt: nothing to measure (no pairs, no ratings)
    std::optional<double> previous; // the previous cohort's or period's; nullopt without one
    // Counts of people or pairs: shown as "< 5" under CohortKpis::suppressBelow when anonymised.
    bool isCount() const;

    KpiStage stage() const;
    KpiTiming timing() const;
    KpiUnit unit() const;
    QString label() const;      // translated
    QString definition() const; // translated, one line
    bool operator==(const Kpi &) const = default;
};

// The KPIs of a cohort or programme (issue 13, item 1), computed from ChartQuery's and
// ReportQuery's facts; every number has its definition in Kpi::definition().
//
// Shared definitions:
// - A pair is *in the period* when it started on or before the end date and did not end before
//   the start date (proposed pairs are not in any period).
// - *At the end date* uses the status partition of ActivitySeries (PortfolioCounts' buckets) on
//   the earlier of the end date and today.
// - *At-risk pairs* are HealthCalculator's, now (at generation), with their reasons.
struct CohortKpis {
    struct Closure {
        QString reason; // the end reason as written; "" when none was given
        int count = 0;
        bool operator==(const Closure &) const = default;
    };
    struct AtRisk {
        Id relationshipId = 0;
        QString mentorName;
        QString menteeName;
        QList<RiskReason> reasons;
        bool operator==(const AtRisk &) const = default;
    };
    // One row of the full report's per-pair table.
    struct PairRow {
        Id relationshipId = 0;
        QString mentorName;
        QString menteeName;
        QString status; // relationship.status
        std::optional<QDate> startDate;
        int meetingsHeld = 0;             // within the period
        std::optional<QDate> lastContact; // held meeting or logged contact, up to the end date
        int goalsAchieved = 0;
        int goalsTotal = 0;                    // not abandoned
        std::optional<double> averageProgress; // 0..1
        std::optional<double> rating;          // average rating within the period
        bool operator==(const PairRow &) const = default;
    };

    static constexpr int suppressBelow = 5;

    ReportSubject subject;
    QString programmeName;
    QString cohortName; // empty for a programme
    ReportPeriod period;
    QString previousLabel; // the previous cohort's name; empty for a programme's previous period
    std::optional<ReportPeriod> previousPeriod; // what the previous values count; nullopt without
    QList<Kpi> kpis;                            // in KpiId order
    QList<Closure> closures;                    // within the period, most first
    QList<AtRisk> atRisk;                       // by relationship id
    QList<PairRow> pairs;                       // by mentor, then mentee name
    ActivitySeries series;                      // for the charts, today = the period's (clamped) end
    RelationshipScope scope;                    // the relationships counted
    QList<ReportSharedNote> sharedNotes;        // only after loadSharedNotes()

    std::optional<Kpi> kpi(KpiId id) const;
    static QList<KpiId> allIds();
    static QString stageText(KpiStage stage);
    static QString timingText(KpiTiming timing);

    // Everything but the names and the previous values, from facts already read: `occurrences`
    // are the scope's in the period, `atRisk` HealthCalculator's at risk pairs now, `nowUtc`
    // the moment after which planned occurrences are not yet due; `today` clamps the end date.
    static CohortKpis of(const ChartFacts &chart, const ReportFacts &report,
                         const QList<Occurrence> &occurrences, QList<AtRisk> atRisk,
                         const ReportPeriod &period, const QDate &today, qint64 nowUtc);

    // Reads everything on the calling thread's connection with the Clock's now. Without `period`
    // a cohort's is its start to its end (or today) and a programme's the last 12 months to today.
    // The previous cohort is the programme's one that started before this one (latest first);
    // a programme's previous period is the one of the same length just before.
    [[nodiscard]] static Result<CohortKpis> load(Database &database, const ReportSubject &subject,
                                                 std::optional<ReportPeriod> period = std::nullopt);
    // Adds the shared notes of the meetings held in the period (the full report, when asked).
    [[nodiscard]] static Status loadSharedNotes(Database &database, CohortKpis &kpis);
};

} // namespace trellis
