#include "insights/calendarfilter.h"

#include "calendar/testrows.h"
#include "models/calendarfiltersettings.h"
#include "models/calendarmoves.h"
#include "models/calendartexts.h"
#include "models/occurrencemodel.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace trellis;
using namespace trellis::test;

namespace {

LocalStart berlin(const char *text)
{
    return LocalStart{QLatin1String(text), QStringLiteral("Europe/Berlin")};
}

} // namespace

// GIVEN mentors Ada and Cleo, mentees Ben and Dan (Dan in cohort K with both mentors), and one
// week with a held, an unlogged, a planned and a cancelled meeting, and a double booking of Dan
// WHEN the calendar's filters are set THEN the occurrence model keeps only what each one names.
class CalendarFilterTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TempDatabase> m_temp;
    qint64 m_ada = 0, m_ben = 0, m_cleo = 0, m_dan = 0, m_cohort = 0;
    qint64 m_adaBen = 0, m_cleoDan = 0, m_adaDan = 0;
    qint64 m_held = 0, m_unlogged = 0, m_planned = 0, m_cancelled = 0, m_clash = 0;
    const QDate m_first{2026, 5, 4};
    const qint64 m_now = QDateTime(QDate(2026, 5, 6), QTime(12, 0), Qt::UTC).toSecsSinceEpoch();

    // The meeting ids the model holds for `filter`, in order.
    QList<qint64> shown(const CalendarFilter &filter)
    {
        OccurrenceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setViewerZone(QTimeZone("Europe/Berlin"));
        model.setNowUtc(m_now);
        model.setFilter(filter);
        model.setWindow(m_first, 7);
        auto data = model.fetcher()(m_temp->db(), LoadRequest());
        if (!data) {
            qWarning("%s", qPrintable(data.errorMessage()));
            return {-1};
        }
        model.apply(std::move(*data), LoadRequest());
        QList<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids << model.itemAt(row).occurrence.meetingId;
        return ids;
    }

