#include "insights/goalpace.h"

#include "testlib/testregistry.h"
#include "util/clock.h"

#include <QTest>

using namespace trellis;

namespace {

Goal goal(double start, double target, std::optional<QDate> due)
{
    Goal g;
    g.id = 7;
    g.title = QStringLiteral("Publish articles");
    g.startValue = start;
    g.targetValue = target;
    g.dueDate = due;
    g.status = GoalStatus::InProgress;
    return g;
}

ProgressUpdate update(Id id, QDate date, double value, const QString &note = {})
{
    ProgressUpdate u;
    u.id = id;
    u.goalId = 7;
    u.recordedOn = date;
    u.value = value;
    u.note = note;
    return u;
}

const QDate Start(2026, 1, 1);

} // namespace

class GoalPaceTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void paceIsLinearFromStartToTargetAtDue()
    {
        const QDate due = Start.addDays(100);
        const GoalPace pace = GoalPace::of(goal(0, 10, due), {}, Start);
        QVERIFY(pace.hasPace());
        QCOMPARE(*pace.expectedOn(Start), 0.0);
        QCOMPARE(*pace.expectedOn(Start.addDays(50)), 5.0);
        QCOMPARE(*pace.expectedOn(due), 10.0);
        // After the due date it stays at the target; before the start at the start value.
        QCOMPARE(*pace.expectedOn(due.addDays(30)), 10.0);
        QCOMPARE(*pace.expectedOn(Start.addDays(-5)), 0.0);
    }

    void paceFallingTargetsWorkTheSameWay()
    {
        // Weight 90 → 80: halfway through, 85 is on pace.
        const QDate due = Start.addDays(100);
        const GoalPace pace = GoalPace::of(goal(90, 80, due), {update(1, Start.addDays(50), 85)}, Start);
        QCOMPARE(*pace.expectedOn(Start.addDays(50)), 85.0);
        QCOMPARE(*pace.gapOn(Start.addDays(50)), 0.0);
        QCOMPARE(pace.statusOn(Start.addDays(50)), PaceStatus::OnTrack);
    }

    void statusThresholds_data()
    {
        QTest::addColumn<double>("value"); // on day 50 of 100, expected 50
        QTest::addColumn<PaceStatus>("status");
        QTest::newRow("well ahead") << 70.0 << PaceStatus::Ahead;
        QTest::newRow("just ahead") << 56.0 << PaceStatus::Ahead;
        QTest::newRow("band top") << 55.0 << PaceStatus::OnTrack;
        QTest::newRow("exact") << 50.0 << PaceStatus::OnTrack;
        QTest::newRow("band bottom") << 45.0 << PaceStatus::OnTrack;
        QTest::newRow("just behind") << 44.0 << PaceStatus::Behind;
        QTest::newRow("risk edge") << 30.0 << PaceStatus::Behind;
        QTest::newRow("at risk") << 29.0 << PaceStatus::AtRisk;
        QTest::newRow("reached") << 100.0 << PaceStatus::Achieved;
    }

    void statusThresholds()
    {
        QFETCH(double, value);
        QFETCH(PaceStatus, status);
        const QDate due = Start.addDays(100);
        const GoalPace pace = GoalPace::of(goal(0, 100, due), {update(1, Start.addDays(10), value)}, Start);
        QCOMPARE(pace.statusOn(Start.addDays(50)), status);
    }

    void thresholdsAreTheDocumentedOnes()
    {
        QCOMPARE(GoalPace::onTrackBand, 0.05);
        QCOMPARE(GoalPace::atRiskGap, 0.20);
        QCOMPARE(GoalPace::classify(0.0501), PaceStatus::Ahead);
        QCOMPARE(GoalPace::classify(-0.2001), PaceStatus::AtRisk);
    }

    void noUpdatesMeansStartValueAndNoPoints()
    {
        const QDate due = Start.addDays(100);
        const GoalPace pace = GoalPace::of(goal(0, 10, due), {}, Start);
        QVERIFY(pace.points.isEmpty());
        QCOMPARE(pace.valueOn(Start.addDays(60)), 0.0);
        // Day 60: expected 60%, actual 0 → more than 20 points behind.
        QCOMPARE(pace.statusOn(Start.addDays(60)), PaceStatus::AtRisk);
        // On day 2 the gap is 2 points: on track.
        QCOMPARE(pace.statusOn(Start.addDays(2)), PaceStatus::OnTrack);
    }

    void noDueDateOrStartHasNoPace()
    {
        const GoalPace noDue = GoalPace::of(goal(0, 10, std::nullopt), {update(1, Start, 3)}, Start);
        QVERIFY(!noDue.hasPace());
        QCOMPARE(noDue.statusOn(Start.addDays(5)), PaceStatus::NoPace);
        QVERIFY(!noDue.expectedOn(Start).has_value());

        const GoalPace noStart = GoalPace::of(goal(0, 10, Start.addDays(10)), {}, std::nullopt);
        QVERIFY(!noStart.hasPace());
    }

    void pastDueShortOfTargetIsAtRisk()
    {
        const QDate due = Start.addDays(100);
        const GoalPace pace = GoalPace::of(goal(0, 10, due), {update(1, Start.addDays(90), 9.8)}, Start);
        QCOMPARE(pace.statusOn(due), PaceStatus::OnTrack);
        QCOMPARE(pace.statusOn(due.addDays(1)), PaceStatus::AtRisk);
        // Reaching the target later makes it achieved, past due or not.
        const GoalPace done = GoalPace::of(
            goal(0, 10, due), {update(1, Start.addDays(90), 9), update(2, due.addDays(5), 10)}, Start);
        QCOMPARE(done.statusOn(due.addDays(6)), PaceStatus::Achieved);
    }

    void updatesRecordedOutOfOrderAreChartedByDate()
    {
        const QDate due = Start.addDays(100);
        // Entered: March (id 1), then a back-dated January (id 2), then two on the same day (3, 4).
        const QList<ProgressUpdate> updates{update(1, Start.addDays(60), 6, QStringLiteral("March")),
                                            update(2, Start.addDays(10), 1, QStringLiteral("Back-dated")),
                                            update(4, Start.addDays(30), 4, QStringLiteral("second")),
                                            update(3, Start.addDays(30), 3, QStringLiteral("first"))};
        const GoalPace pace = GoalPace::of(goal(0, 10, due), updates, Start);
        QCOMPARE(pace.points.size(), 4);
        QCOMPARE(pace.points.at(0).note, QStringLiteral("Back-dated"));
        QCOMPARE(pace.points.at(1).updateId, Id(3));
        QCOMPARE(pace.points.at(2).updateId, Id(4));
        QCOMPARE(pace.points.at(3).value, 6.0);
        // The last point is the goal's current value by the one rule.
        QCOMPARE(pace.points.last().updateId, ProgressUpdate::latestOf(updates)->id);
        QCOMPARE(pace.valueOn(Start.addDays(30)), 4.0);
        QCOMPARE(pace.valueOn(Start.addDays(29)), 1.0);
    }

    void paceStartsAtTheEarlierOfRelationshipStartAndFirstUpdate()
    {
        const QDate due = Start.addDays(100);
        const GoalPace early = GoalPace::of(goal(0, 10, due), {update(1, Start.addDays(-20), 1)}, Start);
        QCOMPARE(*early.paceStart, Start.addDays(-20));
        const GoalPace late = GoalPace::of(goal(0, 10, due), {update(1, Start.addDays(20), 1)}, Start);
        QCOMPARE(*late.paceStart, Start);
        const GoalPace none = GoalPace::of(goal(0, 10, due), {update(1, Start.addDays(20), 1)}, std::nullopt);
        QCOMPARE(*none.paceStart, Start.addDays(20));
    }

    void statusUsesThePinnedClock()
    {
        const QDate due = Start.addDays(100);
        const GoalPace pace = GoalPace::of(goal(0, 100, due), {update(1, Start.addDays(5), 50)}, Start);
        {
            PinnedClock clock(QDateTime(Start.addDays(50), QTime(12, 0), Qt::UTC));
            QCOMPARE(pace.status(), PaceStatus::OnTrack);
        }
        {
            PinnedClock clock(QDateTime(Start.addDays(90), QTime(12, 0), Qt::UTC));
            QCOMPARE(pace.status(), PaceStatus::AtRisk);
        }
    }
};

TRELLIS_REGISTER_TEST(GoalPaceTest);
#include "goalpacetest.moc"
