#include "insights/activityseries.h"

#include "testlib/sampledata.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "util/clock.h"

#include <QTest>

#include <algorithm>

using namespace trellis;
using namespace trellis::test;

namespace {

const QDate Today(2026, 6, 15);

qint64 noonUtc(const QDate &date)
{
    // Local noon, so the local date is `date` in any zone the tests run in.
    return QDateTime(date, QTime(12, 0)).toSecsSinceEpoch();
}

ChartFacts::Relationship relationship(Id id, const QString &status, QDate start, int cadence = 14)
{
    ChartFacts::Relationship r;
    r.id = id;
    r.status = status;
    r.proposedOn = start.addDays(-10);
    r.startDate = start;
    r.cadenceDays = cadence;
    return r;
}

ChartFacts::Meeting held(Id id, Id relationshipId, QDate date, int minutes = 60)
{
    return {id, relationshipId, noonUtc(date), minutes, QStringLiteral("Meeting")};
}

} // namespace

class ActivitySeriesTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void monthsCountMeetingsContactsAndHours()
    {
        ChartFacts facts;
        facts.relationships = {relationship(1, QStringLiteral("active"), QDate(2026, 1, 1))};
        facts.meetings = {held(10, 1, QDate(2026, 4, 3), 45), held(11, 1, QDate(2026, 4, 20), 90),
                          held(12, 1, QDate(2026, 6, 1), 60)};
        facts.contacts = {{20, 1, noonUtc(QDate(2026, 4, 25))}};
        const ActivitySeries series = ActivitySeries::of(facts, Today, 6);
        QCOMPARE(series.months.size(), 6);
        QCOMPARE(series.months.first().month, QDate(2026, 1, 1));
        QCOMPARE(series.months.last().month, QDate(2026, 6, 1));
        const ActivitySeries::Month &april = series.months.at(3);
        QCOMPARE(april.meetingsHeld, 2);
        QCOMPARE(april.contactsLogged, 1);
        QCOMPARE(april.hours, 2.25);
        // A month with no meetings is there, with zeros.
        const ActivitySeries::Month &may = series.months.at(4);
        QCOMPARE(may.meetingsHeld, 0);
        QCOMPARE(may.contactsLogged, 0);
        QCOMPARE(may.hours, 0.0);
        // Drill down: the meetings of April are the two rows.
        const QList<ChartFacts::Meeting> inApril = series.meetingsIn(QDate(2026, 4, 17));
        QCOMPARE(inApril.size(), 2);
        QCOMPARE(inApril.at(0).id, Id(10));
        QCOMPARE(inApril.at(1).id, Id(11));
        QCOMPARE(series.contactsIn(QDate(2026, 4, 1)).size(), 1);
    }

    void expectedContactsFollowTheCadence()
    {
        ChartFacts facts;
        facts.relationships = {relationship(1, QStringLiteral("active"), QDate(2026, 4, 16), 15)};
        const ActivitySeries series = ActivitySeries::of(facts, Today, 3);
        // April: measured 16..30 = 15 days / 15 → 1 expected; May 31 days; June 1..15.
        QCOMPARE(series.months.at(0).measuredDays, 15);
        QVERIFY(qAbs(series.months.at(0).expectedContacts - 1.0) < 1e-9);
        QVERIFY(qAbs(series.months.at(1).expectedContacts - 31.0 / 15) < 1e-9);
        QCOMPARE(series.months.at(2).measuredDays, 15);
    }

    void adherenceIsTheShareOfDaysWithinCadence()
    {
        ChartFacts facts;
        // Cadence 10 from 1 May, one contact on 5 May, nothing since: within cadence 1..15 May.
        facts.relationships = {relationship(1, QStringLiteral("active"), QDate(2026, 5, 1), 10)};
        facts.meetings = {held(10, 1, QDate(2026, 5, 5))};
        const ActivitySeries series = ActivitySeries::of(facts, Today, 2);
        const ActivitySeries::Month &may = series.months.at(0);
        QCOMPARE(may.measuredDays, 31);
        QCOMPARE(may.daysWithinCadence, 15);
        QCOMPARE(*may.adherence, 15.0 / 31);
        // June: overdue all month.
        QCOMPARE(*series.months.at(1).adherence, 0.0);
    }

    void monthsWithoutMeasuredDaysHaveNoAdherence()
    {
        ChartFacts facts;
        facts.relationships = {relationship(1, QStringLiteral("active"), QDate(2026, 6, 1)),
                               relationship(2, QStringLiteral("proposed"), QDate(2026, 1, 1)),
                               relationship(3, QStringLiteral("paused"), QDate(2026, 1, 1))};
        const ActivitySeries series = ActivitySeries::of(facts, Today, 3);
        QVERIFY(!series.months.at(0).adherence.has_value());
        QVERIFY(!series.months.at(1).adherence.has_value());
        // June 1..15 within a 14-day cadence since the start on 1 June: 1..15 → 15 days.
        QCOMPARE(*series.months.at(2).adherence, 1.0);
    }

    void statusAtADateIsThePortfolioPartition()
    {
        ChartFacts facts;
        facts.relationships = {relationship(1, QStringLiteral("active"), QDate(2026, 1, 1)),
                               relationship(2, QStringLiteral("active"), QDate(2026, 1, 1)),
                               relationship(3, QStringLiteral("paused"), QDate(2026, 1, 1)),
                               relationship(4, QStringLiteral("completed"), QDate(2026, 1, 1)),
                               relationship(5, QStringLiteral("proposed"), QDate(2026, 5, 20))};
        facts.relationships[3].endDate = QDate(2026, 5, 10);
        facts.relationships[4].startDate.reset();
        facts.meetings = {held(10, 1, QDate(2026, 6, 10)), held(11, 2, QDate(2026, 4, 25)),
                          held(12, 3, QDate(2026, 4, 28))};
        const ActivitySeries series = ActivitySeries::of(facts, Today, 3);
        // 30 April: 1 overdue (start 1 Jan, nothing), 2 on track (met 25 Apr), 3 on track (met
        // 28 Apr, paused only counts today), 4 active then (ends 10 May), 5 not proposed yet.
        const PortfolioCounts april = series.statuses.at(0).counts;
        QCOMPARE(series.statuses.at(0).date, QDate(2026, 4, 30));
        QCOMPARE(april.total, 4);
        QCOMPARE(april.overdue, 2);
        QCOMPARE(april.onTrack, 2);
        QCOMPARE(april.partitionSum(), april.total);
        // Today: 1 on track (met 10 Jun), 2 overdue, 3 paused, 4 ended, 5 proposed.
        const PortfolioCounts now = series.statuses.last().counts;
        QCOMPARE(series.statuses.last().date, Today);
        QCOMPARE(now.total, 5);
        QCOMPARE(now.onTrack, 1);
        QCOMPARE(now.overdue, 1);
        QCOMPARE(now.paused, 1);
        QCOMPARE(now.ended, 1);
        QCOMPARE(now.proposed, 1);
        QCOMPARE(now.partitionSum(), now.total);
        // Drill down: the relationships in a status at a date.
        const QList<ChartFacts::Relationship> overdue = series.relationshipsIn(StatusBucket::Overdue, Today);
        QCOMPARE(overdue.size(), 1);
        QCOMPARE(overdue.first().id, Id(2));
    }

    void anEndedCohortIsChartedUpToItsLastEnd()
    {
        ChartFacts facts;
        facts.relationships = {relationship(1, QStringLiteral("completed"), QDate(2024, 1, 10)),
                               relationship(2, QStringLiteral("ended_early"), QDate(2024, 2, 1))};
        facts.relationships[0].endDate = QDate(2024, 11, 20);
        facts.relationships[1].endDate = QDate(2024, 6, 30);
        facts.meetings = {held(10, 1, QDate(2024, 11, 5))};
        const ActivitySeries series = ActivitySeries::of(facts, Today);
        QCOMPARE(series.months.first().month, QDate(2024, 1, 1));
        QCOMPARE(series.months.last().month, QDate(2024, 11, 1));
        QCOMPARE(series.months.last().meetingsHeld, 1);
        // The last bar is at the last end date, where both have ended; in June only the second.
        QCOMPARE(series.statuses.last().date, QDate(2024, 11, 20));
        QCOMPARE(series.statuses.last().counts.ended, 2);
        QCOMPARE(series.statuses.at(5).counts.ended, 1);
        QCOMPARE(series.statuses.last().counts.total, 2);
    }

    void completionBinsGoalsByFraction()
    {
        ChartFacts facts;
        const auto goal = [](Id id, GoalStatus status, std::optional<double> latest) {
            ChartFacts::Goal g;
            g.id = id;
            g.status = status;
            g.latest = latest;
            return g;
        };
        facts.goals = {goal(1, GoalStatus::InProgress, std::nullopt),
                       goal(2, GoalStatus::InProgress, 19.9),
                       goal(3, GoalStatus::InProgress, 20),
                       goal(4, GoalStatus::InProgress, 99),
                       goal(5, GoalStatus::Achieved, 50),
                       goal(6, GoalStatus::InProgress, 120),
                       goal(7, GoalStatus::Abandoned, 60)};
        const ActivitySeries series = ActivitySeries::of(facts, Today, 1);
        QCOMPARE(series.completion.size(), 6);
        QCOMPARE(series.completion.at(0).goalIds, (QList<Id>{1, 2}));
        QCOMPARE(series.completion.at(1).goalIds, (QList<Id>{3}));
        QCOMPARE(series.completion.at(4).goalIds, (QList<Id>{4}));
        QCOMPARE(series.completion.at(5).goalIds, (QList<Id>{5, 6}));
    }

    void feedbackAveragePerMonth()
    {
        ChartFacts facts;
        facts.feedback = {
            {1, 1, QDate(2026, 5, 2), 4}, {2, 1, QDate(2026, 5, 20), 5}, {3, 1, QDate(2026, 6, 1), 2}};
        const ActivitySeries series = ActivitySeries::of(facts, Today, 3);
        QVERIFY(!series.months.at(0).feedbackAverage.has_value());
        QCOMPARE(*series.months.at(1).feedbackAverage, 4.5);
        QCOMPARE(series.months.at(1).feedbackCount, 2);
        QCOMPARE(*series.months.at(2).feedbackAverage, 2.0);
    }

    void loadReadsTheSampleRelationship()
    {
        TempDatabase temp;
        const SampleData data = SampleData::create(temp.db());
        PinnedClock clock(QDateTime(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC));
        auto series = ActivitySeries::load(temp.db(), RelationshipScope::cohort(data.cohort), 24);
        QVERIFY2(series.ok(), qPrintable(series.ok() ? QString() : series.errorMessage()));
        QVERIFY(!series->facts.relationships.isEmpty());
        QCOMPARE(series->facts.relationships.first().id, data.relationship);
        // From the month the sample relationship started (1 Mar 2025), not 24 months back.
        QCOMPARE(series->months.first().month, QDate(2025, 3, 1));
        QCOMPARE(series->months.last().month, QDate(2026, 6, 1));
        QCOMPARE(series->statuses.last().counts.partitionSum(), series->statuses.last().counts.total);
        int goals = 0;
        for (const ActivitySeries::CompletionBin &bin : series->completion)
            goals += bin.goalIds.size();
        QVERIFY(goals >= 1);
        // Only held meetings count; no series occurrence is a held meeting.
        for (const ChartFacts::Meeting &meeting : series->facts.meetings)
            QVERIFY(meeting.id != data.series);
    }

    void loadReadsOnlyTheMonthsShownAndCountsAsTheWholeHistoryDoes()
    {
        // GIVEN the sample relationship, whose held meetings and logged contact are all in March 2025
        TempDatabase temp;
        const SampleData data = SampleData::create(temp.db());
        PinnedClock clock(QDateTime(QDate(2025, 5, 15), QTime(12, 0), Qt::UTC));
        const RelationshipScope scope = RelationshipScope::cohort(data.cohort);

        // WHEN April and May are charted
        auto windowed = ActivitySeries::load(temp.db(), scope, 2);
        QVERIFY2(windowed.ok(), qPrintable(windowed.ok() ? QString() : windowed.errorMessage()));

        // THEN nothing of March is read but the last contact in it
        QCOMPARE(windowed->months.first().month, QDate(2025, 4, 1));
        QVERIFY(windowed->facts.sinceUtc.has_value());
        QVERIFY(windowed->facts.meetings.isEmpty());
        QVERIFY(windowed->facts.contacts.isEmpty());
        auto whole = ChartQuery(temp.db().connection()).facts(scope, Clock::nowSecs());
        QVERIFY(whole.ok());
        QVERIFY(!whole->meetings.isEmpty());
        std::optional<qint64> lastContact;
        for (const ChartFacts::Meeting &meeting : whole->meetings)
            if (meeting.relationshipId == data.relationship)
                lastContact = std::max(lastContact.value_or(meeting.startUtc), meeting.startUtc);
        for (const ChartFacts::Contact &contact : whole->contacts)
            if (contact.relationshipId == data.relationship)
                lastContact = std::max(lastContact.value_or(contact.occurredUtc), contact.occurredUtc);
        QVERIFY(lastContact.has_value());
        const auto sample =
            std::find_if(windowed->facts.relationships.cbegin(), windowed->facts.relationships.cend(),
                         [&](const auto &r) { return r.id == data.relationship; });
        QVERIFY(sample != windowed->facts.relationships.cend());
        QCOMPARE(sample->lastContactBeforeUtc, lastContact);

        // AND every series is the one the whole history gives: April's first days are within the
        // cadence of March's last contact, which only that contact can say
        const ActivitySeries all = ActivitySeries::of(std::move(*whole), Clock::today(), 2);
        QVERIFY(all.months.first().daysWithinCadence > 0);
        QCOMPARE(windowed->months, all.months);
        QCOMPARE(windowed->statuses, all.statuses);
        QCOMPARE(windowed->completion, all.completion);
        QCOMPARE(windowed->bucketOf(*sample, QDate(2025, 4, 5)), all.bucketOf(*sample, QDate(2025, 4, 5)));
    }
};

TRELLIS_REGISTER_TEST(ActivitySeriesTest);
#include "activityseriestest.moc"
