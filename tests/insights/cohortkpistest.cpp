#include "insights/cohortkpis.h"

#include "calendar/testrows.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "util/clock.h"

#include <QTest>

using namespace trellis;
using trellis::test::TestRows;

namespace {

qint64 utc(const char *text)
{
    QDateTime dt = QDateTime::fromString(QLatin1String(text), Qt::ISODate);
    dt.setTimeSpec(Qt::UTC);
    return dt.toSecsSinceEpoch();
}

LocalStart at(const char *text)
{
    return LocalStart{QLatin1String(text), QStringLiteral("UTC")};
}

} // namespace

// GIVEN (today is Saturday 2024-06-15, 12:00 UTC); programme Pathways, cohorts Spring (01-01 to
// 03-31) and Summer (from 04-01, no end). Mentors M1 M2 M3, mentees E1..E6 (roster).
//   Summer r1 M1→E1 active from 04-01, cadence 14: held 04-10, 05-10, 06-10 (60 min), a no-show
//      05-20, a cancelled 05-25, a planned 06-20; a contact 06-12; goals 50% in progress and
//      achieved; ratings mentee 4 (05-01), mentor 5 (05-02).
//   Summer r2 M1→E2 active from 03-15: held 04-05 (30 min), a planned 05-15 nobody logged; no
//      goals; rating mentee 1 on 03-01 (before the period).
//   Summer r3 M2→E3 ended early 04-05 → 05-05 "Moved away"; an abandoned goal; rating mentee 2 (04-20).
//   Summer r4 M2→E4 completed 02-01 → 04-10 "Goals met"; a goal 0→10 at 10 (in progress).
//   Summer r5 M2→E5 proposed.
//   Spring r7 M1→E6 completed 01-05 → 03-20 "Goals met".
class CohortKpisTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TempDatabase> m_temp;
    std::unique_ptr<PinnedClock> m_clock;
    qint64 m_summer = 0, m_spring = 0, m_programme = 0, m_r2 = 0;

    CohortKpis load(const ReportSubject &subject, std::optional<ReportPeriod> period = std::nullopt)
    {
        auto kpis = CohortKpis::load(m_temp->db(), subject, period);
        if (!kpis.ok())
            qWarning("%s", qPrintable(kpis.errorMessage()));
        return kpis.ok() ? *kpis : CohortKpis{};
    }
    static double value(const CohortKpis &kpis, KpiId id)
    {
        const auto kpi = kpis.kpi(id);
        return kpi && kpi->value ? *kpi->value : -1;
    }

