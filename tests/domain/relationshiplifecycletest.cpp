#include "domain/relationshiplifecycle.h"

#include "testlib/testregistry.h"

#include <QTest>

using namespace trellis;

Q_DECLARE_METATYPE(trellis::RelationshipStatus)

class RelationshipLifecycleTest : public QObject {
    Q_OBJECT

private:
    static Relationship relationshipIn(RelationshipStatus status)
    {
        Relationship r;
        r.mentorId = 1;
        r.menteeId = 2;
        r.proposedOn = QDate(2025, 1, 1);
        r.status = status;
        if (status != RelationshipStatus::Proposed)
            r.startDate = QDate(2025, 1, 10);
        if (status == RelationshipStatus::EndedEarly)
            r.endReason = QStringLiteral("moved away");
        return r;
    }

private Q_SLOTS:
    void shouldAllowOrRefuseEveryTransition_data()
    {
        QTest::addColumn<RelationshipStatus>("from");
        QTest::addColumn<RelationshipStatus>("to");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("refusal"); // empty: allowed; else a fragment of the message

        using S = RelationshipStatus;
        const QList<S> all = {S::Proposed, S::Active, S::Paused, S::Completed, S::EndedEarly};
        const QList<std::pair<S, S>> allowed = {{S::Proposed, S::Active},   {S::Active, S::Paused},
                                                {S::Paused, S::Active},     {S::Active, S::Completed},
                                                {S::Paused, S::Completed},  {S::Proposed, S::EndedEarly},
                                                {S::Active, S::EndedEarly}, {S::Paused, S::EndedEarly}};
        const QString reason = QStringLiteral("no longer a good fit");
        for (S from : all) {
            for (S to : all) {
                QString refusal;
                if (from == to)
                    refusal = QStringLiteral("already");
                else if (from == S::Completed || from == S::EndedEarly)
                    refusal = QStringLiteral("final");
                else if (to == S::Proposed)
                    refusal = QStringLiteral("cannot go back to proposed");
                else if (!allowed.contains({from, to}))
                    refusal = QStringLiteral("cannot become");
                QTest::addRow("%s->%s", qPrintable(toText(from)), qPrintable(toText(to)))
                    << from << to << reason << refusal;
            }
        }
        QTest::newRow("ending early from active needs a reason")
            << S::Active << S::EndedEarly << QString() << QStringLiteral("needs a reason");
        QTest::newRow("ending early from proposed needs a reason")
            << S::Proposed << S::EndedEarly << QStringLiteral("   ") << QStringLiteral("needs a reason");
        QTest::newRow("completing needs no reason") << S::Active << S::Completed << QString() << QString();
    }

    void shouldAllowOrRefuseEveryTransition()
    {
        QFETCH(RelationshipStatus, from);
        QFETCH(RelationshipStatus, to);
        QFETCH(QString, reason);
        QFETCH(QString, refusal);

        // GIVEN a relationship in `from`
        Relationship r = relationshipIn(from);
        const Relationship before = r;
        // WHEN it is moved to `to`
        const Status status = RelationshipLifecycle::apply(r, to, QDate(2025, 6, 1), reason);
        // THEN it is allowed, or refused with a message saying why and nothing changes
        if (refusal.isEmpty()) {
            QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.errorMessage()));
            QCOMPARE(r.status, to);
            QVERIFY(r.validate().ok());
        } else {
            QVERIFY(!status.ok());
            QVERIFY2(status.errorMessage().contains(refusal, Qt::CaseInsensitive),
                     qPrintable(status.errorMessage()));
            QCOMPARE(r, before);
        }
    }

    void shouldSetDatesAndReasonOnTransitions()
    {
        // GIVEN a proposed relationship
        Relationship r = relationshipIn(RelationshipStatus::Proposed);
        // WHEN it is activated, then ended early
        QVERIFY(RelationshipLifecycle::apply(r, RelationshipStatus::Active, QDate(2025, 2, 1)).ok());
        QCOMPARE(r.startDate, std::optional<QDate>(QDate(2025, 2, 1)));
        QVERIFY(RelationshipLifecycle::apply(r, RelationshipStatus::EndedEarly, QDate(2025, 3, 1),
                                             QStringLiteral(" moved away "))
                    .ok());
        // THEN the start, end and reason are recorded
        QCOMPARE(r.endDate, std::optional<QDate>(QDate(2025, 3, 1)));
        QCOMPARE(r.endReason, QStringLiteral("moved away"));
    }

    void shouldRefuseAnEndBeforeTheStart()
    {
        Relationship r = relationshipIn(RelationshipStatus::Active);
        const Status status =
            RelationshipLifecycle::apply(r, RelationshipStatus::Completed, QDate(2024, 12, 1));
        QVERIFY(!status.ok());
        QVERIFY(status.errorMessage().contains(QStringLiteral("before the start")));
    }

    void shouldRunTheFitCheck_data()
    {
        QTest::addColumn<RelationshipStatus>("status");
        QTest::addColumn<bool>("confirmed");
        QTest::addColumn<bool>("end"); // end professionally instead of confirming
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("refusal");

        using S = RelationshipStatus;
        const QString reason = QStringLiteral("different expectations");
        QTest::newRow("confirm active") << S::Active << false << false << QString() << QString();
        QTest::newRow("confirm paused") << S::Paused << false << false << QString() << QString();
        QTest::newRow("confirm proposed")
            << S::Proposed << false << false << QString() << QStringLiteral("Only an active or paused");
        QTest::newRow("confirm completed")
            << S::Completed << false << false << QString() << QStringLiteral("Only an active or paused");
        QTest::newRow("confirm twice")
            << S::Active << true << false << QString() << QStringLiteral("already");
        QTest::newRow("end active") << S::Active << false << true << reason << QString();
        QTest::newRow("end without reason")
            << S::Active << false << true << QString() << QStringLiteral("needs a reason");
        QTest::newRow("end after confirming")
            << S::Active << true << true << reason << QStringLiteral("already");
        QTest::newRow("end ended") << S::EndedEarly << false << true << reason
                                   << QStringLiteral("Only an active or paused");
    }

    void shouldRunTheFitCheck()
    {
        QFETCH(RelationshipStatus, status);
        QFETCH(bool, confirmed);
        QFETCH(bool, end);
        QFETCH(QString, reason);
        QFETCH(QString, refusal);

        // GIVEN a relationship whose fit check is pending (or already confirmed)
        Relationship r = relationshipIn(status);
        if (confirmed)
            r.fitCheckOutcome = FitCheckOutcome::Confirmed;
        const Relationship before = r;
        // WHEN the fit check is confirmed or ends the relationship
        const Status result = end ? RelationshipLifecycle::endAfterFitCheck(r, QDate(2025, 2, 1), reason)
                                  : RelationshipLifecycle::confirmFit(r);
        // THEN
        if (refusal.isEmpty()) {
            QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.errorMessage()));
            QCOMPARE(r.fitCheckOutcome, end ? FitCheckOutcome::Ended : FitCheckOutcome::Confirmed);
            if (end) {
                QCOMPARE(r.status, RelationshipStatus::EndedEarly);
                QCOMPARE(r.endReason, reason);
            }
        } else {
            QVERIFY(!result.ok());
            QVERIFY2(result.errorMessage().contains(refusal), qPrintable(result.errorMessage()));
            QCOMPARE(r, before);
        }
    }
};

TRELLIS_REGISTER_TEST(RelationshipLifecycleTest);

#include "relationshiplifecycletest.moc"
