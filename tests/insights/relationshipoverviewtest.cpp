#include "insights/relationshipoverview.h"

#include "calendar/testrows.h"
#include "insights/healthcalculator.h"
#include "storage/relationshipoverviewquery.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "util/clock.h"

#include <QHash>
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

LocalStart berlin(const char *text)
{
    return LocalStart{QLatin1String(text), QStringLiteral("Europe/Berlin")};
}

} // namespace

// GIVEN (every test; today is Saturday 2024-06-15, 12:00 UTC):
//   r1 Ada→Ben (cohort X) active since 05-01, cadence 14: weekly Monday 10:00 Berlin series from 06-03;
//      06-03 logged held (override), 06-10 unlogged, next 06-17; a held single on 05-20;
//      a contact on 06-05; goals 40% / over target / abandoned / achieved; 2 open actions, 1 done;
//      feedback 2 then 4.
//   r2 Ada→Cem (cohort Y) paused.
//   r3 Dan→Cem (cohort X) active since 03-01, cadence 14: no contact, no goals, fit check due 04-01
//      pending, feedback 1; a "held" single dated in the future and a future contact (neither counts).
//   r4 Dan→Ben (no cohort) proposed.
class RelationshipOverviewTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TempDatabase> m_temp;
    std::unique_ptr<PinnedClock> m_clock;
    qint64 m_ada = 0, m_ben = 0, m_cem = 0, m_dan = 0, m_x = 0, m_y = 0;
    qint64 m_r1 = 0, m_r2 = 0, m_r3 = 0, m_r4 = 0;

    QList<RelationshipOverviewEntry> load(const RelationshipScope &scope)
    {
        auto entries = RelationshipOverview::load(m_temp->db().connection(), scope);
        if (!entries.ok())
            qWarning("%s", qPrintable(entries.errorMessage()));
        return entries.ok() ? *entries : QList<RelationshipOverviewEntry>{};
    }

    static QList<qint64> ids(const QList<RelationshipOverviewEntry> &entries)
    {
        QList<qint64> result;
        for (const RelationshipOverviewEntry &entry : entries)
            result << entry.row.relationshipId;
        return result;
    }

