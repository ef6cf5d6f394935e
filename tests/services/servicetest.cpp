#include "changenotifier.h"
#include "services/servicebundle.h"
#include "storage/profilestore.h"
#include "storage/relationshipqueries.h"
#include "storage/rosterqueries.h"
#include "testlib/sampledata.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "util/clock.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace trellis;
using namespace trellis::test;

Q_DECLARE_METATYPE(trellis::Entity)
Q_DECLARE_METATYPE(trellis::ChangeKind)

namespace {

// Evaluates the call once (an edit must not run twice).
#define VERIFY_OK(call)                                                                                      \
    do {                                                                                                     \
        const auto &verified_ = (call);                                                                      \
        QVERIFY2(verified_.ok(), qPrintable(verified_.ok() ? QString() : verified_.errorMessage()));         \
    } while (false)

int meetingSequence(Database &db, Id id)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT sequence FROM meeting WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

// Round trips, refusals, derived meeting fields, queries and notifications of the services.
class ServiceTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TempDatabase> m_temp;
    std::unique_ptr<PinnedClock> m_clock;
    SampleData m_data;

private Q_SLOTS:
    void init()
    {
        m_clock = std::make_unique<PinnedClock>(QDateTime(QDate(2025, 5, 15), QTime(12, 0), Qt::UTC));
        m_temp = std::make_unique<TempDatabase>();
        m_data = SampleData::create(m_temp->db());
    }

    void cleanup()
    {
        m_temp.reset();
        m_clock.reset();
    }

