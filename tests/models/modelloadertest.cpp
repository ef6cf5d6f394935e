#include "models/modelloader.h"

#include "changenotifier.h"
#include "models/backgroundjob.h"
#include "models/loadrequest.h"
#include "models/rostertablemodel.h"
#include "services/peopleservice.h"
#include "services/relationshipservice.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <memory>

using namespace trellis;

namespace {

// Waits for the loaders' worker threads when a test ends.
struct JobDrain {
    JobDrain() = default;
    ~JobDrain() { BackgroundJob::drain(); }
    Q_DISABLE_COPY_MOVE(JobDrain)
};

Id addPerson(Database &db, const QString &name, bool mentor)
{
    Person person;
    person.displayName = name;
    person.isMentor = mentor;
    person.isMentee = !mentor;
    person.capacity = mentor ? 2 : 0;
    auto done = PeopleService(db).createPerson(person);
    return done ? done->primaryId : 0;
}

// A loader whose fetch counts its calls and records, on the GUI thread, what each applied load asked for.
struct CountingLoader {
    explicit CountingLoader(Database &db, ChangeNotifier &notifier, QList<Entity> watched)
        : loader(DataSource(&db, &notifier), std::move(watched))
    {
        loader.setThrottle(20);
        loader.setLoad([calls = calls](Database &, const LoadRequest &) -> Result<int> { return ++*calls; },
                       [this](int, const LoadRequest &request) { applied << request; });
    }

    std::shared_ptr<std::atomic<int>> calls = std::make_shared<std::atomic<int>>(0);
    QList<LoadRequest> applied;
    ModelLoader loader;
};

} // namespace

class ModelLoaderTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldDropAStaleLoadWhenANewerOneStarted()
    {
        // GIVEN a loader whose first fetch blocks until the test releases it
        test::TempDatabase temp;
        const JobDrain drain; // before `temp` closes: no worker still holds its connection
        ChangeNotifier notifier;
        ModelLoader loader(DataSource(&temp.db(), &notifier), {});
        auto gate = std::make_shared<QSemaphore>(0);
        auto calls = std::make_shared<std::atomic<int>>(0);
        auto sawCancel = std::make_shared<std::atomic<bool>>(false);
        QList<int> applied;
        loader.setLoad(
            [gate, calls, sawCancel](Database &, const LoadRequest &request) -> Result<int> {
                const int call = ++*calls;
                if (call == 1) {
                    gate->acquire();
                    sawCancel->store(request.cancelled());
                }
                return call;
            },
            [&applied](int value, const LoadRequest &) { applied << value; });
        QSignalSpy loaded(&loader, &ModelLoader::loaded);
        loader.reload();
        QTRY_COMPARE(calls->load(), 1);
        QCOMPARE(loader.state(), ModelLoader::State::Loading);

        // WHEN a newer load starts while the first still runs, and the first finishes after it
        loader.reload();
        QVERIFY(loaded.wait());
        gate->release();
        BackgroundJob::drain();
        QCoreApplication::processEvents();
        QTest::qWait(20);

        // THEN only the newer result is applied, and the stale fetch saw it was cancelled
        QCOMPARE(applied, QList<int>{2});
        QCOMPARE(loaded.count(), 1);
        QVERIFY(sawCancel->load());
        QCOMPARE(loader.state(), ModelLoader::State::Loaded);
    }

    void shouldReloadOnlyThePeopleAnEditChanged()
    {
        // GIVEN a roster of three, loaded
        test::TempDatabase temp;
        const JobDrain drain; // before `temp` closes: no worker still holds its connection
        ChangeNotifier notifier;
        const Id maria = addPerson(temp.db(), QStringLiteral("Maria"), true);
        const Id ana = addPerson(temp.db(), QStringLiteral("Ana"), false);
        const Id ben = addPerson(temp.db(), QStringLiteral("Ben"), false);
        RosterTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ModelLoader loader(DataSource(&temp.db(), &notifier), {Entity::Person, Entity::Relationship});
        loader.setThrottle(20);
        QList<LoadRequest> requests;
        loader.setLoad(&RosterTableModel::fetch,
                       [&](RosterTableModel::Data data, const LoadRequest &request) {
                           requests << request;
                           model.apply(std::move(data), request);
                       });
        QSignalSpy loaded(&loader, &ModelLoader::loaded);
        loader.reload();
        QVERIFY(loaded.wait());
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(requests.last().isFull());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

        // WHEN Ana's department is edited (the service announces her id)
        Person edited = *model.find(ana);
        edited.department = QStringLiteral("Finance");
        QVERIFY(PeopleService(temp.db(), &notifier).updatePerson(edited).ok());
        QVERIFY(loaded.wait());

        // THEN the load asked for Ana only, and only her row changed
        QVERIFY(!requests.last().isFull());
        QCOMPARE(requests.last().ids(Entity::Person), QList<Id>{ana});
        QVERIFY(!requests.last().touches(Entity::Relationship));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), model.rowOf(ana));
        QCOMPARE(changed.first().at(1).toModelIndex().row(), model.rowOf(ana));
        QCOMPARE(reset.count() + inserted.count() + removed.count(), 0);
        QCOMPARE(model.index(model.rowOf(ana), RosterTableModel::Department).data().toString(),
                 QStringLiteral("Finance"));

        // WHEN Maria is paired with Ana (a relationship change)
        changed.clear();
        RelationshipService::Pairing pairing;
        pairing.mentorId = maria;
        pairing.menteeId = ana;
        QVERIFY(RelationshipService(temp.db(), &notifier).pair(pairing).ok());
        QVERIFY(loaded.wait());

        // THEN the mentors' loads are re-read, not the people, and only Maria's Mentees cell changes
        QVERIFY(!requests.last().isFull());
        QVERIFY(requests.last().touches(Entity::Relationship));
        QVERIFY(!requests.last().touches(Entity::Person));
        QCOMPARE(model.mentorLoad(maria), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex(),
                 model.index(model.rowOf(maria), RosterTableModel::Capacity));

        // WHEN a new person is added and one deleted
        const Id cleo = addPerson(temp.db(), QStringLiteral("Cleo"), false);
        Q_EMIT notifier.changed(Entity::Person, {cleo}, ChangeKind::Inserted);
        QVERIFY(loaded.wait());
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(PeopleService(temp.db(), &notifier).deletePerson(ben).ok());
        QVERIFY(loaded.wait());

        // THEN rows are inserted and removed, never reset
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowOf(ben), -1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(reset.count(), 0);
    }

    void shouldCoalesceABurstOfNotificationsIntoOneLoad()
    {
        // GIVEN a loaded loader watching people
        test::TempDatabase temp;
        const JobDrain drain; // before `temp` closes: no worker still holds its connection
        ChangeNotifier notifier;
        CountingLoader counting(temp.db(), notifier, {Entity::Person});
        counting.loader.setThrottle(100);
        QSignalSpy loaded(&counting.loader, &ModelLoader::loaded);
        counting.loader.reload();
        QVERIFY(loaded.wait());
        QCOMPARE(counting.calls->load(), 1);

        // WHEN ten edits are announced at once, and one of an entity it does not watch
        for (Id id = 1; id <= 10; ++id)
            Q_EMIT notifier.changed(Entity::Person, {id}, ChangeKind::Updated);
        Q_EMIT notifier.changed(Entity::Goal, {99}, ChangeKind::Updated);
        QVERIFY(loaded.wait());
        QTest::qWait(250);

        // THEN one partial load asked for the ten people
        QCOMPARE(counting.calls->load(), 2);
        QCOMPARE(loaded.count(), 2);
        const LoadRequest &request = counting.applied.last();
        QVERIFY(!request.isFull());
        QCOMPARE(request.ids(Entity::Person).size(), 10);
        QVERIFY(!request.touches(Entity::Goal));
    }

    void shouldIgnoreEntitiesItDoesNotWatch()
    {
        test::TempDatabase temp;
        const JobDrain drain; // before `temp` closes: no worker still holds its connection
        ChangeNotifier notifier;
        CountingLoader counting(temp.db(), notifier, {Entity::Person});
        QSignalSpy loaded(&counting.loader, &ModelLoader::loaded);
        counting.loader.reload();
        QVERIFY(loaded.wait());
        Q_EMIT notifier.changed(Entity::Meeting, {1}, ChangeKind::Inserted);
        QVERIFY(!loaded.wait(200));
        QCOMPARE(counting.calls->load(), 1);
    }

    void shouldLoadEverythingWhenChangedElsewhere()
    {
        test::TempDatabase temp;
        const JobDrain drain; // before `temp` closes: no worker still holds its connection
        ChangeNotifier notifier;
        CountingLoader counting(temp.db(), notifier, {Entity::Person});
        QSignalSpy loaded(&counting.loader, &ModelLoader::loaded);
        counting.loader.reload();
        QVERIFY(loaded.wait());

        // WHEN another process changed the file (and a precise change is pending too)
        Q_EMIT notifier.changed(Entity::Person, {3}, ChangeKind::Updated);
        Q_EMIT notifier.changedElsewhere();
        QVERIFY(loaded.wait());

        // THEN one full load
        QCOMPARE(counting.calls->load(), 2);
        QVERIFY(counting.applied.last().isFull());
    }

    void shouldLoadEverythingForMoreIdsThanThePartialLimit()
    {
        test::TempDatabase temp;
        const JobDrain drain; // before `temp` closes: no worker still holds its connection
        ChangeNotifier notifier;
        CountingLoader counting(temp.db(), notifier, {Entity::Person});
        counting.loader.setPartialLimit(3);
        QSignalSpy loaded(&counting.loader, &ModelLoader::loaded);
        counting.loader.reload();
        QVERIFY(loaded.wait());
        Q_EMIT notifier.changed(Entity::Person, {1, 2, 3, 4}, ChangeKind::Inserted);
        QVERIFY(loaded.wait());
        QVERIFY(counting.applied.last().isFull());
    }

    void shouldReportAFailureAndLoadEverythingNextTime()
    {
        // GIVEN a loader whose first fetch fails
        test::TempDatabase temp;
        const JobDrain drain; // before `temp` closes: no worker still holds its connection
        ChangeNotifier notifier;
        ModelLoader loader(DataSource(&temp.db(), &notifier), {Entity::Person});
        loader.setThrottle(20);
        auto calls = std::make_shared<std::atomic<int>>(0);
        QList<bool> fullLoads;
        loader.setLoad(
            [calls](Database &, const LoadRequest &) -> Result<int> {
                if (++*calls == 1)
                    return Error{QStringLiteral("The disk is on fire.")};
                return 1;
            },
            [&fullLoads](int, const LoadRequest &request) { fullLoads << request.isFull(); });
        QSignalSpy failed(&loader, &ModelLoader::failed);
        QSignalSpy loaded(&loader, &ModelLoader::loaded);
        loader.reload();
        QVERIFY(failed.wait());

        // THEN the message is reported and the state says so
        QCOMPARE(failed.first().first().toString(), QStringLiteral("The disk is on fire."));
        QCOMPARE(loader.state(), ModelLoader::State::Failed);
        QVERIFY(!loader.hasLoaded());

        // WHEN a change of one person arrives, the next load still reads everything
        Q_EMIT notifier.changed(Entity::Person, {1}, ChangeKind::Updated);
        QVERIFY(loaded.wait());
        QCOMPARE(fullLoads, QList<bool>{true});
        QVERIFY(loader.hasLoaded());
        QVERIFY(loader.errorMessage().isEmpty());
    }

    void shouldLetAPartialLoadWaitForTheRunningOne()
    {
        // GIVEN a loaded loader whose second fetch blocks
        test::TempDatabase temp;
        const JobDrain drain; // before `temp` closes: no worker still holds its connection
        ChangeNotifier notifier;
        ModelLoader loader(DataSource(&temp.db(), &notifier), {Entity::Person});
        loader.setThrottle(10);
        auto gate = std::make_shared<QSemaphore>(0);
        auto calls = std::make_shared<std::atomic<int>>(0);
        QList<QList<Id>> applied;
        loader.setLoad(
            [gate, calls](Database &, const LoadRequest &) -> Result<int> {
                if (++*calls == 2)
                    gate->acquire();
                return 0;
            },
            [&applied](int, const LoadRequest &request) { applied << request.ids(Entity::Person); });
        QSignalSpy loaded(&loader, &ModelLoader::loaded);
        loader.reload();
        QVERIFY(loaded.wait());

        // WHEN person 1 changes, and person 2 while that load runs
        Q_EMIT notifier.changed(Entity::Person, {1}, ChangeKind::Updated);
        QTRY_COMPARE(calls->load(), 2);
        Q_EMIT notifier.changed(Entity::Person, {2}, ChangeKind::Updated);
        QTest::qWait(50);
        QCOMPARE(calls->load(), 2); // not started beside the running one
        gate->release();

        // THEN both loads are applied, in order, neither dropped
        QTRY_COMPARE(applied.size(), 3);
        QCOMPARE(applied.at(1), QList<Id>{1});
        QCOMPARE(applied.at(2), QList<Id>{2});
    }
};

TRELLIS_REGISTER_TEST(ModelLoaderTest);

#include "modelloadertest.moc"
