#include "models/actionitemlistmodel.h"
#include "models/contactlistmodel.h"
#include "models/feedbacklistmodel.h"
#include "models/goallistmodel.h"
#include "models/meetingentrylistmodel.h"
#include "models/milestonelistmodel.h"
#include "models/pastmeetinglistmodel.h"
#include "models/progresshistorymodel.h"
#include "models/supportcontactlistmodel.h"
#include "testlib/testregistry.h"
#include "util/clock.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace trellis;
using namespace trellis::test;

namespace {

Contact contact(Id id, const QString &summary, int day)
{
    Contact c;
    c.id = id;
    c.relationshipId = 1;
    c.occurredAt = QDateTime(QDate(2026, 3, day), QTime(10, 0), Qt::UTC);
    c.channel = ContactChannel::Call;
    c.initiator = Initiator::Mentee;
    c.summary = summary;
    return c;
}

MeetingEntry meeting(Id id, int day, OccurrenceStatus status)
{
    MeetingEntry entry;
    entry.occurrence.meetingId = id;
    entry.occurrence.title = QStringLiteral("Meeting %1").arg(id);
    entry.occurrence.startLocal = QDateTime(QDate(2026, 3, day), QTime(17, 0));
    entry.occurrence.status = status;
    entry.row.id = id;
    entry.row.mode = MeetingMode::Video;
    return entry;
}

GoalDetails goal(Id id, const QString &title, double value, std::optional<QDate> due)
{
    GoalDetails details;
    details.goal.id = id;
    details.goal.relationshipId = 1;
    details.goal.title = title;
    details.goal.status = GoalStatus::InProgress;
    details.goal.dueDate = due;
    ProgressUpdate latest;
    latest.id = id * 10;
    latest.goalId = id;
    latest.recordedOn = QDate(2026, 3, 1);
    latest.value = value;
    details.latest = latest;
    return details;
}

} // namespace

