#include "services/servicebundle.h"
#include "testlib/databasedump.h"
#include "testlib/sampledata.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "util/clock.h"

#include <QTest>

#include <memory>

using namespace trellis;
using namespace trellis::test;

#define VERIFY_OK(result)                                                                                    \
    QVERIFY2((result).ok(), qPrintable((result).ok() ? QString() : (result).errorMessage()))

namespace {

const QString Elsewhere = QStringLiteral(
    " elsewhere since this edit (another Trellis window or program?); this step cannot be undone.");

// A second Trellis on the same file: its own Database object, so its own connection.
struct OtherWindow {
    explicit OtherWindow(const QString &path)
        : database(Database::open(path).value())
        , services(*database)
    {}
    std::unique_ptr<Database> database;
    ServiceBundle services;
};

} // namespace

// Undo and redo check that the rows are still as the edit left them (ARCHITECTURE.md, safe undo):
// when another connection changed them, the step is refused with a message naming the record,
// nothing is written, and ChangeApplier::check says the same beforehand.
class SafeUndoTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_clock = std::make_unique<PinnedClock>(QDateTime(QDate(2025, 5, 15), QTime(12, 0), Qt::UTC));
        m_temp = std::make_unique<TempDatabase>();
        m_data = SampleData::create(m_temp->db());
        m_services = std::make_unique<ServiceBundle>(m_temp->db());
        m_other = std::make_unique<OtherWindow>(m_temp->path());
    }

    void cleanup()
    {
        m_other.reset();
        m_services.reset();
        m_temp.reset();
        m_clock.reset();
    }

    void shouldRefuseToUndoAnEditOfARowChangedElsewhere()
    {
        // GIVEN a goal renamed here, then its description changed in another window
        ServiceBundle &s = *m_services;
        Goal goal = s.get<Goal>(m_data.goal);
        goal.title = QStringLiteral("Ship the CV");
        auto done = s.goals.updateGoal(goal);
        VERIFY_OK(done);
        Goal theirs = m_other->services.get<Goal>(m_data.goal);
        theirs.description = QStringLiteral("Theirs");
        VERIFY_OK(m_other->services.goals.updateGoal(theirs));
        const QString dump = dumpDatabase(m_temp->db().connection());

        // WHEN the rename is checked, then undone
        const Status checked = s.applier.check(done->inverse());
        auto undone = s.applier.apply(done->inverse());

        // THEN both refuse, naming the goal, and nothing changed
        const QString expected = QStringLiteral("The goal “Ship the CV” was changed") + Elsewhere;
        QVERIFY(!checked);
        QCOMPARE(checked.errorMessage(), expected);
        QVERIFY(!undone);
        QCOMPARE(undone.errorMessage(), expected);
        QCOMPARE(dumpDatabase(m_temp->db().connection()), dump);
        QCOMPARE(s.get<Goal>(m_data.goal).description, QStringLiteral("Theirs"));
    }

    void shouldRefuseToUndoWhenTheRowWasRemovedElsewhere()
    {
        ServiceBundle &s = *m_services;
        Milestone milestone = s.get<Milestone>(m_data.milestone);
        milestone.title = QStringLiteral("Second draft");
        auto done = s.goals.updateMilestone(milestone);
        VERIFY_OK(done);
        VERIFY_OK(m_other->services.goals.deleteMilestone(m_data.milestone));
        const QString dump = dumpDatabase(m_temp->db().connection());

        auto undone = s.applier.apply(done->inverse());
        QVERIFY(!undone);
        QCOMPARE(undone.errorMessage(),
                 QStringLiteral("The milestone “Second draft” was removed") + Elsewhere);
        QCOMPARE(s.applier.check(done->inverse()).errorMessage(), undone.errorMessage());
        QCOMPARE(dumpDatabase(m_temp->db().connection()), dump);
    }

    void shouldRefuseToUndoACreateWhoseRemovalWouldTakeNewRowsAlong()
    {
        // GIVEN a goal added here and, elsewhere, a milestone added to it
        ServiceBundle &s = *m_services;
        Goal goal;
        goal.relationshipId = m_data.relationship;
        goal.title = QStringLiteral("Run a workshop");
        auto done = s.goals.createGoal(goal);
        VERIFY_OK(done);
        Milestone theirs;
        theirs.goalId = done->primaryId;
        theirs.title = QStringLiteral("Book the room");
        VERIFY_OK(m_other->services.goals.createMilestone(theirs));
        const QString dump = dumpDatabase(m_temp->db().connection());

        // WHEN the creation is undone THEN the removal would cascade to their milestone: refused
        auto undone = s.applier.apply(done->inverse());
        QVERIFY(!undone);
        QCOMPARE(undone.errorMessage(),
                 QStringLiteral("The milestone “Book the room” was added") + Elsewhere);
        QCOMPARE(s.applier.check(done->inverse()).errorMessage(), undone.errorMessage());
        QCOMPARE(dumpDatabase(m_temp->db().connection()), dump);
        QVERIFY(EntityReader(m_temp->db().connection()).exists(Entity::Goal, done->primaryId));
    }

    void shouldRefuseToUndoACreateThatIsNowReferencedElsewhere()
    {
        // GIVEN a person added here, whom another window pairs (RESTRICT keeps them)
        ServiceBundle &s = *m_services;
        Person person;
        person.displayName = QStringLiteral("Hertha Ayrton");
        person.isMentee = true;
        auto done = s.people.createPerson(person);
        VERIFY_OK(done);
        Relationship theirs;
        theirs.mentorId = m_data.mentor;
        theirs.menteeId = done->primaryId;
        theirs.proposedOn = QDate(2025, 5, 1);
        VERIFY_OK(m_other->services.relationships.createRelationship(theirs));
        const QString dump = dumpDatabase(m_temp->db().connection());

        auto undone = s.applier.apply(done->inverse());
        QVERIFY(!undone);
        QCOMPARE(undone.errorMessage(),
                 QStringLiteral("The relationship “Ada Lovelace – Hertha Ayrton” was added") + Elsewhere);
        QCOMPARE(dumpDatabase(m_temp->db().connection()), dump);
    }

    void shouldRefuseToRestoreARowWhoseIdWasTakenOrWhoseParentWentAway()
    {
        ServiceBundle &s = *m_services;
        // A goal with the highest id is deleted here; SQLite gives its id to the next new goal.
        Goal goal;
        goal.relationshipId = m_data.relationship;
        goal.title = QStringLiteral("Run a workshop");
        auto created = s.goals.createGoal(goal);
        VERIFY_OK(created);
        auto deleted = s.goals.deleteGoal(created->primaryId);
        VERIFY_OK(deleted);
        goal.title = QStringLiteral("Someone else's goal");
        auto theirs = m_other->services.goals.createGoal(goal);
        VERIFY_OK(theirs);
        QCOMPARE(theirs->primaryId, created->primaryId);
        auto undone = s.applier.apply(deleted->inverse());
        QVERIFY(!undone);
        QCOMPARE(
            undone.errorMessage(),
            QStringLiteral("The goal “Run a workshop” cannot come back: another record took its place since "
                           "this edit (another Trellis window or program?); this step cannot be undone."));

        // A milestone deleted here cannot come back once its goal is deleted elsewhere.
        auto removed = s.goals.deleteMilestone(m_data.milestone);
        VERIFY_OK(removed);
        VERIFY_OK(m_other->services.goals.deleteGoal(m_data.goal));
        const QString dump = dumpDatabase(m_temp->db().connection());
        auto restored = s.applier.apply(removed->inverse());
        QVERIFY(!restored);
        QCOMPARE(
            restored.errorMessage(),
            QStringLiteral("The milestone “First draft” cannot come back: what it belongs to was removed "
                           "elsewhere since this edit (another Trellis window or program?); this step "
                           "cannot be undone."));
        QCOMPARE(s.applier.check(removed->inverse()).errorMessage(), restored.errorMessage());
        QCOMPARE(dumpDatabase(m_temp->db().connection()), dump);
    }

    void shouldStillUndoWhenOnlyOtherRowsChanged()
    {
        // GIVEN a goal renamed here and another goal's row changed elsewhere
        ServiceBundle &s = *m_services;
        Goal goal = s.get<Goal>(m_data.goal);
        goal.title = QStringLiteral("Ship the CV");
        auto done = s.goals.updateGoal(goal);
        VERIFY_OK(done);
        Contact theirs = m_other->services.get<Contact>(m_data.contact);
        theirs.summary = QStringLiteral("Theirs");
        VERIFY_OK(m_other->services.relationships.updateContact(theirs));

        // WHEN checked and undone THEN both succeed: the goal is back, their contact stays
        VERIFY_OK(s.applier.check(done->inverse()));
        QCOMPARE(s.applier.applicableSteps({done->inverse()}), 1);
        auto undone = s.applier.apply(done->inverse());
        VERIFY_OK(undone);
        QCOMPARE(s.get<Goal>(m_data.goal).title, QStringLiteral("Publish the notes"));
        QCOMPARE(s.get<Contact>(m_data.contact).summary, QStringLiteral("Theirs"));
        // AND redo and undo again still work (the edit's own changes are expected)
        auto redone = s.applier.apply(undone->inverse());
        VERIFY_OK(redone);
        VERIFY_OK(s.applier.apply(redone->inverse()));
        QCOMPARE(s.get<Goal>(m_data.goal).title, QStringLiteral("Publish the notes"));
        QCOMPARE(s.get<Contact>(m_data.contact).summary, QStringLiteral("Theirs"));
    }

    void shouldCheckNothingWritesAndCountApplicableSteps()
    {
        // GIVEN two edits of one goal, undone in order from the top; another window then renames it
        ServiceBundle &s = *m_services;
        Goal goal = s.get<Goal>(m_data.goal);
        goal.title = QStringLiteral("One");
        auto first = s.goals.updateGoal(goal);
        VERIFY_OK(first);
        goal.title = QStringLiteral("Two");
        auto second = s.goals.updateGoal(goal);
        VERIFY_OK(second);
        const QString dump = dumpDatabase(m_temp->db().connection());
        QCOMPARE(s.applier.applicableSteps({second->inverse(), first->inverse()}), 2);
        // A dry run writes nothing, though both steps would apply.
        QCOMPARE(dumpDatabase(m_temp->db().connection()), dump);
        // Out of order, the deeper step does not apply to today's row.
        QCOMPARE(s.applier.applicableSteps({first->inverse(), second->inverse()}), 0);

        Goal theirs = m_other->services.get<Goal>(m_data.goal);
        theirs.title = QStringLiteral("Theirs");
        VERIFY_OK(m_other->services.goals.updateGoal(theirs));
        QCOMPARE(s.applier.applicableSteps({second->inverse(), first->inverse()}), 0);
        QCOMPARE(s.applier.check(second->inverse()).errorMessage(),
                 QStringLiteral("The goal “Two” was changed") + Elsewhere);
    }

    void shouldAcceptAHigherMeetingSequenceButNotOtherChanges()
    {
        // GIVEN a meeting moved here (SEQUENCE 0 → 1) and undone (SEQUENCE rises again, to 2)
        ServiceBundle &s = *m_services;
        Meeting meeting = s.get<Meeting>(m_data.single);
        const int sequence = meeting.sequence;
        meeting.startLocal = QStringLiteral("2025-03-04T11:00:00");
        auto done = s.meetings.updateMeeting(meeting);
        VERIFY_OK(done);
        VERIFY_OK(s.applier.apply(done->inverse()));
        QCOMPARE(s.get<Meeting>(m_data.single).sequence, sequence + 2);

        // WHEN the original edit is applied again THEN a higher stored SEQUENCE alone is no conflict
        VERIFY_OK(s.applier.check(*done));
        auto again = s.applier.apply(*done);
        VERIFY_OK(again);
        QCOMPARE(s.get<Meeting>(m_data.single).startLocal, QStringLiteral("2025-03-04T11:00:00"));
        QVERIFY(s.get<Meeting>(m_data.single).sequence > sequence + 2);

        // BUT another window's change of the meeting is
        Meeting theirs = m_other->services.get<Meeting>(m_data.single);
        theirs.location = QStringLiteral("Library");
        VERIFY_OK(m_other->services.meetings.updateMeeting(theirs));
        auto undone = s.applier.apply(again->inverse());
        QVERIFY(!undone);
        QCOMPARE(undone.errorMessage(),
                 QStringLiteral("The meeting “%1” was changed").arg(meeting.title) + Elsewhere);
    }

private:
    std::unique_ptr<PinnedClock> m_clock;
    std::unique_ptr<TempDatabase> m_temp;
    SampleData m_data;
    std::unique_ptr<ServiceBundle> m_services;
    std::unique_ptr<OtherWindow> m_other;
};

TRELLIS_REGISTER_TEST(SafeUndoTest);

#include "safeundotest.moc"
