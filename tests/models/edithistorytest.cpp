#include "commands/edithistory.h"

#include "changenotifier.h"
#include "commands/editcommand.h"
#include "commands/edits.h"
#include "services/goalservice.h"
#include "services/peopleservice.h"
#include "services/preferences.h"
#include "storage/database.h"
#include "storage/entityreader.h"
#include "storage/profilestore.h"
#include "testlib/databasedump.h"
#include "testlib/sampledata.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "util/clock.h"

#include <QAction>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace trellis;
using namespace trellis::test;

namespace {

// The database file opened a second time: what another Trellis on the same file sees and writes.
struct OtherProcess {
    explicit OtherProcess(const QString &path)
        : db(std::move(Database::open(path).value()))
    {}

    Goal goal(Id id) const { return *EntityReader(db->connection()).get<Goal>(id); }
    void retitle(Id goalId, const QString &title) const
    {
        Goal g = goal(goalId);
        g.title = title;
        QVERIFY(GoalService(*db).updateGoal(g).ok());
    }

    std::unique_ptr<Database> db;
};

struct Setup {
    PinnedClock clock{QDateTime(QDate(2025, 5, 15), QTime(12, 0), Qt::UTC)};
    TempDatabase temp;
    SampleData data = SampleData::create(temp.db());
    ChangeNotifier notifier;
    QUndoStack stack;
    Edits edits{temp.db(), &notifier, &stack};
    QSignalSpy failed{&edits, &Edits::failed};
    QSignalSpy cleared{&edits, &Edits::historyCleared};

    Goal goal(Id id) { return *EntityReader(temp.db().connection()).get<Goal>(id); }
};

} // namespace