private Q_SLOTS:
    void init()
    {
        m_clock = std::make_unique<PinnedClock>(QDateTime(QDate(2024, 6, 15), QTime(12, 0), Qt::UTC));
        m_temp = std::make_unique<test::TempDatabase>();
        TestRows rows(m_temp->db().connection());
        const auto mentor = [&](const char *name) {
            const qint64 id = rows.person(QLatin1String(name));
            rows.exec(QStringLiteral("UPDATE person SET is_mentee = 0 WHERE id = ?"), {id});
            return id;
        };
        const auto mentee = [&](const char *name) {
            const qint64 id = rows.person(QLatin1String(name));
            rows.exec(QStringLiteral("UPDATE person SET is_mentor = 0 WHERE id = ?"), {id});
            return id;
        };
        const qint64 m1 = mentor("M1"), m2 = mentor("M2");
        mentor("M3");
        const qint64 e1 = mentee("E1"), e2 = mentee("E2"), e3 = mentee("E3"), e4 = mentee("E4"),
                     e5 = mentee("E5"), e6 = mentee("E6");
        m_programme = rows.programme(QStringLiteral("Pathways"));
        m_spring = rows.cohort(m_programme, QStringLiteral("Spring"));
        m_summer = rows.cohort(m_programme, QStringLiteral("Summer"));
        rows.exec(QStringLiteral(
                      "UPDATE cohort SET start_date = '2024-01-01', end_date = '2024-03-31' WHERE id = ?"),
                  {m_spring});
        rows.exec(QStringLiteral("UPDATE cohort SET start_date = '2024-04-01', end_date = NULL WHERE id = ?"),
                  {m_summer});

        const auto pair = [&](qint64 mentorId, qint64 menteeId, qint64 cohort, const char *status,
                              const char *start) {
            TestRows::RelationshipSpec spec;
            spec.mentorId = mentorId;
            spec.menteeId = menteeId;
            spec.programmeId = m_programme;
            spec.cohortId = cohort;
            spec.status = QLatin1String(status);
            spec.startDate = QLatin1String(start);
            return rows.relationship(spec);
        };
        const auto end = [&](qint64 id, const char *date, const char *reason) {
            rows.exec(QStringLiteral("UPDATE relationship SET end_date = ?, end_reason = ? WHERE id = ?"),
                      {QLatin1String(date), QLatin1String(reason), id});
        };
        const qint64 r1 = pair(m1, e1, m_summer, "active", "2024-04-01");
        for (const char *day : {"2024-04-10T12:00:00", "2024-05-10T12:00:00", "2024-06-10T12:00:00"})
            rows.single(r1, at(day), 60, QStringLiteral("held"));
        rows.single(r1, at("2024-05-20T12:00:00"), 60, QStringLiteral("no_show"));
        rows.single(r1, at("2024-05-25T12:00:00"), 60, QStringLiteral("cancelled"));
        rows.single(r1, at("2024-06-20T12:00:00"), 60);
        rows.contact(r1, utc("2024-06-12T12:00:00"));
        rows.progress(rows.goal(r1, 0, 100), QStringLiteral("2024-05-01"), 50);
        rows.goal(r1, 0, 100, QStringLiteral("achieved"));
        rows.feedback(r1, 4, QStringLiteral("2024-05-01"));
        const qint64 mentorRating = rows.feedback(r1, 5, QStringLiteral("2024-05-02"));
        rows.exec(QStringLiteral("UPDATE feedback SET author_role = 'mentor' WHERE id = ?"), {mentorRating});

        m_r2 = pair(m1, e2, m_summer, "active", "2024-03-15");
        rows.single(m_r2, at("2024-04-05T12:00:00"), 30, QStringLiteral("held"));
        rows.single(m_r2, at("2024-05-15T12:00:00"), 60);
        rows.feedback(m_r2, 1, QStringLiteral("2024-03-01"));

        const qint64 r3 = pair(m2, e3, m_summer, "ended_early", "2024-04-05");
        end(r3, "2024-05-05", "Moved away");
        rows.goal(r3, 0, 100, QStringLiteral("abandoned"));
        rows.feedback(r3, 2, QStringLiteral("2024-04-20"));

        const qint64 r4 = pair(m2, e4, m_summer, "completed", "2024-02-01");
        end(r4, "2024-04-10", "Goals met");
        rows.progress(rows.goal(r4, 0, 10), QStringLiteral("2024-04-01"), 10);

        pair(m2, e5, m_summer, "proposed", "");
        const qint64 r7 = pair(m1, e6, m_spring, "completed", "2024-01-05");
        end(r7, "2024-03-20", "Goals met");
    }

    void cleanup()
    {
        m_temp.reset();
        m_clock.reset();
    }

    void cohortKpisHaveKnownAnswers()
    {
        const CohortKpis kpis = load({ReportSubject::Kind::Cohort, m_summer});
        QCOMPARE(kpis.programmeName, QStringLiteral("Pathways"));
        QCOMPARE(kpis.cohortName, QStringLiteral("Summer"));
        QCOMPARE(kpis.period, (ReportPeriod{QDate(2024, 4, 1), QDate(2024, 6, 15)})); // start to today
        QCOMPARE(value(kpis, KpiId::PeopleServed), 6.0); // M1 E1 E2 M2 E3 E4 (r5 is only proposed)
        QCOMPARE(value(kpis, KpiId::NewPairs), 2.0);     // r1, r3 (r2 and r4 started before)
        QCOMPARE(value(kpis, KpiId::ActivePairs), 2.0);
        QCOMPARE(value(kpis, KpiId::MenteeMatchRate), 2.0 / 6.0); // E1, E2 of E1..E6
        QCOMPARE(value(kpis, KpiId::MentorMatchRate), 1.0 / 3.0); // M1 of M1..M3
        QCOMPARE(value(kpis, KpiId::UnmatchedMentees), 4.0);
        QCOMPARE(value(kpis, KpiId::PairsOnTrack), 1.0); // r1 (contact 06-12)
        QCOMPARE(value(kpis, KpiId::PairsOverdue), 1.0); // r2
        QCOMPARE(value(kpis, KpiId::PairsDueSoon), 0.0);
        QCOMPARE(value(kpis, KpiId::PairsProposed), 1.0);
        QCOMPARE(value(kpis, KpiId::PairsEnded), 2.0);
        QCOMPARE(value(kpis, KpiId::CadenceAdherence), 0.5);
        // Held 4 of 6 past occurrences: r1 3 held + no-show, r2 held + unlogged; the cancelled
        // one and the future one are not counted.
        QCOMPARE(value(kpis, KpiId::SessionCompletion), 4.0 / 6.0);
        QCOMPARE(value(kpis, KpiId::MeetingsHeld), 4.0);
        QCOMPARE(value(kpis, KpiId::MentoringHours), 3.5);
        QCOMPARE(value(kpis, KpiId::PairsWithThreeMeetings), 1.0);
        QCOMPARE(value(kpis, KpiId::GoalsSet), 3.0); // the abandoned one left out
        QCOMPARE(value(kpis, KpiId::GoalsAchieved), 2.0);
        QCOMPARE(value(kpis, KpiId::GoalsInProgress), 1.0);
        QCOMPARE(value(kpis, KpiId::AverageGoalProgress), 2.5 / 3.0);
        QCOMPARE(value(kpis, KpiId::MenteeSatisfaction), 3.0); // 4 and 2; the 1 of March is before
        QCOMPARE(value(kpis, KpiId::MenteeRatings), 2.0);
        QCOMPARE(value(kpis, KpiId::MentorSatisfaction), 5.0);
        QCOMPARE(value(kpis, KpiId::MentorRatings), 1.0);
        QCOMPARE(value(kpis, KpiId::Closures), 2.0);
        QCOMPARE(value(kpis, KpiId::EarlyEndingRate), 0.5);
        QCOMPARE(value(kpis, KpiId::AverageDuration), (30.0 + 69.0) / 2);
        QCOMPARE(kpis.closures.size(), 2);
        QCOMPARE(kpis.closures.at(0).count, 1);

        QCOMPARE(value(kpis, KpiId::AtRiskPairs), 1.0);
        QCOMPARE(kpis.atRisk.size(), 1);
        QCOMPARE(kpis.atRisk.at(0).relationshipId, m_r2);
        QVERIFY(kpis.atRisk.at(0).reasons.contains(RiskReason::LongOverdue));
        QVERIFY(kpis.atRisk.at(0).reasons.contains(RiskReason::NoGoals));

        QCOMPARE(kpis.pairs.size(), 5);
        QCOMPARE(kpis.pairs.at(0).mentorName, QStringLiteral("M1"));
        QCOMPARE(kpis.pairs.at(0).menteeName, QStringLiteral("E1"));
        QCOMPARE(kpis.pairs.at(0).meetingsHeld, 3);
        QCOMPARE(kpis.pairs.at(0).lastContact, QDate(2024, 6, 12));
        QCOMPARE(kpis.pairs.at(0).goalsAchieved, 1);
        QCOMPARE(kpis.pairs.at(0).goalsTotal, 2);
        QCOMPARE(kpis.pairs.at(0).rating, 4.5);
    }

    void previousCohortIsCompared()
    {
        const CohortKpis kpis = load({ReportSubject::Kind::Cohort, m_summer});
        QCOMPARE(kpis.previousLabel, QStringLiteral("Spring"));
        QCOMPARE(kpis.kpi(KpiId::NewPairs)->previous, 1.0); // r7
        QCOMPARE(kpis.kpi(KpiId::Closures)->previous, 1.0);
        QCOMPARE(kpis.kpi(KpiId::PeopleServed)->previous, 2.0);
        const CohortKpis spring = load({ReportSubject::Kind::Cohort, m_spring});
        QVERIFY(spring.previousLabel.isEmpty());
        QVERIFY(!spring.kpi(KpiId::NewPairs)->previous);
    }

    // April only: what happened in April, and the partition as it was on 04-30 (r3 ended later,
    // so it was still running then; r1 was overdue on that day).
    void periodAgainstPointInTime()
    {
        const CohortKpis april = load({ReportSubject::Kind::Cohort, m_summer},
                                      ReportPeriod{QDate(2024, 4, 1), QDate(2024, 4, 30)});
        QCOMPARE(value(april, KpiId::MeetingsHeld), 2.0); // r1 04-10, r2 04-05
        QCOMPARE(value(april, KpiId::Closures), 1.0);     // r4; r3 ended in May
        QCOMPARE(value(april, KpiId::NewPairs), 2.0);
        QCOMPARE(value(april, KpiId::ActivePairs), 3.0); // r1 r2 r3 on 04-30
        QCOMPARE(value(april, KpiId::PairsEnded), 1.0);
        QCOMPARE(value(april, KpiId::PairsOverdue), 3.0);
        QCOMPARE(value(april, KpiId::MenteeRatings), 1.0);   // r3's 04-20
        QCOMPARE(value(april, KpiId::MenteeMatchRate), 0.5); // E1 E2 E3 (r4 ended 04-10)
        QVERIFY(april.kpi(KpiId::MeetingsHeld)->timing() == KpiTiming::WithinPeriod);
        QVERIFY(april.kpi(KpiId::ActivePairs)->timing() == KpiTiming::AtEndDate);
    }

    void programmeCoversItsCohorts()
    {
        const CohortKpis kpis = load({ReportSubject::Kind::Programme, m_programme},
                                     ReportPeriod{QDate(2024, 1, 1), QDate(2024, 6, 15)});
        QCOMPARE(kpis.programmeName, QStringLiteral("Pathways"));
        QVERIFY(kpis.cohortName.isEmpty());
        QCOMPARE(value(kpis, KpiId::Closures), 3.0);     // r3 r4 r7
        QCOMPARE(value(kpis, KpiId::PeopleServed), 7.0); // + E6
        QCOMPARE(kpis.pairs.size(), 6);
        QCOMPARE(kpis.previousPeriod->to, QDate(2023, 12, 31));
        QCOMPARE(kpis.kpi(KpiId::Closures)->previous, 0.0);
    }

    void everyKpiHasADefinition()
    {
        for (const KpiId id : CohortKpis::allIds()) {
            const Kpi kpi{id, std::nullopt, std::nullopt};
            QVERIFY(!kpi.label().isEmpty());
            QVERIFY(!kpi.definition().isEmpty());
        }
    }
};

TRELLIS_REGISTER_TEST(CohortKpisTest);
#include "cohortkpistest.moc"