private Q_SLOTS:
    void init()
    {
        m_clock = std::make_unique<PinnedClock>(QDateTime(QDate(2024, 6, 15), QTime(12, 0), Qt::UTC));
        m_temp = std::make_unique<test::TempDatabase>();
        TestRows rows(m_temp->db().connection());
        m_ada = rows.person(QStringLiteral("Ada"));
        m_ben = rows.person(QStringLiteral("Ben"));
        m_cem = rows.person(QStringLiteral("Cem"));
        m_dan = rows.person(QStringLiteral("Dan"));
        const qint64 programme = rows.programme(QStringLiteral("Pathways"));
        m_x = rows.cohort(programme, QStringLiteral("X"));
        m_y = rows.cohort(programme, QStringLiteral("Y"));

        TestRows::RelationshipSpec spec;
        spec.mentorId = m_ada;
        spec.menteeId = m_ben;
        spec.programmeId = programme;
        spec.cohortId = m_x;
        spec.startDate = QStringLiteral("2024-05-01");
        m_r1 = rows.relationship(spec);
        const qint64 series =
            rows.series(m_r1, berlin("2024-06-03T10:00:00"), 60, QStringLiteral("FREQ=WEEKLY"));
        rows.override(series, QStringLiteral("2024-06-03T10:00:00"), berlin("2024-06-03T10:00:00"), 60,
                      QStringLiteral("held"));
        rows.single(m_r1, berlin("2024-05-20T10:00:00"), 60, QStringLiteral("held"));
        rows.contact(m_r1, utc("2024-06-05T12:00:00"));
        const qint64 g1 = rows.goal(m_r1, 0, 100);
        rows.progress(g1, QStringLiteral("2024-05-10"), 90);
        rows.progress(g1, QStringLiteral("2024-06-01"), 40); // latest by date: 0.4
        const qint64 g2 = rows.goal(m_r1, 0, 10);
        rows.progress(g2, QStringLiteral("2024-06-01"), 20); // beyond target: 1.0
        const qint64 g3 = rows.goal(m_r1, 0, 100, QStringLiteral("abandoned"));
        rows.progress(g3, QStringLiteral("2024-06-01"), 0);  // left out
        rows.goal(m_r1, 0, 100, QStringLiteral("achieved")); // 1.0
        rows.actionItem(m_r1, false);
        rows.actionItem(m_r1, false);
        rows.actionItem(m_r1, true);
        rows.feedback(m_r1, 2, QStringLiteral("2024-06-01"));
        rows.feedback(m_r1, 4, QStringLiteral("2024-06-10"));

        spec = {};
        spec.mentorId = m_ada;
        spec.menteeId = m_cem;
        spec.programmeId = programme;
        spec.cohortId = m_y;
        spec.status = QStringLiteral("paused");
        m_r2 = rows.relationship(spec);

        spec = {};
        spec.mentorId = m_dan;
        spec.menteeId = m_cem;
        spec.programmeId = programme;
        spec.cohortId = m_x;
        spec.startDate = QStringLiteral("2024-03-01");
        spec.fitCheckDue = QStringLiteral("2024-04-01");
        m_r3 = rows.relationship(spec);
        rows.single(m_r3, berlin("2024-07-01T10:00:00"), 60, QStringLiteral("held"));
        rows.contact(m_r3, utc("2024-07-02T12:00:00"));
        rows.feedback(m_r3, 1, QStringLiteral("2024-05-01"));

        spec = {};
        spec.mentorId = m_dan;
        spec.menteeId = m_ben;
        spec.status = QStringLiteral("proposed");
        spec.startDate.clear();
        m_r4 = rows.relationship(spec);
    }

    void cleanup()
    {
        m_temp.reset();
        m_clock.reset();
    }

    void shouldGatherHealthInputsWithSql()
    {
        // WHEN the overview rows of everything are read
        auto rows = RelationshipOverviewQuery(m_temp->db().connection()).rows(RelationshipScope::all());

        // THEN each relationship has its names and inputs
        QVERIFY2(rows.ok(), qPrintable(rows.ok() ? QString() : rows.errorMessage()));
        QCOMPARE(rows->size(), 4);
        const RelationshipOverviewRow &r1 = rows->at(0);
        QCOMPARE(r1.relationshipId, m_r1);
        QCOMPARE(r1.mentorName, QStringLiteral("Ada"));
        QCOMPARE(r1.menteeName, QStringLiteral("Ben"));
        QCOMPARE(r1.programmeName, QStringLiteral("Pathways"));
        QCOMPARE(r1.cohortName, QStringLiteral("X"));
        QCOMPARE(r1.status, QStringLiteral("active"));
        QCOMPARE(r1.startDate, std::optional<QDate>(QDate(2024, 5, 1)));
        QCOMPARE(r1.cadenceDays, 14);
        const HealthInputs &in = r1.inputs;
        QCOMPARE(in.lastHeldMeetingUtc, std::optional<qint64>(utc("2024-06-03T08:00:00")));
        QCOMPARE(in.lastContactUtc, std::optional<qint64>(utc("2024-06-05T12:00:00")));
        QCOMPARE(in.nextPlannedUtc, std::optional<qint64>(utc("2024-06-17T08:00:00")));
        QCOMPARE(in.unloggedPastOccurrences, 1); // 06-10
        QCOMPARE(in.goalCount, 4);
        QVERIFY(in.averageGoalProgress.has_value());
        QVERIFY(qAbs(*in.averageGoalProgress - 0.8) < 1e-9); // (0.4 + 1 + 1) / 3
        QCOMPARE(in.openActionItems, 2);
        QCOMPARE(in.lastFeedbackRating, std::optional<int>(4));

        const RelationshipOverviewRow &r3 = rows->at(2);
        QCOMPARE(r3.relationshipId, m_r3);
        QVERIFY(!r3.inputs.lastHeldMeetingUtc.has_value()); // the future "held" single is not contact
        QVERIFY(!r3.inputs.lastContactUtc.has_value());     // nor the future contact
        QCOMPARE(r3.inputs.goalCount, 0);
        QVERIFY(!r3.inputs.averageGoalProgress.has_value());
        QCOMPARE(r3.inputs.fitCheckDue, std::optional<QDate>(QDate(2024, 4, 1)));
        QCOMPARE(r3.inputs.fitCheckOutcome, QStringLiteral("pending"));
        QCOMPARE(r3.inputs.lastFeedbackRating, std::optional<int>(1));
        QVERIFY(!r3.inputs.nextPlannedUtc.has_value()); // the future single is held, not planned

        const RelationshipOverviewRow &r4 = rows->at(3);
        QVERIFY(!r4.cohortId.has_value());
        QCOMPARE(r4.cohortName, QString());
        QVERIFY(!r4.startDate.has_value());
    }

    // The sparkline's counts: held meetings (singles and overrides, never the series row or a planned
    // occurrence) and logged contacts, by month, the last six months to this one; the future not.
    void shouldCountContactPerMonthForTheSparkline()
    {
        QCOMPARE(RelationshipOverviewQuery::trendStart(QDate(2024, 6, 15)), QDate(2024, 1, 1));
        QCOMPARE(RelationshipOverviewQuery::trendStart(QDate(2024, 3, 31)), QDate(2023, 10, 1));
        const auto entries = load(RelationshipScope::all());
        QCOMPARE(entries.size(), 4);
        QHash<qint64, QList<int>> months;
        for (const RelationshipOverviewEntry &entry : entries)
            months.insert(entry.row.relationshipId, entry.row.monthlyContacts);
        QCOMPARE(months.value(m_r1), (QList<int>{0, 0, 0, 0, 1, 2}));
        QCOMPARE(months.value(m_r3), (QList<int>{0, 0, 0, 0, 0, 0}));
        QCOMPARE(months.value(m_r4), (QList<int>{0, 0, 0, 0, 0, 0}));
        // A partial read (one relationship) counts the same.
        const auto one = load(RelationshipScope::relationship(m_r1));
        QCOMPARE(one.size(), 1);
        QCOMPARE(one.first().row.monthlyContacts, (QList<int>{0, 0, 0, 0, 1, 2}));
    }

    void shouldClassifyEachRelationship()
    {
        const auto entries = load(RelationshipScope::all());
        QCOMPARE(entries.size(), 4);

        // r1: contact 06-05 → due 06-19 (4 days) → on track; one unlogged meeting
        QCOMPARE(entries.at(0).health.state, CadenceState::OnTrack);
        QCOMPARE(entries.at(0).health.riskReasons, QList<RiskReason>{RiskReason::UnloggedMeetings});
        // r2: paused
        QCOMPARE(entries.at(1).health.state, CadenceState::Paused);
        QVERIFY(!entries.at(1).health.isAtRisk());
        // r3: due 03-15 from the start, overdue 92 days, every risk but unlogged
        QCOMPARE(entries.at(2).health.state, CadenceState::Overdue);
        QCOMPARE(entries.at(2).health.daysOverdue, 92);
        QCOMPARE(entries.at(2).health.riskReasons,
                 (QList<RiskReason>{RiskReason::LongOverdue, RiskReason::NoGoals, RiskReason::FitCheckOverdue,
                                    RiskReason::LowFeedback}));
        // r4: proposed
        QCOMPARE(entries.at(3).health.state, CadenceState::NotApplicable);

        const PortfolioCounts summary = RelationshipOverview::summarize(entries);
        QCOMPARE(summary.total, 4);
        QCOMPARE(summary.onTrack, 1);
        QCOMPARE(summary.overdue, 1);
        QCOMPARE(summary.paused, 1);
        QCOMPARE(summary.proposed, 1);
        QCOMPARE(summary.partitionSum(), summary.total);
        QCOMPARE(summary.dueSoon, 0);
        QCOMPARE(summary.atRisk, 2);
        QCOMPARE(summary.reasons.value(RiskReason::LowFeedback), 1);
    }

    void shouldMoveToDueSoonAsTheClockAdvances()
    {
        // WHEN today is 06-16 (due 06-19 is 3 days away) THEN r1 is due soon
        PinnedClock later(QDateTime(QDate(2024, 6, 16), QTime(12, 0), Qt::UTC));
        const auto entries = load(RelationshipScope::relationship(m_r1));
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().health.state, CadenceState::DueSoon);
    }

    void shouldSelectByScope_data()
    {
        QTest::addColumn<int>("scope");           // 0 mentor Ada, 1 mentee Cem, 2 cohort X, 3 person Ben
        QTest::addColumn<QList<int>>("expected"); // relationship numbers
        QTest::newRow("of a mentor") << 0 << QList<int>{1, 2};
        QTest::newRow("of a mentee") << 1 << QList<int>{2, 3};
        QTest::newRow("of a cohort") << 2 << QList<int>{1, 3};
        QTest::newRow("of a person in either role") << 3 << QList<int>{1, 4};
    }

    void shouldSelectByScope()
    {
        QFETCH(int, scope);
        QFETCH(QList<int>, expected);
        const QList<qint64> numbered{0, m_r1, m_r2, m_r3, m_r4};
        const QList<RelationshipScope> scopes{
            RelationshipScope::mentor(m_ada), RelationshipScope::mentee(m_cem),
            RelationshipScope::cohort(m_x), RelationshipScope::person(m_ben)};
        QList<qint64> expectedIds;
        for (int n : std::as_const(expected))
            expectedIds << numbered.at(n);

        const auto entries = load(scopes.at(scope));
        QCOMPARE(ids(entries), expectedIds);
        // The scoped aggregates match the unscoped ones.
        const auto everything = load(RelationshipScope::all());
        for (const RelationshipOverviewEntry &entry : entries) {
            for (const RelationshipOverviewEntry &other : everything) {
                if (other.row.relationshipId == entry.row.relationshipId) {
                    QCOMPARE(entry.row.inputs.unloggedPastOccurrences,
                             other.row.inputs.unloggedPastOccurrences);
                    QCOMPARE(entry.row.inputs.goalCount, other.row.inputs.goalCount);
                    QCOMPARE(entry.health.riskReasons, other.health.riskReasons);
                }
            }
        }
    }

    void shouldOfferNamedScopes()
    {
        RelationshipOverviewQuery query(m_temp->db().connection());
        QCOMPARE(query.all()->size(), 4);
        QCOMPARE(query.ofMentor(m_dan)->size(), 2);
        QCOMPARE(query.ofMentee(m_ben)->size(), 2);
        QCOMPARE(query.ofCohort(m_y)->size(), 1);
    }
};

TRELLIS_REGISTER_TEST(RelationshipOverviewTest);
#include "relationshipoverviewtest.moc"
