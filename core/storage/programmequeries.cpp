#include "storage/programmequeries.h"

namespace trellis {

Result<QList<Programme>> ProgrammeQueries::programmes() const
{
    auto found = m_reader.rows(QStringLiteral("SELECT * FROM programme ORDER BY lower(name), id"), {});
    if (!found)
        return found.error();
    return EntityReader::fromRows<Programme>(*found);
}

Result<QList<Cohort>> ProgrammeQueries::cohorts() const
{
    auto found = m_reader.rows(
        QStringLiteral("SELECT * FROM cohort ORDER BY programme_id, start_date, lower(name), id"), {});
    if (!found)
        return found.error();
    return EntityReader::fromRows<Cohort>(*found);
}

Result<QHash<Id, int>> ProgrammeQueries::pairsPerCohort() const
{
    auto found = m_reader.rows(QStringLiteral("SELECT cohort_id, count(*) AS n FROM relationship "
                                              "WHERE cohort_id IS NOT NULL GROUP BY cohort_id"),
                               {});
    if (!found)
        return found.error();
    QHash<Id, int> counts;
    for (const QVariantMap &row : std::as_const(*found))
        counts.insert(row.value(QStringLiteral("cohort_id")).toLongLong(),
                      row.value(QStringLiteral("n")).toInt());
    return counts;
}

} // namespace trellis
