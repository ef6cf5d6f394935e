#include "dialogs/planmeetingdialog.h"

#include "calendar/recurrencerule.h"
#include "testlib/sampledata.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "ui/workspacefixture.h"
#include "util/clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QTest>
#include <QTimeEdit>
#include <QTimeZone>

using namespace trellis;
using namespace trellis::test;

Q_DECLARE_METATYPE(trellis::PlanMeetingDialog::Repeat)
Q_DECLARE_METATYPE(trellis::RecurrenceRule::Frequency)

// The Plan meeting dialog's repeat choices become the RRULE they promise, built by
// RecurrenceRule: the produced text is parsed back and compared part by part.
class PlanMeetingDialogTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldBuildTheRuleOfEachRepeatChoice_data()
    {
        QTest::addColumn<PlanMeetingDialog::Repeat>("repeat");
        QTest::addColumn<bool>("hasUntil");
        QTest::addColumn<RecurrenceRule::Frequency>("frequency");
        QTest::addColumn<int>("interval");
        using F = RecurrenceRule::Frequency;
        using R = PlanMeetingDialog::Repeat;
        QTest::newRow("weekly") << R::Weekly << false << F::Weekly << 1;
        QTest::newRow("fortnightly") << R::Fortnightly << false << F::Weekly << 2;
        QTest::newRow("monthly") << R::Monthly << false << F::Monthly << 1;
        QTest::newRow("weekly until") << R::Weekly << true << F::Weekly << 1;
        QTest::newRow("fortnightly until") << R::Fortnightly << true << F::Weekly << 2;
        QTest::newRow("monthly until") << R::Monthly << true << F::Monthly << 1;
    }

    void shouldBuildTheRuleOfEachRepeatChoice()
    {
        QFETCH(PlanMeetingDialog::Repeat, repeat);
        QFETCH(bool, hasUntil);
        QFETCH(RecurrenceRule::Frequency, frequency);
        QFETCH(int, interval);
        // GIVEN the dialog for a relationship, in a zone with summer time
        TempDatabase temp;
        const SampleData d = SampleData::create(temp.db());
        WorkspaceFixture fixture(temp.db());
        PlanMeetingDialog dialog(fixture.context, d.relationship);
        QVERIFY2(dialog.loadError().isEmpty(), qPrintable(dialog.loadError()));
        dialog.findChild<QComboBox *>(QStringLiteral("planMeetingZone"))
            ->setCurrentText(QStringLiteral("Europe/Berlin"));
        dialog.findChild<QDateEdit *>(QStringLiteral("planMeetingDate"))->setDate(QDate(2026, 5, 4));

        // WHEN a repeat choice is made, ending on 30 June 2026 or never
        auto *choice = dialog.findChild<QComboBox *>(QStringLiteral("planMeetingRepeat"));
        choice->setCurrentIndex(choice->findData(int(repeat)));
        dialog.findChild<QCheckBox *>(QStringLiteral("planMeetingHasUntil"))->setChecked(hasUntil);
        dialog.findChild<QDateEdit *>(QStringLiteral("planMeetingUntil"))->setDate(QDate(2026, 6, 30));
        QCOMPARE(dialog.problem(), QString());
        const Meeting meeting = dialog.meeting();

        // THEN the meeting is a series with one rule that reads back as that choice
        QCOMPARE(meeting.kind, MeetingKind::Series);
        QCOMPARE(meeting.rrules.size(), 1);
        auto parsed = RecurrenceRule::parse(meeting.rrules.first());
        QVERIFY2(parsed.ok(), qPrintable(meeting.rrules.first()));
        QCOMPARE(parsed->frequency(), frequency);
        QCOMPARE(parsed->interval(), interval);
        QVERIFY(parsed->byDay().isEmpty()); // the weekday is the first meeting's
        QVERIFY(!parsed->count());
        if (!hasUntil) {
            QVERIFY(!parsed->isBounded());
            return;
        }
        // … ending at the last second of 30 June in Berlin (summer time: 21:59:59 UTC), in UTC.
        QVERIFY(parsed->until());
        QCOMPARE(parsed->until()->form, RecurrenceRule::Until::Form::Utc);
        QCOMPARE(parsed->until()->value, QDateTime(QDate(2026, 6, 30), QTime(21, 59, 59), Qt::UTC));
        QVERIFY(meeting.rrules.first().contains(QStringLiteral("UNTIL=20260630T215959Z")));
    }

    void shouldNotRepeatWhenAskedNotTo()
    {
        TempDatabase temp;
        const SampleData d = SampleData::create(temp.db());
        WorkspaceFixture fixture(temp.db());
        PlanMeetingDialog dialog(fixture.context, d.relationship);
        auto *choice = dialog.findChild<QComboBox *>(QStringLiteral("planMeetingRepeat"));
        choice->setCurrentIndex(choice->findData(int(PlanMeetingDialog::Repeat::Never)));
        const Meeting meeting = dialog.meeting();
        QCOMPARE(meeting.kind, MeetingKind::Single);
        QVERIFY(meeting.rrules.isEmpty());
        QCOMPARE(PlanMeetingDialog::rule(PlanMeetingDialog::Repeat::Never), QString());
    }

    void shouldProposeATimeWithinWorkingHours_data()
    {
        QTest::addColumn<QTime>("nowUtc");
        QTest::addColumn<QTime>("proposed");
        // The sample mentor is in Europe/London (UTC in March before the change to summer time).
        QTest::newRow("before dawn") << QTime(4, 30) << QTime(9, 0);
        QTest::newRow("morning") << QTime(10, 15) << QTime(11, 0);
        QTest::newRow("late evening") << QTime(22, 40) << QTime(17, 0);
    }

    void shouldProposeATimeWithinWorkingHours()
    {
        QFETCH(QTime, nowUtc);
        QFETCH(QTime, proposed);
        TempDatabase temp;
        const SampleData d = SampleData::create(temp.db());
        WorkspaceFixture fixture(temp.db());
        Clock::pin(QDateTime(QDate(2026, 3, 10), nowUtc, Qt::UTC));
        PlanMeetingDialog dialog(fixture.context, d.relationship);
        Clock::reset();
        QCOMPARE(dialog.findChild<QTimeEdit *>(QStringLiteral("planMeetingTime"))->time(), proposed);
    }
};

TRELLIS_REGISTER_TEST(PlanMeetingDialogTest);

#include "planmeetingdialogtest.moc"
