#include "changenotifier.h"
#include "commands/edits.h"
#include "demo/demogenerator.h"
#include "dialogs/logcontactdialog.h"
#include "dialogs/logmeetingdialog.h"
#include "dialogs/planmeetingdialog.h"
#include "insights/relationshipoverview.h"
#include "mentor/mymenteespage.h"
#include "models/meetingtime.h"
#include "models/menteefiltermodel.h"
#include "models/menteelistmodel.h"
#include "models/relationshiptablemodel.h"
#include "storage/database.h"
#include "storage/entityreader.h"
#include "storage/relationshipqueries.h"
#include "testlib/databasedump.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "util/clock.h"
#include "workspace/mainwindow.h"
#include "workspace/workspacebuilder.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSlider>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTest>
#include <QTimeZone>
#include <QUndoStack>

using namespace trellis;
using namespace trellis::test;

namespace {

const QDateTime Now(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);

int count(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}

// The health of one relationship as the page's model shows it.
std::optional<RelationshipOverviewEntry> shown(MyMenteesPage *page, qint64 relationshipId)
{
    const int row = page->model()->rowOf(relationshipId);
    if (row < 0)
        return std::nullopt;
    return page->model()->index(row).data(MenteeListModel::EntryRole).value<RelationshipOverviewEntry>();
}

} // namespace

// The mentor journey through real widgets (issue 5, item 11): open the workspace on the small
// demo, find an overdue mentee, log a meeting with progress and an action item, see the health
// change, undo and get the database back.
class MentorWorkspaceTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<PinnedClock> m_clock;
    std::unique_ptr<TempDatabase> m_temp;
    std::unique_ptr<ChangeNotifier> m_notifier;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<Edits> m_edits;
    WorkspaceContext m_context;
    MyMenteesPage *m_page = nullptr;
    qint64 m_overdue = 0; // an active, overdue relationship with goals in progress

    // Opens the workspace of the mentor of an overdue relationship with active goals.
    void openWorkspace()
    {
        auto all = RelationshipOverview::load(m_temp->db().connection(), RelationshipScope::all());
        QVERIFY(all.ok());
        qint64 mentor = 0;
        for (const auto &entry : *all) {
            if (entry.row.status != QLatin1String("active") || entry.health.state != CadenceState::Overdue)
                continue;
            auto goals = RelationshipQueries(m_temp->db().connection()).goals(entry.row.relationshipId);
            QVERIFY(goals.ok());
            const bool active = std::any_of(goals->begin(), goals->end(), [](const GoalWithProgress &g) {
                return g.goal.status == GoalStatus::InProgress || g.goal.status == GoalStatus::NotStarted;
            });
            if (active) {
                m_overdue = entry.row.relationshipId;
                mentor = entry.row.mentorId;
                break;
            }
        }
        QVERIFY2(m_overdue != 0, "the small demo has an overdue relationship with active goals");

        m_window = std::make_unique<MainWindow>();
        m_window->resize(1280, 800);
        m_window->setDatabase(&m_temp->db());
        m_edits = std::make_unique<Edits>(m_temp->db(), m_notifier.get(), m_window->undoStack());
        m_context.data = DataSource(&m_temp->db(), m_notifier.get());
        m_context.edits = m_edits.get();
        m_context.profile = Profile{mentor, Role::Mentor};
        WorkspaceBuilder::populate(*m_window, m_context);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_page = m_window->findChild<MyMenteesPage *>(QStringLiteral("myMenteesPage"));
        QVERIFY(m_page);
        QVERIFY(m_page->isVisible()); // the mentor's first place
        QTRY_VERIFY(m_page->model()->rowCount() > 0);
    }

    template <typename T>
    T *openDialog(const QString &name)
    {
        T *dialog = nullptr;
        [&] {
            QTRY_VERIFY((dialog = m_page->findChild<T *>(name)) && dialog->isVisible());
            QApplication::setActiveWindow(dialog); // as the window manager would
            QVERIFY(QTest::qWaitForWindowActive(dialog));
        }();
        return dialog;
    }

