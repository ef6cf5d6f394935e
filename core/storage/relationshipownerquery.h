#pragma once

#include "domain/enums.h"
#include "util/result.h"

#include <QList>
#include <QSqlDatabase>

namespace trellis {

// The relationships that rows of some entity belong to (or, for people, programmes and cohorts,
// the relationships that show them), so that a list of relationships re-reads only the rows an
// edit touched: a logged meeting names its meeting, not its relationship.
struct RelationshipOwners {
    QList<Id> relationships; // ascending, each once
    // False when one of the rows no longer exists: whom it belonged to cannot be read any more, so
    // the caller reads everything.
    bool complete = true;
};

class RelationshipOwnerQuery {
public:
    explicit RelationshipOwnerQuery(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // The relationships of the rows `ids` of `entity`: a relationship itself; the relationship of a
    // meeting, contact, goal, action item, support contact, feedback or resource share; the goal's
    // relationship of a milestone or progress update; the relationships a person is mentor or mentee
    // in, or a programme or cohort holds; the relationships a resource is shared with. The profile
    // belongs to none.
    [[nodiscard]] Result<RelationshipOwners> owners(Entity entity, const QList<Id> &ids) const;

private:
    QSqlDatabase m_db;
};

} // namespace trellis
