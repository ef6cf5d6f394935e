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

// What a cohort or programme report reads besides ChartQuery's facts (issue 13): who is in each
// relationship and why it ended, ratings with their author's role, the roster (for match rates)
// and the cohorts of a programme. Never notes, agendas or feedback comments.
struct ReportFacts {
    struct Pair {
        Id id = 0;
        Id mentorId = 0;
        Id menteeId = 0;
        QString status;
        std::optional<QDate> startDate;
        std::optional<QDate> endDate;
        QString endReason;
        bool operator==(const Pair &) const = default;
    };
    struct Rating {
        Id relationshipId = 0;
        Role author = Role::Mentee;
        QDate givenOn;
        int rating = 3;
        bool operator==(const Rating &) const = default;
    };
    struct Person {
        Id id = 0;
        bool mentor = false;
        bool mentee = false;
        bool operator==(const Person &) const = default;
    };
    QList<Pair> pairs;       // the scope's, by id
    QList<Rating> ratings;   // the scope's, by date
    QList<Person> roster;    // everyone who is a mentor or a mentee, by id
    QList<Pair> rosterPairs; // every relationship of the database (for match rates), by id
    bool operator==(const ReportFacts &) const = default;
};

struct ReportCohort {
    Id id = 0;
    Id programmeId = 0;
    QString programmeName;
    QString name;
    QDate startDate;
    std::optional<QDate> endDate;
    bool operator==(const ReportCohort &) const = default;
};

// A meeting's shared notes (never its private ones), for the full report when asked.
struct ReportSharedNote {
    Id relationshipId = 0;
    qint64 startUtc = 0;
    QString title;
    QString notes;
    bool operator==(const ReportSharedNote &) const = default;
};

class ReportQuery {
public:
    explicit ReportQuery(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    [[nodiscard]] Result<ReportFacts> facts(const RelationshipScope &scope) const;
    // One cohort with its programme's name; an error when there is none.
    [[nodiscard]] Result<ReportCohort> cohort(Id cohortId) const;
    // A programme's name; an error when there is none.
    [[nodiscard]] Result<QString> programmeName(Id programmeId) const;
    // A programme's cohorts by start date, then id.
    [[nodiscard]] Result<QList<ReportCohort>> cohortsOf(Id programmeId) const;
    // The relationships of a programme (its own or through one of its cohorts), by id.
    [[nodiscard]] Result<QList<Id>> relationshipsOf(Id programmeId) const;

    // The non-empty shared notes of the scope's held singles and overrides starting in
    // [fromUtc, toUtc), by relationship, then start. Private notes are never read.
    [[nodiscard]] Result<QList<ReportSharedNote>> sharedNotes(const RelationshipScope &scope, qint64 fromUtc,
                                                              qint64 toUtc) const;

private:
    QSqlDatabase m_db;
};

} // namespace trellis
