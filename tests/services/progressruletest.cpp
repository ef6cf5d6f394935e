#include "insights/relationshipsnapshot.h"
#include "services/servicebundle.h"
#include "storage/relationshipqueries.h"
#include "testlib/sampledata.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "util/clock.h"

#include <QTest>

using namespace trellis;
using namespace trellis::test;

namespace {

// The goal's current update as every page reads it (RelationshipQueries, the snapshot).
std::optional<ProgressUpdate> current(Database &db, Id relationshipId, Id goalId)
{
    auto goals = RelationshipQueries(db.connection()).goals(relationshipId);
    if (!goals)
        qFatal("%s", qPrintable(goals.errorMessage()));
    for (const GoalWithProgress &goal : std::as_const(*goals))
        if (goal.goal.id == goalId)
            return goal.latest;
    return std::nullopt;
}

QList<QDate> historyDates(Database &db, Id relationshipId, Id goalId)
{
    auto snapshot = RelationshipSnapshot::load(db, relationshipId, false);
    if (!snapshot)
        qFatal("%s", qPrintable(snapshot.errorMessage()));
    QList<QDate> dates;
    if (const GoalDetails *goal = snapshot->goal(goalId))
        for (const ProgressUpdate &update : goal->history)
            dates.append(update.recordedOn);
    return dates;
}

} // namespace

// Issue 9, item 2: a goal's current value is its latest dated update (by date, then entry
// order); a back-dated update joins the history without replacing it, and undo recomputes.
class ProgressRuleTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldOrderByDateThenEntry()
    {
        ProgressUpdate early{1, 1, QDate(2025, 4, 2), 1, {}, {}};
        ProgressUpdate late{2, 1, QDate(2025, 5, 2), 2, {}, {}};
        ProgressUpdate sameDayLater{3, 1, QDate(2025, 5, 2), 3, {}, {}};
        ProgressUpdate unsaved{0, 1, QDate(2025, 5, 2), 4, {}, {}};
        QVERIFY(ProgressUpdate::isLater(late, early));
        QVERIFY(!ProgressUpdate::isLater(early, late));
        QVERIFY(ProgressUpdate::isLater(sameDayLater, late));
        QVERIFY(ProgressUpdate::isLater(unsaved, sameDayLater)); // not stored yet: entered last
        QCOMPARE(ProgressUpdate::latestOf({late, early})->id, 2);
        QCOMPARE(ProgressUpdate::latestOf({sameDayLater, late, early})->id, 3);
        QVERIFY(!ProgressUpdate::latestOf({}));
        QVERIFY(!ProgressUpdate::becomesCurrent(QDate(2025, 5, 1), late));
        QVERIFY(ProgressUpdate::becomesCurrent(QDate(2025, 5, 2), late));
        QVERIFY(ProgressUpdate::becomesCurrent(QDate(2025, 4, 1), std::nullopt));
    }

    void shouldKeepTheLaterValueWhenAMeetingIsLoggedBackDated()
    {
        // GIVEN a goal whose latest update is 2 of 3 on 2 May
        PinnedClock clock(QDateTime(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC));
        TempDatabase temp;
        const SampleData d = SampleData::create(temp.db());
        ServiceBundle s(temp.db());
        QCOMPARE(current(temp.db(), d.relationship, d.goal)->id, d.progressLater);

        // WHEN a meeting of 20 April is logged with progress 1 on it
        MeetingReport report;
        report.relationshipId = d.relationship;
        report.startLocal = QStringLiteral("2025-04-20T10:00:00");
        report.timezone = QStringLiteral("Europe/Berlin");
        ProgressUpdate update;
        update.goalId = d.goal;
        update.recordedOn = QDate(2025, 4, 20);
        update.value = 1.5;
        report.progress.append(update);
        auto logged = s.meetings.recordMeeting(report);
        QVERIFY2(logged.ok(), qPrintable(logged.ok() ? QString() : logged.errorMessage()));

        // THEN the goal still shows the later update, and the history has all three by date
        QCOMPARE(current(temp.db(), d.relationship, d.goal)->id, d.progressLater);
        QCOMPARE(current(temp.db(), d.relationship, d.goal)->value, 2.0);
        QCOMPARE(historyDates(temp.db(), d.relationship, d.goal),
                 (QList<QDate>{QDate(2025, 4, 2), QDate(2025, 4, 20), QDate(2025, 5, 2)}));

        // WHEN the later update is deleted THEN the back-dated one is current
        auto removed = s.goals.deleteProgress(d.progressLater);
        QVERIFY(removed.ok());
        QCOMPARE(current(temp.db(), d.relationship, d.goal)->value, 1.5);
        // AND undoing the delete makes the later one current again
        QVERIFY(s.applier.apply(removed->inverse()).ok());
        QCOMPARE(current(temp.db(), d.relationship, d.goal)->id, d.progressLater);
        // AND undoing the meeting log leaves the history as it was
        QVERIFY(s.applier.apply(logged->inverse()).ok());
        QCOMPARE(historyDates(temp.db(), d.relationship, d.goal),
                 (QList<QDate>{QDate(2025, 4, 2), QDate(2025, 5, 2)}));
        QCOMPARE(current(temp.db(), d.relationship, d.goal)->id, d.progressLater);
    }

    void shouldMakeASameDayUpdateCurrent()
    {
        // An update on the same day as the latest one was entered after it: it is current.
        PinnedClock clock(QDateTime(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC));
        TempDatabase temp;
        const SampleData d = SampleData::create(temp.db());
        ServiceBundle s(temp.db());
        ProgressUpdate update;
        update.goalId = d.goal;
        update.recordedOn = QDate(2025, 5, 2);
        update.value = 3;
        auto added = s.goals.recordProgress(update);
        QVERIFY(added.ok());
        QCOMPARE(current(temp.db(), d.relationship, d.goal)->value, 3.0);
    }
};

TRELLIS_REGISTER_TEST(ProgressRuleTest);

#include "progressruletest.moc"