    void shouldReadBackEveryEntityAsWritten()
    {
        // GIVEN the sample graph, written through the services
        ServiceBundle s(m_temp->db());
        const SampleData &d = m_data;
        // WHEN each entity is read back THEN it holds what was written
        const Person mentor = s.get<Person>(d.mentor);
        QCOMPARE(mentor.displayName, QStringLiteral("Ada Lovelace"));
        QVERIFY(mentor.isMentor && !mentor.isMentee);
        QCOMPARE(mentor.capacity, 3);
        QCOMPARE(mentor.timezone, QStringLiteral("Europe/London"));
        QCOMPARE(mentor.managerId, std::optional<Id>(d.manager));
        QCOMPARE(mentor.languages, QStringList({QStringLiteral("en"), QStringLiteral("fr")}));
        QCOMPARE(mentor.skills, QStringList({QStringLiteral("mathematics"), QStringLiteral("writing")}));
        QCOMPARE(mentor.interests, QStringList({QStringLiteral("poetry")}));
        QCOMPARE(mentor.email, QString());

        const Programme programme = s.get<Programme>(d.programme);
        QCOMPARE(programme.objectives, QStringLiteral("Confidence, network"));
        QCOMPARE(programme.format, ProgrammeFormat::OneToOne);
        const Cohort cohort = s.get<Cohort>(d.cohort);
        QCOMPARE(cohort.endDate, std::optional<QDate>(QDate(2025, 12, 31)));

        const Relationship r = s.get<Relationship>(d.relationship);
        QCOMPARE(r.status, RelationshipStatus::Active);
        QCOMPARE(r.cohortId, std::optional<Id>(d.cohort));
        QCOMPARE(r.fitCheckDue, std::optional<QDate>(QDate(2025, 4, 1)));
        QCOMPARE(r.fitCheckOutcome, FitCheckOutcome::Pending);
        QCOMPARE(r.endDate, std::nullopt);
        QCOMPARE(s.get<SupportContact>(d.supportContact).relation, QStringLiteral("parent"));
        const Contact contact = s.get<Contact>(d.contact);
        QCOMPARE(contact.occurredAt, QDateTime(QDate(2025, 3, 5), QTime(9, 30), Qt::UTC));
        QCOMPARE(contact.channel, ContactChannel::Email);
        QCOMPARE(contact.initiator, Initiator::Mentee);

        const Goal goal = s.get<Goal>(d.goal);
        QCOMPARE(goal.measureKind, MeasureKind::Target);
        QCOMPARE(goal.targetValue, 3.0);
        QCOMPARE(goal.unit, QStringLiteral("articles"));
        QCOMPARE(goal.status, GoalStatus::InProgress);
        QCOMPARE(s.get<Milestone>(d.milestone).dueDate, std::optional<QDate>(QDate(2025, 4, 30)));
        const ProgressUpdate progress = s.get<ProgressUpdate>(d.progressLater);
        QCOMPARE(progress.value, 2.0);
        QCOMPARE(progress.authorId, std::optional<Id>(d.mentee));

        const Meeting single = s.get<Meeting>(d.single);
        QCOMPARE(single.privateNotes, QStringLiteral("Seems nervous"));
        QCOMPARE(single.status, MeetingStatus::Held);
        QVERIFY(single.uid.endsWith(QStringLiteral("@trellis")));
        // 10:00 in Berlin (CET, UTC+1) on 3 March 2025 is 09:00 UTC
        const qint64 expectedStart = QDateTime(QDate(2025, 3, 3), QTime(9, 0), Qt::UTC).toSecsSinceEpoch();
        QCOMPARE(single.startUtc, expectedStart);
        QCOMPARE(single.rangeStartUtc, expectedStart);
        QCOMPARE(single.rangeEndUtc, std::optional<qint64>(expectedStart + 3600));
        const Meeting series = s.get<Meeting>(d.series);
        QCOMPARE(series.rrules, QStringList{QStringLiteral("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=10")});
        QVERIFY(series.rangeEndUtc.has_value());
        QVERIFY(*series.rangeEndUtc > series.rangeStartUtc);
        const Meeting override = s.get<Meeting>(d.override);
        QCOMPARE(override.kind, MeetingKind::Override);
        QCOMPARE(override.seriesId, std::optional<Id>(d.series));
        QCOMPARE(override.uid, series.uid);
        QCOMPARE(override.status, MeetingStatus::Held);
        QCOMPARE(override.recurrenceId, QStringLiteral("2025-03-25T17:00:00"));
        QCOMPARE(
            override.recurrenceIdUtc,
            std::optional<qint64>(QDateTime(QDate(2025, 3, 25), QTime(16, 0), Qt::UTC).toSecsSinceEpoch()));

        const ActionItem item = s.get<ActionItem>(d.actionItem);
        QCOMPARE(item.meetingId, std::optional<Id>(d.series));
        QVERIFY(!item.isDone());
        const Feedback feedback = s.get<Feedback>(d.feedback);
        QCOMPARE(feedback.rating, 4);
        QCOMPARE(feedback.authorRole, Role::Mentee);
        const Resource resource = s.get<Resource>(d.resource);
        QCOMPARE(resource.kind, ResourceKind::Book);
        QCOMPARE(resource.tags, QStringList{QStringLiteral("writing")});
        QCOMPARE(s.get<ResourceShare>(d.share).sharedOn, QDate(2025, 3, 4));
    }

