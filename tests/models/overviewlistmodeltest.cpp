#include "models/overviewlistmodel.h"

#include "changenotifier.h"
#include "demo/demogenerator.h"
#include "models/backgroundjob.h"
#include "models/loadrequest.h"
#include "models/modelloader.h"
#include "models/relationshiptablemodel.h"
#include "services/relationshipservice.h"
#include "storage/relationshipqueries.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "util/clock.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace trellis;
using namespace trellis::test;

namespace {

const QDateTime Now(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);

// Waits for the loaders' worker threads when a test ends.
struct JobDrain {
    JobDrain() = default;
    ~JobDrain() { BackgroundJob::drain(); }
    Q_DISABLE_COPY_MOVE(JobDrain)
};

// What a model announced: the rows of each dataChanged, and whether rows came, went or all reset.
struct ModelSignals {
    explicit ModelSignals(QAbstractItemModel *model)
    {
        QObject::connect(model, &QAbstractItemModel::dataChanged, model,
                         [this](const QModelIndex &from, const QModelIndex &to) {
                             for (int row = from.row(); row <= to.row(); ++row)
                                 changedRows.append(row);
                         });
        QObject::connect(model, &QAbstractItemModel::modelReset, model, [this] { ++resets; });
        QObject::connect(model, &QAbstractItemModel::rowsInserted, model, [this] { ++inserts; });
        QObject::connect(model, &QAbstractItemModel::rowsRemoved, model, [this] { ++removals; });
        QObject::connect(model, &QAbstractItemModel::rowsMoved, model, [this] { ++moves; });
    }
    void clear()
    {
        changedRows.clear();
        resets = inserts = removals = moves = 0;
    }

    QList<int> changedRows;
    int resets = 0;
    int inserts = 0;
    int removals = 0;
    int moves = 0;
};

Contact call(Id relationshipId, const QString &summary)
{
    Contact contact;
    contact.relationshipId = relationshipId;
    contact.occurredAt = Now.addSecs(-3600);
    contact.channel = ContactChannel::Call;
    contact.summary = summary;
    return contact;
}

} // namespace

