#include "storage/relationshipownerquery.h"

#include "demo/demogenerator.h"
#include "services/relationshipservice.h"
#include "storage/relationshipqueries.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"

#include <QTest>

#include <algorithm>

using namespace trellis;
using namespace trellis::test;

class RelationshipOwnerQueryTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(DemoGenerator::generate(m_temp.db(), DemoOptions{}).ok()); }

    void shouldFindTheRelationshipOfChildRows()
    {
        // GIVEN two relationships with goals, milestones or progress, and meetings
        const RelationshipQueries queries(m_temp.db().connection());
        auto relationships = queries.relationships();
        QVERIFY(relationships.ok());
        QList<Id> meetings;
        QList<Id> goals;
        QList<Id> updates;
        QList<Id> owners;
        for (const Relationship &r : std::as_const(*relationships)) {
            auto meetingRows = queries.meetings(r.id);
            auto goalRows = queries.goals(r.id);
            QVERIFY(meetingRows.ok() && goalRows.ok());
            if (meetingRows->isEmpty() || goalRows->isEmpty())
                continue;
            auto history = queries.progressHistory(goalRows->first().goal.id);
            QVERIFY(history.ok());
            if (history->isEmpty())
                continue;
            meetings.append(meetingRows->first().id);
            goals.append(goalRows->first().goal.id);
            updates.append(history->first().id);
            owners.append(r.id);
            if (owners.size() == 2)
                break;
        }
        QCOMPARE(owners.size(), 2);
        std::sort(owners.begin(), owners.end());
        const RelationshipOwnerQuery query(m_temp.db().connection());

        // WHEN the owners of their meetings, goals and progress updates are read
        // THEN each names the two relationships, complete
        const QList<std::pair<Entity, QList<Id>>> cases{
            {Entity::Meeting, meetings}, {Entity::Goal, goals}, {Entity::ProgressUpdate, updates}};
        for (const auto &[entity, ids] : cases) {
            auto found = query.owners(entity, ids);
            QVERIFY(found.ok());
            QCOMPARE(found->relationships, owners);
            QVERIFY(found->complete);
        }
        // AND the same row named twice counts once
        auto twice = query.owners(Entity::Meeting, {meetings.first(), meetings.first()});
        QVERIFY(twice.ok());
        QCOMPARE(twice->relationships, QList<Id>{owners.first()});
        QVERIFY(twice->complete);
    }

    void shouldFindTheRelationshipsOfAPersonAndACohort()
    {
        auto relationships = RelationshipQueries(m_temp.db().connection()).relationships();
        QVERIFY(relationships.ok());
        const Relationship first = relationships->first();
        QList<Id> ofMentor;
        QList<Id> ofCohort;
        for (const Relationship &r : std::as_const(*relationships)) {
            if (r.mentorId == first.mentorId || r.menteeId == first.mentorId)
                ofMentor.append(r.id);
            if (r.cohortId && r.cohortId == first.cohortId)
                ofCohort.append(r.id);
        }
        QVERIFY(first.cohortId);
        std::sort(ofMentor.begin(), ofMentor.end());
        std::sort(ofCohort.begin(), ofCohort.end());
        const RelationshipOwnerQuery query(m_temp.db().connection());
        auto mentor = query.owners(Entity::Person, {first.mentorId});
        QVERIFY(mentor.ok());
        QCOMPARE(mentor->relationships, ofMentor);
        auto cohort = query.owners(Entity::Cohort, {*first.cohortId});
        QVERIFY(cohort.ok());
        QCOMPARE(cohort->relationships, ofCohort);
        // The profile belongs to no relationship; nothing asked, nothing found.
        auto profile = query.owners(Entity::Profile, {1});
        QVERIFY(profile.ok() && profile->relationships.isEmpty() && profile->complete);
        auto none = query.owners(Entity::Meeting, {});
        QVERIFY(none.ok() && none->relationships.isEmpty() && none->complete);
    }

    void shouldSayWhenARowIsGone()
    {
        // GIVEN a contact that was logged and deleted again
        auto relationships = RelationshipQueries(m_temp.db().connection()).relationships();
        QVERIFY(relationships.ok());
        Contact contact;
        contact.relationshipId = relationships->first().id;
        contact.occurredAt = QDateTime(QDate(2026, 1, 5), QTime(10, 0), Qt::UTC);
        contact.summary = QStringLiteral("Call");
        RelationshipService service(m_temp.db());
        auto logged = service.logContact(contact);
        QVERIFY(logged.ok());
        const Id id = logged->primaryId;
        const RelationshipOwnerQuery query(m_temp.db().connection());
        auto before = query.owners(Entity::Contact, {id});
        QVERIFY(before.ok());
        QCOMPARE(before->relationships, QList<Id>{contact.relationshipId});
        QVERIFY(before->complete);
        QVERIFY(service.deleteContact(id).ok());

        // WHEN its owner is asked for THEN it cannot be told
        auto after = query.owners(Entity::Contact, {id});
        QVERIFY(after.ok());
        QVERIFY(after->relationships.isEmpty());
        QVERIFY(!after->complete);
        // … nor for a removed relationship
        auto gone = query.owners(Entity::Relationship, {999999});
        QVERIFY(gone.ok());
        QVERIFY(!gone->complete);
    }

private:
    TempDatabase m_temp;
};

TRELLIS_REGISTER_TEST(RelationshipOwnerQueryTest);

#include "relationshipownerquerytest.moc"
