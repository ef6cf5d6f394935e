#include "calendar/testrows.h"
#include "models/hourlymodel.h"
#include "models/occurrencemodel.h"
#include "models/weekrowmodel.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"

#include <QAbstractItemModelTester>
#include <QHash>
#include <QPersistentModelIndex>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace trellis;
using namespace trellis::test;

namespace {

LocalStart zoned(const char *text, const char *zone)
{
    return LocalStart{QLatin1String(text), QLatin1String(zone)};
}

HourlySlot slot(const char *key, int startHour, int startMinute, int endHour, int endMinute)
{
    HourlySlot s;
    s.key = QLatin1String(key);
    s.startMinute = startHour * 60 + startMinute;
    s.endMinute = endHour * 60 + endMinute;
    return s;
}

// "key column/columns" per slot, by key.
QStringList columnsOf(QList<HourlySlot> slots)
{
    std::sort(slots.begin(), slots.end(), [](const auto &a, const auto &b) { return a.key < b.key; });
    QStringList out;
    for (const HourlySlot &s : slots)
        out << QStringLiteral("%1 %2/%3").arg(s.key).arg(s.column).arg(s.columns);
    return out;
}

} // namespace

// GIVEN a database with two relationships, A→B and C→B, and the models over a window, fetched
// synchronously (the loader's worker half and GUI half called in turn).
class CalendarModelsTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TempDatabase> m_temp;
    qint64 m_ab = 0, m_cb = 0, m_a = 0, m_b = 0;

    void load(OccurrenceModel &model, const QDate &first, int days)
    {
        model.setWindow(first, days);
        auto data = model.fetcher()(m_temp->db(), LoadRequest());
        QVERIFY2(data.ok(), qPrintable(data.ok() ? QString() : data.errorMessage()));
        model.apply(std::move(*data), LoadRequest());
    }

    QStringList starts(const OccurrenceModel &model)
    {
        QStringList out;
        for (int row = 0; row < model.rowCount(); ++row)
            out << model.data(model.index(row, 0), OccurrenceModel::StartRole)
                       .toDateTime()
                       .toString(QStringLiteral("MM-dd HH:mm"));
        return out;
    }

