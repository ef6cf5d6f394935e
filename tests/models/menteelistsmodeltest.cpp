#include "models/actionitemlistmodel.h"
#include "models/pastmeetinglistmodel.h"
#include "testlib/testregistry.h"
#include "util/clock.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QSignalSpy>
#include <QTest>

using namespace trellis;

namespace {

const QDate Today(2026, 3, 10);

ActionItem action(Id id, const QString &title, std::optional<Id> owner, std::optional<QDate> due = {},
                  std::optional<QDate> done = {})
{
    ActionItem item;
    item.id = id;
    item.relationshipId = 1;
    item.title = title;
    item.ownerId = owner;
    item.dueDate = due;
    item.doneOn = done;
    return item;
}

MeetingEntry single(Id id, const QDateTime &start, OccurrenceStatus status)
{
    MeetingEntry entry;
    entry.occurrence.meetingId = id;
    entry.occurrence.relationshipId = 1;
    entry.occurrence.startUtc = start.toSecsSinceEpoch();
    entry.occurrence.startLocal = start;
    entry.occurrence.status = status;
    entry.row.id = id;
    entry.row.kind = MeetingKind::Single;
    return entry;
}

MeetingEntry ofSeries(Id series, const QString &recurrenceId, const QDateTime &start,
                      std::optional<Id> override)
{
    MeetingEntry entry;
    entry.occurrence.meetingId = override.value_or(series);
    entry.occurrence.seriesId = series;
    entry.occurrence.overrideId = override;
    entry.occurrence.recurrenceId = recurrenceId;
    entry.occurrence.relationshipId = 1;
    entry.occurrence.startUtc = start.toSecsSinceEpoch();
    entry.occurrence.startLocal = start;
    entry.occurrence.status = OccurrenceStatus::Held;
    entry.row.id = override.value_or(series);
    entry.row.kind = override ? MeetingKind::Override : MeetingKind::Series;
    return entry;
}

} // namespace

// The mentee workspace's two small lists: action items and past meetings.
class MenteeListsModelTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<PinnedClock> m_clock;

