#include "models/healthpresentation.h"

#include "testlib/testregistry.h"

#include <QTest>

using namespace trellis;

Q_DECLARE_METATYPE(QList<trellis::RiskReason>)

class HealthPresentationTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldSayHealthInWordsWithEnglishPlurals_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("daysOverdue");
        QTest::addColumn<bool>("atRisk");
        QTest::addColumn<QString>("label");
        QTest::newRow("on track") << int(CadenceState::OnTrack) << 0 << false << "On track";
        QTest::newRow("one day overdue") << int(CadenceState::Overdue) << 1 << false << "Overdue by 1 day";
        QTest::newRow("days overdue") << int(CadenceState::Overdue) << 9 << false << "Overdue by 9 days";
        QTest::newRow("at risk") << int(CadenceState::Overdue) << 40 << true
                                 << "At risk: no contact for more than twice the agreed cadence (overdue by "
                                    "40 days)";
        QTest::newRow("paused") << int(CadenceState::Paused) << 0 << false << "Paused";
    }

    void shouldSayHealthInWordsWithEnglishPlurals()
    {
        QFETCH(int, state);
        QFETCH(int, daysOverdue);
        QFETCH(bool, atRisk);
        QFETCH(QString, label);
        RelationshipHealth health;
        health.state = CadenceState(state);
        health.daysOverdue = daysOverdue;
        if (atRisk)
            health.riskReasons = {RiskReason::LongOverdue};
        QCOMPARE(HealthPresentation::label(health), label);
        QCOMPARE(HealthPresentation::tone(health) == HealthPresentation::Tone::Bad,
                 atRisk || health.state == CadenceState::Overdue);
        QVERIFY(HealthPresentation::icon(health).isNull() == false ||
                health.state == CadenceState::NotApplicable || QIcon::themeName().isEmpty());
    }

    // Issue 9, item 4: "At risk" comes with the reason that makes it so, and never beside
    // "contact on track".
    void shouldSayWhyARelationshipIsAtRisk_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("daysOverdue");
        QTest::addColumn<QList<RiskReason>>("reasons");
        QTest::addColumn<QString>("label");
        QTest::newRow("on track, no goals")
            << int(CadenceState::OnTrack) << 0 << QList<RiskReason>{RiskReason::NoGoals}
            << "At risk: no goals a month after the start";
        QTest::newRow("due soon, low feedback")
            << int(CadenceState::DueSoon) << 0 << QList<RiskReason>{RiskReason::LowFeedback}
            << "At risk: the latest feedback was low (2 or less)";
        QTest::newRow("overdue a little, fit check")
            << int(CadenceState::Overdue) << 3 << QList<RiskReason>{RiskReason::FitCheckOverdue}
            << "At risk: the fit check is overdue · overdue by 3 days";
        QTest::newRow("two reasons") << int(CadenceState::OnTrack) << 0
                                     << QList<RiskReason>{RiskReason::NoGoals, RiskReason::FitCheckOverdue}
                                     << "At risk: no goals a month after the start (and 1 more)";
    }

    void shouldSayWhyARelationshipIsAtRisk()
    {
        QFETCH(int, state);
        QFETCH(int, daysOverdue);
        QFETCH(QList<RiskReason>, reasons);
        QFETCH(QString, label);
        RelationshipHealth health;
        health.state = CadenceState(state);
        health.daysOverdue = daysOverdue;
        health.riskReasons = reasons;
        const QString text = HealthPresentation::label(health);
        QCOMPARE(text, label);
        QVERIFY(!text.contains(QStringLiteral("on track"), Qt::CaseInsensitive));
    }
};

TRELLIS_REGISTER_TEST(HealthPresentationTest);

#include "healthpresentationtest.moc"
