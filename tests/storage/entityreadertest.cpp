#include "storage/entityreader.h"

#include "testlib/sampledata.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "util/clock.h"

#include <QTest>

using namespace trellis;
using namespace trellis::test;

// The named lookups services use instead of SQL of their own.
class EntityReaderTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldFindOverridesAndMeetingsByIdentity()
    {
        PinnedClock clock(QDateTime(QDate(2025, 5, 15), QTime(12, 0), Qt::UTC));
        TempDatabase temp;
        const SampleData d = SampleData::create(temp.db());
        const EntityReader reader(temp.db().connection());

        auto found = reader.overrideId(d.series, QStringLiteral("2025-03-25T17:00:00"));
        QVERIFY(found.ok());
        QCOMPARE(*found, std::optional<Id>(d.override));
        auto none = reader.overrideId(d.series, QStringLiteral("2025-04-08T17:00:00"));
        QVERIFY(none.ok());
        QCOMPARE(*none, std::optional<Id>());
        QCOMPARE(*reader.overrideId(d.single, QStringLiteral("2025-03-25T17:00:00")), std::optional<Id>());

        const Meeting series = *reader.get<Meeting>(d.series);
        QCOMPARE(*reader.meetingId(series.uid, QString()), std::optional<Id>(d.series));
        QCOMPARE(*reader.meetingId(series.uid, QStringLiteral("2025-03-25T17:00:00")),
                 std::optional<Id>(d.override));
        QCOMPARE(*reader.meetingId(QStringLiteral("nobody@x"), QString()), std::optional<Id>());

        auto withUid = reader.meetingsWithUid(series.uid);
        QVERIFY(withUid.ok());
        QCOMPARE(withUid->size(), 2);
        QCOMPARE(withUid->at(0).id, d.series);
        QCOMPARE(withUid->at(1).id, d.override);
        auto overrides = reader.overridesOf(d.series);
        QVERIFY(overrides.ok());
        QCOMPARE(overrides->size(), 1);
        QCOMPARE(overrides->first().id, d.override);
        QCOMPARE(overrides->first().kind, MeetingKind::Override);
    }

    void shouldListTagsCountRelationshipsAndFindShares()
    {
        PinnedClock clock(QDateTime(QDate(2025, 5, 15), QTime(12, 0), Qt::UTC));
        TempDatabase temp;
        const SampleData d = SampleData::create(temp.db());
        const EntityReader reader(temp.db().connection());

        auto tags = reader.tagsOf(d.mentor);
        QVERIFY(tags.ok());
        QCOMPARE(tags->size(), 3);
        QCOMPARE(tags->at(0).kind, TagKind::Skill);
        QCOMPARE(tags->at(0).tag, QStringLiteral("mathematics"));
        QCOMPARE(tags->at(1).tag, QStringLiteral("writing"));
        QCOMPARE(tags->at(2).kind, TagKind::Interest);
        QCOMPARE(tags->at(2).tag, QStringLiteral("poetry"));
        QVERIFY(tags->at(0).id < tags->at(1).id);
        QVERIFY(reader.tagsOf(d.manager)->isEmpty());

        QCOMPARE(*reader.relationshipCount(d.mentee), 1);
        QCOMPARE(*reader.relationshipCount(d.manager), 0);
        QCOMPARE(*reader.relationshipCount(d.mentor), 2);

        QCOMPARE(*reader.shareId(d.resource, d.relationship), std::optional<Id>(d.share));
        QCOMPARE(*reader.shareId(d.resource, d.proposed), std::optional<Id>());

        QVERIFY(reader.exists(Entity::Goal, d.goal));
        QVERIFY(!reader.exists(Entity::Goal, d.goal + 1000));
        QVERIFY(!reader.exists(Entity::Profile, 1));
    }
};

TRELLIS_REGISTER_TEST(EntityReaderTest);

#include "entityreadertest.moc"
