#include "changenotifier.h"
#include "commands/editcommand.h"
#include "commands/edits.h"
#include "io/csvreader.h"
#include "io/icsimporter.h"
#include "io/rosterparser.h"
#include "matching/matchingprofile.h"
#include "services/servicebundle.h"
#include "storage/libraryquery.h"
#include "storage/profilestore.h"
#include "testlib/databasedump.h"
#include "testlib/sampledata.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "util/clock.h"

#include <QFile>
#include <QHash>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace trellis;
using namespace trellis::test;

Q_DECLARE_METATYPE(trellis::EditKind)

namespace {

// Every table (stamps and SEQUENCE excepted, see dumpDatabase) and the settings table, which
// holds the profile and the database's preferences.
QString dumpAll(const QSqlDatabase &db)
{
    QStringList lines{dumpDatabase(db), QStringLiteral("## settings")};
    QSqlQuery settings(db);
    settings.exec(QStringLiteral("SELECT * FROM settings ORDER BY 1"));
    while (settings.next())
        lines.append(settings.value(0).toString() + QLatin1Char('=') + settings.value(1).toString());
    return lines.join(QLatin1Char('\n'));
}

// The newest resource (one a scenario's preparation added).
template <typename Bundle>
Id lastResource(Bundle &s)
{
    QSqlQuery query(s.database.connection());
    query.exec(QStringLiteral("SELECT max(id) FROM resource"));
    return query.next() ? query.value(0).toLongLong() : 0;
}

bool noForeignKeyViolation(const QSqlDatabase &db)
{
    QSqlQuery check(db);
    return check.exec(QStringLiteral("PRAGMA foreign_key_check")) && !check.next();
}

QString message(const Result<ChangeSet> &result)
{
    return result.ok() ? QString() : result.errorMessage();
}

// Two edits undone as one (service rows that need a preparation written in the same edit).
Result<ChangeSet> both(const Result<ChangeSet> &first, const Result<ChangeSet> &second)
{
    if (!first)
        return first;
    if (!second)
        return second;
    ChangeSet changes = *first;
    changes.changes += second->changes;
    return changes;
}

const char *const IcsText = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
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
                            "SUMMARY:Moved\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

// One GUI edit on the sample graph: `prepare` (optional) writes through the services before the
// "before" dump; `run` makes the edit through the real Edits function.
struct Scenario {
    std::function<void(ServiceBundle &, const SampleData &)> prepare;
    std::function<Result<ChangeSet>(Edits &, ServiceBundle &, const SampleData &, const TempDatabase &)> run;
};

using B = ServiceBundle;
using D = SampleData;
using T = TempDatabase;

Meeting seriesAt(B &s, const D &d, const char *newStart)
{
    Meeting values = s.get<Meeting>(d.series);
    values.rrules.clear();
    values.startLocal = QLatin1String(newStart);
    return values;
}

// One scenario per EditKind. A kind missing here fails the test: give a new edit its scenario.
QHash<EditKind, Scenario> scenarios()
{
    QHash<EditKind, Scenario> all;
    const auto run = [&all](EditKind kind, decltype(Scenario::run) edit) {
        all.insert(kind, {{}, std::move(edit)});
    };
    const auto prepared = [&all](EditKind kind, decltype(Scenario::prepare) prepare,
                                 decltype(Scenario::run) edit) {
        all.insert(kind, {std::move(prepare), std::move(edit)});
    };

    // People, programmes, cohorts
    run(EditKind::AddPerson, [](Edits &e, B &, const D &d, const T &) {
        Person p;
        p.displayName = QStringLiteral("Emmy Noether");
        p.isMentor = true;
        p.managerId = d.manager;
        p.skills = {QStringLiteral("algebra")};
        p.interests = {QStringLiteral("physics"), QStringLiteral("teaching")};
        return e.addPerson(p);
    });
    run(EditKind::UpdatePerson, [](Edits &e, B &s, const D &d, const T &) {
        Person p = s.get<Person>(d.mentor);
        p.displayName = QStringLiteral("Augusta Ada King");
        p.skills = {QStringLiteral("writing"), QStringLiteral("analysis")};
        p.interests.clear();
        p.managerId.reset();
        return e.updatePerson(p);
    });
    run(EditKind::DeletePerson,
        [](Edits &e, B &, const D &d, const T &) { return e.deletePerson(d.manager); });
    run(EditKind::AddProgramme, [](Edits &e, B &, const D &, const T &) {
        Programme p;
        p.name = QStringLiteral("Reverse mentoring");
        p.format = ProgrammeFormat::Reverse;
        return e.addProgramme(p);
    });
    run(EditKind::UpdateProgramme, [](Edits &e, B &s, const D &d, const T &) {
        Programme p = s.get<Programme>(d.programme);
        p.defaultCadenceDays = 21;
        return e.updateProgramme(p);
    });
    run(EditKind::DeleteProgramme,
        [](Edits &e, B &, const D &d, const T &) { return e.deleteProgramme(d.programme); });
    run(EditKind::AddCohort, [](Edits &e, B &, const D &d, const T &) {
        Cohort c;
        c.programmeId = d.programme;
        c.name = QStringLiteral("Autumn");
        c.startDate = QDate(2025, 9, 1);
        return e.addCohort(c);
    });
    run(EditKind::UpdateCohort, [](Edits &e, B &s, const D &d, const T &) {
        Cohort c = s.get<Cohort>(d.cohort);
        c.endDate.reset();
        return e.updateCohort(c);
    });
    run(EditKind::DeleteCohort,
        [](Edits &e, B &, const D &d, const T &) { return e.deleteCohort(d.cohort); });
    run(EditKind::ImportRoster, [](Edits &e, B &, const D &, const T &) -> Result<ChangeSet> {
        // Managers stored (Grace, by name) and in the file, earlier and later.
        const QByteArray csv =
            "Name,Email,Roles,Skills,Interests,Capacity,Manager\n"
            "Lise Meitner,lise@example.org,coordinator,,,,Grace Hopper\n"
            "Otto Hahn,otto@example.org,mentor,chemistry,,2,Lise Meitner\n"
            "Marie Curie,marie@example.org,mentee,,\"radium, polonium\",,pierre@example.org\n"
            "Pierre Curie,pierre@example.org,mentor,,,1,\n";
        auto table = CsvReader::parse(csv, QStringLiteral("roster.csv"));
        if (!table)
            return table.error();
        auto written = e.writeRosterImport(*table, RosterMapping::guess(table->records.value(0).fields),
                                           QStringLiteral("roster.csv"));
        if (!written)
            return written;
        return e.importRoster(*written);
    });
    const auto newMentee = std::make_shared<Id>(0);
    prepared(
        EditKind::Pair,
        [newMentee](B &s, const D &) {
            Person mentee; // Ada's mentees are taken: pair her with a new one
            mentee.displayName = QStringLiteral("Hertha Ayrton");
            mentee.isMentee = true;
            auto created = s.people.createPerson(mentee);
            QVERIFY(created.ok());
            *newMentee = created->primaryId;
        },
        [newMentee](Edits &e, B &, const D &d, const T &) {
            Edits::Pairing pairing;
            pairing.mentorId = d.mentor;
            pairing.menteeId = *newMentee;
            pairing.cohortId = d.cohort;
            pairing.active = true;
            return e.pair(pairing);
        });
    run(EditKind::AddAndPair, [](Edits &e, B &, const D &d, const T &) {
        // A new mentor (with a skill tag) for an existing mentee, in the cohort
        Person mentor;
        mentor.displayName = QStringLiteral("Lise Meitner");
        mentor.skills = {QStringLiteral("physics")};
        Edits::Pairing pairing;
        pairing.menteeId = d.mentee;
        pairing.cohortId = d.cohort;
        pairing.active = true;
        return e.addAndPair(mentor, pairing);
    });

    const auto matched = std::make_shared<QList<Edits::Pairing>>();
    prepared(
        EditKind::AcceptMatches,
        [matched](B &s, const D &d) {
            // A matching run's two suggestions: a new mentor with two places, two new mentees
            Person mentor;
            mentor.displayName = QStringLiteral("Emmy Noether");
            mentor.isMentor = true;
            mentor.capacity = 2;
            auto madeMentor = s.people.createPerson(mentor);
            QVERIFY(madeMentor.ok());
            for (const char *name : {"Hertha Ayrton", "Lise Meitner"}) {
                Person mentee;
                mentee.displayName = QLatin1String(name);
                mentee.isMentee = true;
                auto made = s.people.createPerson(mentee);
                QVERIFY(made.ok());
                Edits::Pairing pairing;
                pairing.mentorId = madeMentor->primaryId;
                pairing.menteeId = made->primaryId;
                pairing.cohortId = d.cohort;
                matched->append(pairing);
            }
        },
        [matched](Edits &e, B &, const D &, const T &) { return e.acceptMatches(*matched); });

    // A relationship and its lifecycle
    run(EditKind::SaveAgreement, [](Edits &e, B &s, const D &d, const T &) {
        Relationship r = s.get<Relationship>(d.relationship);
        r.cadenceDays = 7;
        r.agreement = QStringLiteral("Weekly");
        return e.saveAgreement(r);
    });
    run(EditKind::ActivateRelationship,
        [](Edits &e, B &, const D &d, const T &) { return e.activateRelationship(d.proposed); });
    run(EditKind::PauseRelationship,
        [](Edits &e, B &, const D &d, const T &) { return e.pauseRelationship(d.relationship); });
    prepared(
        EditKind::ResumeRelationship,
        [](B &s, const D &d) {
            QVERIFY(
                s.relationships.changeStatus(d.relationship, RelationshipStatus::Paused, QDate(2025, 5, 1))
                    .ok());
        },
        [](Edits &e, B &, const D &d, const T &) { return e.resumeRelationship(d.relationship); });
    run(EditKind::ConfirmFit,
        [](Edits &e, B &, const D &d, const T &) { return e.confirmFit(d.relationship); });
    run(EditKind::EndAfterFitCheck, [](Edits &e, B &, const D &d, const T &) {
        return e.endAfterFitCheck(d.relationship, QDate(2025, 4, 1), QStringLiteral("expectations differ"),
                                  QStringLiteral("Parted on good terms"));
    });
    run(EditKind::CompleteRelationship, [](Edits &e, B &, const D &d, const T &) {
        return e.completeRelationship(d.relationship, QDate(2025, 5, 15), QStringLiteral("Goals met"),
                                      QStringLiteral("We both grew"));
    });
    run(EditKind::EndRelationshipEarly, [](Edits &e, B &, const D &d, const T &) {
        return e.endRelationshipEarly(d.relationship, QDate(2025, 5, 1), QStringLiteral("moved abroad"), {});
    });

    // What hangs off a relationship
    run(EditKind::LogContact, [](Edits &e, B &, const D &d, const T &) {
        Contact c;
        c.relationshipId = d.relationship;
        c.occurredAt = QDateTime(QDate(2025, 4, 1), QTime(8, 0), Qt::UTC);
        c.channel = ContactChannel::Call;
        c.summary = QStringLiteral("Quick call");
        return e.logContact(c);
    });
    run(EditKind::RemoveContact,
        [](Edits &e, B &, const D &d, const T &) { return e.removeContact(d.contact); });
    run(EditKind::AddActionItem, [](Edits &e, B &, const D &d, const T &) {
        ActionItem a;
        a.relationshipId = d.relationship;
        a.title = QStringLiteral("Book a room");
        a.ownerId = d.mentee;
        return e.addActionItem(a);
    });
    run(EditKind::SetActionItemDone, [](Edits &e, B &s, const D &d, const T &) {
        return e.setActionItemDone(s.get<ActionItem>(d.actionItem), true);
    });
    run(EditKind::RemoveActionItem,
        [](Edits &e, B &, const D &d, const T &) { return e.removeActionItem(d.actionItem); });
    run(EditKind::AddSupportContact, [](Edits &e, B &, const D &d, const T &) {
        SupportContact c;
        c.relationshipId = d.relationship;
        c.name = QStringLiteral("A peer");
        return e.addSupportContact(c);
    });
    run(EditKind::UpdateSupportContact, [](Edits &e, B &s, const D &d, const T &) {
        SupportContact c = s.get<SupportContact>(d.supportContact);
        c.contact = QStringLiteral("byron@example.org");
        return e.updateSupportContact(c);
    });
    run(EditKind::RemoveSupportContact,
        [](Edits &e, B &, const D &d, const T &) { return e.removeSupportContact(d.supportContact); });
    run(EditKind::AddFeedback, [](Edits &e, B &, const D &d, const T &) {
        Feedback f;
        f.relationshipId = d.relationship;
        f.meetingId = d.single;
        f.authorRole = Role::Mentor;
        f.authorId = d.mentor;
        f.rating = 5;
        f.givenOn = QDate(2025, 3, 4);
        return e.addFeedback(f);
    });
    run(EditKind::RemoveFeedback,
        [](Edits &e, B &, const D &d, const T &) { return e.removeFeedback(d.feedback); });

    // Goals
    run(EditKind::AddGoal, [](Edits &e, B &, const D &d, const T &) {
        Goal g;
        g.relationshipId = d.relationship;
        g.title = QStringLiteral("Give a talk");
        return e.addGoal(g);
    });
    run(EditKind::UpdateGoal, [](Edits &e, B &s, const D &d, const T &) {
        Goal g = s.get<Goal>(d.goal);
        g.title = QStringLiteral("Publish three notes");
        g.dueDate.reset();
        return e.updateGoal(g);
    });
    run(EditKind::SetGoalStatus, [](Edits &e, B &s, const D &d, const T &) {
        return e.setGoalStatus(s.get<Goal>(d.goal), GoalStatus::Achieved);
    });
    run(EditKind::DeleteGoal, [](Edits &e, B &, const D &d, const T &) { return e.deleteGoal(d.goal); });
    run(EditKind::AddMilestone, [](Edits &e, B &, const D &d, const T &) {
        Milestone m;
        m.goalId = d.goal;
        m.title = QStringLiteral("Second draft");
        m.position = 1;
        return e.addMilestone(m);
    });
    run(EditKind::SetMilestoneDone, [](Edits &e, B &s, const D &d, const T &) {
        return e.setMilestoneDone(s.get<Milestone>(d.milestone), true);
    });
    run(EditKind::RemoveMilestone,
        [](Edits &e, B &, const D &d, const T &) { return e.removeMilestone(d.milestone); });
    run(EditKind::RecordProgress, [](Edits &e, B &, const D &d, const T &) {
        ProgressUpdate p;
        p.goalId = d.goal;
        p.recordedOn = QDate(2025, 5, 14);
        p.value = 3;
        p.authorId = d.mentor;
        return e.recordProgress(p);
    });

    // Meetings and series
    run(EditKind::LogMeeting, [](Edits &e, B &, const D &d, const T &) {
        MeetingReport r;
        r.relationshipId = d.relationship;
        r.startLocal = QStringLiteral("2025-05-14T09:00:00");
        r.timezone = QStringLiteral("Europe/London");
        r.durationMinutes = 45;
        r.mode = MeetingMode::InPerson;
        r.initiator = Initiator::Mentee;
        r.sharedNotes = QStringLiteral("Went through the CV");
        r.privateNotes = QStringLiteral("Tired");
        ActionItem a;
        a.title = QStringLiteral("Update CV");
        a.ownerId = d.mentee;
        r.actionItems = {a};
        ProgressUpdate p;
        p.goalId = d.goal;
        p.recordedOn = QDate(2025, 5, 14);
        p.value = 2.5;
        p.authorId = d.mentor;
        r.progress = {p};
        return e.logMeeting(r);
    });
    run(EditKind::PlanMeeting, [](Edits &e, B &, const D &d, const T &) {
        Meeting m;
        m.relationshipId = d.proposed;
        m.kind = MeetingKind::Series;
        m.title = QStringLiteral("Monthly");
        m.startLocal = QStringLiteral("2025-06-02T09:00:00");
        m.timezone = QStringLiteral("Europe/London");
        m.rrules = {QStringLiteral("FREQ=MONTHLY;BYDAY=1MO")};
        m.reminderMinutes = 15;
        return e.planMeeting(m);
    });
    run(EditKind::SetAgenda, [](Edits &e, B &, const D &d, const T &) {
        return e.setAgenda(d.series, QStringLiteral("2025-04-08T17:00:00"), QStringLiteral("Questions"));
    });
    run(EditKind::UpdateMeeting, [](Edits &e, B &s, const D &d, const T &) {
        Meeting m = s.get<Meeting>(d.single);
        m.startLocal = QStringLiteral("2025-03-04T11:00:00");
        return e.updateMeeting(m);
    });
    run(EditKind::DeleteMeeting,
        [](Edits &e, B &, const D &d, const T &) { return e.deleteMeeting(d.series); });
    run(EditKind::EditThisOccurrence, [](Edits &e, B &s, const D &d, const T &) {
        return e.editThisOccurrence(d.series, QStringLiteral("2025-04-08T17:00:00"),
                                    seriesAt(s, d, "2025-04-09T08:00:00"));
    });
    run(EditKind::EditFollowingOccurrences, [](Edits &e, B &s, const D &d, const T &) {
        return e.editFollowingOccurrences(d.series, QStringLiteral("2025-03-25T17:00:00"),
                                          seriesAt(s, d, "2025-03-25T18:00:00"));
    });
    run(EditKind::EditAllOccurrences, [](Edits &e, B &s, const D &d, const T &) {
        return e.editAllOccurrences(d.series, QStringLiteral("2025-04-08T17:00:00"),
                                    seriesAt(s, d, "2025-04-08T16:15:00"));
    });
    run(EditKind::CancelOccurrence, [](Edits &e, B &, const D &d, const T &) {
        return e.cancelOccurrence(d.series, QStringLiteral("2025-04-08T17:00:00"));
    });
    run(EditKind::EndSeries,
        [](Edits &e, B &, const D &d, const T &) { return e.endSeries(d.series, QDate(2025, 3, 20)); });
    run(EditKind::ImportCalendar, [](Edits &e, B &s, const D &d, const T &temp) -> Result<ChangeSet> {
        const QString path = temp.file(QStringLiteral("import.ics"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return Error{QStringLiteral("cannot write %1").arg(path)};
        file.write(QString::fromLatin1(IcsText).arg(s.get<Meeting>(d.series).uid).toUtf8());
        file.close();
        auto report = e.writeCalendarImport(path, d.proposed, false);
        if (!report)
            return report.error();
        if (report->added != 2 || report->updated != 1)
            return Error{QStringLiteral("unexpected import counts")};
        return e.importCalendar(*report);
    });

    // Resources
    run(EditKind::AddResource, [](Edits &e, B &, const D &d, const T &) {
        Resource r;
        r.title = QStringLiteral("Junior analyst");
        r.kind = ResourceKind::JobLead;
        r.deadline = QDate(2025, 7, 1);
        r.addedBy = d.mentee;
        return e.addResource(r);
    });
    run(EditKind::UpdateResource, [](Edits &e, B &s, const D &d, const T &) {
        Resource r = s.get<Resource>(d.resource);
        r.tags = {QStringLiteral("writing"), QStringLiteral("style")};
        return e.updateResource(r);
    });
    run(EditKind::DeleteResource,
        [](Edits &e, B &, const D &d, const T &) { return e.deleteResource(d.resource); });
    run(EditKind::ShareResource, [](Edits &e, B &, const D &d, const T &) {
        ResourceShare r;
        r.resourceId = d.resource;
        r.relationshipId = d.proposed;
        r.sharedOn = QDate(2025, 5, 2);
        return e.shareResource(r);
    });
    run(EditKind::UpdateShare, [](Edits &e, B &s, const D &d, const T &) {
        ResourceShare r = s.get<ResourceShare>(d.share);
        r.readOn = QDate(2025, 3, 10);
        r.discussedOn = QDate(2025, 3, 11);
        return e.updateShare(r);
    });
    run(EditKind::Unshare, [](Edits &e, B &, const D &d, const T &) { return e.unshareResource(d.share); });
    prepared(
        EditKind::MergeResources,
        [](B &s, const D &d) {
            Resource other;
            other.title = QStringLiteral("On writing well (2nd)");
            other.tags = {QStringLiteral("style")};
            QVERIFY(s.resources.createResource(other).ok());
            ResourceShare share;
            share.resourceId = lastResource(s);
            share.relationshipId = d.proposed;
            share.sharedOn = QDate(2025, 5, 1);
            QVERIFY(s.resources.shareResource(share).ok());
        },
        [](Edits &e, B &s, const D &d, const T &) { return e.mergeResources(d.resource, lastResource(s)); });
    run(EditKind::AddAttachment, [](Edits &e, B &, const D &d, const T &) {
        ResourceAttachment a;
        a.resourceId = d.resource;
        a.fileName = QStringLiteral("notes.txt");
        a.content = QByteArrayLiteral("chapter notes");
        a.sha256 = ResourceAttachment::hashOf(a.content);
        a.extractedText = QStringLiteral("chapter notes");
        a.textStatus = AttachmentText::Indexed;
        return e.addAttachment(a);
    });
    prepared(
        EditKind::RemoveAttachment,
        [](B &s, const D &d) {
            ResourceAttachment a;
            a.resourceId = d.resource;
            a.fileName = QStringLiteral("scan.pdf");
            a.content = QByteArrayLiteral("%PDF-1.4");
            a.sha256 = ResourceAttachment::hashOf(a.content);
            QVERIFY(s.resources.addAttachment(a).ok());
        },
        [](Edits &e, B &s, const D &d, const T &) {
            return e.removeAttachment(
                LibraryQuery(s.database.connection()).attachments(d.resource)->first().id);
        });
    run(EditKind::TagResource, [](Edits &e, B &, const D &d, const T &) {
        return e.tagResource(d.resource, {QStringLiteral("writing"), QStringLiteral("craft")});
    });
    run(EditKind::SetTagColour, [](Edits &e, B &, const D &, const T &) {
        return e.setTagColour(QStringLiteral("writing"), QStringLiteral("teal"));
    });
    prepared(
        EditKind::ShareWithMany,
        [](B &s, const D &) {
            Resource lead;
            lead.title = QStringLiteral("Graduate scheme");
            lead.kind = ResourceKind::JobLead;
            QVERIFY(s.resources.createResource(lead).ok());
        },
        [](Edits &e, B &s, const D &d, const T &) {
            ResourceShareRequest request;
            request.resourceId = lastResource(s);
            request.relationshipIds = {d.relationship, d.proposed};
            request.note = QStringLiteral("Worth a look");
            request.sharedBy = d.mentor;
            request.sharedOn = QDate(2025, 5, 3);
            return e.shareResourceWith(request);
        });
    run(EditKind::SetShareStatus, [](Edits &e, B &, const D &d, const T &) {
        return e.setShareStatus(d.share, ShareStatus::Discussed, QDate(2025, 3, 12), d.mentor, d.single);
    });
    run(EditKind::SaveSearch, [](Edits &e, B &, const D &, const T &) {
        SavedSearch search;
        search.name = QStringLiteral("CV help");
        search.text = QStringLiteral("cv template");
        search.kind = ResourceKind::Template;
        return e.saveSearch(search);
    });
    prepared(
        EditKind::DeleteSavedSearch,
        [](B &s, const D &) {
            SavedSearch search;
            search.name = QStringLiteral("Leads");
            QVERIFY(s.resources.saveSearch(search).ok());
        },
        [](Edits &e, B &s, const D &, const T &) {
            return e.deleteSavedSearch(
                LibraryQuery(s.database.connection()).savedSearches().value().first().id);
        });
    run(EditKind::SuggestResource, [](Edits &e, B &, const D &d, const T &) {
        ResourceSuggestion suggestion;
        suggestion.relationshipId = d.relationship;
        suggestion.suggestedBy = d.mentee;
        suggestion.suggestedOn = QDate(2025, 5, 4);
        suggestion.title = QStringLiteral("Interview podcast");
        suggestion.kind = ResourceKind::Video;
        suggestion.url = QStringLiteral("https://example.org/podcast");
        suggestion.note = QStringLiteral("Helped me before the panel");
        return e.suggestResource(suggestion);
    });
    // Accepting writes the new resource (and its index rows) and the suggestion in one step.
    prepared(
        EditKind::AcceptSuggestion,
        [](B &s, const D &d) {
            ResourceSuggestion suggestion;
            suggestion.relationshipId = d.relationship;
            suggestion.suggestedBy = d.mentee;
            suggestion.suggestedOn = QDate(2025, 5, 4);
            suggestion.title = QStringLiteral("Portfolio checklist");
            suggestion.kind = ResourceKind::Template;
            suggestion.url = QStringLiteral("https://example.org/portfolio");
            QVERIFY(s.resources.suggestResource(suggestion).ok());
        },
        [](Edits &e, B &s, const D &d, const T &) {
            return e.acceptSuggestion(LibraryQuery(s.database.connection())
                                          .suggestionsInRelationship(d.relationship)
                                          .value()
                                          .first()
                                          .id(),
                                      QDate(2025, 5, 6), d.mentor);
        });
    prepared(
        EditKind::DismissSuggestion,
        [](B &s, const D &d) {
            ResourceSuggestion suggestion;
            suggestion.relationshipId = d.relationship;
            suggestion.suggestedOn = QDate(2025, 5, 4);
            suggestion.title = QStringLiteral("Off-topic blog");
            QVERIFY(s.resources.suggestResource(suggestion).ok());
        },
        [](Edits &e, B &s, const D &d, const T &) {
            return e.dismissSuggestion(LibraryQuery(s.database.connection())
                                           .suggestionsInRelationship(d.relationship)
                                           .value()
                                           .first()
                                           .id(),
                                       QDate(2025, 5, 6));
        });
    run(EditKind::ImportLinks, [](Edits &e, B &, const D &d, const T &) {
        auto rows =
            LinkCsv::parse(QByteArrayLiteral("url,title,tags,kind\n"
                                             "https://example.org/a,Networking guide,career;events,article\n"
                                             "https://example.org/b,=1+2,,link\n"),
                           QStringLiteral("links.csv"));
        if (!rows)
            return Result<ChangeSet>(rows.error());
        return e.importLinks(*rows, d.mentor);
    });

    // Settings kept in the database
    prepared(
        EditKind::SetProfile,
        [](B &s, const D &d) {
            QVERIFY(ProfileStore(s.database.connection()).setProfile({d.mentee, Role::Mentee}).ok());
        },
        [](Edits &e, B &, const D &d, const T &) {
            return e.setProfile({d.mentor, Role::Mentor});
        });
    run(EditKind::AddYourself, [](Edits &e, B &, const D &, const T &) {
        // The first run: a new person, made the profile in the same step
        Person you;
        you.displayName = QStringLiteral("Emmy Noether");
        you.email = QStringLiteral("emmy@example.org");
        you.capacity = 2;
        return e.addYourself(you, Role::Mentor);
    });
    run(EditKind::SavePreferences, [](Edits &e, B &, const D &, const T &) {
        DatabasePreferences p;
        p.cadenceDays = 21;
        p.meetingMinutes = 45;
        p.reminderMinutes.reset();
        p.exportIncludeNotes = true;
        return e.savePreferences(p);
    });

    // Matching (issue 14)
    const auto secondMentor = std::make_shared<Id>(0);
    prepared(
        EditKind::SetMatchPreferences,
        [secondMentor](B &s, const D &d) {
            // The loner already wishes for the sample's mentor and rules out a second one
            Person other;
            other.displayName = QStringLiteral("Emmy Noether");
            other.isMentor = true;
            other.capacity = 1;
            auto made = s.people.createPerson(other);
            QVERIFY(made.ok());
            *secondMentor = made->primaryId;
            QVERIFY(s.people.setMatchPreferences({d.loner, {d.mentor}, {*secondMentor}}).ok());
        },
        [secondMentor](Edits &e, B &, const D &d, const T &) {
            // …and now wishes for the second one first, then the sample's mentor (one row moved,
            // one changed kind and rank)
            return e.setMatchPreferences({d.loner, {*secondMentor, d.mentor}, {}},
                                         QStringLiteral("Mary Somerville"));
        });
    run(EditKind::SaveMatchingProfile, [](Edits &e, B &, const D &d, const T &) {
        MatchingProfile profile = MatchingProfile::preset(MatchingProfile::Preset::Onboarding);
        profile.minimumScore = 12;
        return e.saveMatchingProfile(d.programme, profile);
    });
    return all;
}

} // namespace

// The undo contract (ARCHITECTURE.md), driven from the list of edits: for every EditKind, its
// scenario runs through the real Edits function on the sample graph, and a dump of all tables after
// do + undo (on the QUndoStack) equals the dump before, redo gives the dump after do, and undo again
// the dump before. Stamps and SEQUENCE excepted. A kind without a scenario fails.
class EditUndoDumpTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldRestoreTheDatabaseOnUndoAndRedoOfEveryEdit_data()
    {
        QTest::addColumn<EditKind>("kind");
        for (int i = 0; i < EditKinds::count(); ++i)
            QTest::newRow(EditKinds::name(EditKind(i))) << EditKind(i);
    }

    void shouldRestoreTheDatabaseOnUndoAndRedoOfEveryEdit()
    {
        QFETCH(EditKind, kind);
        static const QHash<EditKind, Scenario> all = scenarios();
        QVERIFY2(all.contains(kind), "this edit has no undo scenario: add one to scenarios()");
        const Scenario &scenario = all.value(kind);

        // GIVEN a database with a sample graph and the edits over an undo stack
        PinnedClock clock(QDateTime(QDate(2025, 5, 15), QTime(12, 0), Qt::UTC));
        TempDatabase temp;
        const SampleData data = SampleData::create(temp.db());
        ServiceBundle services(temp.db());
        if (scenario.prepare)
            scenario.prepare(services, data);
        if (QTest::currentTestFailed())
            return;
        ChangeNotifier notifier;
        QUndoStack stack;
        Edits edits(temp.db(), &notifier, &stack);
        QSignalSpy performed(&edits, &Edits::performed);
        QSignalSpy failed(&edits, &Edits::failed);
        const QSqlDatabase db = temp.db().connection();
        const QString before = dumpAll(db);

        // WHEN the edit is made
        auto done = scenario.run(edits, services, data, temp);
        QVERIFY2(done.ok(), qPrintable(message(done)));

        // THEN it is one step of its kind with a text, and it changed the database
        QCOMPARE(stack.count(), 1);
        QCOMPARE(performed.count(), 1);
        QCOMPARE(performed.first().first().value<EditKind>(), kind);
        QVERIFY(!stack.text(0).isEmpty());
        QVERIFY(!performed.first().at(1).toString().isEmpty());
        QCOMPARE(static_cast<const EditStep *>(stack.command(0))->kind(), kind);
        const QString after = dumpAll(db);
        QVERIFY(after != before);

        // WHEN undone, redone and undone again THEN the database goes back and forth exactly
        stack.undo();
        QCOMPARE(dumpAll(db), before);
        stack.redo();
        QCOMPARE(dumpAll(db), after);
        stack.undo();
        QCOMPARE(dumpAll(db), before);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(stack.count(), 1);
        QVERIFY(noForeignKeyViolation(db));
    }
};

TRELLIS_REGISTER_TEST(EditUndoDumpTest);

using Operation = std::function<Result<ChangeSet>(ServiceBundle &, const SampleData &)>;
Q_DECLARE_METATYPE(Operation)

// The same contract for service operations that no GUI edit makes as such (the command line, the
// importers' building blocks, variants of an edit): ChangeApplier applies the inverse directly.
class ServiceUndoDumpTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldRestoreTheDatabaseOnUndoAndRedo_data()
    {
        QTest::addColumn<Operation>("operation");
        auto row = [](const char *name, Operation op) { QTest::newRow(name) << op; };

