#include "models/matchingrunfetch.h"

#include "models/loadrequest.h"

namespace trellis {

Result<MatchingRun> MatchingRunFetch::operator()(Database &database, const LoadRequest &request) const
{
    Q_UNUSED(request); // a run depends on everyone: always whole
    return MatchingRun::load(database, m_profile, m_locks, m_rejections);
}

} // namespace trellis
