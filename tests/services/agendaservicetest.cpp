#include "services/servicebundle.h"
#include "storage/relationshipqueries.h"
#include "testlib/sampledata.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "util/clock.h"

#include <QTest>

using namespace trellis;
using namespace trellis::test;

namespace {

#define VERIFY_OK(result)                                                                                    \
    QVERIFY2((result).ok(), qPrintable((result).ok() ? QString() : (result).errorMessage()))

} // namespace

// The operations the relationship page and the mentee workspace add: agendas, closing
// reflections, and meetings read without their private notes.
class AgendaServiceTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TempDatabase> m_temp;
    std::unique_ptr<PinnedClock> m_clock;
    SampleData m_data;

private Q_SLOTS:
    void init()
    {
        m_clock = std::make_unique<PinnedClock>(QDateTime(QDate(2025, 5, 15), QTime(12, 0), Qt::UTC));
        m_temp = std::make_unique<TempDatabase>();
        m_data = SampleData::create(m_temp->db());
    }

    void cleanup()
    {
        m_temp.reset();
        m_clock.reset();
    }

    void shouldSetOnlyTheAgendaOfASingleMeeting()
    {
        // GIVEN a single meeting with private and shared notes
        ServiceBundle s(m_temp->db());
        Meeting before = s.get<Meeting>(m_data.single);
        before.privateNotes = QStringLiteral("Only the mentor");
        before.sharedNotes = QStringLiteral("Shared");
        VERIFY_OK(s.meetings.updateMeeting(before));
        // WHEN its agenda is set
        VERIFY_OK(s.meetings.setAgenda(m_data.single, {}, QStringLiteral("My questions")));
        // THEN only the agenda changed
        Meeting after = s.get<Meeting>(m_data.single);
        QCOMPARE(after.agenda, QStringLiteral("My questions"));
        after.agenda = before.agenda;
        QCOMPARE(after, before);
    }

    void shouldGiveASeriesOccurrenceItsOwnAgenda()
    {
        // GIVEN a series occurrence without an override
        ServiceBundle s(m_temp->db());
        // WHEN its agenda is set
        auto set = s.meetings.setAgenda(m_data.series, QStringLiteral("2025-04-08T17:00:00"),
                                        QStringLiteral("About the talk"));
        VERIFY_OK(set);
        // THEN an override holds it, planned, with no notes copied from the series
        const QList<Id> inserted = set->ids(Entity::Meeting, ChangeKind::Inserted);
        QCOMPARE(inserted.size(), 1);
        const Meeting override = s.get<Meeting>(inserted.first());
        QCOMPARE(override.kind, MeetingKind::Override);
        QCOMPARE(override.agenda, QStringLiteral("About the talk"));
        QCOMPARE(override.status, MeetingStatus::Planned);
        QVERIFY(override.privateNotes.isEmpty());
        QVERIFY(override.sharedNotes.isEmpty());
        // AND the series itself is untouched
        QVERIFY(s.get<Meeting>(m_data.series).agenda != QStringLiteral("About the talk"));
        // WHEN the series is given no occurrence THEN it is refused with a reason
        auto refused = s.meetings.setAgenda(m_data.series, {}, QStringLiteral("x"));
        QVERIFY(!refused.ok());
        QVERIFY(refused.errorMessage().contains(QStringLiteral("occurrence")));
    }

    void shouldReadMeetingsWithoutPrivateNotes()
    {
        // GIVEN meetings with private notes
        ServiceBundle s(m_temp->db());
        Meeting m = s.get<Meeting>(m_data.single);
        m.privateNotes = QStringLiteral("Secret");
        VERIFY_OK(s.meetings.updateMeeting(m));
        const RelationshipQueries queries(m_temp->db().connection());
        // WHEN read as shared meetings
        auto shared = queries.sharedMeetings(m_data.relationship);
        auto all = queries.meetings(m_data.relationship);
        VERIFY_OK(shared);
        VERIFY_OK(all);
        // THEN the same rows come back, without private notes
        QCOMPARE(shared->size(), all->size());
        bool anyPrivate = false;
        for (int i = 0; i < all->size(); ++i) {
            anyPrivate = anyPrivate || !all->at(i).privateNotes.isEmpty();
            QVERIFY(shared->at(i).privateNotes.isEmpty());
            Meeting expected = all->at(i);
            expected.privateNotes.clear();
            QCOMPARE(shared->at(i), expected);
        }
        QVERIFY(anyPrivate);
    }

    void shouldKeepTheClosingReflectionWhenEnding()
    {
        // GIVEN an active relationship
        ServiceBundle s(m_temp->db());
        // WHEN it is paused with a reflection THEN the reflection is ignored
        VERIFY_OK(s.relationships.changeStatus(m_data.relationship, RelationshipStatus::Paused,
                                               QDate(2025, 5, 1), {}, QStringLiteral("ignored")));
        QVERIFY(s.get<Relationship>(m_data.relationship).closingReflection.isEmpty());
        // WHEN it ends early with a reason and a reflection THEN both are kept
        VERIFY_OK(s.relationships.changeStatus(m_data.relationship, RelationshipStatus::EndedEarly,
                                               QDate(2025, 5, 2), QStringLiteral("moved"),
                                               QStringLiteral("  Learned a lot  ")));
        const Relationship ended = s.get<Relationship>(m_data.relationship);
        QCOMPARE(ended.endReason, QStringLiteral("moved"));
        QCOMPARE(ended.closingReflection, QStringLiteral("Learned a lot"));
    }
};

TRELLIS_REGISTER_TEST(AgendaServiceTest);

#include "agendaservicetest.moc"