private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<TempDatabase>();
        TestRows rows(m_temp->db().connection());
        m_ada = rows.person(QStringLiteral("Ada"));
        m_ben = rows.person(QStringLiteral("Ben"));
        m_cleo = rows.person(QStringLiteral("Cleo"));
        m_dan = rows.person(QStringLiteral("Dan"));
        const qint64 programme = rows.programme(QStringLiteral("Spring"));
        m_cohort = rows.cohort(programme, QStringLiteral("K"));
        m_adaBen = rows.relationship(m_ada, m_ben);
        m_cleoDan = rows.relationship(m_cleo, m_dan, programme, m_cohort);
        m_adaDan = rows.relationship(m_ada, m_dan, programme, m_cohort);
        m_held = rows.single(m_adaBen, berlin("2026-05-04T10:00:00"), 60, QStringLiteral("held"));
        m_unlogged = rows.single(m_adaBen, berlin("2026-05-05T10:00:00"), 60);
        m_planned = rows.single(m_cleoDan, berlin("2026-05-07T10:00:00"), 60);
        m_cancelled = rows.single(m_adaDan, berlin("2026-05-08T10:00:00"), 60, QStringLiteral("cancelled"));
        m_clash = rows.single(m_adaDan, berlin("2026-05-07T10:30:00"), 60);
    }

    void shouldNarrowByEachFilter()
    {
        QCOMPARE(shown({}), (QList<qint64>{m_held, m_unlogged, m_planned, m_clash, m_cancelled}));
        CalendarFilter mentee;
        mentee.mentee = m_ben;
        QCOMPARE(shown(mentee), (QList<qint64>{m_held, m_unlogged}));
        CalendarFilter mentor;
        mentor.mentor = m_cleo;
        QCOMPARE(shown(mentor), (QList<qint64>{m_planned}));
        CalendarFilter cohort;
        cohort.cohort = m_cohort;
        QCOMPARE(shown(cohort), (QList<qint64>{m_planned, m_clash, m_cancelled}));
        CalendarFilter mine;
        mine.onlyMine = true;
        mine.me = m_cleo;
        QCOMPARE(shown(mine), (QList<qint64>{m_planned}));
        // "Only mine" without a person of one's own shows nothing rather than everything.
        mine.me = 0;
        QCOMPARE(shown(mine), QList<qint64>());

        const std::pair<CalendarFilter::Status, QList<qint64>> statuses[] = {
            {CalendarFilter::Status::Planned, {m_planned, m_clash}},
            {CalendarFilter::Status::Held, {m_held}},
            {CalendarFilter::Status::Cancelled, {m_cancelled}},
            {CalendarFilter::Status::Unlogged, {m_unlogged}}};
        for (const auto &[status, expected] : statuses) {
            CalendarFilter only;
            only.statuses = int(status);
            QCOMPARE(shown(only), expected);
            QCOMPARE(only.activeCount(), 1);
        }
        // Filters combine.
        CalendarFilter both;
        both.mentee = m_dan;
        both.setShown(CalendarFilter::Status::Cancelled, false);
        QCOMPARE(both.activeCount(), 2);
        QCOMPARE(shown(both), (QList<qint64>{m_planned, m_clash}));
    }

    // A meeting hidden by a filter still makes the one shown a conflict: Dan is double-booked.
    void shouldKeepConflictsOfHiddenMeetings()
    {
        OccurrenceModel model;
        model.setViewerZone(QTimeZone("Europe/Berlin"));
        model.setNowUtc(m_now);
        CalendarFilter mentor;
        mentor.mentor = m_cleo;
        model.setFilter(mentor);
        model.setWindow(m_first, 7);
        auto data = model.fetcher()(m_temp->db(), LoadRequest());
        QVERIFY(data.ok());
        model.apply(std::move(*data), LoadRequest());
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.itemAt(0).conflict);
    }

    void shouldReadBackWhatWasWritten()
    {
        CalendarFilter filter;
        filter.mentee = m_dan;
        filter.cohort = m_cohort;
        filter.setShown(CalendarFilter::Status::Held, false);
        filter.onlyMine = true;
        QCOMPARE(CalendarFilter::fromText(filter.toText()), filter);
        QCOMPARE(CalendarFilter::fromText(QStringLiteral("not json")), CalendarFilter{});
        QCOMPARE(CalendarFilter::fromText(QStringLiteral("{\"statuses\":0}")).statuses,
                 CalendarFilter::AllStatuses);

        // Per database: this one remembers it, another one knows nothing of it.
        const DataSource here(&m_temp->db(), nullptr);
        QVERIFY(CalendarFilterSettings::save(here, filter));
        QCOMPARE(CalendarFilterSettings::load(here), filter);
        TempDatabase other;
        QCOMPARE(CalendarFilterSettings::load(DataSource(&other.db(), nullptr)), CalendarFilter{});
        // No filter left: nothing stored.
        QVERIFY(CalendarFilterSettings::save(here, CalendarFilter{}));
        QCOMPARE(CalendarFilterSettings::load(here), CalendarFilter{});
    }

    // Moving Ben's meeting to Thursday 10:15 double-books Ada (her meeting with Dan at 10:30);
    // the warning names her and that meeting. Cleo's meeting with Dan at 10:00 is no clash for
    // Ada and Ben. A cancelled meeting never clashes.
    void shouldNameWhoIsDoubleBooked()
    {
        OccurrenceModel model;
        model.setViewerZone(QTimeZone("Europe/Berlin"));
        model.setNowUtc(m_now);
        model.setWindow(m_first, 7);
        auto data = model.fetcher()(m_temp->db(), LoadRequest());
        QVERIFY(data.ok());
        model.apply(std::move(*data), LoadRequest());
        int unlogged = -1;
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.itemAt(row).occurrence.meetingId == m_unlogged)
                unlogged = row;
        QVERIFY(unlogged >= 0);
        const AgendaEntry moving = model.itemAt(unlogged);
        const DataSource source(&m_temp->db(), nullptr);
        const qint64 at =
            QDateTime(QDate(2026, 5, 7), QTime(10, 15), QTimeZone("Europe/Berlin")).toSecsSinceEpoch();
        auto clashes = CalendarMoves::clashes(source, moving, at, at + 3600);
        QVERIFY(clashes.ok());
        QCOMPARE(clashes->size(), 1);
        QCOMPARE(clashes->first().occurrence.meetingId, m_clash);
        const QString warning = CalendarTexts::conflictWarning(*clashes, moving.mentorId, moving.menteeId,
                                                               QTimeZone("Europe/Berlin"));
        QVERIFY2(warning.startsWith(QStringLiteral("Ada already has a meeting then: with Dan")),
                 qPrintable(warning));
        QVERIFY2(warning.contains(QStringLiteral("10:30")), qPrintable(warning));
        // Its own time is no clash with itself; the cancelled Friday is none either.
        const qint64 own = moving.occurrence.startUtc;
        QVERIFY(CalendarMoves::clashes(source, moving, own, own + 3600)->isEmpty());
        const qint64 friday =
            QDateTime(QDate(2026, 5, 8), QTime(10, 0), QTimeZone("Europe/Berlin")).toSecsSinceEpoch();
        QVERIFY(CalendarMoves::clashes(source, moving, friday, friday + 3600)->isEmpty());

        // Planning a new meeting for Cleo and Dan at 11:15 on Thursday: Dan is with Ada until 11:30.
        Meeting planned;
        planned.relationshipId = m_cleoDan;
        planned.startLocal = QStringLiteral("2026-05-07T11:15:00");
        planned.timezone = QStringLiteral("Europe/Berlin");
        planned.durationMinutes = 30;
        auto forPlan = CalendarMoves::clashes(source, planned, m_cleo, m_dan);
        QVERIFY(forPlan.ok());
        QCOMPARE(forPlan->size(), 1);
        QCOMPARE(forPlan->first().occurrence.meetingId, m_clash);
        QVERIFY(CalendarTexts::conflictWarning(*forPlan, m_cleo, m_dan, QTimeZone("Europe/Berlin"))
                    .startsWith(QStringLiteral("Dan already has a meeting then: with Ada")));
    }
};

TRELLIS_REGISTER_TEST(CalendarFilterTest);

#include "calendarfiltertest.moc"
