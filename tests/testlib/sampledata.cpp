#include "testlib/sampledata.h"

#include "services/goalservice.h"
#include "services/meetingservice.h"
#include "services/peopleservice.h"
#include "services/relationshipservice.h"
#include "services/resourceservice.h"

#include <QTest>

namespace trellis::test {

namespace {

Id check(const Result<ChangeSet> &result)
{
    if (!result) {
        QTest::qFail(qPrintable(result.errorMessage()), __FILE__, __LINE__);
        return 0;
    }
    return result->primaryId;
}

} // namespace

SampleData SampleData::create(Database &db)
{
    SampleData d;
    PeopleService people(db);
    RelationshipService relationships(db);
    GoalService goals(db);
    MeetingService meetings(db);
    ResourceService resources(db);

    Programme programme;
    programme.name = QStringLiteral("Graduate mentoring");
    programme.objectives = QStringLiteral("Confidence, network");
    d.programme = check(people.createProgramme(programme));
    Cohort cohort;
    cohort.programmeId = d.programme;
    cohort.name = QStringLiteral("Spring 2025");
    cohort.startDate = QDate(2025, 3, 1);
    cohort.endDate = QDate(2025, 12, 31);
    d.cohort = check(people.createCohort(cohort));

    Person manager;
    manager.displayName = QStringLiteral("Grace Hopper");
    manager.isCoordinator = true;
    d.manager = check(people.createPerson(manager));
    Person mentor;
    mentor.displayName = QStringLiteral("Ada Lovelace");
    mentor.isMentor = true;
    mentor.capacity = 3;
    mentor.timezone = QStringLiteral("Europe/London");
    mentor.managerId = d.manager;
    mentor.languages = {QStringLiteral("en"), QStringLiteral("fr")};
    mentor.skills = {QStringLiteral("mathematics"), QStringLiteral("writing")};
    mentor.interests = {QStringLiteral("poetry")};
    d.mentor = check(people.createPerson(mentor));
    Person mentee;
    mentee.displayName = QStringLiteral("Charles Babbage");
    mentee.isMentee = true;
    mentee.managerId = d.manager;
    mentee.interests = {QStringLiteral("engines")};
    d.mentee = check(people.createPerson(mentee));
    Person loner;
    loner.displayName = QStringLiteral("Mary Somerville");
    loner.isMentee = true;
    loner.skills = {QStringLiteral("astronomy")};
    d.loner = check(people.createPerson(loner));

    Relationship relationship;
    relationship.mentorId = d.mentor;
    relationship.menteeId = d.mentee;
    relationship.programmeId = d.programme;
    relationship.cohortId = d.cohort;
    relationship.status = RelationshipStatus::Active;
    relationship.proposedOn = QDate(2025, 2, 20);
    relationship.startDate = QDate(2025, 3, 1);
    relationship.plannedEndDate = QDate(2025, 12, 31);
    relationship.fitCheckDue = QDate(2025, 4, 1);
    relationship.agreement = QStringLiteral("Fortnightly, video");
    d.relationship = check(relationships.createRelationship(relationship));
    Relationship proposed;
    proposed.mentorId = d.mentor;
    proposed.menteeId = d.loner;
    proposed.proposedOn = QDate(2025, 5, 1);
    d.proposed = check(relationships.createRelationship(proposed));

    SupportContact support;
    support.relationshipId = d.relationship;
    support.name = QStringLiteral("Lady Byron");
    support.relation = QStringLiteral("parent");
    d.supportContact = check(relationships.createSupportContact(support));
    Contact contact;
    contact.relationshipId = d.relationship;
    contact.occurredAt = QDateTime(QDate(2025, 3, 5), QTime(9, 30), Qt::UTC);
    contact.channel = ContactChannel::Email;
    contact.initiator = Initiator::Mentee;
    contact.summary = QStringLiteral("Asked about the reading list");
    d.contact = check(relationships.logContact(contact));

    Goal goal;
    goal.relationshipId = d.relationship;
    goal.title = QStringLiteral("Publish the notes");
    goal.measureKind = MeasureKind::Target;
    goal.startValue = 0;
    goal.targetValue = 3;
    goal.unit = QStringLiteral("articles");
    goal.dueDate = QDate(2025, 9, 30);
    goal.status = GoalStatus::InProgress;
    d.goal = check(goals.createGoal(goal));
    Milestone milestone;
    milestone.goalId = d.goal;
    milestone.title = QStringLiteral("First draft");
    milestone.dueDate = QDate(2025, 4, 30);
    d.milestone = check(goals.createMilestone(milestone));
    ProgressUpdate progress;
    progress.goalId = d.goal;
    progress.recordedOn = QDate(2025, 4, 2);
    progress.value = 1;
    progress.authorId = d.mentee;
    d.progress = check(goals.recordProgress(progress));
    progress.recordedOn = QDate(2025, 5, 2);
    progress.value = 2;
    progress.note = QStringLiteral("Second one out");
    d.progressLater = check(goals.recordProgress(progress));

    Meeting single;
    single.relationshipId = d.relationship;
    single.title = QStringLiteral("Kick-off");
    single.startLocal = QStringLiteral("2025-03-03T10:00:00");
    single.timezone = QStringLiteral("Europe/Berlin");
    single.status = MeetingStatus::Held;
    single.sharedNotes = QStringLiteral("Agreed goals");
    single.privateNotes = QStringLiteral("Seems nervous");
    d.single = check(meetings.createMeeting(single));
    Meeting series;
    series.relationshipId = d.relationship;
    series.kind = MeetingKind::Series;
    series.title = QStringLiteral("Fortnightly");
    series.startLocal = QStringLiteral("2025-03-11T17:00:00");
    series.timezone = QStringLiteral("Europe/Berlin");
    series.rrules = {QStringLiteral("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=10")};
    d.series = check(meetings.createMeeting(series));
    MeetingLog log;
    log.meetingId = d.series;
    log.occurrence = QStringLiteral("2025-03-25T17:00:00");
    log.sharedNotes = QStringLiteral("Went through the draft");
    d.override = check(meetings.logMeeting(log));

    ActionItem item;
    item.relationshipId = d.relationship;
    item.meetingId = d.series;
    item.title = QStringLiteral("Send the draft");
    item.ownerId = d.mentee;
    item.dueDate = QDate(2025, 4, 1);
    d.actionItem = check(relationships.createActionItem(item));
    Feedback feedback;
    feedback.relationshipId = d.relationship;
    feedback.meetingId = d.series;
    feedback.authorRole = Role::Mentee;
    feedback.authorId = d.mentee;
    feedback.rating = 4;
    feedback.givenOn = QDate(2025, 3, 26);
    feedback.visibility = FeedbackVisibility::SharedWithPair;
    d.feedback = check(relationships.createFeedback(feedback));

    Resource resource;
    resource.title = QStringLiteral("On writing well");
    resource.kind = ResourceKind::Book;
    resource.tags = {QStringLiteral("writing")};
    resource.addedBy = d.mentor;
    d.resource = check(resources.createResource(resource));
    ResourceShare share;
    share.resourceId = d.resource;
    share.relationshipId = d.relationship;
    share.sharedBy = d.mentor;
    share.sharedOn = QDate(2025, 3, 4);
    d.share = check(resources.shareResource(share));
    return d;
}

} // namespace trellis::test
