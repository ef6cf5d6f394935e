#include "services/relationshipservice.h"

#include "domain/meeting.h"
#include "domain/relationshiplifecycle.h"
#include "services/entityedits.h"
#include "storage/rosterqueries.h"
#include "util/clock.h"

#include <QCoreApplication>

#include <algorithm>

namespace trellis {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RelationshipService", text);
}

void keepReflection(Relationship &relationship, const QString &closingReflection)
{
    const bool ended = relationship.status == RelationshipStatus::Completed ||
                       relationship.status == RelationshipStatus::EndedEarly;
    if (ended && !closingReflection.trimmed().isEmpty())
        relationship.closingReflection = closingReflection.trimmed();
}

} // namespace

Status RelationshipService::checkLinks(RowStore &rows, const Relationship &relationship) const
{
    if (relationship.cohortId) {
        auto cohort = EntityEdits::load<Cohort>(rows, *relationship.cohortId);
        if (!cohort)
            return cohort.error();
        if (relationship.programmeId && cohort->programmeId != *relationship.programmeId)
            return Error{tr("Relationship: the cohort “%1” belongs to another programme.").arg(cohort->name)};
    }
    return {};
}

Status RelationshipService::checkMeeting(RowStore &rows, const std::optional<Id> &meetingId,
                                         Id relationshipId) const
{
    if (!meetingId)
        return {};
    auto meeting = EntityEdits::load<Meeting>(rows, *meetingId);
    if (!meeting)
        return meeting.error();
    if (meeting->relationshipId != relationshipId)
        return Error{tr("The meeting #%1 belongs to another relationship.").arg(*meetingId)};
    return {};
}

Result<ChangeSet> RelationshipService::createRelationship(const Relationship &relationship)
{
    return m_context.run([&](RowStore &rows) -> Result<Id> {
        if (auto s = checkLinks(rows, relationship); !s)
            return s.error();
        return EntityEdits::insert(rows, relationship);
    });
}

Result<ChangeSet> RelationshipService::pair(const Pairing &pairing)
{
    return m_context.run([&](RowStore &rows) { return insertPairing(rows, pairing); });
}

Result<ChangeSet> RelationshipService::pairAll(const QList<Pairing> &pairings)
{
    if (pairings.isEmpty())
        return Error{tr("There are no pairs to make.")};
    return m_context.run([&](RowStore &rows) -> Result<Id> {
        Id first = 0;
        for (const Pairing &pairing : pairings) {
            auto id = insertPairing(rows, pairing);
            if (!id)
                return id;
            first = first == 0 ? *id : first;
        }
        return first;
    });
}

Result<ChangeSet> RelationshipService::addAndPair(const Person &person, const Pairing &pairing)
{
    const bool newMentor = pairing.mentorId == 0;
    if (newMentor == (pairing.menteeId == 0))
        return Error{tr("Pairing a new person: exactly one of the two must be the new person.")};
    Person added = person;
    added.id = 0;
    added.setRole(newMentor ? Role::Mentor : Role::Mentee);
    if (newMentor)
        added.capacity = std::max(added.capacity, 1); // paired at once: room for this mentee
    return m_context.run([&](RowStore &rows) -> Result<Id> {
        auto id = EntityEdits::insert(rows, added);
        if (!id)
            return id;
        for (const QVariantMap &tag : EntityRows::tagRows(*id, added)) {
            if (auto inserted = rows.insert(Entity::PersonTag, tag); !inserted)
                return inserted.error();
        }
        Pairing withNew = pairing;
        (newMentor ? withNew.mentorId : withNew.menteeId) = *id;
        return insertPairing(rows, withNew);
    });
}

