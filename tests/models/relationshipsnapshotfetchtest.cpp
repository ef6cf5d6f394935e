#include "models/relationshipsnapshotfetch.h"

#include "models/loadrequest.h"
#include "testlib/sampledata.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "util/clock.h"

#include <QTest>

using namespace trellis;
using namespace trellis::test;

// What makes the relationship page read its snapshot again: a change of a row it shows (also a
// removed one), a new row of the relationship, a person it names — and nothing of another
// relationship, not even a removed row it never showed (except a meeting, whose removal may
// uncover an occurrence).
class RelationshipSnapshotFetchTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<PinnedClock> m_clock;
    std::unique_ptr<TempDatabase> m_temp;
    SampleData m_data;
    RelationshipSnapshotFetch::Shown m_shown;

    bool touches(Entity entity, const QList<Id> &ids)
    {
        auto touched = RelationshipSnapshotFetch::touches(m_temp->db(), m_data.relationship, m_shown,
                                                          LoadRequest::changes(entity, ids));
        if (!touched)
            qFatal("%s", qPrintable(touched.errorMessage()));
        return *touched;
    }

private Q_SLOTS:
    void init()
    {
        m_clock = std::make_unique<PinnedClock>(QDateTime(QDate(2025, 5, 15), QTime(12, 0), Qt::UTC));
        m_temp = std::make_unique<TempDatabase>();
        m_data = SampleData::create(m_temp->db());
        auto snapshot = RelationshipSnapshot::load(m_temp->db(), m_data.relationship, true);
        QVERIFY(snapshot.ok());
        m_shown = RelationshipSnapshotFetch::shownBy(*snapshot);
    }

    void cleanup()
    {
        m_temp.reset();
        m_clock.reset();
    }

    void shouldReadOnAFullLoad()
    {
        auto touched =
            RelationshipSnapshotFetch::touches(m_temp->db(), m_data.relationship, m_shown, LoadRequest{});
        QVERIFY(touched.ok());
        QVERIFY(*touched);
    }

    void shouldReadForRowsOfThisRelationship()
    {
        QVERIFY(touches(Entity::Relationship, {m_data.relationship}));
        QVERIFY(touches(Entity::Contact, {m_data.contact}));
        QVERIFY(touches(Entity::ActionItem, {m_data.actionItem}));
        QVERIFY(touches(Entity::Milestone, {m_data.milestone}));
        QVERIFY(touches(Entity::ProgressUpdate, {m_data.progress}));
        QVERIFY(touches(Entity::SupportContact, {m_data.supportContact}));
        QVERIFY(touches(Entity::Feedback, {m_data.feedback}));
        QVERIFY(touches(Entity::Person, {m_data.mentor}));
        QVERIFY(touches(Entity::Programme, {m_data.programme}));
    }

    void shouldReadNothingForOtherRelationships()
    {
        QVERIFY(!touches(Entity::Relationship, {m_data.proposed}));
        QVERIFY(!touches(Entity::Person, {m_data.loner}));
        // Rows that no longer exist and were not shown: someone else's, removed.
        QVERIFY(!touches(Entity::ActionItem, {987654}));
        QVERIFY(!touches(Entity::Contact, {987654}));
    }

    void shouldReadWhenAShownRowWasRemovedOrAMeetingVanished()
    {
        // A shown row is this relationship's even after it is gone.
        m_shown[Entity::Contact].insert(4242);
        QVERIFY(touches(Entity::Contact, {4242}));
        // Whose a removed meeting was cannot be told, and it may have hidden an occurrence.
        QVERIFY(touches(Entity::Meeting, {987654}));
    }
};

TRELLIS_REGISTER_TEST(RelationshipSnapshotFetchTest);

#include "relationshipsnapshotfetchtest.moc"
