#include "models/menteelistmodel.h"

#include "insights/healthcalculator.h"
#include "models/menteefiltermodel.h"
#include "testlib/testregistry.h"
#include "util/clock.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace trellis;

namespace {

const QDate Today(2026, 3, 10);

RelationshipOverviewEntry entry(qint64 id, const QString &mentee, const QString &status,
                                std::optional<int> lastContactDaysAgo, int unlogged = 0)
{
    RelationshipOverviewEntry e;
    e.row.relationshipId = id;
    e.row.menteeId = 100 + id;
    e.row.menteeName = mentee;
    e.row.programmeName = QStringLiteral("Product");
    e.row.cohortName = QStringLiteral("Cohort '26");
    e.row.status = status;
    e.row.startDate = Today.addDays(-20);
    e.row.cadenceDays = 14;
    e.row.inputs.status = status;
    e.row.inputs.startDate = e.row.startDate;
    e.row.inputs.cadenceDays = 14;
    e.row.inputs.goalCount = 1;
    e.row.inputs.averageGoalProgress = 0.62;
    e.row.inputs.unloggedPastOccurrences = unlogged;
    if (lastContactDaysAgo)
        e.row.inputs.lastContactUtc =
            QDateTime(Today.addDays(-*lastContactDaysAgo), QTime(12, 0), Qt::UTC).toSecsSinceEpoch();
    e.health = HealthCalculator::compute(e.row.inputs, Today);
    return e;
}

QStringList names(const QAbstractItemModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.index(row, 0).data().toString();
    return result;
}

} // namespace

// The mentor's list model and its filter/sort proxy, under QAbstractItemModelTester.
class MenteeListModelTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<PinnedClock> m_clock;

