#include "insights/menteesnapshot.h"

#include "storage/database.h"
#include "storage/relationshipownerquery.h"
#include "storage/relationshipqueries.h"

#include <algorithm>

namespace trellis {

namespace {

int currentness(RelationshipStatus status)
{
    switch (status) {
    case RelationshipStatus::Active:
        return 0;
    case RelationshipStatus::Paused:
        return 1;
    case RelationshipStatus::Proposed:
        return 2;
    case RelationshipStatus::Completed:
    case RelationshipStatus::EndedEarly:
        break;
    }
    return 3;
}

} // namespace

Result<MenteeSnapshot> MenteeSnapshot::load(Database &database, Id menteeId)
{
    return load(database.connection(), menteeId);
}

Result<bool> MenteeSnapshot::touchedBy(Database &database, Id menteeId, Entity entity, const QList<Id> &ids)
{
    QSqlDatabase db = database.connection();
    auto owners = RelationshipOwnerQuery(db).owners(entity, ids);
    if (!owners)
        return owners.error();
    if (!owners->complete)
        return true;
    if (owners->relationships.isEmpty())
        return false;
    auto relationships = RelationshipQueries(db).relationships(menteeId);
    if (!relationships)
        return relationships.error();
    for (const Relationship &relationship : std::as_const(*relationships)) {
        if (relationship.menteeId == menteeId && owners->relationships.contains(relationship.id))
            return true;
    }
    return false;
}

Result<MenteeSnapshot> MenteeSnapshot::load(QSqlDatabase db, Id menteeId)
{
    auto relationships = RelationshipQueries(db).relationships(menteeId);
    if (!relationships)
        return relationships.error();
    QList<Relationship> mine;
    for (const Relationship &relationship : std::as_const(*relationships))
        if (relationship.menteeId == menteeId)
            mine.append(relationship);
    std::stable_sort(mine.begin(), mine.end(), [](const Relationship &a, const Relationship &b) {
        return currentness(a.status) < currentness(b.status);
    });
    MenteeSnapshot snapshot;
    for (const Relationship &relationship : std::as_const(mine)) {
        auto loaded = RelationshipSnapshot::load(db, relationship.id, false, Role::Mentee);
        if (!loaded)
            return loaded.error();
        snapshot.relationships.append(std::move(loaded).value());
    }
    return snapshot;
}

} // namespace trellis