// The relationship page's list models: each passes QAbstractItemModelTester through fills,
// changes and removals; a changed row is one dataChanged of that row, never a reset, so a view
// keeps its selection.
class RelationshipListModelsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldDiffContactsByIdWithoutAReset()
    {
        ContactListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setContacts({contact(1, QStringLiteral("Asked about the CV"), 2),
                           contact(2, QStringLiteral("Texted thanks"), 1)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(ContactListModel::ColumnCount));
        QCOMPARE(model.index(0, ContactListModel::Summary).data().toString(),
                 QStringLiteral("Asked about the CV"));
        QCOMPARE(model.index(0, ContactListModel::Channel).data().toString(), QStringLiteral("Call"));
        QCOMPARE(model.headerData(ContactListModel::Initiator, Qt::Horizontal).toString(),
                 QStringLiteral("Initiated by"));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        // WHEN a new one comes first and the second's summary changes
        model.setContacts({contact(3, QStringLiteral("Call"), 3),
                           contact(1, QStringLiteral("Asked about the CV"), 2),
                           contact(2, QStringLiteral("Texted thanks again"), 1)});
        // THEN it is inserted and only the changed row is announced
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 2);
        QCOMPARE(model.index(1, 0).data(ContactListModel::ContactIdRole).toLongLong(), 1);
        model.setContacts({});
        QCOMPARE(model.rowCount(), 0);
    }

    void shouldShowSupportContacts()
    {
        SupportContactListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        SupportContact mum{5,
                           1,
                           QStringLiteral("Ana"),
                           QStringLiteral("mother"),
                           QStringLiteral("ana@example.org"),
                           QStringLiteral("Drives her to the library")};
        model.setPeople({mum});
        QCOMPARE(model.index(0, SupportContactListModel::Relation).data().toString(),
                 QStringLiteral("mother"));
        QCOMPARE(model.index(0, SupportContactListModel::ContactDetails).data().toString(),
                 QStringLiteral("ana@example.org"));
        QCOMPARE(model.index(0, SupportContactListModel::Note).data(Qt::ToolTipRole).toString(), mum.note);
        QCOMPARE(model.find(5)->name, QStringLiteral("Ana"));
        mum.note.clear();
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setPeople({mum});
        QCOMPARE(changed.count(), 1);
        QVERIFY(model.index(0, SupportContactListModel::Note).data().toString().isEmpty());
    }

    void shouldNameFeedbackAuthorsAndReadRatingsOut()
    {
        FeedbackListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Feedback given;
        given.id = 7;
        given.relationshipId = 1;
        given.authorRole = Role::Mentee;
        given.authorId = 20;
        given.rating = 4;
        given.comment = QStringLiteral("Very helpful");
        given.givenOn = QDate(2026, 3, 1);
        Feedback anonymous = given;
        anonymous.id = 8;
        anonymous.authorId.reset();
        anonymous.authorRole = Role::Coordinator;
        model.setFeedback({given, anonymous}, {{20, QStringLiteral("Mia Chen")}});
        QCOMPARE(model.index(0, FeedbackListModel::From).data().toString(),
                 QStringLiteral("Mia Chen (mentee)"));
        QCOMPARE(model.index(1, FeedbackListModel::From).data().toString(), QStringLiteral("Coordinator"));
        QCOMPARE(model.index(0, FeedbackListModel::Rating).data().toString(), QStringLiteral("★★★★☆"));
        QCOMPARE(model.index(0, FeedbackListModel::Rating).data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("4 of 5"));
        // WHEN the author is renamed THEN the From cells are announced, nothing is reset
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setFeedback({given, anonymous}, {{20, QStringLiteral("Mia Chen-Li")}});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().column(), int(FeedbackListModel::From));
        QCOMPARE(model.index(0, FeedbackListModel::From).data().toString(),
                 QStringLiteral("Mia Chen-Li (mentee)"));
    }

    void shouldListMeetingsByOccurrenceKey()
    {
        MeetingEntryListModel past(MeetingEntryListModel::Kind::Past);
        MeetingEntryListModel upcoming(MeetingEntryListModel::Kind::Upcoming);
        QAbstractItemModelTester pastTester(&past, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester upcomingTester(&upcoming,
                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
        past.setMeetings({meeting(2, 5, OccurrenceStatus::Planned), meeting(1, 3, OccurrenceStatus::Held)});
        upcoming.setMeetings({meeting(3, 20, OccurrenceStatus::Planned)});
        // THEN a past one never logged says so, an upcoming one is planned
        QCOMPARE(past.index(0, MeetingEntryListModel::Status).data().toString(),
                 QStringLiteral("Not logged"));
        QCOMPARE(past.index(1, MeetingEntryListModel::Status).data().toString(), QStringLiteral("Held"));
        QCOMPARE(upcoming.index(0, MeetingEntryListModel::Status).data().toString(),
                 QStringLiteral("Planned"));
        QCOMPARE(past.index(0, MeetingEntryListModel::Mode).data().toString(), QStringLiteral("Video"));
        QCOMPARE(past.index(0, 0).data(MeetingEntryListModel::KeyRole).toLongLong(),
                 PastMeetingListModel::keyOf(meeting(2, 5, OccurrenceStatus::Planned)));
        // WHEN the unlogged one is logged THEN its row changes in place
        QSignalSpy changed(&past, &QAbstractItemModel::dataChanged);
        QSignalSpy removed(&past, &QAbstractItemModel::rowsRemoved);
        past.setMeetings({meeting(2, 5, OccurrenceStatus::Held), meeting(1, 3, OccurrenceStatus::Held)});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(past.index(0, MeetingEntryListModel::Status).data().toString(), QStringLiteral("Held"));
    }

    void shouldShowProgressNewestFirstInTheGoalsMeasure()
    {
        ProgressHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Goal goal;
        goal.id = 3;
        goal.title = QStringLiteral("Give talks");
        goal.measureKind = MeasureKind::Target;
        goal.unit = QStringLiteral("talks");
        goal.targetValue = 5;
        const ProgressUpdate first{10, 3, QDate(2026, 1, 5), 1, QStringLiteral("First"), std::nullopt};
        const ProgressUpdate second{11, 3, QDate(2026, 2, 5), 2, QStringLiteral("Second"), std::nullopt};
        model.setHistory(goal, {first, second});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ProgressHistoryModel::Note).data().toString(), QStringLiteral("Second"));
        QVERIFY(
            model.index(0, ProgressHistoryModel::Value).data().toString().contains(QStringLiteral("talks")));
        // WHEN the unit changes THEN the values are announced again, nothing is reset
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        goal.unit = QStringLiteral("lectures");
        model.setHistory(goal, {first, second});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QVERIFY(model.index(1, ProgressHistoryModel::Value)
                    .data()
                    .toString()
                    .contains(QStringLiteral("lectures")));
        model.setHistory({}, {});
        QCOMPARE(model.rowCount(), 0);
    }

    void shouldTickAMilestoneAndAskForTheEdit()
    {
        PinnedClock clock(QDateTime(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC));
        MilestoneListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Milestone draft{1, 3, QStringLiteral("Draft"), QDate(2026, 3, 20), std::nullopt, 0};
        Milestone done{2, 3, QStringLiteral("Outline"), std::nullopt, QDate(2026, 3, 1), 1};
        model.setMilestones({draft, done});
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Draft — by 20 Mar 2026"));
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Outline — done 1 Mar 2026"));
        QCOMPARE(model.index(1, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QSignalSpy toggled(&model, &MilestoneListModel::doneToggled);
        // WHEN the first is ticked THEN it shows done at once and the owner is asked for the edit
        QVERIFY(model.setData(model.index(0, 0), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(toggled.count(), 1);
        QCOMPARE(toggled.first().at(0).value<Milestone>(), draft);
        QCOMPARE(toggled.first().at(1).toBool(), true);
        QCOMPARE(model.index(0, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        // AND while read-only nothing can be ticked
        model.setCheckable(false);
        QVERIFY(!(model.flags(model.index(1, 0)) & Qt::ItemIsUserCheckable));
        QVERIFY(!model.setData(model.index(1, 0), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(toggled.count(), 1);
    }

    void shouldShowGoalsWithProgressAndLatenessAndKeepRowsAcrossLoads()
    {
        PinnedClock clock(QDateTime(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC));
        GoalListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setGoals({goal(1, QStringLiteral("Speak at a meetup"), 40, QDate(2026, 3, 7)),
                        goal(2, QStringLiteral("Ship the portfolio"), 75, std::nullopt)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Speak at a meetup"));
        QCOMPARE(model.index(0, 0).data(GoalListModel::PercentRole).toInt(), 40);
        // Three days past its due date and still open: the list says how late, not the date.
        QVERIFY2(model.index(0, 0)
                     .data(GoalListModel::StatusLineRole)
                     .toString()
                     .endsWith(QStringLiteral("40% · overdue by 3 days")),
                 qPrintable(model.index(0, 0).data(GoalListModel::StatusLineRole).toString()));
        QVERIFY(model.index(1, 0)
                    .data(GoalListModel::StatusLineRole)
                    .toString()
                    .endsWith(QStringLiteral("no due date")));
        QCOMPARE(model.index(1, 0).data(GoalListModel::GoalIdRole).toLongLong(), 2);
        // WHEN progress on the second goal is recorded and the first is removed
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setGoals({goal(2, QStringLiteral("Ship the portfolio"), 90, std::nullopt)});
        // THEN the row is removed and the other changed in place, without a reset
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 1);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(model.rowOf(2), 0);
        QCOMPARE(model.index(0, 0).data(GoalListModel::PercentRole).toInt(), 90);
        // AND an achieved goal is complete whatever its measure says
        GoalDetails achieved = goal(2, QStringLiteral("Ship the portfolio"), 90, QDate(2026, 3, 1));
        achieved.goal.status = GoalStatus::Achieved;
        model.setGoals({achieved});
        QCOMPARE(model.index(0, 0).data(GoalListModel::PercentRole).toInt(), 100);
        QVERIFY(!model.index(0, 0)
                     .data(GoalListModel::StatusLineRole)
                     .toString()
                     .contains(QStringLiteral("late")));
    }

    void shouldAddTheDoneColumnOnlyWhenAsked()
    {
        ActionItemListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ActionItem item;
        item.id = 4;
        item.relationshipId = 1;
        item.title = QStringLiteral("Update the CV");
        item.doneOn = QDate(2026, 3, 2);
        model.setActions({item}, 0, {});
        QCOMPARE(model.columnCount(), int(ActionItemListModel::DoneOn));
        model.setDoneOnShown(true);
        QCOMPARE(model.columnCount(), int(ActionItemListModel::ColumnCount));
        QCOMPARE(model.index(0, ActionItemListModel::DoneOn).data().toString(), QStringLiteral("2 Mar 2026"));
        QCOMPARE(model.headerData(ActionItemListModel::DoneOn, Qt::Horizontal).toString(),
                 QStringLiteral("Done"));
        model.setDoneOnShown(false);
        QCOMPARE(model.columnCount(), int(ActionItemListModel::DoneOn));
    }
};

TRELLIS_REGISTER_TEST(RelationshipListModelsTest);

#include "relationshiplistmodelstest.moc"
