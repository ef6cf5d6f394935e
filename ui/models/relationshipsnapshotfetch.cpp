#include "models/relationshipsnapshotfetch.h"

#include "models/loadrequest.h"
#include "storage/database.h"
#include "storage/relationshipownerquery.h"

namespace trellis {

QList<Entity> RelationshipSnapshotFetch::watchedEntities()
{
    return {Entity::Relationship, Entity::Person,     Entity::Programme,      Entity::Cohort,
            Entity::Goal,         Entity::Milestone,  Entity::ProgressUpdate, Entity::Meeting,
            Entity::Contact,      Entity::ActionItem, Entity::SupportContact, Entity::Feedback};
}

RelationshipSnapshotFetch::Shown RelationshipSnapshotFetch::shownBy(const RelationshipSnapshot &snapshot)
{
    Shown shown;
    shown[Entity::Relationship].insert(snapshot.relationship.id);
    for (auto it = snapshot.names.cbegin(); it != snapshot.names.cend(); ++it)
        shown[Entity::Person].insert(it.key());
    shown[Entity::Person].insert(snapshot.relationship.mentorId);
    shown[Entity::Person].insert(snapshot.relationship.menteeId);
    if (const auto programme = snapshot.overview.row.programmeId)
        shown[Entity::Programme].insert(*programme);
    if (const auto cohort = snapshot.overview.row.cohortId)
        shown[Entity::Cohort].insert(*cohort);
    for (const GoalDetails &details : snapshot.goals) {
        shown[Entity::Goal].insert(details.goal.id);
        for (const Milestone &milestone : details.milestones)
            shown[Entity::Milestone].insert(milestone.id);
        for (const ProgressUpdate &update : details.history)
            shown[Entity::ProgressUpdate].insert(update.id);
    }
    for (const QList<MeetingEntry> *entries : {&snapshot.past, &snapshot.upcoming}) {
        for (const MeetingEntry &entry : *entries) {
            shown[Entity::Meeting].insert(entry.row.id);
            shown[Entity::Meeting].insert(entry.occurrence.meetingId);
            if (entry.occurrence.seriesId)
                shown[Entity::Meeting].insert(*entry.occurrence.seriesId);
        }
    }
    for (const Contact &contact : snapshot.contacts)
        shown[Entity::Contact].insert(contact.id);
    for (const ActionItem &item : snapshot.actionItems)
        shown[Entity::ActionItem].insert(item.id);
    for (const SupportContact &person : snapshot.supportContacts)
        shown[Entity::SupportContact].insert(person.id);
    for (const Feedback &given : snapshot.feedback)
        shown[Entity::Feedback].insert(given.id);
    return shown;
}

Result<bool> RelationshipSnapshotFetch::touches(Database &database, Id relationshipId, const Shown &shown,
                                                const LoadRequest &request)
{
    if (request.isFull())
        return true;
    const RelationshipOwnerQuery owners(database.connection());
    for (const Entity entity : request.entities()) {
        const QList<Id> ids = request.ids(entity);
        // A row on the page changed or went.
        const QSet<Id> mine = shown.value(entity);
        for (const Id id : ids) {
            if (mine.contains(id))
                return true;
        }
        // People, programmes and cohorts matter only as the names shown: a new one is not on the page
        // until a row of the relationship names it (and that row's change says so).
        if (entity == Entity::Relationship || entity == Entity::Person || entity == Entity::Programme ||
            entity == Entity::Cohort)
            continue;
        // A new row of this relationship (or one the page does not show, e.g. a meeting far ahead).
        auto found = owners.owners(entity, ids);
        if (!found)
            return found.error();
        if (found->relationships.contains(relationshipId))
            return true;
        // A removed meeting the page did not show may still have hidden an occurrence that it shows
        // now (a moved or cancelled occurrence of a series): whose it was cannot be read any more.
        // Other removed rows the page did not show changed nothing on it.
        if (!found->complete && entity == Entity::Meeting)
            return true;
    }
    return false;
}

Result<std::optional<RelationshipSnapshot>>
RelationshipSnapshotFetch::fetch(Database &database, Id relationshipId, bool includePrivateNotes, Role viewer,
                                 const Shown &shown, const LoadRequest &request)
{
    auto touched = touches(database, relationshipId, shown, request);
    if (!touched)
        return touched.error();
    if (!*touched)
        return std::optional<RelationshipSnapshot>();
    auto loaded = RelationshipSnapshot::load(database, relationshipId, includePrivateNotes, viewer);
    if (!loaded)
        return loaded.error();
    return std::optional<RelationshipSnapshot>(std::move(loaded).value());
}

} // namespace trellis
