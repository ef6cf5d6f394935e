#include "insights/portfoliocounts.h"

#include "demo/demogenerator.h"
#include "insights/healthcalculator.h"
#include "insights/relationshipoverview.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "util/clock.h"

#include <QTest>

using namespace trellis;
using namespace trellis::test;

namespace {

const QDate Today(2026, 3, 10);

// A relationship with `status`, last contacted `daysAgo` days ago (cadence 14), with goals unless
// `noGoals`, and `unlogged` past meetings nobody logged.
RelationshipOverviewEntry entry(qint64 id, const QString &status, int daysAgo, bool noGoals = false,
                                int unlogged = 0)
{
    RelationshipOverviewEntry e;
    e.row.relationshipId = id;
    e.row.status = status;
    e.row.startDate = Today.addDays(-200);
    e.row.inputs.status = status;
    e.row.inputs.startDate = e.row.startDate;
    e.row.inputs.cadenceDays = 14;
    e.row.inputs.goalCount = noGoals ? 0 : 1;
    e.row.inputs.unloggedPastOccurrences = unlogged;
    e.row.inputs.lastContactUtc =
        QDateTime(Today.addDays(-daysAgo), QTime(12, 0), Qt::UTC).toSecsSinceEpoch();
    e.health = HealthCalculator::compute(e.row.inputs, Today);
    return e;
}

} // namespace

// Issue 9, item 4: each count is defined once (PortfolioCounts); the status partition adds up
// to the total and the overlays (at risk, needing attention) are subsets, counted once each.
class PortfolioCountsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldCountEachRelationshipOnceByDefinition()
    {
        PinnedClock clock(QDateTime(Today, QTime(12, 0), Qt::UTC));
        const QList<RelationshipOverviewEntry> entries{
            entry(1, QStringLiteral("active"), 2),               // on track
            entry(2, QStringLiteral("active"), 2, true),         // on track, at risk (no goals)
            entry(3, QStringLiteral("active"), 12),              // due soon
            entry(4, QStringLiteral("active"), 20),              // overdue (6 days), not at risk
            entry(5, QStringLiteral("active"), 60),              // overdue 46 days: at risk (long overdue)
            entry(6, QStringLiteral("active"), 60, false, 2),    // overdue and at risk for two reasons
            entry(7, QStringLiteral("active"), 2, false, 1),     // on track, unlogged meeting: at risk
            entry(8, QStringLiteral("paused"), 90),              // paused: never at risk
            entry(9, QStringLiteral("proposed"), 90, true),      // proposed
            entry(10, QStringLiteral("completed"), 90, true),    // ended
            entry(11, QStringLiteral("ended_early"), 90, true)}; // ended
        QVERIFY(entries.at(1).health.isAtRisk());
        QCOMPARE(entries.at(3).health.state, CadenceState::Overdue);
        QVERIFY(!entries.at(3).health.isAtRisk());

        const PortfolioCounts counts = PortfolioCounts::of(entries);
        QCOMPARE(counts.total, 11);
        QCOMPARE(counts.onTrack, 3);
        QCOMPARE(counts.dueSoon, 1);
        QCOMPARE(counts.overdue, 3);
        QCOMPARE(counts.paused, 1);
        QCOMPARE(counts.proposed, 1);
        QCOMPARE(counts.ended, 2);
        QCOMPARE(counts.partitionSum(), counts.total);
        QCOMPARE(counts.active(), 7);
        // At risk: 2, 5, 6, 7 — an overlay on the active buckets, not another bucket.
        QCOMPARE(counts.atRisk, 4);
        // Needing attention: overdue (4, 5, 6) or at risk (2, 5, 6, 7), each once: 2, 4, 5, 6, 7.
        QCOMPARE(counts.needingAttention, 5);
        QCOMPARE(counts.reasons.value(RiskReason::LongOverdue), 2);
        QCOMPARE(counts.reasons.value(RiskReason::UnloggedMeetings), 2);
        QCOMPARE(counts.reasons.value(RiskReason::NoGoals), 1);
        for (const RelationshipOverviewEntry &e : entries)
            QCOMPARE(PortfolioCounts::needsAttention(e.health),
                     QList<qint64>({2, 4, 5, 6, 7}).contains(e.row.relationshipId));
    }

    void shouldCountNothingInAnEmptyList()
    {
        const PortfolioCounts counts = PortfolioCounts::of({});
        QCOMPARE(counts, PortfolioCounts{});
        QCOMPARE(counts.partitionSum(), 0);
    }

    void shouldAddUpOnTheDemo()
    {
        // GIVEN the small demo WHEN counted per mentor, per mentee and as a whole
        PinnedClock clock(QDateTime(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC));
        TempDatabase temp;
        DemoOptions options;
        QVERIFY(DemoGenerator::generate(temp.db(), options).ok());
        auto all = RelationshipOverview::load(temp.db().connection(), RelationshipScope::all());
        QVERIFY(all.ok());
        QVERIFY(all->size() > 5);
        const PortfolioCounts whole = PortfolioCounts::of(*all);
        // THEN the partition adds up to the total and the overlays fit inside the active ones
        QCOMPARE(whole.total, int(all->size()));
        QCOMPARE(whole.partitionSum(), whole.total);
        QVERIFY(whole.atRisk <= whole.active());
        QVERIFY(whole.needingAttention <= whole.active());
        QVERIFY(whole.needingAttention >= whole.atRisk);
        QVERIFY(whole.needingAttention >= whole.overdue);
        // AND the counts of the mentors' lists add up to the whole
        QHash<qint64, QList<RelationshipOverviewEntry>> byMentor;
        for (const RelationshipOverviewEntry &e : std::as_const(*all))
            byMentor[e.row.mentorId].append(e);
        int needing = 0;
        int atRisk = 0;
        for (const auto &list : std::as_const(byMentor)) {
            const PortfolioCounts part = PortfolioCounts::of(list);
            QCOMPARE(part.partitionSum(), part.total);
            QVERIFY(part.needingAttention <= part.active());
            needing += part.needingAttention;
            atRisk += part.atRisk;
        }
        QCOMPARE(needing, whole.needingAttention);
        QCOMPARE(atRisk, whole.atRisk);
    }
};

TRELLIS_REGISTER_TEST(PortfolioCountsTest);

#include "portfoliocountstest.moc"
