#pragma once

#include "calendar/occurrence.h"
#include "storage/relationshipscope.h"
#include "util/result.h"

#include <QList>
#include <QSqlDatabase>

namespace trellis {

// The windowed meeting query every view, report and insight uses: the
// occurrences of meetings in [fromUtc, toUtc) for a scope of relationships.
// SQL selects only rows whose range_start_utc/range_end_utc touch the window,
// plus the overrides of those series whose original start falls in it (so an
// occurrence moved out of the window disappears from it; found through the
// (uid, recurrence_id) index);
// core/calendar expands the series and applies the overrides. Two SQL queries
// per call, whatever the number of series.
class OccurrenceQuery {
public:
    explicit OccurrenceQuery(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // Sorted by start, then meeting id.
    [[nodiscard]] Result<QList<Occurrence>> occurrences(const RelationshipScope &scope, qint64 fromUtc,
                                                        qint64 toUtc) const;

    [[nodiscard]] Result<QList<Occurrence>> forRelationship(qint64 relationshipId, qint64 fromUtc,
                                                            qint64 toUtc) const;
    [[nodiscard]] Result<QList<Occurrence>> forRelationships(const QList<qint64> &relationshipIds,
                                                             qint64 fromUtc, qint64 toUtc) const;
    // As mentor or mentee.
    [[nodiscard]] Result<QList<Occurrence>> forPerson(qint64 personId, qint64 fromUtc, qint64 toUtc) const;
    [[nodiscard]] Result<QList<Occurrence>> forCohort(qint64 cohortId, qint64 fromUtc, qint64 toUtc) const;
    [[nodiscard]] Result<QList<Occurrence>> all(qint64 fromUtc, qint64 toUtc) const;

private:
    QSqlDatabase m_db;
};

} // namespace trellis
