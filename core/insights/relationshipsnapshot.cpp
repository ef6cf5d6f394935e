#include "insights/relationshipsnapshot.h"

#include "storage/database.h"
#include "storage/entityreader.h"
#include "storage/occurrencequery.h"
#include "storage/relationshipqueries.h"
#include "util/clock.h"

#include <QCoreApplication>

#include <algorithm>

namespace trellis {

double GoalDetails::fraction() const
{
    if (goal.status == GoalStatus::Achieved)
        return 1.0;
    const double span = goal.targetValue - goal.startValue;
    if (span == 0)
        return 0.0;
    return std::clamp((currentValue() - goal.startValue) / span, 0.0, 1.0);
}

Result<RelationshipSnapshot> RelationshipSnapshot::load(Database &database, Id relationshipId,
                                                        bool includePrivateNotes, Role viewer)
{
    return load(database.connection(), relationshipId, includePrivateNotes, viewer);
}

Result<RelationshipSnapshot> RelationshipSnapshot::load(QSqlDatabase db, Id relationshipId,
                                                        bool includePrivateNotes, Role viewer)
{
    RelationshipSnapshot snapshot;
    snapshot.privateNotesLoaded = includePrivateNotes;
    const RelationshipQueries queries(db);
    auto relationship = queries.relationship(relationshipId);
    if (!relationship)
        return relationship.error();
    snapshot.relationship = *relationship;

    auto overview =
        RelationshipOverview::load(db, RelationshipScope::relationship(relationshipId).seenBy(viewer));
    if (!overview)
        return overview.error();
    if (!overview->isEmpty())
        snapshot.overview = overview->first();

    auto goals = queries.goals(relationshipId);
    if (!goals)
        return goals.error();
    for (const GoalWithProgress &found : std::as_const(*goals)) {
        GoalDetails details{found.goal, found.latest, {}, {}};
        auto milestones = queries.milestones(found.goal.id);
        if (!milestones)
            return milestones.error();
        details.milestones = *milestones;
        auto history = queries.progressHistory(found.goal.id);
        if (!history)
            return history.error();
        details.history = *history;
        snapshot.goals.append(details);
    }

    auto rows =
        includePrivateNotes ? queries.meetings(relationshipId) : queries.sharedMeetings(relationshipId);
    if (!rows)
        return rows.error();
    QHash<Id, Meeting> byId;
    qint64 fromUtc = Clock::nowSecs();
    for (const Meeting &meeting : std::as_const(*rows)) {
        byId.insert(meeting.id, meeting);
        fromUtc = std::min(fromUtc, meeting.rangeStartUtc);
    }
    const qint64 nowUtc = Clock::nowSecs();
    if (!byId.isEmpty()) {
        auto occurrences = OccurrenceQuery(db).forRelationship(relationshipId, fromUtc,
                                                               nowUtc + qint64(lookAheadDays) * 86400);
        if (!occurrences)
            return occurrences.error();
        for (const Occurrence &occurrence : std::as_const(*occurrences)) {
            const auto it = byId.constFind(occurrence.meetingId);
            if (it == byId.cend())
                continue;
            MeetingEntry entry{occurrence, *it};
            if (occurrence.endUtc <= nowUtc)
                snapshot.past.prepend(entry);
            else
                snapshot.upcoming.append(entry);
        }
    }

    auto contacts = queries.contacts(relationshipId);
    if (!contacts)
        return contacts.error();
    snapshot.contacts = *contacts;
    auto actions = queries.actionItems(relationshipId);
    if (!actions)
        return actions.error();
    snapshot.actionItems = *actions;
    auto support = queries.supportContacts(relationshipId);
    if (!support)
        return support.error();
    snapshot.supportContacts = *support;
    auto feedback = queries.feedback(relationshipId);
    if (!feedback)
        return feedback.error();
    snapshot.feedback = Feedback::visibleTo(*feedback, viewer);

    // Names of everyone mentioned.
    QList<Id> people{snapshot.relationship.mentorId, snapshot.relationship.menteeId};
    for (const ActionItem &item : std::as_const(snapshot.actionItems))
        if (item.ownerId)
            people.append(*item.ownerId);
    for (const Feedback &given : std::as_const(snapshot.feedback))
        if (given.authorId)
            people.append(*given.authorId);
    const EntityReader reader(db);
    for (const Id id : std::as_const(people)) {
        if (snapshot.names.contains(id))
            continue;
        auto person = reader.get<Person>(id);
        if (person)
            snapshot.names.insert(id, person->displayName);
    }
    return snapshot;
}

QString RelationshipSnapshot::nameOf(const std::optional<Id> &personId) const
{
    if (!personId)
        return QCoreApplication::translate("RelationshipSnapshot", "No one");
    return names.value(*personId, QCoreApplication::translate("RelationshipSnapshot", "Someone else"));
}

const GoalDetails *RelationshipSnapshot::goal(Id goalId) const
{
    for (const GoalDetails &details : goals)
        if (details.goal.id == goalId)
            return &details;
    return nullptr;
}

std::optional<MeetingEntry> RelationshipSnapshot::nextMeeting() const
{
    for (const MeetingEntry &entry : upcoming)
        if (entry.occurrence.status == OccurrenceStatus::Planned)
            return entry;
    return std::nullopt;
}

std::optional<MeetingEntry> RelationshipSnapshot::lastMeeting() const
{
    for (const MeetingEntry &entry : past)
        if (entry.occurrence.status == OccurrenceStatus::Held)
            return entry;
    return std::nullopt;
}

int RelationshipSnapshot::openActionItems() const
{
    return int(std::count_if(actionItems.cbegin(), actionItems.cend(),
                             [](const ActionItem &item) { return !item.isDone(); }));
}

} // namespace trellis