    void shouldRoundTripAFullyFilledValue()
    {
        // GIVEN values with every optional field set WHEN created and read back THEN equal
        ServiceBundle s(m_temp->db());
        Goal goal;
        goal.relationshipId = m_data.relationship;
        goal.title = QStringLiteral("Run a workshop");
        goal.description = QStringLiteral("For the new cohort");
        goal.startValue = 10;
        goal.targetValue = 50;
        goal.unit = QStringLiteral("people");
        goal.relevance = QStringLiteral("Career");
        goal.category = QStringLiteral("Leadership");
        goal.dueDate = QDate(2025, 11, 1);
        goal.status = GoalStatus::OnHold;
        auto created = s.goals.createGoal(goal);
        VERIFY_OK(created);
        goal.id = created->primaryId;
        QCOMPARE(s.get<Goal>(goal.id), goal);

        Meeting meeting;
        meeting.relationshipId = m_data.relationship;
        meeting.title = QStringLiteral("Shadow day");
        meeting.location = QStringLiteral("Head office");
        meeting.floating = true;
        meeting.startLocal = QStringLiteral("2025-06-03T09:00:00");
        meeting.durationMinutes = 480;
        meeting.mode = MeetingMode::ShadowDay;
        meeting.initiator = Initiator::Mentor;
        meeting.agenda = QStringLiteral("Follow Ada");
        meeting.reminderMinutes = 1440;
        auto stored = s.meetings.createMeeting(meeting);
        VERIFY_OK(stored);
        const Meeting read = s.get<Meeting>(stored->primaryId);
        meeting.id = read.id;
        meeting.uid = read.uid;
        meeting.startUtc = meeting.rangeStartUtc =
            QDateTime(QDate(2025, 6, 3), QTime(9, 0), Qt::UTC).toSecsSinceEpoch(); // floating: as UTC
        meeting.rangeEndUtc = meeting.startUtc + 480 * 60;
        QCOMPARE(read, meeting);
    }