private Q_SLOTS:
    void init() { m_clock = std::make_unique<PinnedClock>(QDateTime(Today, QTime(12, 0), Qt::UTC)); }
    void cleanup() { m_clock.reset(); }

    void shouldUpdateRowsInPlaceInsertAndRemove()
    {
        // GIVEN a model and its proxy under the model tester
        MenteeListModel model;
        MenteeFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries({entry(1, QStringLiteral("Ana Lopez"), QStringLiteral("active"), 23),
                          entry(2, QStringLiteral("Ben Okafor"), QStringLiteral("active"), 4)});
        const QPersistentModelIndex ben = model.index(1);
        int resets = 0;
        connect(&model, &QAbstractItemModel::modelReset, this, [&] { ++resets; });

        // WHEN Ana's health changes, Ben goes and Cleo arrives
        model.setEntries({entry(1, QStringLiteral("Ana Lopez"), QStringLiteral("active"), 0),
                          entry(3, QStringLiteral("Cleo Park"), QStringLiteral("paused"), std::nullopt)});

        // THEN rows were updated, removed and inserted without a reset
        QCOMPARE(resets, 0);
        QVERIFY(!ben.isValid());
        QCOMPARE(names(model), (QStringList{QStringLiteral("Ana Lopez"), QStringLiteral("Cleo Park")}));
        QCOMPARE(model.index(0).data(MenteeListModel::HealthTextRole).toString(), QStringLiteral("On track"));
        QCOMPARE(model.index(0).data(MenteeListModel::ContactTextRole).toString(),
                 QStringLiteral("last contact today"));
        QCOMPARE(model.index(1).data(MenteeListModel::HealthTextRole).toString(), QStringLiteral("Paused"));
        QCOMPARE(model.index(1).data(MenteeListModel::ContactTextRole).toString(),
                 QStringLiteral("no contact yet"));
        QCOMPARE(model.rowOf(3), 1);
    }

    void shouldDescribeEachMenteeOnTwoLines()
    {
        // GIVEN an overdue relationship with goals and unlogged meetings
        MenteeListModel model;
        model.setEntries({entry(1, QStringLiteral("Ana Maria Lopez"), QStringLiteral("active"), 23, 2)});
        const QModelIndex index = model.index(0);

        // THEN the roles carry what the two lines show, in words
        QCOMPARE(index.data(MenteeListModel::InitialsRole).toString(), QStringLiteral("AL"));
        QCOMPARE(index.data(MenteeListModel::HealthTextRole).toString(),
                 QStringLiteral("At risk: 2 past meetings not logged · overdue by 9 days"));
        QCOMPARE(index.data(MenteeListModel::ContactTextRole).toString(),
                 QStringLiteral("last contact 23 days ago"));
        QCOMPARE(index.data(MenteeListModel::ProgrammeTextRole).toString(),
                 QStringLiteral("Product · Cohort '26"));
        QCOMPARE(index.data(MenteeListModel::NextMeetingTextRole).toString(), QStringLiteral("Next: —"));
        QCOMPARE(index.data(MenteeListModel::GoalProgressRole).toDouble(), 0.62);
        QCOMPARE(index.data(MenteeListModel::UnloggedRole).toInt(), 2);
        QVERIFY(index.data(MenteeListModel::NeedsAttentionRole).toBool());
        QCOMPARE(index.data(MenteeListModel::AttentionTextRole).toString(),
                 QStringLiteral("contact overdue since 1 Mar; past meetings not logged: 2"));
        QVERIFY(index.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("Ana Maria Lopez")));
    }

    void shouldFilterAndSearch_data()
    {
        QTest::addColumn<int>("show");
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("expected");
        using S = MenteeFilterModel::Show;
        // Default order: most urgent first (at risk, overdue, due soon, on track, paused, past).
        QTest::newRow("all") << int(S::All) << QString()
                             << QStringList{QStringLiteral("Ana"), QStringLiteral("Dan"),
                                            QStringLiteral("Ben"), QStringLiteral("Cleo"),
                                            QStringLiteral("Eve")};
        QTest::newRow("active") << int(S::Active) << QString()
                                << QStringList{QStringLiteral("Ana"), QStringLiteral("Dan"),
                                               QStringLiteral("Ben")};
        QTest::newRow("at risk") << int(S::AtRisk) << QString() << QStringList{QStringLiteral("Ana")};
        QTest::newRow("paused") << int(S::Paused) << QString() << QStringList{QStringLiteral("Cleo")};
        QTest::newRow("past") << int(S::Past) << QString() << QStringList{QStringLiteral("Eve")};
        QTest::newRow("search name") << int(S::All) << QStringLiteral("be")
                                     << QStringList{QStringLiteral("Ben")};
        QTest::newRow("search programme")
            << int(S::Active) << QStringLiteral("cohort '26")
            << QStringList{QStringLiteral("Ana"), QStringLiteral("Dan"), QStringLiteral("Ben")};
        QTest::newRow("nothing") << int(S::Paused) << QStringLiteral("ana") << QStringList{};
    }

    void shouldFilterAndSearch()
    {
        QFETCH(int, show);
        QFETCH(QString, search);
        QFETCH(QStringList, expected);
        // GIVEN mentees in every state
        MenteeListModel model;
        model.setEntries({entry(1, QStringLiteral("Ben"), QStringLiteral("active"), 2),
                          entry(2, QStringLiteral("Ana"), QStringLiteral("active"), 50),
                          entry(3, QStringLiteral("Cleo"), QStringLiteral("paused"), 5),
                          entry(4, QStringLiteral("Dan"), QStringLiteral("active"), 16),
                          entry(5, QStringLiteral("Eve"), QStringLiteral("completed"), 50)});
        MenteeFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);

        // WHEN filtered and searched
        filter.setShow(MenteeFilterModel::Show(show));
        filter.setSearchText(search);

        // THEN only the matching mentees remain, most urgent first
        QCOMPARE(names(filter), expected);
    }

    void shouldSortByTheChosenOrder_data()
    {
        QTest::addColumn<int>("order");
        QTest::addColumn<QStringList>("expected");
        using O = MenteeFilterModel::Order;
        QTest::newRow("name") << int(O::Name)
                              << QStringList{QStringLiteral("Ana"), QStringLiteral("Ben"),
                                             QStringLiteral("Cleo")};
        QTest::newRow("longest without contact first")
            << int(O::LastContact)
            << QStringList{QStringLiteral("Cleo"), QStringLiteral("Ana"), QStringLiteral("Ben")};
        // Both overdue: the one without contact for longest first; on track last.
        QTest::newRow("urgency") << int(O::Urgency)
                                 << QStringList{QStringLiteral("Cleo"), QStringLiteral("Ana"),
                                                QStringLiteral("Ben")};
    }

    void shouldSortByTheChosenOrder()
    {
        QFETCH(int, order);
        QFETCH(QStringList, expected);
        MenteeListModel model;
        model.setEntries({entry(1, QStringLiteral("Ben"), QStringLiteral("active"), 2),
                          entry(2, QStringLiteral("Cleo"), QStringLiteral("active"), std::nullopt),
                          entry(3, QStringLiteral("Ana"), QStringLiteral("active"), 16)});
        MenteeFilterModel filter;
        filter.setSourceModel(&model);
        filter.setOrder(MenteeFilterModel::Order(order));
        QCOMPARE(names(filter), expected);
    }
};

TRELLIS_REGISTER_TEST(MenteeListModelTest);

#include "menteelistmodeltest.moc"