        // People
        row("delete person with tags", [](B &s, const D &d) {
            // The loner is only in a proposed relationship: delete that first, in the same test.
            auto relationship = s.relationships.deleteRelationship(d.proposed);
            return both(relationship, s.people.deletePerson(d.loner));
        });
        row("create people in one edit (managers in the batch and stored)", [](B &s, const D &d) {
            PeopleService::NewPerson boss{{}, std::nullopt, {}, {}};
            boss.person.displayName = QStringLiteral("Lise Meitner");
            boss.person.isCoordinator = true;
            boss.person.managerId = d.manager;
            PeopleService::NewPerson early{{}, 0, {}, {}}; // managed by the first of the batch
            early.person.displayName = QStringLiteral("Otto Hahn");
            early.person.isMentor = true;
            early.person.capacity = 2;
            early.person.skills = {QStringLiteral("chemistry")};
            PeopleService::NewPerson forward{{}, 3, {}, {}}; // managed by a later one
            forward.person.displayName = QStringLiteral("Marie Curie");
            forward.person.isMentee = true;
            forward.person.interests = {QStringLiteral("radium"), QStringLiteral("polonium")};
            // Marie wishes for Otto (of the batch) and is never to be paired with the stored mentor
            forward.wishes = {PeopleService::PersonRef{0, 1}};
            forward.never = {PeopleService::PersonRef{d.mentor, std::nullopt}};
            PeopleService::NewPerson later{{}, std::nullopt, {}, {}};
            later.person.displayName = QStringLiteral("Pierre Curie");
            return s.people.createPeople({boss, early, forward, later});
        });

