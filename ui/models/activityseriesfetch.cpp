#include "models/activityseriesfetch.h"

#include "models/loadrequest.h"

namespace trellis {

Result<ActivitySeries> ActivitySeriesFetch::operator()(Database &database, const LoadRequest &request) const
{
    Q_UNUSED(request);
    return ActivitySeries::load(database, m_scope, m_months);
}

QList<Entity> ActivitySeriesFetch::watchedEntities()
{
    return {Entity::Relationship,   Entity::Meeting,  Entity::Contact, Entity::Goal,
            Entity::ProgressUpdate, Entity::Feedback, Entity::Person};
}

} // namespace trellis
