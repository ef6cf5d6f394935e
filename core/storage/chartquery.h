#pragma once

#include "domain/enums.h"
#include "storage/relationshipscope.h"
#include "util/result.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace trellis {

// The rows the progress charts count, for the relationships of a scope (issue 11). Bounded by
// the scope; a handful of statements (never one per relationship). Only what is counted is read:
// no notes, agendas or comments. Held meetings and contacts are either the whole history or,
// when `sinceUtc` is set, those from it on, each relationship's earlier ones summed up in its
// `lastContactBeforeUtc` (what cadence adherence and status need of the time before).
struct ChartFacts {
    struct Relationship {
        Id id = 0;
        QString status; // proposed, active, paused, completed, ended_early
        QDate proposedOn;
        std::optional<QDate> startDate;
        std::optional<QDate> endDate;
        int cadenceDays = 14;
        QString mentorName;
        QString menteeName;
        // With ChartFacts::sinceUtc: the last held meeting or logged contact before it.
        std::optional<qint64> lastContactBeforeUtc;
        bool operator==(const Relationship &) const = default;
    };
    // A held meeting: a single meeting or an override with status held (what health counts).
    struct Meeting {
        Id id = 0;
        Id relationshipId = 0;
        qint64 startUtc = 0;
        int durationMinutes = 0;
        QString title;
        bool operator==(const Meeting &) const = default;
    };
    struct Contact {
        Id id = 0;
        Id relationshipId = 0;
        qint64 occurredUtc = 0;
        bool operator==(const Contact &) const = default;
    };
    struct Goal {
        Id id = 0;
        Id relationshipId = 0;
        QString title;
        GoalStatus status = GoalStatus::NotStarted;
        double startValue = 0;
        double targetValue = 100;
        // ProgressUpdate::latestOf (by date, then id), in SQL; not read for achieved and abandoned
        // goals (ActivitySeries::completionFraction counts those without it).
        std::optional<double> latest;
        bool operator==(const Goal &) const = default;
    };
    struct Feedback {
        Id id = 0;
        Id relationshipId = 0;
        QDate givenOn;
        int rating = 3;
        bool operator==(const Feedback &) const = default;
    };

    QList<Relationship> relationships; // by id
    QList<Meeting> meetings;           // by start
    QList<Contact> contacts;           // by time
    QList<Goal> goals;                 // by id
    QList<Feedback> feedback;          // by date; only what scope.viewer may see
    std::optional<qint64> sinceUtc;    // meetings and contacts from here on; nullopt: all of them

    bool operator==(const ChartFacts &) const = default;
};

class ChartQuery {
public:
    explicit ChartQuery(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // The whole history: held meetings and contacts up to `nowUtc` (later rows are not history
    // yet).
    [[nodiscard]] Result<ChartFacts> facts(const RelationshipScope &scope, qint64 nowUtc) const;

    // The relationships of a scope alone, by id: what a caller needs to choose the window of
    // factsSince().
    [[nodiscard]] Result<QList<ChartFacts::Relationship>> relationships(const RelationshipScope &scope) const;
    // The facts of `relationships` (as relationships() read them for `scope`) with the held
    // meetings and contacts in [sinceUtc, nowUtc] only, and each relationship's last contact
    // before `sinceUtc` (a charted year of a large cohort reads a year, not its whole history).
    [[nodiscard]] Result<ChartFacts> factsSince(QList<ChartFacts::Relationship> relationships,
                                                const RelationshipScope &scope, qint64 nowUtc,
                                                qint64 sinceUtc) const;

private:
    [[nodiscard]] Result<ChartFacts> readActivity(QList<ChartFacts::Relationship> relationships,
                                                  const RelationshipScope &scope, qint64 nowUtc,
                                                  std::optional<qint64> sinceUtc) const;

    QSqlDatabase m_db;
};

} // namespace trellis