        // Relationships
        row("create relationship", [](B &s, const D &d) {
            Relationship r;
            r.mentorId = d.manager;
            r.menteeId = d.loner;
            r.proposedOn = QDate(2025, 6, 1);
            return s.relationships.createRelationship(r);
        });
        row("update relationship (cohort cleared)", [](B &s, const D &d) {
            Relationship r = s.get<Relationship>(d.relationship);
            r.cadenceDays = 7;
            r.cohortId.reset();
            r.agreement = QStringLiteral("Weekly");
            return s.relationships.updateRelationship(r);
        });
        row("delete relationship with all its children",
            [](B &s, const D &d) { return s.relationships.deleteRelationship(d.relationship); });
        row("complete (no reflection)", [](B &s, const D &d) {
            return s.relationships.changeStatus(d.relationship, RelationshipStatus::Completed,
                                                QDate(2025, 12, 1));
        });
        row("end after fit check (no reflection)", [](B &s, const D &d) {
            return s.relationships.endAfterFitCheck(d.relationship, QDate(2025, 4, 1),
                                                    QStringLiteral("expectations differ"));
        });

        // Children of a relationship
        row("update contact", [](B &s, const D &d) {
            Contact c = s.get<Contact>(d.contact);
            c.summary = QStringLiteral("Reading list sent");
            return s.relationships.updateContact(c);
        });
        row("update feedback", [](B &s, const D &d) {
            Feedback f = s.get<Feedback>(d.feedback);
            f.rating = 2;
            f.meetingId.reset();
            return s.relationships.updateFeedback(f);
        });