private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<TempDatabase>();
        TestRows rows(m_temp->db().connection());
        m_a = rows.person(QStringLiteral("Ada"));
        m_b = rows.person(QStringLiteral("Ben"));
        const qint64 c = rows.person(QStringLiteral("Cleo"));
        m_ab = rows.relationship(m_a, m_b);
        m_cb = rows.relationship(c, m_b);
    }

    // A weekly Berlin series across Berlin's spring change stays at 10:00 for a Berlin viewer;
    // seen from New York it is at 05:00, then 04:00 in the weeks when only America has changed,
    // then 05:00 again.
    void shouldKeepWallTimesAcrossBerlinAndNewYorkDst()
    {
        TestRows rows(m_temp->db().connection());
        rows.series(m_ab, zoned("2026-03-02T10:00:00", "Europe/Berlin"), 60,
                    QStringLiteral("FREQ=WEEKLY;COUNT=6"));
        OccurrenceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setViewerZone(QTimeZone("Europe/Berlin"));
        load(model, QDate(2026, 3, 1), 42);
        QCOMPARE(starts(model), QStringList({QStringLiteral("03-02 10:00"), QStringLiteral("03-09 10:00"),
                                             QStringLiteral("03-16 10:00"), QStringLiteral("03-23 10:00"),
                                             QStringLiteral("03-30 10:00"), QStringLiteral("04-06 10:00")}));
        model.setViewerZone(QTimeZone("America/New_York"));
        load(model, QDate(2026, 3, 1), 42);
        // US DST from 8 March, EU from 29 March.
        QCOMPARE(starts(model), QStringList({QStringLiteral("03-02 04:00"), QStringLiteral("03-09 05:00"),
                                             QStringLiteral("03-16 05:00"), QStringLiteral("03-23 05:00"),
                                             QStringLiteral("03-30 04:00"), QStringLiteral("04-06 04:00")}));
        // The hourly model places them at those wall minutes.
        HourlyModel hourly(&model);
        QAbstractItemModelTester hourlyTester(&hourly,
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(hourly.rowCount(), 42);
        QCOMPARE(hourly.slotsOf(hourly.rowOf(QDate(2026, 3, 9))).size(), 1);
        QCOMPARE(hourly.slotsOf(hourly.rowOf(QDate(2026, 3, 9))).first().startMinute, 5 * 60);
        QCOMPARE(hourly.slotsOf(hourly.rowOf(QDate(2026, 3, 30))).first().startMinute, 4 * 60);
    }

    // A New York series across America's autumn change, viewed from New York: always 09:00.
    void shouldKeepNewYorkWallTimeInNovember()
    {
        TestRows rows(m_temp->db().connection());
        rows.series(m_ab, zoned("2026-10-22T09:00:00", "America/New_York"), 30,
                    QStringLiteral("FREQ=WEEKLY;COUNT=3"));
        OccurrenceModel model;
        model.setViewerZone(QTimeZone("America/New_York"));
        load(model, QDate(2026, 10, 19), 21);
        QCOMPARE(starts(model), QStringList({QStringLiteral("10-22 09:00"), QStringLiteral("10-29 09:00"),
                                             QStringLiteral("11-05 09:00")}));
        // Seen from Berlin the week between the two changes (EU 25 Oct, US 1 Nov) is an hour earlier.
        model.setViewerZone(QTimeZone("Europe/Berlin"));
        load(model, QDate(2026, 10, 19), 21);
        QCOMPARE(starts(model), QStringList({QStringLiteral("10-22 15:00"), QStringLiteral("10-29 14:00"),
                                             QStringLiteral("11-05 15:00")}));
    }

    // An all-day monthly series lands on its dates for viewers on either side of UTC, in the
    // all-day band of the hourly model and as a spanning bar of the week rows.
    void shouldPlaceAllDaySeriesOnItsDates()
    {
        TestRows rows(m_temp->db().connection());
        rows.series(m_ab, LocalStart{QStringLiteral("2026-01-31"), {}, false, true}, 1440,
                    QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=4"));
        for (const char *zone : {"Europe/Berlin", "America/New_York", "Pacific/Auckland"}) {
            OccurrenceModel model;
            model.setViewerZone(QTimeZone(zone));
            load(model, QDate(2026, 2, 23), 14); // Mon 23 Feb .. Sun 8 Mar
            QCOMPARE(model.rowCount(), 1);
            QCOMPARE(model.data(model.index(0, 0), OccurrenceModel::StartRole).toDateTime().date(),
                     QDate(2026, 2, 28));
            QVERIFY(model.data(model.index(0, 0), OccurrenceModel::AllDayRole).toBool());
            HourlyModel hourly(&model);
            QCOMPARE(hourly.allDayOf(hourly.rowOf(QDate(2026, 2, 28))), QList<int>{0});
            QVERIFY(hourly.allDayOf(hourly.rowOf(QDate(2026, 3, 1))).isEmpty());
            QVERIFY(hourly.slotsOf(hourly.rowOf(QDate(2026, 2, 28))).isEmpty());
            WeekRowModel weeks(&model);
            QAbstractItemModelTester weekTester(&weeks,
                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
            QCOMPARE(weeks.rowCount(), 2);
            QCOMPARE(weeks.barsOf(0).size(), 1);
            QCOMPARE(weeks.barsOf(0).first().firstDay, 5);
            QVERIFY(weeks.barsOf(0).first().spanning);
            QVERIFY(weeks.barsOf(1).isEmpty());
        }
    }

    // A weekly Tuesday series lands in the Tuesday cells of a month grid starting on Monday and
    // in the Tuesday column of a week; a cancelled override stays, marked.
    void shouldPlaceWeeklySeriesInMonthAndWeekCells()
    {
        TestRows rows(m_temp->db().connection());
        const qint64 series = rows.series(m_ab, zoned("2026-12-01T17:00:00", "Europe/Berlin"), 60,
                                          QStringLiteral("FREQ=WEEKLY;BYDAY=TU"));
        rows.override(series, QStringLiteral("2026-12-15T17:00:00"),
                      zoned("2026-12-15T17:00:00", "Europe/Berlin"), 60, QStringLiteral("cancelled"));
        OccurrenceModel model;
        model.setViewerZone(QTimeZone("Europe/Berlin"));
        WeekRowModel weeks(&model);
        QAbstractItemModelTester weekTester(&weeks, QAbstractItemModelTester::FailureReportingMode::QtTest);
        load(model, QDate(2026, 11, 30), 42); // the December grid, Monday first
        QCOMPARE(weeks.rowCount(), 6);
        for (int w = 0; w < 5; ++w) {
            QCOMPARE(weeks.barsOf(w).size(), 1);
            QCOMPARE(weeks.barsOf(w).first().firstDay, 1);
            QCOMPARE(weeks.barsOf(w).first().lastDay, 1);
        }
        QCOMPARE(weeks.barsOf(5).size(), 1); // 5 January
        const int cancelledRow = weeks.barsOf(2).first().sourceRow;
        QVERIFY(model.data(model.index(cancelledRow, 0), OccurrenceModel::CancelledRole).toBool());

        HourlyModel hourly(&model);
        load(model, QDate(2026, 12, 14), 7);
        QCOMPARE(hourly.rowCount(), 7);
        for (int d = 0; d < 7; ++d)
            QCOMPARE(hourly.slotsOf(d).size(), d == 1 ? 1 : 0);
        QCOMPARE(hourly.slotsOf(1).first().startMinute, 17 * 60);
    }

    // Columns are per overlap cluster: three overlapping meetings share three columns; a fourth
    // later in the day, overlapping none, keeps the full width; a fifth that overlaps only the
    // first reuses a freed column.
    void shouldLayOutOverlapsPerCluster()
    {
        QList<HourlySlot> slots{slot("a", 9, 0, 10, 0), slot("b", 9, 30, 10, 30), slot("c", 9, 45, 11, 0),
                                slot("d", 14, 0, 15, 0)};
        HourlyModel::layout(slots);
        QCOMPARE(columnsOf(slots), QStringList({QStringLiteral("a 0/3"), QStringLiteral("b 1/3"),
                                                QStringLiteral("c 2/3"), QStringLiteral("d 0/1")}));
        // A chain: e overlaps f, f overlaps g, e and g do not: one cluster of two columns.
        QList<HourlySlot> chain{slot("e", 8, 0, 9, 0), slot("f", 8, 30, 9, 30), slot("g", 9, 0, 10, 0)};
        HourlyModel::layout(chain);
        QCOMPARE(columnsOf(chain),
                 QStringList({QStringLiteral("e 0/2"), QStringLiteral("f 1/2"), QStringLiteral("g 0/2")}));
        // Back to back is no overlap.
        QList<HourlySlot> adjacent{slot("h", 8, 0, 9, 0), slot("i", 9, 0, 10, 0)};
        HourlyModel::layout(adjacent);
        QCOMPARE(columnsOf(adjacent), QStringList({QStringLiteral("h 0/1"), QStringLiteral("i 0/1")}));
    }

    // The same through the models: three overlapping meetings of the mentee B (so conflicts) and
    // a fourth in the afternoon that is not.
    void shouldMarkConflictsAndLayOutThroughTheModels()
    {
        TestRows rows(m_temp->db().connection());
        rows.single(m_ab, zoned("2026-12-02T09:00:00", "Europe/Berlin"), 60);
        rows.single(m_cb, zoned("2026-12-02T09:30:00", "Europe/Berlin"), 60);
        rows.single(m_ab, zoned("2026-12-02T09:45:00", "Europe/Berlin"), 75);
        rows.single(m_ab, zoned("2026-12-02T14:00:00", "Europe/Berlin"), 60);
        rows.single(m_cb, zoned("2026-12-02T14:30:00", "Europe/Berlin"), 60, QStringLiteral("cancelled"));
        OccurrenceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setViewerZone(QTimeZone("Europe/Berlin"));
        HourlyModel hourly(&model);
        QAbstractItemModelTester hourlyTester(&hourly,
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        load(model, QDate(2026, 12, 2), 1);
        QCOMPARE(model.rowCount(), 5);
        QList<bool> conflicts;
        for (int row = 0; row < model.rowCount(); ++row)
            conflicts << model.data(model.index(row, 0), OccurrenceModel::ConflictRole).toBool();
        QCOMPARE(conflicts, QList<bool>({true, true, true, false, false}));
        QList<int> columns;
        for (const HourlySlot &s : hourly.slotsOf(0))
            columns << s.columns;
        QCOMPARE(columns, QList<int>({3, 3, 3, 2, 2})); // the cancelled one still takes room
    }

    // A changed occurrence is one dataChanged of its row, no reset; a moved occurrence (an
    // override replacing the series' occurrence) keeps its row key.
    void shouldApplyChangesByDiff()
    {
        TestRows rows(m_temp->db().connection());
        const qint64 series = rows.series(m_ab, zoned("2026-12-01T17:00:00", "Europe/Berlin"), 60,
                                          QStringLiteral("FREQ=DAILY;COUNT=3"));
        OccurrenceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setViewerZone(QTimeZone("Europe/Berlin"));
        load(model, QDate(2026, 12, 1), 7);
        QCOMPARE(model.rowCount(), 3);
        const QString key = model.data(model.index(1, 0), OccurrenceModel::KeyRole).toString();
        rows.override(series, QStringLiteral("2026-12-02T17:00:00"),
                      zoned("2026-12-02T18:00:00", "Europe/Berlin"), 30, QStringLiteral("planned"));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        load(model, QDate(2026, 12, 1), 7);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(model.data(model.index(1, 0), OccurrenceModel::KeyRole).toString(), key);
        QCOMPARE(starts(model).at(1), QStringLiteral("12-02 18:00"));
    }

    // The notifier's precise change of one meeting re-reads only its relationship and those that
    // share a person with it (a conflict is a person's): their rows change in place — the moved
    // meeting and the neighbour it now overlaps — and every other row keeps its persistent index
    // and its data, so a row changed behind the notifier's back stays as it was until a full
    // load. A removed meeting, whose relationship can no longer be read, reads the whole window.
    void shouldUpdateOnlyWhatTheNotifierNamed()
    {
        TestRows rows(m_temp->db().connection());
        const qint64 de =
            rows.relationship(rows.person(QStringLiteral("Dora")), rows.person(QStringLiteral("Eli")));
        const qint64 ab = rows.single(m_ab, zoned("2026-12-02T09:00:00", "Europe/Berlin"), 60);
        const qint64 cb = rows.single(m_cb, zoned("2026-12-02T11:00:00", "Europe/Berlin"), 60);
        const qint64 de1 = rows.single(de, zoned("2026-12-02T13:00:00", "Europe/Berlin"), 60);
        const qint64 de2 = rows.single(de, zoned("2026-12-03T08:00:00", "Europe/Berlin"), 60);
        OccurrenceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setViewerZone(QTimeZone("Europe/Berlin"));
        HourlyModel hourly(&model);
        QAbstractItemModelTester hourlyTester(&hourly,
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        load(model, QDate(2026, 12, 1), 7);
        QCOMPARE(model.rowCount(), 4);
        QHash<qint64, QPersistentModelIndex> persistent;
        for (int row = 0; row < model.rowCount(); ++row)
            persistent.insert(model.itemAt(row).occurrence.meetingId,
                              QPersistentModelIndex(model.index(row, 0)));
        auto entryOf = [&](qint64 meeting) { return model.itemAt(persistent.value(meeting).row()); };
        QVERIFY(!entryOf(ab).conflict);

        // Ada's meeting moves to 11:30, over Ben's other meeting; Dora's is retitled unannounced.
        const LocalStart later = zoned("2026-12-02T11:30:00", "Europe/Berlin");
        const qint64 laterUtc = MeetingTimes::startUtc(later).value();
        rows.exec(QStringLiteral("UPDATE meeting SET start_local = ?, start_utc = ?, range_start_utc = ?, "
                                 "range_end_utc = ? WHERE id = ?"),
                  {later.text, laterUtc, laterUtc, laterUtc + 3600, ab});
        rows.exec(QStringLiteral("UPDATE meeting SET title = 'Unannounced' WHERE id = ?"), {de1});
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const LoadRequest request = LoadRequest::changes(Entity::Meeting, {ab});
        auto data = model.fetcher()(m_temp->db(), request);
        QVERIFY(data.ok());
        QVERIFY(data->relationships.has_value());
        QCOMPARE(*data->relationships, QList<Id>({m_ab, m_cb}));
        QCOMPARE(data->entries.size(), 2);
        model.apply(std::move(*data), request);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(model.rowCount(), 4);
        for (auto it = persistent.cbegin(); it != persistent.cend(); ++it) {
            QVERIFY(it->isValid());
            QCOMPARE(model.itemAt(it->row()).occurrence.meetingId, it.key());
        }
        QCOMPARE(starts(model), QStringList({QStringLiteral("12-02 11:00"), QStringLiteral("12-02 11:30"),
                                             QStringLiteral("12-02 13:00"), QStringLiteral("12-03 08:00")}));
        QVERIFY(entryOf(ab).conflict);
        QVERIFY(entryOf(cb).conflict); // the neighbour's mark, though its own meeting did not change
        QSet<int> touched;
        for (const QList<QVariant> &signal : std::as_const(changed))
            for (int row = signal.at(0).toModelIndex().row(); row <= signal.at(1).toModelIndex().row(); ++row)
                touched.insert(row);
        QCOMPARE(touched, QSet<int>({persistent.value(ab).row(), persistent.value(cb).row()}));
        QVERIFY(entryOf(de1).occurrence.title.isEmpty()); // Dora's relationship was not read
        QCOMPARE(hourly.slotsOf(hourly.rowOf(QDate(2026, 12, 2))).size(), 3);
        int abStart = -1;
        for (const HourlySlot &slot : hourly.slotsOf(hourly.rowOf(QDate(2026, 12, 2))))
            if (slot.sourceRow == persistent.value(ab).row())
                abStart = slot.startMinute;
        QCOMPARE(abStart, 11 * 60 + 30);

        // A full load reads the rest.
        load(model, QDate(2026, 12, 1), 7);
        QCOMPARE(entryOf(de1).occurrence.title, QStringLiteral("Unannounced"));
        QCOMPARE(entryOf(de2).occurrence.meetingId, de2);

        // Removed: nobody can say whose it was, so the fetch reads the window.
        rows.exec(QStringLiteral("DELETE FROM meeting WHERE id = ?"), {cb});
        const LoadRequest gone = LoadRequest::changes(Entity::Meeting, {cb});
        auto whole = model.fetcher()(m_temp->db(), gone);
        QVERIFY(whole.ok());
        QVERIFY(!whole->relationships.has_value());
        model.apply(std::move(*whole), gone);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(!persistent.value(cb).isValid());
        QVERIFY(!entryOf(ab).conflict);
        QVERIFY(persistent.value(de1).isValid() && persistent.value(de2).isValid());
    }

    // A mentor's page keeps its own scope on a precise change: the mentee's meeting with another
    // mentor (read for the conflict mark) is not shown.
    void shouldKeepItsScopeOnAPreciseChange()
    {
        TestRows rows(m_temp->db().connection());
        const qint64 ab = rows.single(m_ab, zoned("2026-12-02T09:00:00", "Europe/Berlin"), 60);
        const qint64 cb = rows.single(m_cb, zoned("2026-12-02T09:30:00", "Europe/Berlin"), 60);
        OccurrenceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setViewerZone(QTimeZone("Europe/Berlin"));
        model.setScope(RelationshipScope::mentor(m_a));
        load(model, QDate(2026, 12, 1), 7);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.itemAt(0).conflict); // Ben is double-booked
        rows.exec(QStringLiteral("UPDATE meeting SET status = 'cancelled' WHERE id = ?"), {cb});
        const LoadRequest request = LoadRequest::changes(Entity::Meeting, {cb});
        auto data = model.fetcher()(m_temp->db(), request);
        QVERIFY(data.ok());
        QVERIFY(data->relationships.has_value());
        model.apply(std::move(*data), request);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.itemAt(0).occurrence.meetingId, ab);
        QVERIFY(!model.itemAt(0).conflict);
    }

    // The model holds exactly what `trellis-cli agenda` prints for its window (CalendarAgenda).
    void shouldHoldWhatTheAgendaPrints()
    {
        TestRows rows(m_temp->db().connection());
        rows.series(m_ab, zoned("2026-12-01T17:00:00", "Europe/Berlin"), 60,
                    QStringLiteral("FREQ=DAILY;COUNT=20"));
        rows.single(m_cb, zoned("2026-12-03T11:30:00", "America/New_York"), 90);
        OccurrenceModel model;
        model.setViewerZone(QTimeZone("Asia/Tokyo"));
        load(model, QDate(2026, 12, 1), 7);
        auto printed = CalendarAgenda::window(m_temp->db(), RelationshipScope::all(), QDate(2026, 12, 1), 7,
                                              QTimeZone("Asia/Tokyo"));
        QVERIFY(printed.ok());
        QCOMPARE(model.items(), *printed);
        QCOMPARE(model.rowCount(), 7); // 17:00 Berlin is 01:00 the next day in Tokyo: 2-7 Dec, and the single
    }

    // Week rows pack spanning bars first and keep a bar on one line through the week.
    void shouldPackSpanningBarsFirst()
    {
        QList<WeekBar> bars(3);
        bars[0] = {QStringLiteral("timed"), 0, 2, 2, 0, false, false, false};
        bars[1] = {QStringLiteral("long"), 1, 1, 4, 0, true, false, false};
        bars[2] = {QStringLiteral("short"), 2, 3, 3, 0, true, false, false};
        WeekRowModel::pack(bars, {100, 50, 70});
        QStringList lines;
        for (const WeekBar &b : bars)
            lines << QStringLiteral("%1 %2").arg(b.key).arg(b.line);
        QCOMPARE(lines, QStringList({QStringLiteral("long 0"), QStringLiteral("timed 1"),
                                     QStringLiteral("short 1")}));
    }
};

TRELLIS_REGISTER_TEST(CalendarModelsTest);

#include "calendarmodelstest.moc"
