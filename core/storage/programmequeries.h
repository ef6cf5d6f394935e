#pragma once

#include "storage/entityreader.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace trellis {

// Programmes and their cohorts as the coordinator's pages list them.
class ProgrammeQueries {
public:
    explicit ProgrammeQueries(QSqlDatabase db)
        : m_reader(std::move(db))
    {}

    // By name.
    [[nodiscard]] Result<QList<Programme>> programmes() const;
    // Every cohort, by programme, then start date and name.
    [[nodiscard]] Result<QList<Cohort>> cohorts() const;
    [[nodiscard]] Result<Programme> programme(Id id) const { return m_reader.get<Programme>(id); }
    [[nodiscard]] Result<Cohort> cohort(Id id) const { return m_reader.get<Cohort>(id); }
    // Relationships per cohort (any status), for cohorts with at least one.
    [[nodiscard]] Result<QHash<Id, int>> pairsPerCohort() const;

private:
    EntityReader m_reader;
};

} // namespace trellis