        // Goals
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
        row("create all-day series", [](B &s, const D &d) {
            Meeting m;
            m.relationshipId = d.proposed;
            m.kind = MeetingKind::Series;
            m.allDay = true;
            m.startLocal = QStringLiteral("2025-06-02");
            m.durationMinutes = 0;
            m.rrules = {QStringLiteral("FREQ=MONTHLY;BYDAY=1MO")};
            return s.meetings.createMeeting(m);
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
            r.plannedMeetingId = d.override;
            r.status = MeetingStatus::Held;
            r.startLocal = QStringLiteral("2025-03-25T17:00:00");
            ProgressUpdate p;
            p.goalId = d.goal;
            p.recordedOn = QDate(2025, 3, 25);
            p.value = 2;
            r.progress = {p};
            return both(single, s.meetings.recordMeeting(r));
        });
        row("set agenda of single meeting", [](B &s, const D &d) {
            return s.meetings.setAgenda(d.single, {}, QStringLiteral("1. Feedback on my draft"));
        });
        row("set agenda of series occurrence (existing override)", [](B &s, const D &d) {
            return s.meetings.setAgenda(d.series, QStringLiteral("2025-03-25T17:00:00"),
                                        QStringLiteral("Revised questions"));
        });
        row("delete override", [](B &s, const D &d) { return s.meetings.deleteMeeting(d.override); });

