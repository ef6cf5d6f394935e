#include "domain/feedback.h"
#include "insights/menteesnapshot.h"
#include "insights/relationshipoverview.h"
#include "insights/relationshipsnapshot.h"
#include "io/rosterexporter.h"
#include "services/relationshipservice.h"
#include "testlib/sampledata.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "util/clock.h"

#include <QTest>

using namespace trellis;
using namespace trellis::test;

namespace {

bool lowFeedback(Database &db, const RelationshipScope &scope, Id relationshipId)
{
    auto entries = RelationshipOverview::load(db.connection(), scope);
    if (!entries)
        qFatal("%s", qPrintable(entries.errorMessage()));
    for (const RelationshipOverviewEntry &entry : std::as_const(*entries))
        if (entry.row.relationshipId == relationshipId)
            return entry.health.riskReasons.contains(RiskReason::LowFeedback);
    qFatal("relationship not in scope");
    return false;
}

QList<Id> feedbackIds(const QList<Feedback> &feedback)
{
    QList<Id> ids;
    for (const Feedback &given : feedback)
        ids.append(given.id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

// Issue 9, item 10: feedback is shared with the pair or for the coordinators only (the
// default for a rating of the other person); a mentor or mentee never reads the other's
// coordinator-only feedback, nor health derived from it, in pages, snapshots or exports.
class FeedbackVisibilityTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<PinnedClock> m_clock;
    std::unique_ptr<TempDatabase> m_temp;
    SampleData m_data;
    Id m_mentorLow = 0; // the mentor's 1-star rating of the mentee, for the coordinators only
    Id m_shared = 0;    // an earlier 4-star one by the mentor, shared with the pair

private Q_SLOTS:
    void init()
    {
        m_clock = std::make_unique<PinnedClock>(QDateTime(QDate(2025, 5, 15), QTime(12, 0), Qt::UTC));
        m_temp = std::make_unique<TempDatabase>();
        m_data = SampleData::create(m_temp->db());
        RelationshipService service(m_temp->db());
        Feedback shared;
        shared.relationshipId = m_data.relationship;
        shared.authorRole = Role::Mentor;
        shared.authorId = m_data.mentor;
        shared.rating = 4;
        shared.comment = QStringLiteral("Good energy");
        shared.givenOn = QDate(2025, 4, 10);
        shared.visibility = FeedbackVisibility::SharedWithPair;
        auto added = service.createFeedback(shared);
        QVERIFY(added.ok());
        m_shared = added->primaryId;
        Feedback low = shared;
        low.rating = 1;
        low.comment = QStringLiteral("Never prepared, wastes my time");
        low.givenOn = QDate(2025, 5, 10);
        low.visibility = Feedback::defaultVisibility(Role::Mentor);
        added = service.createFeedback(low);
        QVERIFY(added.ok());
        m_mentorLow = added->primaryId;
    }

    void cleanup()
    {
        m_temp.reset();
        m_clock.reset();
    }

    void shouldDefaultToCoordinatorsOnlyForARatingOfTheOtherPerson()
    {
        QCOMPARE(Feedback::defaultVisibility(Role::Mentor), FeedbackVisibility::CoordinatorOnly);
        QCOMPARE(Feedback::defaultVisibility(Role::Mentee), FeedbackVisibility::CoordinatorOnly);
        QCOMPARE(Feedback::defaultVisibility(Role::Coordinator), FeedbackVisibility::SharedWithPair);
        Feedback given;
        given.authorRole = Role::Mentor;
        given.visibility = FeedbackVisibility::CoordinatorOnly;
        QVERIFY(given.isVisibleTo(Role::Coordinator));
        QVERIFY(given.isVisibleTo(Role::Mentor)); // its author's role
        QVERIFY(!given.isVisibleTo(Role::Mentee));
        given.visibility = FeedbackVisibility::SharedWithPair;
        QVERIFY(given.isVisibleTo(Role::Mentee));
        QCOMPARE(toText(FeedbackVisibility::CoordinatorOnly), QStringLiteral("coordinator_only"));
        QCOMPARE(fromText<FeedbackVisibility>(u"shared_with_pair"), FeedbackVisibility::SharedWithPair);
    }

    void shouldKeepTheMentorsCoordinatorOnlyRatingFromTheMentee()
    {
        Database &db = m_temp->db();
        // The coordinator and the mentor who wrote it see the low rating and the risk it makes …
        QVERIFY(lowFeedback(db, RelationshipScope::all(), m_data.relationship));
        QVERIFY(lowFeedback(db, RelationshipScope::mentor(m_data.mentor).seenBy(Role::Mentor),
                            m_data.relationship));
        // … the mentee sees neither: their latest visible rating is the shared 4-star one
        QVERIFY(!lowFeedback(db, RelationshipScope::mentee(m_data.mentee).seenBy(Role::Mentee),
                             m_data.relationship));

        auto asMentee = RelationshipSnapshot::load(db, m_data.relationship, false, Role::Mentee);
        QVERIFY(asMentee.ok());
        QCOMPARE(feedbackIds(asMentee->feedback), (QList<Id>{m_data.feedback, m_shared}));
        QVERIFY(!asMentee->overview.health.riskReasons.contains(RiskReason::LowFeedback));
        auto workspace = MenteeSnapshot::load(db, m_data.mentee);
        QVERIFY(workspace.ok());
        QCOMPARE(feedbackIds(workspace->relationships.first().feedback),
                 (QList<Id>{m_data.feedback, m_shared}));
        QVERIFY(
            !workspace->relationships.first().overview.health.riskReasons.contains(RiskReason::LowFeedback));

        auto asCoordinator = RelationshipSnapshot::load(db, m_data.relationship, true, Role::Coordinator);
        QVERIFY(asCoordinator.ok());
        QCOMPARE(feedbackIds(asCoordinator->feedback), (QList<Id>{m_data.feedback, m_shared, m_mentorLow}));
        QVERIFY(asCoordinator->overview.health.riskReasons.contains(RiskReason::LowFeedback));
    }

    void shouldKeepTheMenteesCoordinatorOnlyRatingFromTheMentor()
    {
        // GIVEN a later 2-star rating of the mentor by the mentee, for the coordinators only
        Feedback low;
        low.relationshipId = m_data.relationship;
        low.authorRole = Role::Mentee;
        low.authorId = m_data.mentee;
        low.rating = 2;
        low.comment = QStringLiteral("Often late");
        low.givenOn = QDate(2025, 5, 12);
        low.visibility = Feedback::defaultVisibility(Role::Mentee);
        auto added = RelationshipService(m_temp->db()).createFeedback(low);
        QVERIFY(added.ok());
        const Id lowId = added->primaryId;
        // THEN the mentor's page leaves it out, the mentee's keeps it
        auto asMentor = RelationshipSnapshot::load(m_temp->db(), m_data.relationship, true, Role::Mentor);
        QVERIFY(asMentor.ok());
        QVERIFY(!feedbackIds(asMentor->feedback).contains(lowId));
        auto asMentee = RelationshipSnapshot::load(m_temp->db(), m_data.relationship, false, Role::Mentee);
        QVERIFY(feedbackIds(asMentee->feedback).contains(lowId));
        QVERIFY(asMentee->overview.health.riskReasons.contains(RiskReason::LowFeedback));
    }

    void shouldExportOnlyWhatTheViewerMaySee()
    {
        auto coordinator = RosterExporter::relationshipsCsv(m_temp->db().connection());
        QVERIFY(coordinator.ok());
        QVERIFY(coordinator->contains("low feedback"));
        auto mentee = RosterExporter::relationshipsCsv(
            m_temp->db().connection(), RelationshipScope::mentee(m_data.mentee).seenBy(Role::Mentee));
        QVERIFY(mentee.ok());
        QVERIFY(mentee->contains("Charles Babbage"));
        QVERIFY(!mentee->contains("low feedback"));
        QVERIFY(!mentee->contains("wastes my time"));
    }
};

TRELLIS_REGISTER_TEST(FeedbackVisibilityTest);

#include "feedbackvisibilitytest.moc"