// Safe undo (issue 8, item 2): undo and redo check that the rows are still as the step left them;
// a step that no longer applies is refused with a readable message and dropped, and the stack's
// index and count stay true to the database.
class EditHistoryTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldRefuseAnUndoWhenAnotherProcessChangedItsRows()
    {
        // GIVEN two steps: a programme added, then a goal retitled
        Setup s;
        Programme programme;
        programme.name = QStringLiteral("Reverse mentoring");
        QVERIFY(s.edits.addProgramme(programme).ok());
        Goal goal = s.goal(s.data.goal);
        goal.title = QStringLiteral("Publish four notes");
        QVERIFY(s.edits.updateGoal(goal).ok());
        QCOMPARE(s.stack.count(), 2);

        // WHEN another Trellis retitles the same goal, and this one undoes
        OtherProcess other(s.temp.path());
        other.retitle(s.data.goal, QStringLiteral("Their title"));
        s.stack.undo();

        // THEN the undo is refused with a readable message and the other change is kept
        QCOMPARE(s.failed.count(), 1);
        QCOMPARE(s.failed.first().at(0).toString(), QStringLiteral("Undo Edit goal"));
        QVERIFY2(s.failed.first().at(1).toString().contains(QStringLiteral("changed elsewhere")),
                 qPrintable(s.failed.first().at(1).toString()));
        QCOMPARE(s.goal(s.data.goal).title, QStringLiteral("Their title"));
        // … and the refused step is dropped: the stack is consistent with the database
        QCOMPARE(s.stack.count(), 1);
        QCOMPARE(s.stack.index(), 1);
        QVERIFY(!s.stack.canRedo());
        QCOMPARE(s.stack.undoText(), QStringLiteral("Add programme “Reverse mentoring”"));

        // WHEN undone again THEN the earlier step, untouched by the other process, is undone
        s.stack.undo();
        QCOMPARE(s.failed.count(), 1);
        QCOMPARE(s.stack.index(), 0);
        QCOMPARE(s.stack.count(), 1);
        QVERIFY(s.stack.canRedo());
        QCOMPARE(s.goal(s.data.goal).title, QStringLiteral("Their title"));
    }

    void shouldRefuseARedoWhenAnotherProcessChangedItsRows()
    {
        // GIVEN a retitled goal, undone
        Setup s;
        QAction *redo = s.stack.createRedoAction(&s.stack);
        Goal goal = s.goal(s.data.goal);
        const QString original = goal.title;
        goal.title = QStringLiteral("Publish four notes");
        QVERIFY(s.edits.updateGoal(goal).ok());
        s.stack.undo();
        QCOMPARE(s.goal(s.data.goal).title, original);
        QVERIFY(redo->isEnabled());

        // WHEN another Trellis retitles it, and this one redoes
        OtherProcess other(s.temp.path());
        other.retitle(s.data.goal, QStringLiteral("Their title"));
        s.stack.redo();

        // THEN the redo is refused, the other change is kept, and nothing is left to redo
        QCOMPARE(s.failed.count(), 1);
        QCOMPARE(s.failed.first().at(0).toString(), QStringLiteral("Redo Edit goal"));
        QCOMPARE(s.goal(s.data.goal).title, QStringLiteral("Their title"));
        QCOMPARE(s.stack.count(), 0);
        QCOMPARE(s.stack.index(), 0);
        QVERIFY(!s.stack.canRedo());
        // … and the Redo action says so once the stack has dropped the step
        QTRY_VERIFY(!redo->isEnabled());
    }

    void shouldRefuseToUndoAnAdditionWhoseRowWasRemovedElsewhere()
    {
        Setup s;
        Goal goal;
        goal.relationshipId = s.data.relationship;
        goal.title = QStringLiteral("Give a talk");
        auto added = s.edits.addGoal(goal);
        QVERIFY(added.ok());
        OtherProcess other(s.temp.path());
        QVERIFY(GoalService(*other.db).deleteGoal(added->primaryId).ok());
        s.stack.undo();
        QCOMPARE(s.failed.count(), 1);
        QCOMPARE(s.stack.count(), 0);
    }

    void shouldClearTheHistoryWhenAChangeElsewhereTouchesItsNextStep()
    {
        // GIVEN a step on the stack and the notifier watching the file
        Setup s;
        s.notifier.watchForeignChanges(s.temp.db(), 60 * 60 * 1000);
        Goal goal = s.goal(s.data.goal);
        goal.title = QStringLiteral("Publish four notes");
        QVERIFY(s.edits.updateGoal(goal).ok());
        OtherProcess other(s.temp.path());

        // WHEN another process changes something else THEN the history stays
        Person person;
        person.displayName = QStringLiteral("Someone new");
        QVERIFY(PeopleService(*other.db).createPerson(person).ok());
        QSignalSpy elsewhere(&s.notifier, &ChangeNotifier::changedElsewhere);
        s.notifier.checkForeignChanges();
        QCOMPARE(elsewhere.count(), 1);
        QCOMPARE(s.cleared.count(), 0);
        QCOMPARE(s.stack.count(), 1);

        // WHEN it changes the goal the next undo would restore
        other.retitle(s.data.goal, QStringLiteral("Their title"));
        s.notifier.checkForeignChanges();

        // THEN the history is cleared with a message saying why
        QCOMPARE(elsewhere.count(), 2);
        QCOMPARE(s.cleared.count(), 1);
        QVERIFY2(s.cleared.first().first().toString().contains(QStringLiteral("Edit goal")),
                 qPrintable(s.cleared.first().first().toString()));
        QCOMPARE(s.stack.count(), 0);
        QCOMPARE(s.goal(s.data.goal).title, QStringLiteral("Their title"));
        s.notifier.stopWatching();
    }

    void shouldRecheckTheNextRedoStepToo()
    {
        Setup s;
        s.notifier.watchForeignChanges(s.temp.db(), 60 * 60 * 1000);
        Goal goal = s.goal(s.data.goal);
        goal.title = QStringLiteral("Publish four notes");
        QVERIFY(s.edits.updateGoal(goal).ok());
        s.stack.undo();
        OtherProcess other(s.temp.path());
        other.retitle(s.data.goal, QStringLiteral("Their title"));
        s.notifier.checkForeignChanges();
        QCOMPARE(s.cleared.count(), 1);
        QCOMPARE(s.stack.count(), 0);
        s.notifier.stopWatching();
    }

    void shouldUndoTheProfileAndPreferencesAndRefuseWhenChangedElsewhere()
    {
        // GIVEN a profile and preferences set through the edits
        Setup s;
        QSignalSpy profiles(&s.edits, &Edits::profileChanged);
        QVERIFY(s.edits.setProfile({s.data.mentor, Role::Mentor}).ok());
        DatabasePreferences preferences;
        preferences.cadenceDays = 30;
        QVERIFY(s.edits.savePreferences(preferences).ok());
        QCOMPARE(s.stack.count(), 2);
        QCOMPARE(profiles.count(), 1);
        // Unchanged values are no step at all
        QVERIFY(s.edits.savePreferences(preferences).ok());
        QCOMPARE(s.stack.count(), 2);

        // WHEN the preferences are undone THEN the defaults are back
        s.stack.undo();
        QCOMPARE(Preferences::load(s.temp.db().connection()), DatabasePreferences{});
        // WHEN another process sets a profile, and the profile step is undone THEN it is refused
        OtherProcess other(s.temp.path());
        QVERIFY(ProfileStore(other.db->connection()).setProfile({s.data.mentee, Role::Mentee}).ok());
        s.stack.undo();
        QCOMPARE(s.failed.count(), 1);
        QCOMPARE(s.failed.first().at(0).toString(), QStringLiteral("Undo Change profile"));
        QCOMPARE(ProfileStore(s.temp.db().connection()).profile(),
                 std::optional<Profile>({s.data.mentee, Role::Mentee}));
        QCOMPARE(s.stack.index(), 0);
        QCOMPARE(s.stack.count(), 1); // the preferences step, undone, can still be redone
        QCOMPARE(profiles.count(), 1);
    }

    void shouldRefuseInvalidPreferencesAndPushNothing()
    {
        Setup s;
        DatabasePreferences preferences;
        preferences.cadenceDays = 0;
        auto saved = s.edits.savePreferences(preferences);
        QVERIFY(!saved.ok());
        QCOMPARE(s.failed.count(), 1);
        QCOMPARE(s.failed.first().at(1).toString(), saved.errorMessage());
        QCOMPARE(s.stack.count(), 0);
        QCOMPARE(Preferences::load(s.temp.db().connection()), DatabasePreferences{});
    }

    void shouldAnnounceAProfilePutBackByUndo()
    {
        Setup s;
        QVERIFY(ProfileStore(s.temp.db().connection()).setProfile({s.data.mentee, Role::Mentee}).ok());
        QSignalSpy profiles(&s.edits, &Edits::profileChanged);
        QVERIFY(s.edits.setProfile({s.data.mentor, Role::Mentor}).ok());
        s.stack.undo();
        QCOMPARE(profiles.count(), 2);
        QCOMPARE(profiles.last().first().value<std::optional<Profile>>(),
                 std::optional<Profile>({s.data.mentee, Role::Mentee}));
        QCOMPARE(ProfileStore(s.temp.db().connection()).profile(),
                 std::optional<Profile>({s.data.mentee, Role::Mentee}));
    }

    void shouldKeepTheProfileOnTheEditPathThroughDoUndoAndRedo()
    {
        // GIVEN a mentee profile
        Setup s;
        const std::optional<Profile> mentee = Profile{s.data.mentee, Role::Mentee};
        const std::optional<Profile> mentor = Profile{s.data.mentor, Role::Mentor};
        QVERIFY(ProfileStore(s.temp.db().connection()).setProfile(*mentee).ok());
        QSignalSpy profiles(&s.edits, &Edits::profileChanged);

        // WHEN the profile becomes the mentor's THEN it is an EditCommand over the two settings rows
        auto done = s.edits.setProfile(*mentor);
        QVERIFY(done.ok());
        QCOMPARE(done->changes.size(), 2);
        for (const RowChange &change : std::as_const(done->changes))
            QCOMPARE(change.entity, Entity::Setting);
        const auto *step = dynamic_cast<const EditCommand *>(s.stack.command(0));
        QVERIFY(step);
        QCOMPARE(step->changes(), *done);
        QCOMPARE(profiles.count(), 1);
        QCOMPARE(profiles.last().first().value<std::optional<Profile>>(), mentor);

        // WHEN undone THEN the mentee profile is stored again and announced
        s.stack.undo();
        QCOMPARE(ProfileStore(s.temp.db().connection()).profile(), mentee);
        QCOMPARE(profiles.count(), 2);
        QCOMPARE(profiles.last().first().value<std::optional<Profile>>(), mentee);

        // WHEN redone THEN the mentor's again, announced again
        s.stack.redo();
        QCOMPARE(ProfileStore(s.temp.db().connection()).profile(), mentor);
        QCOMPARE(profiles.count(), 3);
        QCOMPARE(profiles.last().first().value<std::optional<Profile>>(), mentor);
        QCOMPARE(s.failed.count(), 0);

        // AND the same profile again is no step and no announcement
        QVERIFY(s.edits.setProfile(*mentor).ok());
        QCOMPARE(s.stack.count(), 1);
        QCOMPARE(profiles.count(), 3);
    }

    void shouldAnnounceAFirstProfileTakenBackByUndoAsNone()
    {
        Setup s;
        QSignalSpy profiles(&s.edits, &Edits::profileChanged);
        QVERIFY(s.edits.setProfile({s.data.mentor, Role::Mentor}).ok());
        s.stack.undo();
        QCOMPARE(ProfileStore(s.temp.db().connection()).profile(), std::nullopt);
        QCOMPARE(profiles.count(), 2);
        QCOMPARE(profiles.last().first().value<std::optional<Profile>>(), std::nullopt);
    }
};

TRELLIS_REGISTER_TEST(EditHistoryTest);

#include "edithistorytest.moc"