    void shouldRefuseEditsWithAReadableMessage_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("message");
        QTest::newRow("status through update")
            << 0 << QStringLiteral("change only through their own actions");
        QTest::newRow("delete a mentor") << 1 << QStringLiteral("Cannot delete Ada Lovelace: they are in 2");
        QTest::newRow("share twice") << 2 << QStringLiteral("already shared");
        QTest::newRow("override of no occurrence") << 3 << QStringLiteral("is not an occurrence");
        QTest::newRow("log the same occurrence twice as new")
            << 4 << QStringLiteral("already has its own entry");
        QTest::newRow("missing parent") << 5 << QStringLiteral("its relationship #999 does not exist");
        QTest::newRow("bad rule") << 6 << QStringLiteral("Meeting “Bad”");
        QTest::newRow("change uid") << 7 << QStringLiteral("UID cannot change");
        QTest::newRow("profile with wrong role") << 8 << QStringLiteral("is not a mentee");
        QTest::newRow("lifecycle refusal") << 9 << QStringLiteral("cannot go back to proposed");
        QTest::newRow("feedback on another relationship's meeting")
            << 10 << QStringLiteral("belongs to another relationship");
    }

    void shouldRefuseEditsWithAReadableMessage()
    {
        QFETCH(int, which);
        QFETCH(QString, message);
        ServiceBundle s(m_temp->db());
        const SampleData &d = m_data;
        const QString before = [&] {
            QSqlQuery q(m_temp->db().connection());
            q.exec(QStringLiteral(
                "SELECT (SELECT count(*) FROM meeting) || '/' || (SELECT group_concat(status) FROM "
                "relationship) || '/' || (SELECT count(*) FROM resource_share)"));
            q.next();
            return q.value(0).toString();
        }();
        Status status;
        auto take = [&](const Result<ChangeSet> &r) { status = r ? Status() : Status(r.error()); };
        switch (which) {
        case 0: {
            Relationship r = s.get<Relationship>(d.relationship);
            r.status = RelationshipStatus::Completed;
            take(s.relationships.updateRelationship(r));
            break;
        }
        case 1:
            take(s.people.deletePerson(d.mentor));
            break;
        case 2: {
            ResourceShare share = s.get<ResourceShare>(d.share);
            share.id = 0;
            take(s.resources.shareResource(share));
            break;
        }
        case 3: {
            Meeting o = s.get<Meeting>(d.override);
            o.id = 0;
            o.recurrenceId = QStringLiteral("2025-03-26T17:00:00"); // a Wednesday
            take(s.meetings.createMeeting(o));
            break;
        }
        case 4: {
            Meeting o = s.get<Meeting>(d.override);
            o.id = 0;
            take(s.meetings.createMeeting(o));
            break;
        }
        case 5: {
            Goal g;
            g.relationshipId = 999;
            g.title = QStringLiteral("Orphan");
            take(s.goals.createGoal(g));
            break;
        }
        case 6: {
            Meeting m;
            m.relationshipId = d.relationship;
            m.kind = MeetingKind::Series;
            m.title = QStringLiteral("Bad");
            m.startLocal = QStringLiteral("2025-06-03T09:00:00");
            m.timezone = QStringLiteral("Europe/Berlin");
            m.rrules = {QStringLiteral("FREQ=SOMETIMES")};
            take(s.meetings.createMeeting(m));
            break;
        }
        case 7: {
            Meeting m = s.get<Meeting>(d.single);
            m.uid = QStringLiteral("other@example.org");
            take(s.meetings.updateMeeting(m));
            break;
        }
        case 8:
            status = s.people.setProfile(Profile{d.mentor, Role::Mentee});
            break;
        case 9:
            take(s.relationships.changeStatus(d.relationship, RelationshipStatus::Proposed,
                                              QDate(2025, 5, 1)));
            break;
        case 10: {
            Feedback f = s.get<Feedback>(d.feedback);
            f.relationshipId = d.proposed;
            take(s.relationships.updateFeedback(f));
            break;
        }
        }
        // THEN the edit is refused with a message saying why, and nothing changed
        QVERIFY(!status.ok());
        QVERIFY2(status.errorMessage().contains(message), qPrintable(status.errorMessage()));
        QSqlQuery q(m_temp->db().connection());
        q.exec(QStringLiteral(
            "SELECT (SELECT count(*) FROM meeting) || '/' || (SELECT group_concat(status) FROM "
            "relationship) || '/' || (SELECT count(*) FROM resource_share)"));
        q.next();
        QCOMPARE(q.value(0).toString(), before);
    }

    void shouldOnlyRaiseTheSequence()
    {
        // GIVEN a single meeting at sequence 0
        ServiceBundle s(m_temp->db());
        QCOMPARE(meetingSequence(m_temp->db(), m_data.single), 0);
        // WHEN only its notes change THEN the sequence stays
        Meeting m = s.get<Meeting>(m_data.single);
        m.sharedNotes = QStringLiteral("New notes");
        VERIFY_OK(s.meetings.updateMeeting(m));
        QCOMPARE(meetingSequence(m_temp->db(), m_data.single), 0);
        // WHEN its time changes THEN it rises; undo (a time change back) raises it again, as does redo
        m = s.get<Meeting>(m_data.single);
        m.startLocal = QStringLiteral("2025-03-03T12:00:00");
        auto moved = s.meetings.updateMeeting(m);
        VERIFY_OK(moved);
        QCOMPARE(meetingSequence(m_temp->db(), m_data.single), 1);
        auto undone = s.applier.apply(moved->inverse());
        VERIFY_OK(undone);
        QCOMPARE(s.get<Meeting>(m_data.single).startLocal, QStringLiteral("2025-03-03T10:00:00"));
        QCOMPARE(meetingSequence(m_temp->db(), m_data.single), 2);
        VERIFY_OK(s.applier.apply(undone->inverse()));
        QCOMPARE(meetingSequence(m_temp->db(), m_data.single), 3);
        // and the UID never changed
        QCOMPARE(s.get<Meeting>(m_data.single).uid, m.uid);
    }

    void shouldRestoreADeletedMeetingWithItsUidAndLinks()
    {
        // GIVEN a series with an override, an action item and feedback linked to it
        ServiceBundle s(m_temp->db());
        const Meeting series = s.get<Meeting>(m_data.series);
        // WHEN it is deleted THEN the override goes and the links are cleared
        auto removed = s.meetings.deleteMeeting(m_data.series);
        VERIFY_OK(removed);
        QCOMPARE(removed->ids(Entity::Meeting, ChangeKind::Removed),
                 QList<Id>({m_data.override, m_data.series}));
        QCOMPARE(s.get<ActionItem>(m_data.actionItem).meetingId, std::nullopt);
        // WHEN undone THEN the same ids, UID and links come back
        VERIFY_OK(s.applier.apply(removed->inverse()));
        QCOMPARE(s.get<Meeting>(m_data.series).uid, series.uid);
        QCOMPARE(s.get<Meeting>(m_data.override).seriesId, std::optional<Id>(m_data.series));
        QCOMPARE(s.get<ActionItem>(m_data.actionItem).meetingId, std::optional<Id>(m_data.series));
        QCOMPARE(s.get<Feedback>(m_data.feedback).meetingId, std::optional<Id>(m_data.series));
    }

    void shouldAnswerTheRelationshipQueries()
    {
        const RelationshipQueries queries(m_temp->db().connection());
        // goals with their latest progress
        auto goals = queries.goals(m_data.relationship);
        VERIFY_OK(goals);
        QCOMPARE(goals->size(), 1);
        QVERIFY(goals->first().latest.has_value());
        QCOMPARE(goals->first().latest->id, m_data.progressLater);
        auto history = queries.progressHistory(m_data.goal);
        VERIFY_OK(history);
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->first().id, m_data.progress);
        QCOMPARE(queries.milestones(m_data.goal)->size(), 1);
        auto meetings = queries.meetings(m_data.relationship);
        VERIFY_OK(meetings);
        QCOMPARE(meetings->size(), 3);
        QCOMPARE(meetings->first().id, m_data.single); // by start
        QCOMPARE(queries.contacts(m_data.relationship)->size(), 1);
        QCOMPARE(queries.actionItems(m_data.relationship)->size(), 1);
        QCOMPARE(queries.supportContacts(m_data.relationship)->size(), 1);
        QCOMPARE(queries.feedback(m_data.relationship)->size(), 1);
        QCOMPARE(queries.resourceShares(m_data.relationship)->size(), 1);
        QCOMPARE(queries.relationships(m_data.loner)->size(), 1);
        QCOMPARE(queries.relationships()->size(), 2);
        QCOMPARE(queries.goals(m_data.proposed)->size(), 0);
    }

    void shouldSearchTheRoster_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("role"); // -1: any
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("everyone, by name")
            << QString() << -1 << QString()
            << QStringList{QStringLiteral("Ada Lovelace"), QStringLiteral("Charles Babbage"),
                           QStringLiteral("Grace Hopper"), QStringLiteral("Mary Somerville")};
        QTest::newRow("substring, any case")
            << QStringLiteral("AR") << -1 << QString()
            << QStringList{QStringLiteral("Charles Babbage"), QStringLiteral("Mary Somerville")};
        QTest::newRow("mentees") << QString() << int(Role::Mentee) << QString()
                                 << QStringList{QStringLiteral("Charles Babbage"),
                                                QStringLiteral("Mary Somerville")};
        QTest::newRow("tag") << QString() << -1 << QStringLiteral("Poetry")
                             << QStringList{QStringLiteral("Ada Lovelace")};
        QTest::newRow("all conditions")
            << QStringLiteral("a") << int(Role::Mentee) << QStringLiteral("astronomy")
            << QStringList{QStringLiteral("Mary Somerville")};
        QTest::newRow("wildcards are literal") << QStringLiteral("%") << -1 << QString() << QStringList();
    }

    void shouldSearchTheRoster()
    {
        QFETCH(QString, name);
        QFETCH(int, role);
        QFETCH(QString, tag);
        QFETCH(QStringList, expected);
        RosterFilter filter;
        filter.nameContains = name;
        if (role >= 0)
            filter.role = static_cast<Role>(role);
        filter.tag = tag;
        auto people = RosterQueries(m_temp->db().connection()).search(filter);
        VERIFY_OK(people);
        QStringList names;
        for (const Person &p : std::as_const(*people))
            names.append(p.displayName);
        QCOMPARE(names, expected);
    }

    void shouldStoreTheProfile()
    {
        // GIVEN no profile WHEN one is set THEN it is read back under the shared keys
        ServiceBundle s(m_temp->db());
        ProfileStore store(m_temp->db().connection());
        QCOMPARE(store.profile(), std::nullopt);
        VERIFY_OK(s.people.setProfile(Profile{m_data.mentor, Role::Mentor}));
        QCOMPARE(store.profile(), std::optional<Profile>(Profile{m_data.mentor, Role::Mentor}));
        QSqlQuery q(m_temp->db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'profile.role'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("mentor"));
    }

    void shouldAnnounceEachCommittedChange()
    {
        // GIVEN services wired to a notifier
        ChangeNotifier notifier;
        ServiceBundle s(m_temp->db(), &notifier);
        QSignalSpy spy(&notifier, &ChangeNotifier::changed);
        // WHEN a goal is deleted (with its milestone and two progress updates)
        auto removed = s.goals.deleteGoal(m_data.goal);
        VERIFY_OK(removed);
        // THEN children are announced before the goal, each with their ids and kind
        QCOMPARE(spy.count(), 3);
        QCOMPARE(spy.at(0).at(0).value<Entity>(), Entity::Milestone);
        QCOMPARE(spy.at(0).at(1).value<QList<qint64>>(), QList<qint64>{m_data.milestone});
        QCOMPARE(spy.at(0).at(2).value<ChangeKind>(), ChangeKind::Removed);
        QCOMPARE(spy.at(1).at(0).value<Entity>(), Entity::ProgressUpdate);
        QCOMPARE(spy.at(1).at(1).value<QList<qint64>>(),
                 QList<qint64>({m_data.progress, m_data.progressLater}));
        QCOMPARE(spy.at(2).at(0).value<Entity>(), Entity::Goal);
        // WHEN undone THEN the goal is announced inserted first
        spy.clear();
        VERIFY_OK(s.applier.apply(removed->inverse()));
        QCOMPARE(spy.count(), 3);
        QCOMPARE(spy.at(0).at(0).value<Entity>(), Entity::Goal);
        QCOMPARE(spy.at(0).at(2).value<ChangeKind>(), ChangeKind::Inserted);
        // WHEN a person's tags change THEN the person is announced updated (once)
        spy.clear();
        Person ada = s.get<Person>(m_data.mentor);
        ada.skills.append(QStringLiteral("engines"));
        VERIFY_OK(s.people.updatePerson(ada));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<Entity>(), Entity::Person);
        QCOMPARE(spy.at(0).at(1).value<QList<qint64>>(), QList<qint64>{m_data.mentor});
        QCOMPARE(spy.at(0).at(2).value<ChangeKind>(), ChangeKind::Updated);
        // WHEN an edit is refused THEN nothing is announced
        spy.clear();
        QVERIFY(!s.people.deletePerson(m_data.mentor).ok());
        QCOMPARE(spy.count(), 0);
    }

    void shouldNoticeChangesByAnotherConnection()
    {
        // GIVEN a notifier watching this thread's connection
        ChangeNotifier notifier;
        notifier.watchForeignChanges(m_temp->db(), 60000);
        QSignalSpy spy(&notifier, &ChangeNotifier::changedElsewhere);
        // WHEN this process edits THEN that is not "elsewhere"
        ServiceBundle s(m_temp->db(), &notifier);
        VERIFY_OK(s.relationships.confirmFit(m_data.relationship));
        notifier.checkForeignChanges();
        QCOMPARE(spy.count(), 0);
        // WHEN another process commits THEN changedElsewhere() is emitted once
        {
            // A plain second connection (Database::open refuses a file whose header is still in the
            // WAL; see the report), as another process would have.
            QSqlDatabase other =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(m_temp->path());
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY(q.exec(QStringLiteral("UPDATE person SET bio = 'changed' WHERE id = 1")));
            q.finish();
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        notifier.checkForeignChanges();
        QCOMPARE(spy.count(), 1);
        notifier.checkForeignChanges();
        QCOMPARE(spy.count(), 1);
        notifier.stopWatching();
    }
};

TRELLIS_REGISTER_TEST(ServiceTest);

#include "servicetest.moc"
