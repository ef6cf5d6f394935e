#pragma once

#include "insights/activityseries.h"
#include "storage/relationshipscope.h"
#include "util/result.h"

namespace trellis {

class Database;
class LoadRequest;

// The fetch half of a chart's loader (a value: the worker copies only the scope): the series of
// the scope's relationships (ActivitySeries::load), read whole after any change it watches — a
// month's counts depend on every row of the scope, and the read is one pass over them.
//
//     m_loader->setLoad(ActivitySeriesFetch(RelationshipScope::cohort(id)), this, &Page::showSeries);
class ActivitySeriesFetch {
public:
    explicit ActivitySeriesFetch(RelationshipScope scope, int months = ActivitySeries::defaultMonths)
        : m_scope(std::move(scope))
        , m_months(months)
    {}

    [[nodiscard]] Result<ActivitySeries> operator()(Database &database, const LoadRequest &request) const;
    // The entities whose changes can move a chart of activity.
    static QList<Entity> watchedEntities();

private:
    RelationshipScope m_scope;
    int m_months = ActivitySeries::defaultMonths;
};

} // namespace trellis
