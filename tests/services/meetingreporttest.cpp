#include "services/servicebundle.h"
#include "testlib/databasedump.h"
#include "testlib/sampledata.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "util/clock.h"

#include <QTest>

#include <functional>

using namespace trellis;
using namespace trellis::test;

using ReportChange = std::function<void(MeetingReport &, const SampleData &)>;
Q_DECLARE_METATYPE(ReportChange)

namespace {

MeetingReport newMeeting(const SampleData &d)
{
    MeetingReport r;
    r.relationshipId = d.relationship;
    r.startLocal = QStringLiteral("2025-05-14T09:00:00");
    r.timezone = QStringLiteral("Europe/London");
    r.durationMinutes = 45;
    r.mode = MeetingMode::Phone;
    r.initiator = Initiator::Mentee;
    r.title = QStringLiteral("Call");
    r.agenda = QStringLiteral("CV");
    r.sharedNotes = QStringLiteral("Went through the CV");
    r.privateNotes = QStringLiteral("Tired");
    ActionItem a;
    a.title = QStringLiteral("Update CV");
    a.ownerId = d.mentee;
    a.dueDate = QDate(2025, 5, 28);
    r.actionItems = {a};
    ProgressUpdate p;
    p.goalId = d.goal;
    p.recordedOn = QDate(2025, 5, 14);
    p.value = 2;
    p.note = QStringLiteral("Second article out");
    r.progress = {p};
    return r;
}

} // namespace

