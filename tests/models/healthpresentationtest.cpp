#include "models/healthpresentation.h"

#include "testlib/testregistry.h"

#include <QTest>

using namespace trellis;

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
                                 << "At risk · overdue by 40 days";
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
};

TRELLIS_REGISTER_TEST(HealthPresentationTest);

#include "healthpresentationtest.moc"
