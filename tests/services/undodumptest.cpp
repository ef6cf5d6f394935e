#include "io/icsimporter.h"
#include "services/servicebundle.h"
#include "testlib/databasedump.h"
#include "testlib/sampledata.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "util/clock.h"

#include <QSqlQuery>
#include <QTest>

#include <functional>

using namespace trellis;
using namespace trellis::test;

using Operation = std::function<Result<ChangeSet>(ServiceBundle &, const SampleData &)>;
Q_DECLARE_METATYPE(Operation)

// The undo contract (ARCHITECTURE.md): for every service operation, a dump of all tables after
// do + undo equals the dump before, and redo gives the dump after do. Stamps and SEQUENCE excepted.
class UndoDumpTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldRestoreTheDatabaseOnUndoAndRedo_data()
    {
        QTest::addColumn<Operation>("operation");
        using B = ServiceBundle;
        using D = SampleData;
        auto row = [](const char *name, Operation op) { QTest::newRow(name) << op; };

        // People, programmes, cohorts
        row("create person with tags", [](B &s, const D &d) {
            Person p;
            p.displayName = QStringLiteral("Emmy Noether");
            p.isMentor = true;
            p.managerId = d.manager;
            p.skills = {QStringLiteral("algebra")};
            p.interests = {QStringLiteral("physics"), QStringLiteral("teaching")};
            return s.people.createPerson(p);
        });
        row("update person and tags", [](B &s, const D &d) {
            Person p = s.get<Person>(d.mentor);
            p.displayName = QStringLiteral("Augusta Ada King");
            p.skills = {QStringLiteral("writing"), QStringLiteral("analysis")};
            p.interests.clear();
            p.managerId.reset();
            return s.people.updatePerson(p);
        });
        row("delete person (tags, manager and author refs)",
            [](B &s, const D &d) { return s.people.deletePerson(d.manager); });
        row("delete person with tags", [](B &s, const D &d) {
            // The loner is only in a proposed relationship: delete that first, in the same test.
            auto relationship = s.relationships.deleteRelationship(d.proposed);
            if (!relationship)
                return relationship;
            auto person = s.people.deletePerson(d.loner);
            if (!person)
                return person;
            ChangeSet both = *relationship; // two edits undone as one
            both.changes += person->changes;
            return Result<ChangeSet>(both);
        });
        row("create people in one edit (managers in the batch and stored)", [](B &s, const D &d) {
            PeopleService::NewPerson boss{{}, std::nullopt};
            boss.person.displayName = QStringLiteral("Lise Meitner");
            boss.person.isCoordinator = true;
            boss.person.managerId = d.manager;
            PeopleService::NewPerson early{{}, 0}; // managed by the first of the batch
            early.person.displayName = QStringLiteral("Otto Hahn");
            early.person.isMentor = true;
            early.person.capacity = 2;
            early.person.skills = {QStringLiteral("chemistry")};
            PeopleService::NewPerson forward{{}, 3}; // managed by a later one
            forward.person.displayName = QStringLiteral("Marie Curie");
            forward.person.isMentee = true;
            forward.person.interests = {QStringLiteral("radium"), QStringLiteral("polonium")};
            PeopleService::NewPerson later{{}, std::nullopt};
            later.person.displayName = QStringLiteral("Pierre Curie");
            return s.people.createPeople({boss, early, forward, later});
        });
        row("pair mentor and mentee", [](B &s, const D &d) {
            Person mentee; // Ada's other mentees are taken: pair her with a new one
            mentee.displayName = QStringLiteral("Hertha Ayrton");
            mentee.isMentee = true;
            auto created = s.people.createPerson(mentee);
            if (!created)
                return created;
            RelationshipService::Pairing pairing;
            pairing.mentorId = d.mentor;
            pairing.menteeId = created->primaryId;
            pairing.cohortId = d.cohort;
            pairing.active = true;
            auto paired = s.relationships.pair(pairing);
            if (!paired)
                return paired;
            ChangeSet both = *created; // two edits undone as one
            both.changes += paired->changes;
            return Result<ChangeSet>(both);
        });
        row("create programme", [](B &s, const D &) {
            Programme p;
            p.name = QStringLiteral("Reverse mentoring");
            p.format = ProgrammeFormat::Reverse;
            return s.people.createProgramme(p);
        });
        row("update programme", [](B &s, const D &d) {
            Programme p = s.get<Programme>(d.programme);
            p.defaultCadenceDays = 21;
            return s.people.updateProgramme(p);
        });
        row("delete programme (cohorts, relationship refs)",
            [](B &s, const D &d) { return s.people.deleteProgramme(d.programme); });
        row("create cohort", [](B &s, const D &d) {
            Cohort c;
            c.programmeId = d.programme;
            c.name = QStringLiteral("Autumn");
            c.startDate = QDate(2025, 9, 1);
            return s.people.createCohort(c);
        });
        row("update cohort", [](B &s, const D &d) {
            Cohort c = s.get<Cohort>(d.cohort);
            c.endDate.reset();
            return s.people.updateCohort(c);
        });
        row("delete cohort", [](B &s, const D &d) { return s.people.deleteCohort(d.cohort); });

        // Relationships and lifecycle
        row("create relationship", [](B &s, const D &d) {
            Relationship r;
            r.mentorId = d.manager;
            r.menteeId = d.loner;
            r.proposedOn = QDate(2025, 6, 1);
            return s.relationships.createRelationship(r);
        });
        row("update relationship", [](B &s, const D &d) {
            Relationship r = s.get<Relationship>(d.relationship);
            r.cadenceDays = 7;
            r.cohortId.reset();
            r.agreement = QStringLiteral("Weekly");
            return s.relationships.updateRelationship(r);
        });
        row("delete relationship with all its children",
            [](B &s, const D &d) { return s.relationships.deleteRelationship(d.relationship); });
        row("activate", [](B &s, const D &d) {
            return s.relationships.changeStatus(d.proposed, RelationshipStatus::Active, QDate(2025, 6, 1));
        });
        row("pause", [](B &s, const D &d) {
            return s.relationships.changeStatus(d.relationship, RelationshipStatus::Paused,
                                                QDate(2025, 6, 1));
        });
        row("complete", [](B &s, const D &d) {
            return s.relationships.changeStatus(d.relationship, RelationshipStatus::Completed,
                                                QDate(2025, 12, 1));
        });
        row("end early", [](B &s, const D &d) {
            return s.relationships.changeStatus(d.relationship, RelationshipStatus::EndedEarly,
                                                QDate(2025, 6, 1), QStringLiteral("moved abroad"));
        });
        row("complete with a closing reflection", [](B &s, const D &d) {
            return s.relationships.changeStatus(d.relationship, RelationshipStatus::Completed,
                                                QDate(2025, 12, 1), {}, QStringLiteral("We both grew"));
        });
        row("end after fit check with a closing reflection", [](B &s, const D &d) {
            return s.relationships.endAfterFitCheck(d.relationship, QDate(2025, 4, 1),
                                                    QStringLiteral("expectations differ"),
                                                    QStringLiteral("Parted on good terms"));
        });
        row("confirm fit", [](B &s, const D &d) { return s.relationships.confirmFit(d.relationship); });
        row("end after fit check", [](B &s, const D &d) {
            return s.relationships.endAfterFitCheck(d.relationship, QDate(2025, 4, 1),
                                                    QStringLiteral("expectations differ"));
        });

        // Children of a relationship
        row("create support contact", [](B &s, const D &d) {
            SupportContact c;
            c.relationshipId = d.relationship;
            c.name = QStringLiteral("A peer");
            return s.relationships.createSupportContact(c);
        });
        row("update support contact", [](B &s, const D &d) {
            SupportContact c = s.get<SupportContact>(d.supportContact);
            c.contact = QStringLiteral("byron@example.org");
            return s.relationships.updateSupportContact(c);
        });
        row("delete support contact",
            [](B &s, const D &d) { return s.relationships.deleteSupportContact(d.supportContact); });
        row("log contact", [](B &s, const D &d) {
            Contact c;
            c.relationshipId = d.relationship;
            c.occurredAt = QDateTime(QDate(2025, 4, 1), QTime(8, 0), Qt::UTC);
            c.channel = ContactChannel::Call;
            return s.relationships.logContact(c);
        });
        row("update contact", [](B &s, const D &d) {
            Contact c = s.get<Contact>(d.contact);
            c.summary = QStringLiteral("Reading list sent");
            return s.relationships.updateContact(c);
        });
        row("delete contact", [](B &s, const D &d) { return s.relationships.deleteContact(d.contact); });
        row("create feedback", [](B &s, const D &d) {
            Feedback f;
            f.relationshipId = d.relationship;
            f.meetingId = d.single;
            f.authorRole = Role::Mentor;
            f.rating = 5;
            f.givenOn = QDate(2025, 3, 4);
            return s.relationships.createFeedback(f);
        });
        row("update feedback", [](B &s, const D &d) {
            Feedback f = s.get<Feedback>(d.feedback);
            f.rating = 2;
            f.meetingId.reset();
            return s.relationships.updateFeedback(f);
        });
        row("delete feedback", [](B &s, const D &d) { return s.relationships.deleteFeedback(d.feedback); });
        row("create action item", [](B &s, const D &d) {
            ActionItem a;
            a.relationshipId = d.relationship;
            a.title = QStringLiteral("Book a room");
            return s.relationships.createActionItem(a);
        });
        row("tick action item", [](B &s, const D &d) {
            ActionItem a = s.get<ActionItem>(d.actionItem);
            a.doneOn = QDate(2025, 3, 30);
            return s.relationships.updateActionItem(a);
        });
        row("delete action item",
            [](B &s, const D &d) { return s.relationships.deleteActionItem(d.actionItem); });

        // Goals
        row("create goal", [](B &s, const D &d) {
            Goal g;
            g.relationshipId = d.relationship;
            g.title = QStringLiteral("Give a talk");
            return s.goals.createGoal(g);
        });
        row("update goal", [](B &s, const D &d) {
            Goal g = s.get<Goal>(d.goal);
            g.status = GoalStatus::Achieved;
            g.dueDate.reset();
            return s.goals.updateGoal(g);
        });
        row("delete goal (milestones, progress)",
            [](B &s, const D &d) { return s.goals.deleteGoal(d.goal); });
        row("create milestone", [](B &s, const D &d) {
            Milestone m;
            m.goalId = d.goal;
            m.title = QStringLiteral("Second draft");
            m.position = 1;
            return s.goals.createMilestone(m);
        });
        row("update milestone", [](B &s, const D &d) {
            Milestone m = s.get<Milestone>(d.milestone);
            m.doneOn = QDate(2025, 4, 20);
            return s.goals.updateMilestone(m);
        });
        row("delete milestone", [](B &s, const D &d) { return s.goals.deleteMilestone(d.milestone); });
        row("record progress", [](B &s, const D &d) {
            ProgressUpdate p;
            p.goalId = d.goal;
            p.recordedOn = QDate(2025, 6, 1);
            p.value = 3;
            return s.goals.recordProgress(p);
        });
        row("update progress", [](B &s, const D &d) {
            ProgressUpdate p = s.get<ProgressUpdate>(d.progress);
            p.value = 1.5;
            p.authorId.reset();
            return s.goals.updateProgress(p);
        });
        row("delete progress", [](B &s, const D &d) { return s.goals.deleteProgress(d.progress); });

        // Meetings
        row("create single meeting", [](B &s, const D &d) {
            Meeting m;
            m.relationshipId = d.relationship;
            m.title = QStringLiteral("Coffee");
            m.startLocal = QStringLiteral("2025-04-10T08:30:00");
            m.timezone = QStringLiteral("America/New_York");
            return s.meetings.createMeeting(m);
        });
        row("create series", [](B &s, const D &d) {
            Meeting m;
            m.relationshipId = d.proposed;
            m.kind = MeetingKind::Series;
            m.allDay = true;
            m.startLocal = QStringLiteral("2025-06-02");
            m.durationMinutes = 0;
            m.rrules = {QStringLiteral("FREQ=MONTHLY;BYDAY=1MO")};
            return s.meetings.createMeeting(m);
        });
        row("move single meeting", [](B &s, const D &d) {
            Meeting m = s.get<Meeting>(d.single);
            m.startLocal = QStringLiteral("2025-03-04T11:00:00");
            return s.meetings.updateMeeting(m);
        });
        row("change series rule", [](B &s, const D &d) {
            Meeting m = s.get<Meeting>(d.series);
            m.exdates = {QStringLiteral("2025-04-08T17:00:00")};
            return s.meetings.updateMeeting(m);
        });
        row("log single meeting", [](B &s, const D &d) {
            MeetingLog log;
            log.meetingId = d.single;
            log.status = MeetingStatus::NoShow;
            log.privateNotes = QStringLiteral("Did not come");
            return s.meetings.logMeeting(log);
        });
        row("log series occurrence (new override)", [](B &s, const D &d) {
            MeetingLog log;
            log.meetingId = d.series;
            log.occurrence = QStringLiteral("2025-04-08T17:00:00");
            log.sharedNotes = QStringLiteral("Talked about the talk");
            log.privateNotes = QStringLiteral("More confident");
            return s.meetings.logMeeting(log);
        });
        row("log series occurrence again (existing override)", [](B &s, const D &d) {
            MeetingLog log;
            log.meetingId = d.series;
            log.occurrence = QStringLiteral("2025-03-25T17:00:00");
            log.sharedNotes = QStringLiteral("Corrected notes");
            return s.meetings.logMeeting(log);
        });
        row("record new meeting with action items and progress", [](B &s, const D &d) {
            MeetingReport r;
            r.relationshipId = d.relationship;
            r.startLocal = QStringLiteral("2025-05-14T09:00:00");
            r.timezone = QStringLiteral("Europe/London");
            r.durationMinutes = 45;
            r.mode = MeetingMode::InPerson;
            r.initiator = Initiator::Mentee;
            r.title = QStringLiteral("Coffee");
            r.sharedNotes = QStringLiteral("Went through the CV");
            r.privateNotes = QStringLiteral("Tired");
            ActionItem a;
            a.title = QStringLiteral("Update CV");
            a.ownerId = d.mentee;
            a.dueDate = QDate(2025, 5, 28);
            r.actionItems = {a};
            ProgressUpdate p;
            p.goalId = d.goal;
            p.recordedOn = QDate(2025, 5, 14);
            p.value = 4;
            p.note = QStringLiteral("Draft ready");
            p.authorId = d.mentor;
            r.progress = {p};
            return s.meetings.recordMeeting(r);
        });
        row("record series occurrence at another time (new override)", [](B &s, const D &d) {
            MeetingReport r;
            r.relationshipId = d.relationship;
            r.plannedMeetingId = d.series;
            r.occurrence = QStringLiteral("2025-04-08T17:00:00");
            r.startLocal = QStringLiteral("2025-04-09T18:00:00");
            r.timezone = QStringLiteral("Europe/Berlin");
            ActionItem a;
            a.title = QStringLiteral("Read chapter 3");
            r.actionItems = {a, a};
            return s.meetings.recordMeeting(r);
        });
        row("record planned single and existing override", [](B &s, const D &d) {
            MeetingReport r;
            r.relationshipId = d.relationship;
            r.plannedMeetingId = d.single;
            r.status = MeetingStatus::NoShow;
            r.startLocal = QStringLiteral("2025-03-03T10:30:00");
            r.timezone = QStringLiteral("Europe/Berlin");
            auto single = s.meetings.recordMeeting(r);
            if (!single)
                return single;
            r.plannedMeetingId = d.override;
            r.status = MeetingStatus::Held;
            r.startLocal = QStringLiteral("2025-03-25T17:00:00");
            ProgressUpdate p;
            p.goalId = d.goal;
            p.recordedOn = QDate(2025, 3, 25);
            p.value = 2;
            r.progress = {p};
            auto override = s.meetings.recordMeeting(r);
            if (!override)
                return override;
            ChangeSet both = *single; // two edits undone as one
            both.changes += override->changes;
            return Result<ChangeSet>(both);
        });
        row("set agenda of single meeting", [](B &s, const D &d) {
            return s.meetings.setAgenda(d.single, {}, QStringLiteral("1. Feedback on my draft"));
        });
        row("set agenda of series occurrence (new override)", [](B &s, const D &d) {
            return s.meetings.setAgenda(d.series, QStringLiteral("2025-04-08T17:00:00"),
                                        QStringLiteral("Questions about the talk"));
        });
        row("set agenda of series occurrence (existing override)", [](B &s, const D &d) {
            return s.meetings.setAgenda(d.series, QStringLiteral("2025-03-25T17:00:00"),
                                        QStringLiteral("Revised questions"));
        });
        row("delete override", [](B &s, const D &d) { return s.meetings.deleteMeeting(d.override); });
        row("delete series (overrides, linked action item and feedback)",
            [](B &s, const D &d) { return s.meetings.deleteMeeting(d.series); });

        // Recurring meetings: scopes of an edit, cancel, end; an .ics import
        const auto occurrenceEdit = [](B &s, const D &d, const char *occurrence, const char *newStart,
                                       OccurrenceScope scope) {
            OccurrenceEdit e;
            e.seriesId = d.series;
            e.recurrenceId = QLatin1String(occurrence);
            e.scope = scope;
            e.values = s.get<Meeting>(d.series);
            e.values.rrules.clear();
            e.values.startLocal = QLatin1String(newStart);
            return s.seriesEdits.editOccurrence(e);
        };
        row("edit one occurrence (new override)", [=](B &s, const D &d) {
            return occurrenceEdit(s, d, "2025-04-08T17:00:00", "2025-04-09T08:00:00",
                                  OccurrenceScope::ThisOccurrence);
        });
        row("edit one overridden occurrence", [=](B &s, const D &d) {
            return occurrenceEdit(s, d, "2025-03-25T17:00:00", "2025-03-25T23:30:00",
                                  OccurrenceScope::ThisOccurrence);
        });
        row("split series (override moves to the new series)", [=](B &s, const D &d) {
            return occurrenceEdit(s, d, "2025-03-25T17:00:00", "2025-03-25T18:00:00",
                                  OccurrenceScope::ThisAndFollowing);
        });
        row("edit all occurrences (override re-keyed)", [=](B &s, const D &d) {
            return occurrenceEdit(s, d, "2025-04-08T17:00:00", "2025-04-08T16:15:00",
                                  OccurrenceScope::AllOccurrences);
        });
        row("cancel occurrence", [](B &s, const D &d) {
            return s.seriesEdits.cancelOccurrence(d.series, QStringLiteral("2025-04-08T17:00:00"));
        });
        row("cancel overridden occurrence", [](B &s, const D &d) {
            return s.seriesEdits.cancelOccurrence(d.series, QStringLiteral("2025-03-25T17:00:00"));
        });
        row("end series (logged occurrence detached)",
            [](B &s, const D &d) { return s.seriesEdits.endSeries(d.series, QDate(2025, 3, 20)); });
        row("import .ics (add, update by SEQUENCE, override)", [](B &s, const D &d) {
            const QString uid = s.get<Meeting>(d.series).uid;
            const QString text =
                QStringLiteral("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
                               "BEGIN:VEVENT\r\nUID:new-single@test\r\nDTSTAMP:20250101T000000Z\r\n"
                               "DTSTART:20250601T100000Z\r\nDURATION:PT1H\r\nSUMMARY:Lunch\r\n"
                               "END:VEVENT\r\n"
                               "BEGIN:VEVENT\r\nUID:%1\r\nDTSTAMP:20250101T000000Z\r\nSEQUENCE:7\r\n"
                               "DTSTART;TZID=Europe/Berlin:20250311T180000\r\nDURATION:PT1H\r\n"
                               "RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=10\r\nSUMMARY:Later\r\n"
                               "END:VEVENT\r\n"
                               "BEGIN:VEVENT\r\nUID:%1\r\nDTSTAMP:20250101T000000Z\r\n"
                               "RECURRENCE-ID;TZID=Europe/Berlin:20250408T180000\r\n"
                               "DTSTART;TZID=Europe/Berlin:20250409T180000\r\nDURATION:PT1H\r\n"
                               "SUMMARY:Moved\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
                    .arg(uid);
            auto report = IcsImporter(s.database).importData(text.toUtf8(), d.proposed);
            if (!report)
                return Result<ChangeSet>(report.error());
            if (report->added != 2 || report->updated != 1)
                return Result<ChangeSet>(Error{QStringLiteral("unexpected import counts")});
            return Result<ChangeSet>(report->changes);
        });

        // Resources
        row("create resource", [](B &s, const D &d) {
            Resource r;
            r.title = QStringLiteral("Junior analyst");
            r.kind = ResourceKind::JobLead;
            r.deadline = QDate(2025, 7, 1);
            r.addedBy = d.mentee;
            return s.resources.createResource(r);
        });
        row("update resource", [](B &s, const D &d) {
            Resource r = s.get<Resource>(d.resource);
            r.tags = {QStringLiteral("writing"), QStringLiteral("style")};
            return s.resources.updateResource(r);
        });
        row("delete resource (shares)",
            [](B &s, const D &d) { return s.resources.deleteResource(d.resource); });
        row("share resource", [](B &s, const D &d) {
            ResourceShare r;
            r.resourceId = d.resource;
            r.relationshipId = d.proposed;
            r.sharedOn = QDate(2025, 5, 2);
            return s.resources.shareResource(r);
        });
        row("mark share read", [](B &s, const D &d) {
            ResourceShare r = s.get<ResourceShare>(d.share);
            r.readOn = QDate(2025, 3, 10);
            r.discussedOn = QDate(2025, 3, 11);
            return s.resources.updateShare(r);
        });
        row("delete share", [](B &s, const D &d) { return s.resources.deleteShare(d.share); });

        // The database's settings: the profile and the shared preferences
        row("set the profile", [](B &s, const D &d) {
            return s.settings.setProfile({d.mentor, Role::Mentor});
        });
        row("change the profile", [](B &s, const D &d) {
            auto first = s.settings.setProfile({d.mentor, Role::Mentor});
            if (!first)
                return first;
            auto second = s.settings.setProfile({d.mentee, Role::Mentee});
            if (!second)
                return second;
            ChangeSet both = *first; // two edits undone as one
            both.changes += second->changes;
            return Result<ChangeSet>(both);
        });
        row("save preferences", [](B &s, const D &) {
            DatabasePreferences preferences;
            preferences.cadenceDays = 21;
            preferences.reminderMinutes.reset();
            preferences.exportIncludeNotes = true;
            return s.settings.savePreferences(preferences);
        });
        row("save preferences again", [](B &s, const D &) {
            DatabasePreferences preferences;
            auto first = s.settings.savePreferences(preferences);
            if (!first)
                return first;
            preferences.meetingMinutes = 45;
            preferences.reminderMinutes = 5;
            auto second = s.settings.savePreferences(preferences);
            if (!second)
                return second;
            ChangeSet both = *first;
            both.changes += second->changes;
            return Result<ChangeSet>(both);
        });
    }

    void shouldRestoreTheDatabaseOnUndoAndRedo()
    {
        QFETCH(Operation, operation);
        // GIVEN a database with a sample graph
        PinnedClock clock(QDateTime(QDate(2025, 5, 15), QTime(12, 0), Qt::UTC));
        TempDatabase temp;
        const SampleData data = SampleData::create(temp.db());
        ServiceBundle services(temp.db());
        const QSqlDatabase db = temp.db().connection();
        const QString before = dumpDatabase(db);

        // WHEN the operation runs
        auto done = operation(services, data);
        QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.errorMessage()));
        QVERIFY(!done->isEmpty());
        const QString after = dumpDatabase(db);
        QVERIFY(after != before);

        // THEN undo restores every row, redo brings the result back, and undo again restores
        auto undone = services.applier.apply(done->inverse());
        QVERIFY2(undone.ok(), qPrintable(undone.ok() ? QString() : undone.errorMessage()));
        QCOMPARE(dumpDatabase(db), before);
        auto redone = services.applier.apply(undone->inverse());
        QVERIFY2(redone.ok(), qPrintable(redone.ok() ? QString() : redone.errorMessage()));
        QCOMPARE(dumpDatabase(db), after);
        auto undoneAgain = services.applier.apply(redone->inverse());
        QVERIFY2(undoneAgain.ok(), qPrintable(undoneAgain.ok() ? QString() : undoneAgain.errorMessage()));
        QCOMPARE(dumpDatabase(db), before);
        QSqlQuery check(db);
        QVERIFY(check.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY(!check.next());
    }
};

TRELLIS_REGISTER_TEST(UndoDumpTest);

#include "undodumptest.moc"
