#include "commands/editcommand.h"

#include "changenotifier.h"
#include "commands/changecheck.h"
#include "commands/edits.h"
#include "services/changeapplier.h"
#include "services/goalservice.h"
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
        // GIVEN a database and the edits over an undo stack
        PinnedClock clock(QDateTime(QDate(2025, 5, 15), QTime(12, 0), Qt::UTC));
        TempDatabase temp;
        const SampleData d = SampleData::create(temp.db());
        ChangeNotifier notifier;
        QUndoStack stack;
        Edits edits(temp.db(), &notifier, &stack);
        QSignalSpy spy(&notifier, &ChangeNotifier::changed);
        QSignalSpy performed(&edits, &Edits::performed);
        const QString start = dumpDatabase(temp.db().connection());

        // WHEN a goal is added and the programme is deleted
        Goal goal;
        goal.relationshipId = d.relationship;
        goal.title = QStringLiteral("Speak at a meetup");
        auto added = edits.addGoal(goal);
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.errorMessage()));
        const QString afterAdd = dumpDatabase(temp.db().connection());
        auto removed = edits.deleteProgramme(d.programme);
        QVERIFY(removed.ok());
        const QString afterDelete = dumpDatabase(temp.db().connection());

        // THEN both are on the stack with their texts, each announced once for the status bar
        QCOMPARE(stack.count(), 2);
        QCOMPARE(stack.undoText(), QStringLiteral("Delete programme"));
        QCOMPARE(stack.text(0), QStringLiteral("Add goal"));
        QCOMPARE(performed.count(), 2);
        QCOMPARE(performed.at(0).at(1).toString(), QStringLiteral("Goal added"));
        QCOMPARE(performed.at(1).at(1).toString(), QStringLiteral("Programme deleted"));

        // WHEN undone step by step THEN the database goes back through each state
        spy.clear();
        stack.undo();
        QCOMPARE(dumpDatabase(temp.db().connection()), afterAdd);
        QVERIFY(spy.count() > 0); // the undo is announced too
        stack.undo();
        QCOMPARE(dumpDatabase(temp.db().connection()), start);
        QVERIFY(!stack.canUndo());
        QVERIFY(!EntityReader(temp.db().connection()).exists(Entity::Goal, added->primaryId));
        // WHEN redone THEN the same states come back, with the same ids
        stack.redo();
        QCOMPARE(dumpDatabase(temp.db().connection()), afterAdd);
        QVERIFY(EntityReader(temp.db().connection()).exists(Entity::Goal, added->primaryId));
        stack.redo();
        QCOMPARE(dumpDatabase(temp.db().connection()), afterDelete);
        stack.undo();
        stack.undo();
        QCOMPARE(dumpDatabase(temp.db().connection()), start);
        QCOMPARE(performed.count(), 2); // undo and redo are not new edits
    }

    void shouldNotPushARefusedEditAndSayWhy()
    {
        // GIVEN the edits on an active relationship
        TempDatabase temp;
        const SampleData d = SampleData::create(temp.db());
        QUndoStack stack;
        Edits edits(temp.db(), nullptr, &stack);
        QSignalSpy failed(&edits, &Edits::failed);
        // WHEN the service refuses THEN the error comes back, is announced and nothing is pushed
        auto result = edits.activateRelationship(d.relationship);
        QVERIFY(!result.ok());
        QCOMPARE(stack.count(), 0);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(0).toString(), QStringLiteral("Activate relationship"));
        QCOMPARE(failed.first().at(1).toString(), result.errorMessage());
    }

    void shouldPushNothingForAnEditThatChangesNothing()
    {
        TempDatabase temp;
        const SampleData d = SampleData::create(temp.db());
        QUndoStack stack;
        Edits edits(temp.db(), nullptr, &stack);
        auto goal = EntityReader(temp.db().connection()).get<Goal>(d.goal);
        QVERIFY(goal.ok());
        auto same = edits.updateGoal(*goal);
        QVERIFY(same.ok());
        QVERIFY(same->isEmpty());
        QCOMPARE(stack.count(), 0);
    }

    void shouldRunTheActionOnlyOnFirstRedo()
    {
        // GIVEN a command pushed directly (without the edits)
        TempDatabase temp;
        const SampleData d = SampleData::create(temp.db());
        GoalService goals(temp.db());
        ChangeApplier applier(temp.db());
        ChangeCheck check(applier);
        QUndoStack stack;
        int runs = 0;
        Goal goal;
        goal.relationshipId = d.relationship;
        goal.title = QStringLiteral("Once");
        stack.push(new EditCommand(applier, check, EditKind::AddGoal, QStringLiteral("Add goal"), [&] {
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
