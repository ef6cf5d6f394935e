#pragma once

#include "insights/healthinputs.h"
#include "storage/relationshipscope.h"
#include "util/result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace trellis {

// One relationship as the overview table shows it, with its health inputs.
struct RelationshipOverviewRow {
    qint64 relationshipId = 0;
    qint64 mentorId = 0;
    QString mentorName;
    qint64 menteeId = 0;
    QString menteeName;
    std::optional<qint64> programmeId;
    QString programmeName;
    std::optional<qint64> cohortId;
    QString cohortName;
    QString status; // proposed, active, paused, completed, ended_early
    std::optional<QDate> startDate;
    int cadenceDays = 14;
    HealthInputs inputs;
    // Held meetings plus logged contacts per calendar month (local time), the last
    // RelationshipOverviewQuery::trendMonths months up to and including this one, oldest first:
    // the sparkline of who keeps the agreed rhythm.
    QList<int> monthlyContacts;

    bool operator==(const RelationshipOverviewRow &) const = default;
};

// Every relationship of a scope with names and health inputs. Aggregates come from
// one SQL statement (grouped sub-selects joined to the relationships, never a query per
// row). Unlogged past occurrences (within the last unloggedLookBackDays) and the next
// planned one (within nearLookAheadDays) come from one OccurrenceQuery call for the whole
// scope; active relationships with nothing planned that soon get one more call, together,
// up to nextLookAheadDays. Health itself is computed in core/insights
// (RelationshipOverview, HealthCalculator).
class RelationshipOverviewQuery {
public:
    static constexpr int unloggedLookBackDays = 60;
    static constexpr int nearLookAheadDays = 35;
    static constexpr int nextLookAheadDays = 180;
    static constexpr int trendMonths = 6;

    explicit RelationshipOverviewQuery(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // Ordered by relationship id. nowUtc defaults to Clock::nowSecs().
    [[nodiscard]] Result<QList<RelationshipOverviewRow>>
    rows(const RelationshipScope &scope, std::optional<qint64> nowUtc = std::nullopt) const;

    [[nodiscard]] Result<QList<RelationshipOverviewRow>> all() const
    {
        return rows(RelationshipScope::all());
    }
    [[nodiscard]] Result<QList<RelationshipOverviewRow>> ofMentor(qint64 personId) const
    {
        return rows(RelationshipScope::mentor(personId));
    }
    [[nodiscard]] Result<QList<RelationshipOverviewRow>> ofMentee(qint64 personId) const
    {
        return rows(RelationshipScope::mentee(personId));
    }
    [[nodiscard]] Result<QList<RelationshipOverviewRow>> ofCohort(qint64 cohortId) const
    {
        return rows(RelationshipScope::cohort(cohortId));
    }

    // The first day of the first month monthlyContacts counts, given today.
    static QDate trendStart(const QDate &today);

private:
    Status readMonthlyContacts(const RelationshipScope &scope, qint64 now,
                               QList<RelationshipOverviewRow> &rows,
                               const QHash<qint64, qsizetype> &indexById) const;

    QSqlDatabase m_db;
};

} // namespace trellis
