#include "services/peopleservice.h"
#include "services/relationshipservice.h"
#include "storage/entityreader.h"
#include "storage/profilestore.h"
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

// The refusal's words, empty for a success (the message is evaluated either way).
template <typename T>
QString messageOf(const Result<T> &result)
{
    return result.ok() ? QString() : result.errorMessage();
}

} // namespace

// The first run's edits (issue 9 item 1): creating yourself with your profile, and adding a person
// paired with someone already here, each in one transaction (all or nothing).
class OwnPairingTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldCreateYourselfAndTheProfileTogether()
    {
        // GIVEN an empty database
        TempDatabase temp;
        // WHEN I create myself as a mentor (the role box left unticked)
        Person you;
        you.displayName = QStringLiteral("Maria Costa");
        you.capacity = 3;
        auto done = PeopleService(temp.db()).createYourself(you, Role::Mentor);
        QVERIFY2(done.ok(), qPrintable(messageOf(done)));
        // THEN I exist with the role and am the profile
        auto stored = EntityReader(temp.db().connection()).get<Person>(done->primaryId);
        QVERIFY(stored.ok());
        QVERIFY(stored->isMentor);
        QCOMPARE(stored->capacity, 3);
        QCOMPARE(ProfileStore(temp.db().connection()).profile(),
                 std::optional<Profile>(Profile{stored->id, Role::Mentor}));
        // AND one ChangeSet holds the person and the profile rows (one undo step)
        QCOMPARE(done->ids(Entity::Person, ChangeKind::Inserted), QList<Id>{stored->id});
        QVERIFY(done->changes.size() >= 3);

        // WHEN a nameless person is given THEN nothing is written, not even the profile
        const QString before = dumpDatabase(temp.db().connection());
        auto refused = PeopleService(temp.db()).createYourself(Person{}, Role::Mentee);
        QVERIFY(!refused.ok());
        QCOMPARE(dumpDatabase(temp.db().connection()), before);
    }

    void shouldAddAMenteeAndPairThemWithTheMentorInOneEdit()
    {
        // GIVEN the sample programme, Ada a mentor with room for one more
        PinnedClock clock(QDateTime(QDate(2025, 5, 15), QTime(12, 0), Qt::UTC));
        TempDatabase temp;
        const SampleData d = SampleData::create(temp.db());
        auto ada = EntityReader(temp.db().connection()).get<Person>(d.mentor);
        const int load = *RosterQueries(temp.db().connection()).mentorLoad(d.mentor);
        ada->capacity = load + 1;
        QVERIFY(PeopleService(temp.db()).updatePerson(*ada).ok());

        // WHEN Ada adds Hertha (no role ticked, a skill) as her mentee
        Person hertha;
        hertha.displayName = QStringLiteral("Hertha Ayrton");
        hertha.skills = {QStringLiteral("physics")};
        RelationshipService::Pairing pairing;
        pairing.mentorId = d.mentor;
        pairing.active = true;
        auto done = RelationshipService(temp.db()).addAndPair(hertha, pairing);
        QVERIFY2(done.ok(), qPrintable(messageOf(done)));

        // THEN Hertha is a mentee with her skill, in an active relationship with Ada
        auto relationship = EntityReader(temp.db().connection()).get<Relationship>(done->primaryId);
        QVERIFY(relationship.ok());
        QCOMPARE(relationship->mentorId, d.mentor);
        QCOMPARE(relationship->status, RelationshipStatus::Active);
        auto mentee = EntityReader(temp.db().connection()).get<Person>(relationship->menteeId);
        QVERIFY(mentee->isMentee);
        QCOMPARE(mentee->displayName, QStringLiteral("Hertha Ayrton"));
        QCOMPARE(mentee->skills, QStringList{QStringLiteral("physics")});

        // WHEN Ada, now full, adds another THEN it is refused with the numbers and nobody is added
        const QString before = dumpDatabase(temp.db().connection());
        Person lise;
        lise.displayName = QStringLiteral("Lise Meitner");
        auto refused = RelationshipService(temp.db()).addAndPair(lise, pairing);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("at capacity")),
                 qPrintable(refused.errorMessage()));
        QCOMPARE(dumpDatabase(temp.db().connection()), before);

        // AND a pairing that names both sides (or neither) is no "new person" pairing
        pairing.menteeId = d.loner;
        QVERIFY(!RelationshipService(temp.db()).addAndPair(lise, pairing).ok());
        QCOMPARE(dumpDatabase(temp.db().connection()), before);
    }

    void shouldGiveANewMentorRoomForTheMenteeWhoAddsThem()
    {
        // GIVEN a mentee without a mentor
        PinnedClock clock(QDateTime(QDate(2025, 5, 15), QTime(12, 0), Qt::UTC));
        TempDatabase temp;
        const SampleData d = SampleData::create(temp.db());
        // WHEN the mentee adds their mentor (capacity left at 0)
        Person mentor;
        mentor.displayName = QStringLiteral("Emmy Noether");
        RelationshipService::Pairing pairing;
        pairing.menteeId = d.loner;
        pairing.active = true;
        auto done = RelationshipService(temp.db()).addAndPair(mentor, pairing);
        QVERIFY2(done.ok(), qPrintable(messageOf(done)));
        // THEN she mentors them, with room for them
        auto relationship = EntityReader(temp.db().connection()).get<Relationship>(done->primaryId);
        QCOMPARE(relationship->menteeId, d.loner);
        auto stored = EntityReader(temp.db().connection()).get<Person>(relationship->mentorId);
        QVERIFY(stored->isMentor);
        QCOMPARE(stored->capacity, 1);
    }
};

TRELLIS_REGISTER_TEST(OwnPairingTest);

#include "ownpairingtest.moc"