Result<Id> RelationshipService::insertPairing(RowStore &rows, const Pairing &pairing) const
{
    auto mentor = m_context.reader().get<Person>(pairing.mentorId);
    if (!mentor)
        return mentor.error();
    auto mentee = m_context.reader().get<Person>(pairing.menteeId);
    if (!mentee)
        return mentee.error();
    if (pairing.mentorId == pairing.menteeId)
        return Error{tr("%1 cannot mentor themselves.").arg(mentor->displayName)};
    if (!mentor->isMentor)
        return Error{tr("%1 is not a mentor; give them the mentor role first.").arg(mentor->displayName)};
    if (!mentee->isMentee)
        return Error{tr("%1 is not a mentee; give them the mentee role first.").arg(mentee->displayName)};
    const RosterQueries roster(m_context.connection());
    auto paired = roster.hasOpenPairing(pairing.mentorId, pairing.menteeId);
    if (!paired)
        return paired.error();
    if (*paired)
        return Error{tr("%1 already mentors %2.").arg(mentor->displayName, mentee->displayName)};
    auto load = roster.mentorLoad(pairing.mentorId);
    if (!load)
        return load.error();
    if (*load >= mentor->capacity)
        return Error{tr("%1 is at capacity: %2 of %3 mentees. Raise their capacity or choose another "
                        "mentor.")
                         .arg(mentor->displayName)
                         .arg(*load)
                         .arg(mentor->capacity)};

    Relationship relationship;
    relationship.mentorId = pairing.mentorId;
    relationship.menteeId = pairing.menteeId;
    relationship.cohortId = pairing.cohortId;
    relationship.programmeId = pairing.programmeId;
    if (pairing.cohortId && !pairing.programmeId) {
        auto cohort = EntityEdits::load<Cohort>(rows, *pairing.cohortId);
        if (!cohort)
            return cohort.error();
        relationship.programmeId = cohort->programmeId;
    }
    int durationMonths = 12;
    if (relationship.programmeId) {
        auto programme = EntityEdits::load<Programme>(rows, *relationship.programmeId);
        if (!programme)
            return programme.error();
        relationship.cadenceDays = programme->defaultCadenceDays;
        durationMonths = programme->defaultDurationMonths;
    }
    if (pairing.cadenceDays)
        relationship.cadenceDays = *pairing.cadenceDays;
    const QDate today = Clock::today();
    relationship.proposedOn = today;
    if (pairing.active) {
        relationship.status = RelationshipStatus::Active;
        relationship.startDate = today;
        relationship.plannedEndDate = today.addMonths(durationMonths);
        // The fit check comes after the first couple of meetings.
        relationship.fitCheckDue = today.addDays(2 * relationship.cadenceDays);
    }
    if (auto s = checkLinks(rows, relationship); !s)
        return s.error();
    return EntityEdits::insert(rows, relationship);
}

Result<ChangeSet> RelationshipService::updateRelationship(const Relationship &relationship)
{
    return m_context.run([&](RowStore &rows) -> Result<Id> {
        auto stored = EntityEdits::load<Relationship>(rows, relationship.id);
        if (!stored)
            return stored.error();
        if (stored->status != relationship.status || stored->fitCheckOutcome != relationship.fitCheckOutcome)
            return Error{
                tr("Relationship: the status and the fit check change only through their own actions "
                   "(activate, pause, complete, end, confirm fit).")};
        if (auto s = checkLinks(rows, relationship); !s)
            return s.error();
        return EntityEdits::update(rows, relationship);
    });
}

Result<ChangeSet> RelationshipService::deleteRelationship(Id relationshipId)
{
    return m_context.run(
        [&](RowStore &rows) { return EntityEdits::remove<Relationship>(rows, relationshipId); });
}

Result<ChangeSet> RelationshipService::changeStatus(Id relationshipId, RelationshipStatus to, const QDate &on,
                                                    const QString &reason, const QString &closingReflection)
{
    return m_context.run([&](RowStore &rows) -> Result<Id> {
        auto relationship = EntityEdits::load<Relationship>(rows, relationshipId);
        if (!relationship)
            return relationship.error();
        if (auto s = RelationshipLifecycle::apply(*relationship, to, on, reason); !s)
            return s.error();
        keepReflection(*relationship, closingReflection);
        return EntityEdits::update(rows, *relationship);
    });
}

