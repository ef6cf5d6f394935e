#include "io/rosterimporter.h"
#include "models/programmetreemodel.h"
#include "models/rosterfiltermodel.h"
#include "models/rosterpreviewmodel.h"
#include "models/rostertablemodel.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace trellis;

namespace {

Person person(Id id, const QString &name, bool mentor, int capacity = 0, std::optional<Id> manager = {})
{
    Person p;
    p.id = id;
    p.displayName = name;
    p.isMentor = mentor;
    p.isMentee = !mentor;
    p.capacity = capacity;
    p.managerId = manager;
    p.skills = {QStringLiteral("sql")};
    p.department = mentor ? QStringLiteral("Data") : QStringLiteral("Sales");
    return p;
}

} // namespace

class CoordinatorModelsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldShowTheRosterWithCapacityUsedOfTotal()
    {
        RosterTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPeople(
            {person(1, QStringLiteral("Maria"), true, 2), person(2, QStringLiteral("Ana"), false, 0, 1)},
            {{1, 2}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, RosterTableModel::Capacity).data().toString(), QStringLiteral("2 of 2"));
        QVERIFY(!model.index(0, 0).data(RosterTableModel::HasRoomRole).toBool());
        QCOMPARE(model.index(1, RosterTableModel::Capacity).data().toString(), QStringLiteral("—"));
        QCOMPARE(model.index(1, RosterTableModel::Manager).data().toString(), QStringLiteral("Maria"));
        QCOMPARE(model.index(0, RosterTableModel::Roles).data().toString(), QStringLiteral("Mentor"));
        QVERIFY(model.index(0, RosterTableModel::Capacity).data(Qt::ForegroundRole).isValid());

        // A refresh with the same people updates in place; a different set removes and inserts rows
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.setPeople(
            {person(1, QStringLiteral("Maria"), true, 3), person(2, QStringLiteral("Ana"), false)}, {{1, 2}});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1); // rows 0 and 1 in one range
        QVERIFY(model.index(0, 0).data(RosterTableModel::HasRoomRole).toBool());
        model.setPeople({person(3, QStringLiteral("Ben"), false)}, {});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, RosterTableModel::Name).data().toString(), QStringLiteral("Ben"));
        QCOMPARE(model.index(0, 0).data(RosterTableModel::PersonRole).value<Person>().id, 3);
    }

    void shouldUpdateTheCapacityAndManagerColumnsOnlyWhereTheyChanged()
    {
        // GIVEN Maria (mentor, 1 of 2) managing Ana, and Ben
        RosterTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPeople({person(1, QStringLiteral("Maria"), true, 2),
                         person(2, QStringLiteral("Ana"), false, 0, 1),
                         person(3, QStringLiteral("Ben"), false)},
                        {{1, 1}});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // WHEN her load changes
        model.setMentorLoads({{1, 2}});

        // THEN only her Mentees cell is announced
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex(), model.index(0, RosterTableModel::Capacity));
        QCOMPARE(changed.first().at(1).toModelIndex(), model.index(0, RosterTableModel::Capacity));
        QCOMPARE(model.index(0, RosterTableModel::Capacity).data().toString(), QStringLiteral("2 of 2"));

        // WHEN she is renamed (a partial load of her row)
        changed.clear();
        Person renamed = person(1, QStringLiteral("Maria Costa"), true, 2);
        model.updateItems({1}, {renamed});

        // THEN her row and Ana's Manager cell change, Ben's row does not
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.at(1).at(0).toModelIndex(), model.index(1, RosterTableModel::Manager));
        QCOMPARE(model.index(1, RosterTableModel::Manager).data().toString(), QStringLiteral("Maria Costa"));
    }

    void shouldFilterTheRosterByRoleAndSearch()
    {
        RosterTableModel model;
        RosterFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPeople({person(1, QStringLiteral("Maria Costa"), true, 2),
                         person(2, QStringLiteral("Ana Lopez"), false),
                         person(3, QStringLiteral("Ben Okafor"), false)},
                        {});
        filter.setRole(Role::Mentee);
        QCOMPARE(filter.rowCount(), 2);
        filter.setSearchText(QStringLiteral("  okaf "));
        QCOMPARE(filter.rowCount(), 1);
        filter.setRole(std::nullopt);
        filter.setSearchText(QStringLiteral("data"));
        QCOMPARE(filter.rowCount(), 1); // Maria's department
        filter.setSearchText(QStringLiteral("sql sales"));
        QCOMPARE(filter.rowCount(), 2);
    }

    void shouldNestCohortsUnderTheirProgrammes()
    {
        ProgrammeTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Programme a;
        a.id = 1;
        a.name = QStringLiteral("Graduates");
        Programme b;
        b.id = 2;
        b.name = QStringLiteral("Leaders");
        Cohort spring{10, 1, QStringLiteral("Spring"), QDate(2026, 3, 1), QDate(2026, 12, 31)};
        Cohort autumn{11, 1, QStringLiteral("Autumn"), QDate(2026, 9, 1), std::nullopt};
        model.setContents({a, b}, {spring, autumn}, {{10, 4}, {11, 1}});
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex graduates = model.index(0, 0);
        QCOMPARE(model.rowCount(graduates), 2);
        QCOMPARE(model.rowCount(model.index(1, 0)), 0);
        QCOMPARE(model.index(1, 0, graduates).data().toString(), QStringLiteral("Autumn"));
        QCOMPARE(model.index(0, ProgrammeTreeModel::Pairs).data().toString(), QStringLiteral("5"));
        QCOMPARE(model.index(0, ProgrammeTreeModel::Pairs, graduates).data().toString(), QStringLiteral("4"));
        QVERIFY(model.index(0, 0, graduates).data(ProgrammeTreeModel::IsCohortRole).toBool());
        QCOMPARE(model.parent(model.index(1, 0, graduates)), graduates);
        QCOMPARE(model.indexOfCohort(11), model.index(1, 0, graduates));
        QCOMPARE(model.indexOfProgramme(2), model.index(1, 0));
    }

    void shouldApplyANewTreeByDiffKeepingPersistentIndexes()
    {
        // GIVEN two programmes with cohorts
        ProgrammeTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Programme a;
        a.id = 1;
        a.name = QStringLiteral("Graduates");
        Programme b;
        b.id = 2;
        b.name = QStringLiteral("Leaders");
        Cohort spring{10, 1, QStringLiteral("Spring"), QDate(2026, 3, 1), std::nullopt};
        Cohort autumn{11, 1, QStringLiteral("Autumn"), QDate(2026, 9, 1), std::nullopt};
        Cohort leaders{20, 2, QStringLiteral("First"), QDate(2026, 1, 1), std::nullopt};
        model.setContents({a, b}, {spring, autumn, leaders}, {{10, 4}, {20, 2}});
        const QPersistentModelIndex first(model.indexOfCohort(20));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // WHEN Leaders is renamed so that it sorts first, Autumn moves to it and a programme is added
        b.name = QStringLiteral("Alumni");
        Programme c;
        c.id = 3;
        c.name = QStringLiteral("Zebra");
        autumn.programmeId = 2;
        model.setTree({b, a, c}, {spring, leaders, autumn});

        // THEN the tree is the new one, the Leaders cohort's index followed its programme, no reset
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Alumni"));
        QCOMPARE(model.rowCount(model.index(0, 0)), 2);
        QCOMPARE(model.rowCount(model.index(1, 0)), 1);
        QCOMPARE(model.rowCount(model.index(2, 0)), 0);
        QVERIFY(first.isValid());
        QCOMPARE(first.data().toString(), QStringLiteral("First"));
        QCOMPARE(first.parent(), model.index(0, 0));
        QCOMPARE(model.indexOfCohort(11).parent(), model.index(0, 0));
        QVERIFY(changed.count() >= 1);

        // WHEN only a count of pairs changes THEN the cohort's and its programme's Pairs cells are
        // announced, nothing else
        changed.clear();
        model.setPairs({{10, 5}, {20, 2}});
        QCOMPARE(changed.count(), 2);
        QCOMPARE(model.indexOfCohort(10).siblingAtColumn(ProgrammeTreeModel::Pairs).data().toString(),
                 QStringLiteral("5"));
        QCOMPARE(model.index(1, ProgrammeTreeModel::Pairs).data().toString(), QStringLiteral("5"));
        for (const QList<QVariant> &signal : std::as_const(changed))
            QCOMPARE(signal.at(0).toModelIndex().column(), int(ProgrammeTreeModel::Pairs));

        // WHEN the same tree comes again THEN nothing is announced
        changed.clear();
        model.setTree({b, a, c}, {spring, leaders, autumn});
        QCOMPARE(changed.count(), 0);
    }

    void shouldPreviewRowsWithTheirProblems()
    {
        test::TempDatabase temp;
        auto csv = CsvReader::parse("Name,Email,Roles\nAda,ada@example.org,mentor\nBob,bad,mentee\n",
                                    QStringLiteral("r.csv"));
        QVERIFY(csv.ok());
        auto plan = RosterImporter(temp.db()).plan(*csv, RosterMapping::guess(csv->records.first().fields),
                                                   QStringLiteral("r.csv"));
        QVERIFY(plan.ok());
        RosterPreviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPlan(*plan);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, RosterPreviewModel::Problems).data().toString(), QStringLiteral("Ready"));
        QVERIFY(!model.index(0, 0).data(RosterPreviewModel::HasProblemRole).toBool());
        QVERIFY(model.index(1, RosterPreviewModel::Problems)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("email:")));
        QCOMPARE(model.index(1, 0).data(RosterPreviewModel::LineRole).toInt(), 3);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

TRELLIS_REGISTER_TEST(CoordinatorModelsTest);

#include "coordinatormodelstest.moc"
