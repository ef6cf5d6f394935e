#include "models/reportfetch.h"

#include "models/activityseriesfetch.h"
#include "models/loadrequest.h"
#include "storage/database.h"
#include "storage/programmequeries.h"

#include <QCoreApplication>

#include <algorithm>

namespace trellis {

Result<CohortKpis> ReportFetch::operator()(Database &database, const LoadRequest &request) const
{
    Q_UNUSED(request); // always everything: see the class comment
    ReportSubject subject{ReportSubject::Kind::Cohort, m_request.cohortId};
    if (m_request.wholeProgramme) {
        auto cohorts = ProgrammeQueries(database.connection()).cohorts();
        if (!cohorts)
            return cohorts.error();
        const auto found = std::find_if(cohorts->cbegin(), cohorts->cend(), [this](const Cohort &cohort) {
            return cohort.id == m_request.cohortId;
        });
        if (found == cohorts->cend())
            return Error{QCoreApplication::translate("trellis::ReportFetch", "The cohort no longer exists.")};
        subject = {ReportSubject::Kind::Programme, found->programmeId};
    }
    auto kpis = CohortKpis::load(database, subject, m_request.period);
    if (!kpis)
        return kpis.error();
    if (m_request.includeNotes) {
        if (const Status read = CohortKpis::loadSharedNotes(database, *kpis); !read)
            return read.error();
    }
    return kpis;
}

QList<Entity> ReportFetch::watchedEntities()
{
    QList<Entity> entities = ActivitySeriesFetch::watchedEntities();
    entities << Entity::Programme << Entity::Cohort;
    return entities;
}

} // namespace trellis