Result<ChangeSet> RelationshipService::confirmFit(Id relationshipId)
{
    return m_context.run([&](RowStore &rows) -> Result<Id> {
        auto relationship = EntityEdits::load<Relationship>(rows, relationshipId);
        if (!relationship)
            return relationship.error();
        if (auto s = RelationshipLifecycle::confirmFit(*relationship); !s)
            return s.error();
        return EntityEdits::update(rows, *relationship);
    });
}

Result<ChangeSet> RelationshipService::endAfterFitCheck(Id relationshipId, const QDate &on,
                                                        const QString &reason,
                                                        const QString &closingReflection)
{
    return m_context.run([&](RowStore &rows) -> Result<Id> {
        auto relationship = EntityEdits::load<Relationship>(rows, relationshipId);
        if (!relationship)
            return relationship.error();
        if (auto s = RelationshipLifecycle::endAfterFitCheck(*relationship, on, reason); !s)
            return s.error();
        keepReflection(*relationship, closingReflection);
        return EntityEdits::update(rows, *relationship);
    });
}

Result<ChangeSet> RelationshipService::createSupportContact(const SupportContact &supportContact)
{
    return m_context.run([&](RowStore &rows) { return EntityEdits::insert(rows, supportContact); });
}

Result<ChangeSet> RelationshipService::updateSupportContact(const SupportContact &supportContact)
{
    return m_context.run([&](RowStore &rows) { return EntityEdits::update(rows, supportContact); });
}

Result<ChangeSet> RelationshipService::deleteSupportContact(Id supportContactId)
{
    return m_context.run(
        [&](RowStore &rows) { return EntityEdits::remove<SupportContact>(rows, supportContactId); });
}

Result<ChangeSet> RelationshipService::logContact(const Contact &contact)
{
    return m_context.run([&](RowStore &rows) { return EntityEdits::insert(rows, contact); });
}

Result<ChangeSet> RelationshipService::updateContact(const Contact &contact)
{
    return m_context.run([&](RowStore &rows) { return EntityEdits::update(rows, contact); });
}

Result<ChangeSet> RelationshipService::deleteContact(Id contactId)
{
    return m_context.run([&](RowStore &rows) { return EntityEdits::remove<Contact>(rows, contactId); });
}

Result<ChangeSet> RelationshipService::createFeedback(const Feedback &feedback)
{
    return m_context.run([&](RowStore &rows) -> Result<Id> {
        if (auto s = checkMeeting(rows, feedback.meetingId, feedback.relationshipId); !s)
            return s.error();
        return EntityEdits::insert(rows, feedback);
    });
}

Result<ChangeSet> RelationshipService::updateFeedback(const Feedback &feedback)
{
    return m_context.run([&](RowStore &rows) -> Result<Id> {
        if (auto s = checkMeeting(rows, feedback.meetingId, feedback.relationshipId); !s)
            return s.error();
        return EntityEdits::update(rows, feedback);
    });
}

Result<ChangeSet> RelationshipService::deleteFeedback(Id feedbackId)
{
    return m_context.run([&](RowStore &rows) { return EntityEdits::remove<Feedback>(rows, feedbackId); });
}

Result<ChangeSet> RelationshipService::createActionItem(const ActionItem &item)
{
    return m_context.run([&](RowStore &rows) -> Result<Id> {
        if (auto s = checkMeeting(rows, item.meetingId, item.relationshipId); !s)
            return s.error();
        return EntityEdits::insert(rows, item);
    });
}

Result<ChangeSet> RelationshipService::updateActionItem(const ActionItem &item)
{
    return m_context.run([&](RowStore &rows) -> Result<Id> {
        if (auto s = checkMeeting(rows, item.meetingId, item.relationshipId); !s)
            return s.error();
        return EntityEdits::update(rows, item);
    });
}

Result<ChangeSet> RelationshipService::deleteActionItem(Id actionItemId)
{
    return m_context.run([&](RowStore &rows) { return EntityEdits::remove<ActionItem>(rows, actionItemId); });
}

} // namespace trellis