// OverviewListModel through a ModelLoader on the small demo: a change re-reads only the
// relationships it touched, and rows change in place.
class OverviewListModelTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_clock = std::make_unique<PinnedClock>(Now);
        m_temp = std::make_unique<TempDatabase>();
        QVERIFY(DemoGenerator::generate(m_temp->db(), DemoOptions{}).ok());
        m_notifier = std::make_unique<ChangeNotifier>();
        auto relationships = RelationshipQueries(m_temp->db().connection()).relationships();
        QVERIFY(relationships.ok());
        m_relationships = *relationships;
    }
    void cleanup()
    {
        BackgroundJob::drain();
        m_notifier.reset();
        m_temp.reset();
        m_clock.reset();
    }

    void shouldUpdateOnlyTheRowOfALoggedContact()
    {
        // GIVEN every relationship, loaded, under the model tester
        const JobDrain drain;
        RelationshipTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ModelLoader loader(DataSource(&m_temp->db(), m_notifier.get()), {});
        loader.setThrottle(30);
        model.loadWith(&loader, RelationshipScope::all());
        QSignalSpy loaded(&loader, &ModelLoader::loaded);
        loader.reload();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(model.rowCount(), m_relationships.size());
        ModelSignals seen(&model);

        // WHEN a contact is logged for one relationship (that has not had one today)
        Id chosen = 0;
        for (const RelationshipOverviewEntry &entry : model.entries()) {
            if (entry.row.status == QLatin1String("active") &&
                entry.health.lastContactDate != Clock::today()) {
                chosen = entry.row.relationshipId;
                break;
            }
        }
        QVERIFY(chosen);
        const int row = model.rowOf(chosen);
        QVERIFY(RelationshipService(m_temp->db(), m_notifier.get())
                    .logContact(call(chosen, QStringLiteral("Hi")))
                    .ok());
        QVERIFY(loaded.wait(10000));

        // THEN only its row changed, in place, and shows today's contact
        QCOMPARE(seen.changedRows, QList<int>{row});
        QCOMPARE(seen.resets + seen.inserts + seen.removals + seen.moves, 0);
        QCOMPARE(model.rowOf(chosen), row);
        QCOMPARE(model.itemAt(row).health.lastContactDate, Clock::today());
    }

    void shouldMakeOneLoadOfABurstOfEdits()
    {
        // GIVEN a mentor's relationships, loaded
        const JobDrain drain;
        const Id mentor = m_relationships.first().mentorId;
        QList<Id> mine;
        for (const Relationship &r : std::as_const(m_relationships))
            if (r.mentorId == mentor)
                mine.append(r.id);
        RelationshipTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ModelLoader loader(DataSource(&m_temp->db(), m_notifier.get()), {});
        loader.setThrottle(100);
        model.loadWith(&loader, RelationshipScope::mentor(mentor));
        QSignalSpy loaded(&loader, &ModelLoader::loaded);
        loader.reload();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(model.rowCount(), mine.size());
        ModelSignals seen(&model);

        // WHEN three contacts are logged at once on the first relationship, and one on another
        // mentor's relationship
        RelationshipService service(m_temp->db(), m_notifier.get());
        for (int i = 0; i < 3; ++i)
            QVERIFY(service.logContact(call(mine.first(), QStringLiteral("Call %1").arg(i))).ok());
        Id other = 0;
        for (const Relationship &r : std::as_const(m_relationships))
            if (r.mentorId != mentor)
                other = r.id;
        QVERIFY(service.logContact(call(other, QStringLiteral("Elsewhere"))).ok());
        QVERIFY(loaded.wait(10000));
        QTest::qWait(300);

        // THEN one load applied them, changing the first relationship's row only
        QCOMPARE(loaded.count(), 2);
        QCOMPARE(seen.changedRows, QList<int>{model.rowOf(mine.first())});
        QCOMPARE(seen.resets + seen.inserts + seen.removals + seen.moves, 0);
    }

    void shouldRemoveARelationshipThatLeftTheCohort()
    {
        // GIVEN one cohort's pairs, loaded
        const JobDrain drain;
        Relationship moved;
        QSet<Id> cohorts;
        for (const Relationship &r : std::as_const(m_relationships))
            if (r.cohortId)
                cohorts.insert(*r.cohortId);
        QVERIFY(cohorts.size() >= 2);
        for (const Relationship &r : std::as_const(m_relationships)) {
            if (r.cohortId && r.status == RelationshipStatus::Active) {
                moved = r;
                break;
            }
        }
        QVERIFY(moved.id);
        Id otherCohort = 0;
        for (const Id cohort : std::as_const(cohorts))
            if (cohort != *moved.cohortId)
                otherCohort = cohort;
        RelationshipTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ModelLoader loader(DataSource(&m_temp->db(), m_notifier.get()), {});
        loader.setThrottle(30);
        model.loadWith(&loader, RelationshipScope::cohort(*moved.cohortId));
        QSignalSpy loaded(&loader, &ModelLoader::loaded);
        loader.reload();
        QVERIFY(loaded.wait(10000));
        const int before = model.rowCount();
        QVERIFY(model.rowOf(moved.id) >= 0);
        ModelSignals seen(&model);

        // WHEN the relationship moves to the other cohort
        moved.cohortId = otherCohort;
        auto done = RelationshipService(m_temp->db(), m_notifier.get()).updateRelationship(moved);
        QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.errorMessage()));
        QVERIFY(loaded.wait(10000));

        // THEN its row is removed, and no other row changed
        QCOMPARE(model.rowCount(), before - 1);
        QCOMPARE(model.rowOf(moved.id), -1);
        QCOMPARE(seen.removals, 1);
        QVERIFY(seen.changedRows.isEmpty());
        QCOMPARE(seen.resets, 0);
    }

    void shouldReadEverythingWhenARemovedRowCannotBeTraced()
    {
        // GIVEN a loaded model and a contact logged on one relationship
        const JobDrain drain;
        const Id chosen = m_relationships.first().id;
        RelationshipService service(m_temp->db(), m_notifier.get());
        auto logged = service.logContact(call(chosen, QStringLiteral("Soon gone")));
        QVERIFY(logged.ok());
        RelationshipTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ModelLoader loader(DataSource(&m_temp->db(), m_notifier.get()), {});
        loader.setThrottle(30);
        QList<bool> full;
        model.loadWith(&loader, RelationshipScope::all());
        // Record what each load was, then apply it as the model would.
        loader.setLoad(
            [](Database &database, const LoadRequest &request) {
                return OverviewListModel::fetch(database, RelationshipScope::all(), request);
            },
            [&](OverviewListModel::Data data, const LoadRequest &request) {
                full << data.full;
                model.apply(std::move(data), request);
            });
        QSignalSpy loaded(&loader, &ModelLoader::loaded);
        loader.reload();
        QVERIFY(loaded.wait(10000));
        const int row = model.rowOf(chosen);
        const auto contactBefore = model.itemAt(row).health.lastContactUtc;
        ModelSignals seen(&model);

        // WHEN the contact is deleted (its row, with its relationship id, is gone)
        QVERIFY(service.deleteContact(logged->primaryId).ok());
        QVERIFY(loaded.wait(10000));

        // THEN everything was read again, applied by diff: no reset, the same rows
        QCOMPARE(full, (QList<bool>{true, true}));
        QCOMPARE(seen.resets + seen.inserts + seen.removals + seen.moves, 0);
        QCOMPARE(model.rowCount(), m_relationships.size());
        QVERIFY(model.itemAt(row).health.lastContactUtc != contactBefore);
        QVERIFY(!seen.changedRows.isEmpty());
    }

private:
    std::unique_ptr<PinnedClock> m_clock;
    std::unique_ptr<TempDatabase> m_temp;
    std::unique_ptr<ChangeNotifier> m_notifier;
    QList<Relationship> m_relationships;
};

TRELLIS_REGISTER_TEST(OverviewListModelTest);

#include "overviewlistmodeltest.moc"
