#include "commands/editcommand.h"

#include "changenotifier.h"
#include "commands/editfacade.h"
#include "services/goalservice.h"
#include "services/relationshipservice.h"
#include "storage/entityreader.h"
#include "storage/relationshipqueries.h"
#include "testlib/databasedump.h"
#include "testlib/sampledata.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "util/clock.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace trellis;
using namespace trellis::test;

class EditCommandTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldUndoAndRedoEditsOnTheStack()
    {
        // GIVEN a database, services and a facade over an undo stack
        PinnedClock clock(QDateTime(QDate(2025, 5, 15), QTime(12, 0), Qt::UTC));
        TempDatabase temp;
        const SampleData d = SampleData::create(temp.db());
        ChangeNotifier notifier;
        GoalService goals(temp.db(), &notifier);
        RelationshipService relationships(temp.db(), &notifier);
        QUndoStack stack;
        EditFacade facade(temp.db(), &notifier, &stack);
        QSignalSpy spy(&notifier, &ChangeNotifier::changed);
        const QString start = dumpDatabase(temp.db().connection());

        // WHEN a goal is added and the relationship is deleted through the facade
        Goal goal;
        goal.relationshipId = d.relationship;
        goal.title = QStringLiteral("Speak at a meetup");
        auto added = facade.perform(QStringLiteral("Add goal"), [&] { return goals.createGoal(goal); });
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.errorMessage()));
        const QString afterAdd = dumpDatabase(temp.db().connection());
        auto removed = facade.perform(QStringLiteral("Delete relationship"),
                                      [&] { return relationships.deleteRelationship(d.relationship); });
        QVERIFY(removed.ok());
        const QString afterDelete = dumpDatabase(temp.db().connection());

        // THEN both are on the stack with their texts, and each ran exactly once
        QCOMPARE(stack.count(), 2);
        QCOMPARE(stack.undoText(), QStringLiteral("Delete relationship"));
        QCOMPARE(stack.text(0), QStringLiteral("Add goal"));
        QVERIFY(EntityReader(temp.db().connection()).exists(Entity::Goal, added->primaryId) == false);

        // WHEN undone step by step THEN the database goes back through each state
        spy.clear();
        stack.undo();
        QCOMPARE(dumpDatabase(temp.db().connection()), afterAdd);
        QVERIFY(spy.count() > 0); // the undo is announced too
        stack.undo();
        QCOMPARE(dumpDatabase(temp.db().connection()), start);
        QVERIFY(!stack.canUndo());
        // WHEN redone THEN the same states come back, with the same ids
        stack.redo();
        QCOMPARE(dumpDatabase(temp.db().connection()), afterAdd);
        QVERIFY(EntityReader(temp.db().connection()).exists(Entity::Goal, added->primaryId));
        stack.redo();
        QCOMPARE(dumpDatabase(temp.db().connection()), afterDelete);
        stack.undo();
        stack.undo();
        QCOMPARE(dumpDatabase(temp.db().connection()), start);
    }

    void shouldNotPushARefusedEdit()
    {
        // GIVEN a facade
        TempDatabase temp;
        const SampleData d = SampleData::create(temp.db());
        RelationshipService relationships(temp.db());
        QUndoStack stack;
        EditFacade facade(temp.db(), nullptr, &stack);
        // WHEN the service refuses THEN the error comes back and nothing is pushed
        auto result = facade.perform(QStringLiteral("Propose again"), [&] {
            return relationships.changeStatus(d.relationship, RelationshipStatus::Proposed,
                                              QDate(2025, 6, 1));
        });
        QVERIFY(!result.ok());
        QVERIFY(result.errorMessage().contains(QStringLiteral("proposed")));
        QCOMPARE(stack.count(), 0);
    }

    void shouldRunTheActionOnlyOnFirstRedo()
    {
        // GIVEN a command pushed directly (without the facade)
        TempDatabase temp;
        const SampleData d = SampleData::create(temp.db());
        GoalService goals(temp.db());
        ChangeApplier applier(temp.db());
        QUndoStack stack;
        int runs = 0;
        Goal goal;
        goal.relationshipId = d.relationship;
        goal.title = QStringLiteral("Once");
        stack.push(new EditCommand(applier, QStringLiteral("Add goal"), [&] {
            ++runs;
            return goals.createGoal(goal);
        }));
        // WHEN undone and redone THEN the action ran once; redo re-applied its ChangeSet
        stack.undo();
        stack.redo();
        QCOMPARE(runs, 1);
        auto found = RelationshipQueries(temp.db().connection()).goals(d.relationship);
        QVERIFY(found.ok());
        QCOMPARE(
            std::count_if(found->cbegin(), found->cend(),
                          [](const GoalWithProgress &g) { return g.goal.title == QLatin1String("Once"); }),
            1);
    }
};

TRELLIS_REGISTER_TEST(EditCommandTest);

#include "editcommandtest.moc"
