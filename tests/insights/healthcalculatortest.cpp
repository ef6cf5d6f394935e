#include "insights/healthcalculator.h"

#include "testlib/testregistry.h"
#include "util/clock.h"

#include <QTest>

using namespace trellis;

namespace {

// Noon UTC on a date, so the local date is the same in any zone within ±11 h.
qint64 noon(const char *date)
{
    return QDateTime(QDate::fromString(QLatin1String(date), Qt::ISODate), QTime(12, 0), Qt::UTC)
        .toSecsSinceEpoch();
}

QDate day(const char *date)
{
    return QDate::fromString(QLatin1String(date), Qt::ISODate);
}

// A healthy active relationship on 2024-06-15: started 06-01, cadence 14, contact 06-10, one goal.
HealthInputs healthy()
{
    HealthInputs in;
    in.status = QStringLiteral("active");
    in.startDate = day("2024-06-01");
    in.cadenceDays = 14;
    in.lastContactUtc = noon("2024-06-10");
    in.goalCount = 1;
    return in;
}

QStringList reasonNames(const QList<RiskReason> &reasons)
{
    QStringList names;
    for (RiskReason reason : reasons) {
        switch (reason) {
        case RiskReason::LongOverdue:
            names << QStringLiteral("long-overdue");
            break;
        case RiskReason::NoGoals:
            names << QStringLiteral("no-goals");
            break;
        case RiskReason::FitCheckOverdue:
            names << QStringLiteral("fit-check");
            break;
        case RiskReason::LowFeedback:
            names << QStringLiteral("low-feedback");
            break;
        case RiskReason::UnloggedMeetings:
            names << QStringLiteral("unlogged");
            break;
        }
    }
    return names;
}

} // namespace

Q_DECLARE_METATYPE(trellis::HealthInputs)
Q_DECLARE_METATYPE(trellis::CadenceState)

class HealthCalculatorTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldClassifyHealth_data()
    {
        QTest::addColumn<HealthInputs>("inputs");
        QTest::addColumn<CadenceState>("state");
        QTest::addColumn<int>("daysOverdue");
        QTest::addColumn<QStringList>("reasons");

        const QStringList none;
        QTest::newRow("on track: due in 9 days") << healthy() << CadenceState::OnTrack << 0 << none;
        {
            HealthInputs in = healthy();
            in.lastContactUtc = noon("2024-06-04"); // due 06-18: 3 days
            QTest::newRow("due soon: 3 days (20% of 14, rounded up)")
                << in << CadenceState::DueSoon << 0 << none;
        }
        {
            HealthInputs in = healthy();
            in.lastContactUtc = noon("2024-06-05"); // due 06-19: 4 days
            QTest::newRow("on track: 4 days") << in << CadenceState::OnTrack << 0 << none;
        }
        {
            HealthInputs in = healthy();
            in.lastContactUtc = noon("2024-06-01"); // due today
            QTest::newRow("due soon: due today") << in << CadenceState::DueSoon << 0 << none;
        }
        {
            HealthInputs in = healthy();
            in.lastContactUtc = noon("2024-05-30"); // due 06-13
            QTest::newRow("overdue by 2 days") << in << CadenceState::Overdue << 2 << none;
        }
        {
            HealthInputs in = healthy();
            in.lastContactUtc.reset();
            in.lastHeldMeetingUtc = noon("2024-06-10");
            QTest::newRow("a held meeting is contact") << in << CadenceState::OnTrack << 0 << none;
        }
        {
            HealthInputs in = healthy();
            in.lastContactUtc = noon("2024-05-20");
            in.lastHeldMeetingUtc = noon("2024-06-10");
            QTest::newRow("the later of meeting and contact counts")
                << in << CadenceState::OnTrack << 0 << none;
        }
        {
            HealthInputs in = healthy();
            in.lastContactUtc.reset();
            in.startDate = day("2024-05-20"); // due 06-03
            in.unloggedPastOccurrences = 2;
            QTest::newRow("no contact yet (unlogged meetings are not contact): due from the start")
                << in << CadenceState::Overdue << 12 << QStringList{QStringLiteral("unlogged")};
        }
        {
            HealthInputs in = healthy();
            in.lastContactUtc = noon("2024-05-04"); // due 05-18: overdue 28 = 2 × cadence
            QTest::newRow("overdue by exactly twice the cadence is not yet a risk")
                << in << CadenceState::Overdue << 28 << none;
        }
        {
            HealthInputs in = healthy();
            in.lastContactUtc = noon("2024-05-03"); // due 05-17: overdue 29
            QTest::newRow("overdue by more than twice the cadence")
                << in << CadenceState::Overdue << 29 << QStringList{QStringLiteral("long-overdue")};
        }
        {
            HealthInputs in = healthy();
            in.goalCount = 0;
            in.startDate = day("2024-05-16"); // 30 days ago
            QTest::newRow("no goals 30 days after the start")
                << in << CadenceState::OnTrack << 0 << QStringList{QStringLiteral("no-goals")};
        }
        {
            HealthInputs in = healthy();
            in.goalCount = 0;
            in.startDate = day("2024-05-17"); // 29 days ago
            QTest::newRow("no goals 29 days after the start is fine")
                << in << CadenceState::OnTrack << 0 << none;
        }
        {
            HealthInputs in = healthy();
            in.fitCheckDue = day("2024-06-14");
            QTest::newRow("fit check overdue")
                << in << CadenceState::OnTrack << 0 << QStringList{QStringLiteral("fit-check")};
        }
        {
            HealthInputs in = healthy();
            in.fitCheckDue = day("2024-06-15");
            QTest::newRow("fit check due today is not overdue") << in << CadenceState::OnTrack << 0 << none;
        }
        {
            HealthInputs in = healthy();
            in.fitCheckDue = day("2024-06-01");
            in.fitCheckOutcome = QStringLiteral("confirmed");
            QTest::newRow("fit check done") << in << CadenceState::OnTrack << 0 << none;
        }
        {
            HealthInputs in = healthy();
            in.lastFeedbackRating = 2;
            QTest::newRow("low feedback")
                << in << CadenceState::OnTrack << 0 << QStringList{QStringLiteral("low-feedback")};
        }
        {
            HealthInputs in = healthy();
            in.lastFeedbackRating = 3;
            QTest::newRow("feedback 3 is fine") << in << CadenceState::OnTrack << 0 << none;
        }
        {
            HealthInputs in = healthy();
            in.unloggedPastOccurrences = 1;
            QTest::newRow("unlogged meetings")
                << in << CadenceState::OnTrack << 0 << QStringList{QStringLiteral("unlogged")};
        }
        {
            HealthInputs in = healthy();
            in.lastContactUtc = noon("2024-03-01");
            in.goalCount = 0;
            in.startDate = day("2024-03-01");
            in.fitCheckDue = day("2024-04-01");
            in.lastFeedbackRating = 1;
            in.unloggedPastOccurrences = 3;
            QTest::newRow("every reason at once")
                << in << CadenceState::Overdue << 92
                << QStringList{QStringLiteral("long-overdue"), QStringLiteral("no-goals"),
                               QStringLiteral("fit-check"), QStringLiteral("low-feedback"),
                               QStringLiteral("unlogged")};
        }
        {
            HealthInputs in = healthy();
            in.status = QStringLiteral("paused");
            in.lastContactUtc = noon("2024-01-01");
            in.lastFeedbackRating = 1;
            QTest::newRow("paused shows as paused, no risks") << in << CadenceState::Paused << 0 << none;
        }
        for (const char *status : {"proposed", "completed", "ended_early"}) {
            HealthInputs in = healthy();
            in.status = QLatin1String(status);
            in.lastContactUtc = noon("2024-01-01");
            QTest::newRow(status) << in << CadenceState::NotApplicable << 0 << none;
        }
    }

    void shouldClassifyHealth()
    {
        QFETCH(HealthInputs, inputs);
        QFETCH(CadenceState, state);
        QFETCH(int, daysOverdue);
        QFETCH(QStringList, reasons);

        // GIVEN today is 2024-06-15 (pinned clock)
        PinnedClock clock(QDateTime(QDate(2024, 6, 15), QTime(12, 0), Qt::UTC));

        // WHEN health is computed
        const RelationshipHealth health = HealthCalculator::compute(inputs);

        // THEN state, overdue days and risk reasons are as expected
        QCOMPARE(health.state, state);
        QCOMPARE(health.daysOverdue, daysOverdue);
        QCOMPARE(reasonNames(health.riskReasons), reasons);
        QCOMPARE(health.isAtRisk(), !reasons.isEmpty());
    }

    void shouldPassThroughTheOtherFigures()
    {
        HealthInputs in = healthy();
        in.lastHeldMeetingUtc = noon("2024-06-12");
        in.nextPlannedUtc = noon("2024-06-20");
        in.averageGoalProgress = 0.25;
        in.openActionItems = 4;
        const RelationshipHealth health = HealthCalculator::compute(in, day("2024-06-15"));
        QCOMPARE(health.lastContactUtc, std::optional<qint64>(noon("2024-06-12")));
        QCOMPARE(health.lastContactDate, std::optional<QDate>(day("2024-06-12")));
        QCOMPARE(health.dueDate, std::optional<QDate>(day("2024-06-26")));
        QCOMPARE(health.nextPlannedUtc, in.nextPlannedUtc);
        QCOMPARE(health.averageGoalProgress, std::optional<double>(0.25));
        QCOMPARE(health.openActionItems, 4);
    }

    void shouldScaleTheDueSoonWindowWithTheCadence_data()
    {
        QTest::addColumn<int>("cadence");
        QTest::addColumn<int>("days");
        QTest::newRow("daily") << 1 << 1;
        QTest::newRow("every 3 days") << 3 << 1;
        QTest::newRow("weekly") << 7 << 2;
        QTest::newRow("fortnightly") << 14 << 3;
        QTest::newRow("monthly (capped)") << 30 << 3;
    }

    void shouldScaleTheDueSoonWindowWithTheCadence()
    {
        QFETCH(int, cadence);
        QFETCH(int, days);
        QCOMPARE(HealthCalculator::dueSoonDays(cadence), days);
    }

    void shouldNameStatesAndReasons()
    {
        QCOMPARE(HealthCalculator::stateText(CadenceState::Overdue), QStringLiteral("Overdue"));
        QVERIFY(!HealthCalculator::reasonText(RiskReason::FitCheckOverdue).isEmpty());
    }
};

TRELLIS_REGISTER_TEST(HealthCalculatorTest);
#include "healthcalculatortest.moc"
