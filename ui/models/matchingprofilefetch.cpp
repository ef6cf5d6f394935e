#include "models/matchingprofilefetch.h"

#include "matching/matchingprofilestore.h"
#include "models/loadrequest.h"
#include "storage/database.h"
#include "storage/programmequeries.h"

namespace trellis {

Result<StoredMatchingProfile> MatchingProfileFetch::operator()(Database &database,
                                                               const LoadRequest &request) const
{
    Q_UNUSED(request); // one setting row: always read whole
    StoredMatchingProfile stored;
    stored.cohortId = m_cohortId;
    if (m_cohortId <= 0)
        return stored;
    auto cohort = ProgrammeQueries(database.connection()).cohort(m_cohortId);
    if (!cohort)
        return stored; // removed meanwhile: the cohort picker follows
    stored.programmeId = cohort->programmeId;
    stored.profile = MatchingProfileStore::load(database.connection(), stored.programmeId);
    return stored;
}

} // namespace trellis