private Q_SLOTS:
    void init()
    {
        m_clock = std::make_unique<PinnedClock>(Now);
        m_temp = std::make_unique<TempDatabase>();
        DemoOptions options;
        options.size = DemoSize::Small;
        auto generated = DemoGenerator::generate(m_temp->db(), options);
        QVERIFY(generated.ok());
        m_notifier = std::make_unique<ChangeNotifier>();
    }

    void cleanup()
    {
        m_page = nullptr;
        m_window.reset();
        m_edits.reset();
        m_notifier.reset();
        m_temp.reset();
        m_clock.reset();
    }

    void shouldLogAMeetingChangeHealthAndUndoIt()
    {
        // GIVEN the mentor's workspace with an overdue mentee selected
        openWorkspace();
        if (QTest::currentTestFailed())
            return;
        auto before = shown(m_page, m_overdue);
        QVERIFY(before);
        QCOMPARE(before->health.state, CadenceState::Overdue);
        auto *list = m_window->findChild<QListView *>(QStringLiteral("myMenteesList"));
        QVERIFY(list);
        const QModelIndex index =
            m_page->filterModel()->mapFromSource(m_page->model()->index(m_page->model()->rowOf(m_overdue)));
        list->scrollTo(index);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
        QCOMPARE(m_page->selectedRelationship(), m_overdue);
        const QString dumpBefore = dumpDatabase(m_temp->db().connection());
        const int meetingsBefore = count(m_temp->db(), QStringLiteral("SELECT count(*) FROM meeting"));
        const int progressBefore =
            count(m_temp->db(), QStringLiteral("SELECT count(*) FROM progress_update"));

        // WHEN Ctrl+L opens Log meeting, filled with notes, a progress update and an action item
        // (viewed from a zone none of the demo's meetings is in)
        MeetingTime::setViewerZone(QTimeZone("Pacific/Auckland"));
        QTest::keyClick(list, Qt::Key_L, Qt::ControlModifier);
        auto *dialog = openDialog<LogMeetingDialog>(QStringLiteral("logMeetingDialog"));
        MeetingTime::setViewerZone(std::nullopt);
        QVERIFY(dialog);
        auto *planned = dialog->findChild<QComboBox *>(QStringLiteral("logMeetingPlanned"));
        // The planned meetings it offers follow the one time rule of every page (MeetingTime):
        // the viewer's time, then the meeting's own.
        QVERIFY(planned->count() > 1);
        QVERIFY2(planned->itemText(1).contains(QStringLiteral(" here · ")), qPrintable(planned->itemText(1)));
        planned->setCurrentIndex(0); // a meeting that was not planned: now
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("logMeetingSharedNotes")),
                         QStringLiteral("Talked through the portfolio"));
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("logMeetingPrivateNotes")),
                         QStringLiteral("Seemed tired"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("logMeetingAddAction")),
                          Qt::LeftButton);
        auto *save = dialog->findChild<QPushButton *>(QStringLiteral("logMeetingSave"));
        QVERIFY(!save->isEnabled()); // an action item without a title is not valid yet
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("logMeetingActionsError"))->isVisible());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("actionTitle_0")),
                         QStringLiteral("Send the CV draft"));
        QVERIFY(save->isEnabled());
        const QList<QSlider *> sliders = dialog->findChildren<QSlider *>();
        QVERIFY(!sliders.isEmpty());
        QSlider *slider = sliders.first();
        const QString goalId = slider->objectName().section(QLatin1Char('_'), 1);
        auto *record = dialog->findChild<QCheckBox *>(QStringLiteral("goalRecord_") + goalId);
        QVERIFY(!record->isChecked());
        slider->setFocus();
        QTest::keyClick(slider, slider->value() < slider->maximum() ? Qt::Key_PageUp : Qt::Key_PageDown);
        QVERIFY(record->isChecked());
        const int goalProgressBefore = count(
            m_temp->db(), QStringLiteral("SELECT count(*) FROM progress_update WHERE goal_id = ") + goalId);
        QTest::keyClick(dialog, Qt::Key_Return, Qt::ControlModifier);

        // THEN one undoable edit holds the meeting, its action item and the progress update
        QTRY_VERIFY2(!dialog->isVisible(),
                     qPrintable(dialog->findChild<QLabel *>(QStringLiteral("logMeetingError"))->text()));
        QCOMPARE(count(m_temp->db(), QStringLiteral("SELECT count(*) FROM meeting")), meetingsBefore + 1);
        QCOMPARE(count(m_temp->db(), QStringLiteral("SELECT count(*) FROM action_item WHERE title = "
                                                    "'Send the CV draft' AND meeting_id IS NOT NULL")),
                 1);
        QCOMPARE(count(m_temp->db(), QStringLiteral("SELECT count(*) FROM progress_update")),
                 progressBefore + 1);
        QCOMPARE(count(m_temp->db(),
                       QStringLiteral("SELECT count(*) FROM progress_update WHERE goal_id = ") + goalId),
                 goalProgressBefore + 1);
        QCOMPARE(m_window->undoStack()->count(), 1);
        QVERIFY(m_window->undoStack()->undoText().startsWith(QStringLiteral("Log meeting")));
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("logged")));
        // … and the list shows the mentee on track, contacted today
        QTRY_COMPARE(shown(m_page, m_overdue)->health.state, CadenceState::OnTrack);
        const int row = m_page->model()->rowOf(m_overdue);
        // On track in words — or, when still at risk for another reason, that reason (issue 9:
        // never "At risk · contact on track").
        const QString healthText =
            m_page->model()->index(row).data(MenteeListModel::HealthTextRole).toString();
        if (shown(m_page, m_overdue)->health.isAtRisk())
            QVERIFY2(healthText.startsWith(QStringLiteral("At risk: ")) &&
                         !healthText.contains(QStringLiteral("on track"), Qt::CaseInsensitive),
                     qPrintable(healthText));
        else
            QCOMPARE(healthText, QStringLiteral("On track"));
        QCOMPARE(m_page->model()->index(row).data(MenteeListModel::ContactTextRole).toString(),
                 QStringLiteral("last contact today"));
        QCOMPARE(m_page->selectedRelationship(), m_overdue); // updated in place, still selected

        // WHEN Edit ▸ Undo is triggered
        auto *undo = m_window->findChild<QAction *>(QStringLiteral("undoAction"));
        QVERIFY(undo && undo->isEnabled());
        undo->trigger();

        // THEN the health is overdue again and the database is exactly as before
        QTRY_COMPARE(shown(m_page, m_overdue)->health.state, CadenceState::Overdue);
        QCOMPARE(dumpDatabase(m_temp->db().connection()), dumpBefore);
    }

    void shouldOfferTheOverdueInNeedsAttentionWithOneClickToLogIt()
    {
        // GIVEN the workspace
        openWorkspace();
        if (QTest::currentTestFailed())
            return;
        auto *attention = m_window->findChild<QWidget *>(QStringLiteral("myMenteesAttention"));
        QVERIFY(attention && attention->isVisible());
        // THEN the header counts those needing attention
        QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("myMenteesSummary"))
                    ->text()
                    .contains(QStringLiteral("attention")));
        // WHEN the first "Log it" is clicked
        const QList<QPushButton *> buttons = attention->findChildren<QPushButton *>();
        QVERIFY(!buttons.isEmpty());
        const qint64 id = buttons.first()->objectName().section(QLatin1Char('_'), 1).toLongLong();
        auto *text = attention->findChild<QLabel *>(QStringLiteral("attentionText_%1").arg(id));
        QVERIFY(text && !text->text().isEmpty());
        QTest::mouseClick(buttons.first(), Qt::LeftButton);
        // THEN Log meeting opens for that relationship
        auto *dialog = openDialog<LogMeetingDialog>(QStringLiteral("logMeetingDialog"));
        QVERIFY(dialog);
        QCOMPARE(dialog->report().relationshipId, id);
        QCOMPARE(m_page->selectedRelationship(), id);
        dialog->reject();
    }

    void shouldRefuseAHeldMeetingInTheFuture()
    {
        openWorkspace();
        if (QTest::currentTestFailed())
            return;
        LogMeetingDialog dialog(m_context, m_overdue);
        auto *save = dialog.findChild<QPushButton *>(QStringLiteral("logMeetingSave"));
        QVERIFY(save->isEnabled());
        auto *date = dialog.findChild<QDateEdit *>(QStringLiteral("logMeetingDate"));
        date->setDate(Clock::today().addDays(2));
        QVERIFY(!save->isEnabled());
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("logMeetingWhenError"))->text().isEmpty());
        // A missed (no-show) meeting is not "held", so no future check — but back to a past date:
        date->setDate(Clock::today().addDays(-1));
        QVERIFY(save->isEnabled());
    }

    // Issue 12: a resource shared with the pair is offered in Log meeting; ticking it marks it
    // discussed with the meeting, and undoing the log makes it open again.
    void shouldMarkASharedResourceDiscussedWhileLoggingAMeeting()
    {
        openWorkspace();
        if (QTest::currentTestFailed())
            return;
        Resource resource;
        resource.title = QStringLiteral("Mock interview checklist");
        resource.url = QStringLiteral("https://intranet.example.com/mock-interview");
        auto added = m_edits->addResource(resource);
        QVERIFY(added.ok());
        ResourceShareRequest request;
        request.resourceId = added->primaryId;
        request.relationshipIds = {m_overdue};
        request.sharedBy = m_context.profile->personId;
        request.sharedOn = Clock::today().addDays(-10);
        QVERIFY(m_edits->shareResourceWith(request).ok());
        QSqlQuery find(m_temp->db().connection());
        QVERIFY(find.exec(
            QStringLiteral("SELECT id FROM resource_share WHERE resource_id = %1").arg(added->primaryId)));
        QVERIFY(find.next());
        const Id shareId = find.value(0).toLongLong();

        LogMeetingDialog dialog(m_context, m_overdue);
        auto *discussed = dialog.findChild<QCheckBox *>(QStringLiteral("logMeetingDiscussed%1").arg(shareId));
        QVERIFY(discussed);
        QCOMPARE(discussed->text(), resource.title);
        QVERIFY(!discussed->isChecked());
        discussed->setChecked(true);
        const int steps = m_window->undoStack()->count();
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(m_window->undoStack()->count(), steps + 1); // one step with the meeting
        ResourceShare share = EntityReader(m_temp->db().connection()).get<ResourceShare>(shareId).value();
        QCOMPARE(share.status(), ShareStatus::Discussed);
        QVERIFY(share.meetingId.has_value());
        QCOMPARE(share.discussedBy, std::optional<Id>(m_context.profile->personId));

        m_window->undoStack()->undo();
        share = EntityReader(m_temp->db().connection()).get<ResourceShare>(shareId).value();
        QCOMPARE(share.status(), ShareStatus::Shared);
        QCOMPARE(share.meetingId, std::optional<Id>());
    }

    void shouldLogContactAndPlanASeriesAsOneUndoStepEach()
    {
        // GIVEN the workspace with a mentee selected
        openWorkspace();
        if (QTest::currentTestFailed())
            return;
        m_page->selectRelationship(m_overdue);
        auto *list = m_window->findChild<QListView *>(QStringLiteral("myMenteesList"));
        const QString dumpBefore = dumpDatabase(m_temp->db().connection());

        // WHEN Ctrl+Shift+L logs a call
        QTest::keyClick(list, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        auto *contact = openDialog<LogContactDialog>(QStringLiteral("logContactDialog"));
        QVERIFY(contact);
        auto *channel = contact->findChild<QComboBox *>(QStringLiteral("logContactChannel"));
        channel->setCurrentIndex(channel->findData(int(ContactChannel::Call)));
        QTest::keyClicks(contact->findChild<QPlainTextEdit *>(QStringLiteral("logContactSummary")),
                         QStringLiteral("Quick call about the interview"));
        QTest::mouseClick(contact->findChild<QPushButton *>(QStringLiteral("logContactSave")),
                          Qt::LeftButton);
        QTRY_VERIFY(!contact->isVisible());
        // THEN the contact counts: the mentee is on track
        QCOMPARE(count(m_temp->db(), QStringLiteral("SELECT count(*) FROM contact WHERE channel = 'call' AND "
                                                    "summary = 'Quick call about the interview'")),
                 1);
        QTRY_COMPARE(shown(m_page, m_overdue)->health.state, CadenceState::OnTrack);

        // WHEN Plan meeting creates a fortnightly series
        m_page->planMeeting();
        auto *plan = openDialog<PlanMeetingDialog>(QStringLiteral("planMeetingDialog"));
        QVERIFY(plan);
        auto *repeat = plan->findChild<QComboBox *>(QStringLiteral("planMeetingRepeat"));
        repeat->setCurrentIndex(repeat->findData(int(PlanMeetingDialog::Repeat::Fortnightly)));
        QTest::mouseClick(plan->findChild<QPushButton *>(QStringLiteral("planMeetingSave")), Qt::LeftButton);
        QTRY_VERIFY(!plan->isVisible());
        QCOMPARE(count(m_temp->db(),
                       QStringLiteral("SELECT count(*) FROM meeting WHERE kind = 'series' AND rrule LIKE "
                                      "'FREQ=WEEKLY;%INTERVAL=2%' AND relationship_id = %1")
                           .arg(m_overdue)),
                 1);
        // … with the database's default reminder (Preferences ▸ Meetings: 15 minutes unless changed)
        QCOMPARE(count(m_temp->db(),
                       QStringLiteral(
                           "SELECT count(*) FROM meeting WHERE kind = 'series' AND rrule LIKE "
                           "'FREQ=WEEKLY;%INTERVAL=2%' AND reminder_minutes = 15 AND relationship_id = %1")
                           .arg(m_overdue)),
                 1);
        // THEN the next meeting shows, and two undos restore the database
        QTRY_VERIFY(shown(m_page, m_overdue)->health.nextPlannedUtc.has_value());
        QCOMPARE(m_window->undoStack()->count(), 2);
        m_window->undoStack()->undo();
        m_window->undoStack()->undo();
        QCOMPARE(dumpDatabase(m_temp->db().connection()), dumpBefore);
    }

    void shouldFilterTheListAndShowAnEmptyState()
    {
        openWorkspace();
        if (QTest::currentTestFailed())
            return;
        auto *show = m_window->findChild<QComboBox *>(QStringLiteral("myMenteesShow"));
        auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("myMenteesSearch"));
        const int all = m_page->filterModel()->rowCount();
        show->setCurrentIndex(show->findData(int(MenteeFilterModel::Show::Active)));
        QVERIFY(m_page->filterModel()->rowCount() <= all);
        QTest::keyClicks(search, QStringLiteral("no such mentee at all"));
        QCOMPARE(m_page->filterModel()->rowCount(), 0);
        auto *empty = m_window->findChild<QWidget *>(QStringLiteral("myMenteesEmpty"));
        QVERIFY(empty->isVisible());
        QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("myMenteesEmptyButton")),
                          Qt::LeftButton);
        QVERIFY(search->text().isEmpty());
        QCOMPARE(m_page->filterModel()->rowCount(), all);
    }
};

TRELLIS_REGISTER_TEST(MentorWorkspaceTest);

#include "mentorworkspacetest.moc"
