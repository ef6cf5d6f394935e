#include "dialogs/logmeetingdialog.h"
#include "goals/progressdialog.h"
#include "insights/relationshipsnapshot.h"
#include "models/displaytexts.h"
#include "testlib/sampledata.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "ui/workspacefixture.h"
#include "util/clock.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QTest>

using namespace trellis;
using namespace trellis::test;

// Issue 9, item 2: progress dated before the goal's latest update does not silently vanish
// behind it — the dialogs say that the later update stays current and this one joins the
// history, and after saving the history shows both in date order.
class ProgressNoteTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldSayALaterUpdateStaysCurrentInLogMeeting()
    {
        // GIVEN a goal whose latest update is 2 of 3 articles on 2 May 2025
        PinnedClock clock(QDateTime(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC));
        TempDatabase temp;
        const SampleData d = SampleData::create(temp.db());
        WorkspaceFixture fixture(temp.db());
        LogMeetingDialog dialog(fixture.context, d.relationship);
        QVERIFY2(dialog.loadError().isEmpty(), qPrintable(dialog.loadError()));
        auto *note = dialog.findChild<QLabel *>(QStringLiteral("goalLater_%1").arg(d.goal));
        QVERIFY(note);
        auto *date = dialog.findChild<QDateEdit *>(QStringLiteral("logMeetingDate"));
        QVERIFY(note->isHidden()); // today: this update becomes the current one

        // WHEN the meeting is moved to 20 April
        date->setDate(QDate(2025, 4, 20));
        // THEN the row says what will happen, with the later update's date and value
        QVERIFY(!note->isHidden());
        QCOMPARE(note->text(), QStringLiteral("A later update on %1 says 2 of 3 articles; this one will "
                                              "appear in the history.")
                                   .arg(DisplayTexts::date(QDate(2025, 5, 2))));
        // AND on the day of the latest update or after, nothing is said
        date->setDate(QDate(2025, 5, 2));
        QVERIFY(note->isHidden());

        // WHEN it is saved back-dated with progress 1 on the goal
        date->setDate(QDate(2025, 4, 20));
        dialog.findChild<QDoubleSpinBox *>(QStringLiteral("goalValue_%1").arg(d.goal))->setValue(1);
        QVERIFY(dialog.findChild<QCheckBox *>(QStringLiteral("goalRecord_%1").arg(d.goal))->isChecked());
        QCOMPARE(dialog.problem(), QString());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        // THEN the later value stays current and the history holds both, by date
        auto snapshot = RelationshipSnapshot::load(temp.db(), d.relationship, false);
        QVERIFY(snapshot.ok());
        const GoalDetails *goal = snapshot->goal(d.goal);
        QVERIFY(goal);
        QCOMPARE(goal->currentValue(), 2.0);
        QCOMPARE(goal->history.size(), 3);
        QCOMPARE(goal->history.at(1).recordedOn, QDate(2025, 4, 20));
        QCOMPARE(goal->history.at(2).recordedOn, QDate(2025, 5, 2));
        // AND undo removes only the back-dated one
        fixture.stack->undo();
        snapshot = RelationshipSnapshot::load(temp.db(), d.relationship, false);
        QCOMPARE(snapshot->goal(d.goal)->history.size(), 2);
        QCOMPARE(snapshot->goal(d.goal)->currentValue(), 2.0);
    }

    void shouldSayALaterUpdateStaysCurrentInRecordProgress()
    {
        PinnedClock clock(QDateTime(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC));
        TempDatabase temp;
        const SampleData d = SampleData::create(temp.db());
        auto snapshot = RelationshipSnapshot::load(temp.db(), d.relationship, false);
        QVERIFY(snapshot.ok());
        const GoalDetails *goal = snapshot->goal(d.goal);
        QVERIFY(goal && goal->latest);
        ProgressDialog dialog(goal->goal, goal->latest);
        auto *note = dialog.findChild<QLabel *>(QStringLiteral("progressLater"));
        QVERIFY(note);
        QVERIFY(note->isHidden());
        QCOMPARE(dialog.findChild<QDoubleSpinBox *>(QStringLiteral("progressValue"))->value(), 2.0);
        dialog.findChild<QDateEdit *>(QStringLiteral("progressDate"))->setDate(QDate(2025, 4, 30));
        QVERIFY(!note->isHidden());
        QVERIFY(note->text().contains(DisplayTexts::date(QDate(2025, 5, 2))));
        QVERIFY(note->text().contains(QStringLiteral("2 of 3 articles")));
        dialog.findChild<QDateEdit *>(QStringLiteral("progressDate"))->setDate(QDate(2025, 5, 20));
        QVERIFY(note->isHidden());
    }
};

TRELLIS_REGISTER_TEST(ProgressNoteTest);

#include "progressnotetest.moc"