// MeetingService::recordMeeting: a meeting with its action items and progress as one edit.
class MeetingReportTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<PinnedClock> m_clock;
    std::unique_ptr<TempDatabase> m_temp;
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

    void shouldRecordANewMeetingWithItsOutcomesInOneChangeSet()
    {
        // GIVEN a report of an unplanned meeting with an action item and a progress update
        ServiceBundle s(m_temp->db());
        const MeetingReport report = newMeeting(m_data);

        // WHEN it is recorded
        auto done = s.meetings.recordMeeting(report);
        QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.errorMessage()));

        // THEN one ChangeSet holds the new held single meeting, its action item and the progress
        QCOMPARE(done->ids(Entity::Meeting, ChangeKind::Inserted).size(), 1);
        QCOMPARE(done->ids(Entity::ActionItem, ChangeKind::Inserted).size(), 1);
        QCOMPARE(done->ids(Entity::ProgressUpdate, ChangeKind::Inserted).size(), 1);
        const Meeting meeting = s.get<Meeting>(done->primaryId);
        QCOMPARE(meeting.kind, MeetingKind::Single);
        QCOMPARE(meeting.status, MeetingStatus::Held);
        QCOMPARE(meeting.startLocal, report.startLocal);
        QCOMPARE(meeting.timezone, report.timezone);
        QCOMPARE(meeting.durationMinutes, 45);
        QCOMPARE(meeting.mode, MeetingMode::Phone);
        QCOMPARE(meeting.initiator, Initiator::Mentee);
        QCOMPARE(meeting.privateNotes, QStringLiteral("Tired"));
        QCOMPARE(meeting.startUtc, QDateTime(QDate(2025, 5, 14), QTime(8, 0), Qt::UTC).toSecsSinceEpoch());
        const ActionItem item =
            s.get<ActionItem>(done->ids(Entity::ActionItem, ChangeKind::Inserted).first());
        QCOMPARE(item.meetingId, std::optional<Id>(meeting.id));
        QCOMPARE(item.relationshipId, m_data.relationship);
        QCOMPARE(item.ownerId, std::optional<Id>(m_data.mentee));
        const ProgressUpdate progress =
            s.get<ProgressUpdate>(done->ids(Entity::ProgressUpdate, ChangeKind::Inserted).first());
        QCOMPARE(progress.value, 2.0);
        QCOMPARE(progress.note, QStringLiteral("Second article out"));
    }

    void shouldLogASeriesOccurrenceAsItsOverride()
    {
        // GIVEN a report for an occurrence of the series that took place a day later
        ServiceBundle s(m_temp->db());
        MeetingReport report = newMeeting(m_data);
        report.plannedMeetingId = m_data.series;
        report.occurrence = QStringLiteral("2025-04-08T17:00:00");
        report.startLocal = QStringLiteral("2025-04-09T17:30:00");
        report.timezone = QStringLiteral("Europe/Berlin");
        report.title.clear();

        // WHEN it is recorded
        auto done = s.meetings.recordMeeting(report);
        QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.errorMessage()));

        // THEN the occurrence has an override, held at the new time, keeping the series' title and UID
        const Meeting occurrence = s.get<Meeting>(done->primaryId);
        const Meeting series = s.get<Meeting>(m_data.series);
        QCOMPARE(occurrence.kind, MeetingKind::Override);
        QCOMPARE(occurrence.seriesId, std::optional<Id>(m_data.series));
        QCOMPARE(occurrence.recurrenceId, report.occurrence);
        QCOMPARE(occurrence.startLocal, report.startLocal);
        QCOMPARE(occurrence.status, MeetingStatus::Held);
        QCOMPARE(occurrence.title, series.title);
        QCOMPARE(occurrence.uid, series.uid);
        QVERIFY(occurrence.rrules.isEmpty());
    }

    void shouldRefuseAndWriteNothing_data()
    {
        QTest::addColumn<ReportChange>("change");
        QTest::addColumn<QString>("message");
        QTest::newRow("goal of another relationship")
            << ReportChange([](MeetingReport &r, const SampleData &d) {
                   r.relationshipId = d.proposed; // the goal belongs to d.relationship
               })
            << QStringLiteral("belongs to another relationship");
        QTest::newRow("planned meeting of another relationship")
            << ReportChange([](MeetingReport &r, const SampleData &d) {
                   r.progress.clear();
                   r.actionItems.clear();
                   r.relationshipId = d.proposed;
                   r.plannedMeetingId = d.single;
               })
            << QStringLiteral("belongs to another relationship");
        QTest::newRow("series without occurrence")
            << ReportChange([](MeetingReport &r, const SampleData &d) { r.plannedMeetingId = d.series; })
            << QStringLiteral("which occurrence");
        QTest::newRow("not an occurrence") << ReportChange([](MeetingReport &r, const SampleData &d) {
            r.plannedMeetingId = d.series;
            r.occurrence = QStringLiteral("2025-04-09T17:00:00");
        }) << QStringLiteral("is not an occurrence");
        QTest::newRow("planned status")
            << ReportChange([](MeetingReport &r, const SampleData &) { r.status = MeetingStatus::Planned; })
            << QStringLiteral("held or missed");
        QTest::newRow("action item without title") << ReportChange([](MeetingReport &r, const SampleData &) {
            r.actionItems.first().title = QStringLiteral("  ");
        }) << QStringLiteral("action item");
        QTest::newRow("unknown zone") << ReportChange([](MeetingReport &r, const SampleData &) {
            r.timezone = QStringLiteral("Mars/Olympus");
        }) << QStringLiteral("time zone");
        QTest::newRow("missing goal")
            << ReportChange([](MeetingReport &r, const SampleData &) { r.progress.first().goalId = 9999; })
            << QStringLiteral("9999");
    }

    void shouldRefuseAndWriteNothing()
    {
        QFETCH(ReportChange, change);
        QFETCH(QString, message);
        // GIVEN a report made invalid in one way
        ServiceBundle s(m_temp->db());
        MeetingReport report = newMeeting(m_data);
        change(report, m_data);
        const QString before = dumpDatabase(m_temp->db().connection());

        // WHEN it is recorded
        auto done = s.meetings.recordMeeting(report);

        // THEN it is refused with a readable reason and nothing was written
        QVERIFY(!done.ok());
        QVERIFY2(done.errorMessage().contains(message, Qt::CaseInsensitive), qPrintable(done.errorMessage()));
        QCOMPARE(dumpDatabase(m_temp->db().connection()), before);
    }
};

TRELLIS_REGISTER_TEST(MeetingReportTest);

#include "meetingreporttest.moc"
