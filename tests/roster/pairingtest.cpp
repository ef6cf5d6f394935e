#include "services/peopleservice.h"
#include "services/relationshipservice.h"
#include "storage/entityreader.h"
#include "storage/rosterqueries.h"
#include "testlib/databasedump.h"
#include "testlib/sampledata.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "util/clock.h"

#include <QTest>

using namespace trellis;
using namespace trellis::test;

namespace {

Id newPerson(Database &db, const QString &name, bool mentor, int capacity = 0)
{
    Person p;
    p.displayName = name;
    p.isMentor = mentor;
    p.isMentee = !mentor;
    p.capacity = capacity;
    auto created = PeopleService(db).createPerson(p);
    return created ? created->primaryId : 0;
}

} // namespace

class PairingTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldPairWithTheProgrammesDefaults()
    {
        // GIVEN the sample programme with a 21-day cadence and a free mentor
        PinnedClock clock(QDateTime(QDate(2025, 5, 15), QTime(12, 0), Qt::UTC));
        TempDatabase temp;
        const SampleData d = SampleData::create(temp.db());
        auto programme = EntityReader(temp.db().connection()).get<Programme>(d.programme);
        programme->defaultCadenceDays = 21;
        programme->defaultDurationMonths = 6;
        QVERIFY(PeopleService(temp.db()).updateProgramme(*programme).ok());
        const Id mentee = newPerson(temp.db(), QStringLiteral("Hertha"), false);

        // WHEN the coordinator pairs Ada with Hertha in the cohort, active from today
        RelationshipService::Pairing pairing;
        pairing.mentorId = d.mentor;
        pairing.menteeId = mentee;
        pairing.cohortId = d.cohort;
        pairing.active = true;
        auto paired = RelationshipService(temp.db()).pair(pairing);

        // THEN the relationship takes the cohort's programme and its defaults
        QVERIFY2(paired.ok(), qPrintable(paired.ok() ? QString() : paired.errorMessage()));
        auto r = EntityReader(temp.db().connection()).get<Relationship>(paired->primaryId);
        QCOMPARE(r->programmeId, std::optional<Id>(d.programme));
        QCOMPARE(r->cadenceDays, 21);
        QCOMPARE(r->status, RelationshipStatus::Active);
        QCOMPARE(r->startDate, std::optional<QDate>(QDate(2025, 5, 15)));
        QCOMPARE(r->plannedEndDate, std::optional<QDate>(QDate(2025, 11, 15)));
        QCOMPARE(r->proposedOn, QDate(2025, 5, 15));
        QVERIFY(r->fitCheckDue.has_value());
    }

    void shouldProposeWithoutStarting()
    {
        TempDatabase temp;
        const Id mentor = newPerson(temp.db(), QStringLiteral("M"), true, 1);
        const Id mentee = newPerson(temp.db(), QStringLiteral("E"), false);
        RelationshipService::Pairing pairing{mentor, mentee, std::nullopt, std::nullopt, false, 7};
        auto paired = RelationshipService(temp.db()).pair(pairing);
        QVERIFY(paired.ok());
        auto r = EntityReader(temp.db().connection()).get<Relationship>(paired->primaryId);
        QCOMPARE(r->status, RelationshipStatus::Proposed);
        QVERIFY(!r->startDate);
        QCOMPARE(r->cadenceDays, 7);
    }

    void shouldRefuseAMentorAtCapacityNamingTheNumbers()
    {
        // GIVEN Ada with capacity 3 and two open relationships, and two new mentees
        TempDatabase temp;
        const SampleData d = SampleData::create(temp.db());
        QCOMPARE(*RosterQueries(temp.db().connection()).mentorLoad(d.mentor), 2);
        const Id third = newPerson(temp.db(), QStringLiteral("Third"), false);
        const Id fourth = newPerson(temp.db(), QStringLiteral("Fourth"), false);
        RelationshipService service(temp.db());
        QVERIFY(service.pair({d.mentor, third, d.programme, std::nullopt, false, std::nullopt}).ok());
        const QString before = dumpDatabase(temp.db().connection());

        // WHEN a fourth is paired with her
        auto refused = service.pair({d.mentor, fourth, d.programme, std::nullopt, false, std::nullopt});

        // THEN it is refused, naming her and the numbers, and nothing is written
        QVERIFY(!refused.ok());
        QCOMPARE(refused.errorMessage(),
                 QStringLiteral("Ada Lovelace is at capacity: 3 of 3 mentees. Raise their capacity or "
                                "choose another mentor."));
        QCOMPARE(dumpDatabase(temp.db().connection()), before);
    }

    void shouldRefuseWrongRolesAndDoublePairs_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("words");
        QTest::newRow("mentor is not a mentor") << 0 << "is not a mentor";
        QTest::newRow("mentee is not a mentee") << 1 << "is not a mentee";
        QTest::newRow("already paired") << 2 << "already mentors";
        QTest::newRow("themselves") << 3 << "themselves";
    }
    void shouldRefuseWrongRolesAndDoublePairs()
    {
        QFETCH(int, which);
        QFETCH(QString, words);
        TempDatabase temp;
        const SampleData d = SampleData::create(temp.db());
        const QList<std::pair<Id, Id>> pairs = {
            {d.mentee, d.loner}, {d.mentor, d.manager}, {d.mentor, d.mentee}, {d.mentor, d.mentor}};
        auto refused = RelationshipService(temp.db()).pair(
            {pairs.at(which).first, pairs.at(which).second, std::nullopt, std::nullopt, false, std::nullopt});
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorMessage().contains(words), qPrintable(refused.errorMessage()));
    }
};

TRELLIS_REGISTER_TEST(PairingTest);

#include "pairingtest.moc"