private Q_SLOTS:
    void init() { m_clock = std::make_unique<PinnedClock>(QDateTime(Today, QTime(12, 0), Qt::UTC)); }
    void cleanup() { m_clock.reset(); }

    void shouldListOpenActionsFirstMineFirstAndAskToMarkThemDone()
    {
        // GIVEN three action items, one of them done, one overdue, two of them mine (person 7)
        ActionItemListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QHash<Id, QString> names{{7, QStringLiteral("Ana Lopez")}, {8, QStringLiteral("Maria Costa")}};
        const QList<ActionItem> items{action(1, QStringLiteral("Book the room"), 8, Today.addDays(3)),
                                      action(2, QStringLiteral("Send the CV"), 7, Today.addDays(-2)),
                                      action(3, QStringLiteral("Read the book"), 7, {}, Today.addDays(-1))};
        model.setActions(items, 7, names);

        // THEN open before done, mine first; who and overdue shown
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, ActionItemListModel::Action).data().toString(),
                 QStringLiteral("Send the CV"));
        QCOMPARE(model.index(0, ActionItemListModel::Who).data().toString(), QStringLiteral("Me"));
        QVERIFY(model.index(0, ActionItemListModel::Due).data(Qt::ForegroundRole).isValid());
        QCOMPARE(model.index(1, ActionItemListModel::Who).data().toString(), QStringLiteral("Maria Costa"));
        QVERIFY(!model.index(1, ActionItemListModel::Due).data(Qt::ForegroundRole).isValid());
        // Overdue is said in a word and an icon, not only in red
        QVERIFY2(
            model.index(0, ActionItemListModel::Due).data().toString().endsWith(QStringLiteral("· overdue")),
            qPrintable(model.index(0, ActionItemListModel::Due).data().toString()));
        QCOMPARE(model.index(0, ActionItemListModel::Due).data(Qt::DecorationRole).metaType(),
                 QMetaType::fromType<QIcon>());
        QVERIFY(
            !model.index(1, ActionItemListModel::Due).data().toString().contains(QStringLiteral("overdue")));
        QVERIFY(!model.index(1, ActionItemListModel::Due).data(Qt::DecorationRole).isValid());
        QCOMPARE(model.index(2, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(model.flags(model.index(0, 0)) & Qt::ItemIsUserCheckable);
        QVERIFY(!(model.flags(model.index(0, 1)) & Qt::ItemIsUserCheckable));

        // WHEN the first box is checked THEN the page is asked to mark it done, and it shows at once
        QSignalSpy toggled(&model, &ActionItemListModel::doneToggled);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(model.index(0, 0), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(toggled.count(), 1);
        QCOMPARE(toggled.first().at(0).toLongLong(), 2);
        QCOMPARE(toggled.first().at(1).toBool(), true);
        QCOMPARE(model.index(0, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(changed.count(), 1);
        // … checking it again asks nothing
        QVERIFY(!model.setData(model.index(0, 0), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(toggled.count(), 1);

        // WHEN the load confirms it THEN the done item moves after the open one, no reset
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QList<ActionItem> confirmed = items;
        confirmed[1].doneOn = Today;
        changed.clear();
        model.setActions(confirmed, 7, names);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Book the room"));
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Send the CV"));
        // AND the same again announces nothing
        changed.clear();
        model.setActions(confirmed, 7, names);
        QCOMPARE(changed.count(), 0);
    }

    void shouldKeepAPastMeetingsRowWhenItGetsAnOverride()
    {
        // GIVEN a held single meeting, a cancelled one, and an untouched occurrence of a series
        PastMeetingListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDateTime monday(QDate(2026, 3, 9), QTime(17, 0), Qt::UTC);
        const QDateTime earlier(QDate(2026, 3, 2), QTime(17, 0), Qt::UTC);
        const QDateTime cancelledAt(QDate(2026, 2, 20), QTime(10, 0), Qt::UTC);
        QList<MeetingEntry> past{ofSeries(40, QStringLiteral("2026-03-09T17:00:00"), monday, std::nullopt),
                                 single(12, earlier, OccurrenceStatus::Planned),
                                 single(13, cancelledAt, OccurrenceStatus::Cancelled)};
        model.setMeetings(past);

        // THEN the cancelled one is left out; a past planned one reads "Not logged"
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, PastMeetingListModel::Status).data().toString(),
                 QStringLiteral("Not logged"));
        QCOMPARE(model.index(0, PastMeetingListModel::Title).data().toString(), QStringLiteral("Meeting"));
        const Id seriesKey = model.index(0, 0).data(PastMeetingListModel::KeyRole).toLongLong();
        QVERIFY(seriesKey < 0);
        QCOMPARE(model.index(1, 0).data(PastMeetingListModel::KeyRole).toLongLong(), 12);
        const QPersistentModelIndex occurrence(model.index(0, 0));

        // WHEN the occurrence gets an override (its agenda was written) and a title
        past[0] = ofSeries(40, QStringLiteral("2026-03-09T17:00:00"), monday, 41);
        past[0].occurrence.title = QStringLiteral("Portfolio review");
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.setMeetings(past);

        // THEN it is the same row, changed in place
        QCOMPARE(removed.count(), 0);
        QVERIFY(occurrence.isValid());
        QCOMPARE(occurrence.row(), 0);
        QCOMPARE(model.index(0, 0).data(PastMeetingListModel::KeyRole).toLongLong(), seriesKey);
        QCOMPARE(model.index(0, PastMeetingListModel::Title).data().toString(),
                 QStringLiteral("Portfolio review"));
        // AND another occurrence of the series has another key
        const MeetingEntry next = ofSeries(40, QStringLiteral("2026-03-16T17:00:00"), monday.addDays(7), {});
        QVERIFY(PastMeetingListModel::keyOf(next) != seriesKey);
        QVERIFY(PastMeetingListModel::keyOf(next) < 0);
    }
};

TRELLIS_REGISTER_TEST(MenteeListsModelTest);

#include "menteelistsmodeltest.moc"
