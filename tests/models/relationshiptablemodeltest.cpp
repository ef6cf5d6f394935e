#include "models/relationshiptablemodel.h"

#include "demo/demogenerator.h"
#include "insights/relationshipoverview.h"
#include "models/contacttrend.h"
#include "models/relationshipfiltermodel.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "util/clock.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace trellis;

namespace {
const QDateTime PinnedNow(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
}

class RelationshipTableModelTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_clock = std::make_unique<PinnedClock>(PinnedNow);
        DemoOptions options;
        options.size = DemoSize::Small;
        QVERIFY(DemoGenerator::generate(m_temp.db(), options).ok());
        auto loaded = RelationshipOverview::load(m_temp.db().connection(), RelationshipScope::all());
        QVERIFY(loaded.ok());
        m_entries = loaded.value();
        QCOMPARE(m_entries.size(), 30);
    }
    void cleanupTestCase() { m_clock.reset(); }

    void shouldShowEveryRelationshipWithItsHealth()
    {
        // GIVEN the model under the model tester
        RelationshipTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        // WHEN the overview entries are set
        model.setEntries(m_entries);

        // THEN each row shows its people and a health word matching the computed state
        QCOMPARE(model.rowCount(), 30);
        for (int row = 0; row < model.rowCount(); ++row) {
            const RelationshipOverviewEntry &entry = m_entries.at(row);
            QCOMPARE(model.index(row, RelationshipTableModel::Mentee).data().toString(),
                     entry.row.menteeName);
            QCOMPARE(model.index(row, 0).data(RelationshipTableModel::RelationshipIdRole).toLongLong(),
                     entry.row.relationshipId);
            const QString health = model.index(row, RelationshipTableModel::Health).data().toString();
            if (entry.health.isAtRisk())
                QVERIFY2(health.startsWith(QStringLiteral("At risk")), qPrintable(health));
            else if (entry.health.state == CadenceState::Overdue)
                QVERIFY2(health.startsWith(QStringLiteral("Overdue by")), qPrintable(health));
            else if (entry.health.state == CadenceState::Paused)
                QCOMPARE(health, QStringLiteral("Paused"));
            if (entry.health.isAtRisk())
                QVERIFY(!model.index(row, RelationshipTableModel::Health)
                             .data(Qt::ToolTipRole)
                             .toString()
                             .isEmpty());
        }
    }

    // The Contact column: the months of the row's trend, its words as tooltip and accessible text,
    // sorted by the total; the cadence's level only for an active relationship.
    void shouldOfferTheContactTrendOfEachRow()
    {
        RelationshipTableModel model;
        auto entries = m_entries;
        RelationshipOverviewEntry &first = entries.first();
        first.row.status = QStringLiteral("active");
        first.row.cadenceDays = 14;
        first.row.monthlyContacts = {1, 0, 2, 3, 1, 2};
        RelationshipOverviewEntry &second = entries[1];
        second.row.status = QStringLiteral("paused");
        second.row.monthlyContacts = {0, 0, 0, 0, 0, 4};
        model.setEntries(entries);

        const QModelIndex cell = model.index(0, RelationshipTableModel::Trend);
        const auto trend = cell.data(RelationshipTableModel::TrendRole).value<ContactTrend>();
        QCOMPARE(trend.months, (QList<int>{1, 0, 2, 3, 1, 2}));
        QCOMPARE(trend.firstMonth, QDate(2026, 6, 1)); // six months to November 2026
        QVERIFY(qAbs(trend.expected - 365.25 / 12 / 14) < 1e-9);
        QCOMPARE(trend.highest(), 3);
        QCOMPARE(cell.data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Contact per month: Jun 1, Jul 0, Aug 2, Sep 3, Oct 1, Nov 2 (so far); "
                                "the cadence asks for about 2 a month"));
        QCOMPARE(cell.data(Qt::AccessibleTextRole), cell.data(Qt::ToolTipRole));
        QVERIFY(cell.data(Qt::DisplayRole).toString().isEmpty());
        QCOMPARE(cell.data(RelationshipTableModel::SortRole).toInt(), 9);
        QCOMPARE(model.headerData(RelationshipTableModel::Trend, Qt::Horizontal).toString(),
                 QStringLiteral("Contact"));

        const auto paused = model.index(1, RelationshipTableModel::Trend)
                                .data(RelationshipTableModel::TrendRole)
                                .value<ContactTrend>();
        QCOMPARE(paused.expected, 0.0);
        QVERIFY(!model.index(1, RelationshipTableModel::Trend)
                     .data(Qt::ToolTipRole)
                     .toString()
                     .contains(QStringLiteral("cadence")));
    }

    void shouldUpdateRowsInPlaceWhenTheSetIsUnchanged()
    {
        RelationshipTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries(m_entries);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        auto again = m_entries;
        again.first().row.menteeName = QStringLiteral("Renamed Person");
        model.setEntries(again);

        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(0, RelationshipTableModel::Mentee).data().toString(),
                 QStringLiteral("Renamed Person"));

        again.removeLast();
        model.setEntries(again);
        QCOMPARE(model.rowCount(), 29);
    }

    void shouldFilterAndSortByUrgency()
    {
        RelationshipTableModel model;
        model.setEntries(m_entries);
        RelationshipFilterModel filter;
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);

        int atRisk = 0;
        int paused = 0;
        int past = 0;
        for (const auto &entry : std::as_const(m_entries)) {
            atRisk += entry.health.isAtRisk() ? 1 : 0;
            paused += entry.row.status == QLatin1String("paused") ? 1 : 0;
            past += entry.row.status == QLatin1String("completed") ||
                    entry.row.status == QLatin1String("ended_early");
        }
        QVERIFY(atRisk > 0);

        filter.setShow(RelationshipFilterModel::Show::AtRisk);
        QCOMPARE(filter.rowCount(), atRisk);
        filter.setShow(RelationshipFilterModel::Show::Paused);
        QCOMPARE(filter.rowCount(), paused);
        filter.setShow(RelationshipFilterModel::Show::Past);
        QCOMPARE(filter.rowCount(), past);

        filter.setShow(RelationshipFilterModel::Show::All);
        const QString someone = m_entries.at(3).row.menteeName;
        filter.setSearchText(someone.left(5).toUpper());
        QVERIFY(filter.rowCount() >= 1);
        for (int row = 0; row < filter.rowCount(); ++row) {
            const QString names = filter.index(row, RelationshipTableModel::Mentee).data().toString() +
                                  filter.index(row, RelationshipTableModel::Mentor).data().toString() +
                                  filter.index(row, RelationshipTableModel::Programme).data().toString();
            QVERIFY(names.contains(someone.left(5), Qt::CaseInsensitive));
        }

        // Sorting by health puts at-risk relationships first.
        filter.setSearchText({});
        filter.sort(RelationshipTableModel::Health, Qt::AscendingOrder);
        QVERIFY(filter.index(0, 0).data(RelationshipTableModel::AtRiskRole).toBool());
        const int last = filter.rowCount() - 1;
        QVERIFY(!filter.index(last, 0).data(RelationshipTableModel::AtRiskRole).toBool());
    }

private:
    std::unique_ptr<PinnedClock> m_clock;
    test::TempDatabase m_temp;
    QList<RelationshipOverviewEntry> m_entries;
};

TRELLIS_REGISTER_TEST(RelationshipTableModelTest);

#include "relationshiptablemodeltest.moc"