        // Recurring meetings: the variants the named edits do not take
        const auto occurrenceEdit = [](B &s, const D &d, const char *occurrence, const char *newStart,
                                       OccurrenceScope scope) {
            OccurrenceEdit e;
            e.seriesId = d.series;
            e.recurrenceId = QLatin1String(occurrence);
            e.scope = scope;
            e.values = seriesAt(s, d, newStart);
            return s.seriesEdits.editOccurrence(e);
        };
        row("edit one overridden occurrence", [=](B &s, const D &d) {
            return occurrenceEdit(s, d, "2025-03-25T17:00:00", "2025-03-25T23:30:00",
                                  OccurrenceScope::ThisOccurrence);
        });
        row("cancel overridden occurrence", [](B &s, const D &d) {
            return s.seriesEdits.cancelOccurrence(d.series, QStringLiteral("2025-03-25T17:00:00"));
        });
        row("import .ics data (the command line's path)", [](B &s, const D &d) {
            const QString text = QString::fromLatin1(IcsText).arg(s.get<Meeting>(d.series).uid);
            auto report = IcsImporter(s.database).importData(text.toUtf8(), d.proposed);
            if (!report)
                return Result<ChangeSet>(report.error());
            if (report->added != 2 || report->updated != 1)
                return Result<ChangeSet>(Error{QStringLiteral("unexpected import counts")});
            return Result<ChangeSet>(report->changes);
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
        QVERIFY2(done.ok(), qPrintable(message(done)));
        QVERIFY(!done->isEmpty());
        const QString after = dumpDatabase(db);
        QVERIFY(after != before);

        // THEN undo restores every row, redo brings the result back, and undo again restores
        auto undone = services.applier.apply(done->inverse());
        QVERIFY2(undone.ok(), qPrintable(message(undone)));
        QCOMPARE(dumpDatabase(db), before);
        auto redone = services.applier.apply(undone->inverse());
        QVERIFY2(redone.ok(), qPrintable(message(redone)));
        QCOMPARE(dumpDatabase(db), after);
        auto undoneAgain = services.applier.apply(redone->inverse());
        QVERIFY2(undoneAgain.ok(), qPrintable(message(undoneAgain)));
        QCOMPARE(dumpDatabase(db), before);
        QVERIFY(noForeignKeyViolation(db));
    }
};

TRELLIS_REGISTER_TEST(ServiceUndoDumpTest);

#include "undodumptest.moc"
