#include "calendar/calendarpage.h"

#include "calendar/agendaview.h"
#include "calendar/calendarfilterbutton.h"
#include "calendar/daylistpopup.h"
#include "calendar/monthview.h"
#include "calendar/timegridview.h"
#include "demo/demogenerator.h"
#include "dialogs/planmeetingdialog.h"
#include "insights/calendaragenda.h"
#include "models/backgroundjob.h"
#include "models/hourlymodel.h"
#include "models/meetingtime.h"
#include "models/modelloader.h"
#include "models/occurrencemodel.h"
#include "storage/relationshipqueries.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "ui/screenshotchecks.h"
#include "ui/workspacefixture.h"
#include "util/clock.h"
#include "workspace/mainwindow.h"
#include "workspace/workspacebuilder.h"

#include <QCheckBox>
#include <QHelpEvent>
#include <QListWidget>
#include <QMap>
#include <QMessageBox>
#include <QPersistentModelIndex>
#include <QPushButton>
#include <QSet>
#include <QSqlQuery>
#include <QTest>
#include <QToolTip>
#include <QUndoStack>

#include <memory>

using namespace trellis;
using namespace trellis::test;
using namespace trellis::test::ScreenshotChecks;

namespace {

// Waits for the page's next applied load.
bool waitLoaded(CalendarPage *page)
{
    QSignalSpy loaded(page, &CalendarPage::loaded);
    return loaded.wait(15000);
}

// Clicks the button whose text starts with `text` on the next message box.
void answerNextBox(const QString &text)
{
    whenDialogOpens([text](QWidget *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        if (!box)
            return;
        for (QAbstractButton *button : box->buttons())
            if (button->text().startsWith(text)) {
                button->click();
                return;
            }
        box->reject();
    });
}

int rowOfStart(const OccurrenceModel &model, const QDateTime &start)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.itemAt(row).occurrence.startUtc == start.toSecsSinceEpoch())
            return row;
    return -1;
}

} // namespace

// The Calendar place on the small demo: month, week, day and agenda in light and dark at both
// window sizes (saved with TRELLIS_SCREENSHOT_DIR), and its edits: a drag makes an override for
// one occurrence, Delete cancels, both undo; "+N more" opens a keyboard list; conflicts marked.
class CalendarPageTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        MeetingTime::setViewerZone(QTimeZone("Europe/Berlin"));
        m_clock = std::make_unique<PinnedClock>(QDateTime(QDate(2026, 3, 11), QTime(13, 20), Qt::UTC));
        QVERIFY(DemoGenerator::generate(m_temp.db(), DemoOptions{}).ok());
        auto relationships = RelationshipQueries(m_temp.db().connection()).relationships();
        QVERIFY(relationships.ok());
        // The mentor with the most relationships among those with a meeting today (the day view
        // shows today), the lowest id on a tie: the same mentor in every run.
        QMap<Id, int> load;
        for (const Relationship &r : std::as_const(*relationships))
            ++load[r.mentorId];
        for (auto it = load.cbegin(); it != load.cend(); ++it) {
            if (m_mentor != 0 && it.value() <= load.value(m_mentor))
                continue;
            auto today = CalendarAgenda::window(m_temp.db(), RelationshipScope::mentor(it.key()),
                                                Clock::today(), 1, MeetingTime::viewerZone());
            QVERIFY(today.ok());
            if (!today->isEmpty())
                m_mentor = it.key();
        }
        QVERIFY(m_mentor != 0);
        for (const Relationship &r : std::as_const(*relationships))
            if (r.mentorId == m_mentor)
                m_relationships.append(r.id);
        QVERIFY(m_relationships.size() >= 2);
    }
    void cleanupTestCase()
    {
        BackgroundJob::drain();
        m_clock.reset();
        MeetingTime::setViewerZone(std::nullopt);
    }

    void shouldRenderEveryViewReadably_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("role");
        for (const auto &[role, name] :
             {std::pair{Role::Mentor, "mentor"}, std::pair{Role::Coordinator, "coordinator"}}) {
            QTest::addRow("%s light 1440x900", name) << false << QSize(1440, 900) << int(role);
            QTest::addRow("%s light 1024x700", name) << false << QSize(1024, 700) << int(role);
            QTest::addRow("%s dark 1440x900", name) << true << QSize(1440, 900) << int(role);
            QTest::addRow("%s dark 1024x700", name) << true << QSize(1024, 700) << int(role);
        }
    }
    void shouldRenderEveryViewReadably()
    {
        QFETCH(bool, dark);
        QFETCH(QSize, size);
        QFETCH(int, role);
        const PaletteScope palette(dark ? darkPalette() : lightPalette());
        const QString shot = suffix(dark, size);
        const Role profileRole = Role(role);
        WorkspaceFixture fixture(m_temp.db(),
                                 Profile{profileRole == Role::Mentor ? m_mentor : 1, profileRole});
        MainWindow window;
        window.setDatabase(&m_temp.db());
        WorkspaceBuilder::populate(window, fixture.context);
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *page = window.findChild<CalendarPage *>();
        QVERIFY(page);
        window.showPlace(QStringLiteral("calendar"));
        QCOMPARE(window.currentPlace(), QStringLiteral("calendar"));
        QTRY_VERIFY(page->loader()->hasLoaded());
        const QString who =
            profileRole == Role::Mentor ? QStringLiteral("mentor") : QStringLiteral("coordinator");
        const std::pair<CalendarPage::Mode, QString> modes[] = {
            {CalendarPage::Mode::Month, QStringLiteral("month")},
            {CalendarPage::Mode::Week, QStringLiteral("week")},
            {CalendarPage::Mode::Day, QStringLiteral("day")},
            {CalendarPage::Mode::Agenda, QStringLiteral("agenda")}};
        for (const auto &[mode, name] : modes) {
            page->setMode(mode);
            QTRY_VERIFY(!page->loader()->isLoading());
            QTest::qWait(80);
            QTRY_VERIFY_WITH_TIMEOUT(page->occurrences()->rowCount() > 0, 15000);
            const QString view = mode == CalendarPage::Mode::Month    ? QStringLiteral("calendarMonthView")
                                 : mode == CalendarPage::Mode::Agenda ? QStringLiteral("calendarAgenda")
                                                                      : QStringLiteral("calendarTimeGrid");
            const QString problem = renderAndCheck(
                &window, {QStringLiteral("calendarPage"), QStringLiteral("calendarPeriod"), view},
                QStringLiteral("calendar-%1-%2").arg(who, name) + shot);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        window.setDatabase(nullptr);
    }

    // Keyboard: arrows move the selected day, PgDn/PgUp the period, T goes back to today.
    void shouldNavigateByKeyboard()
    {
        WorkspaceFixture fixture(m_temp.db(), Profile{m_mentor, Role::Mentor});
        CalendarPage page(fixture.context);
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setMode(CalendarPage::Mode::Month);
        const QDate today = Clock::today();
        QCOMPARE(page.anchor(), today);
        QTest::keyClick(page.monthView(), Qt::Key_Right);
        QCOMPARE(page.monthView()->selectedDate(), today.addDays(1));
        QTest::keyClick(page.monthView(), Qt::Key_Down);
        QCOMPARE(page.monthView()->selectedDate(), today.addDays(8));
        // PgDn, PgUp and T are the page's shortcuts for these.
        page.next();
        QCOMPARE(page.anchor().month(), today.addDays(8).addMonths(1).month());
        page.goToday();
        QCOMPARE(page.anchor(), today);
        QCOMPARE(page.periodText(), QLocale().toString(today, QStringLiteral("MMMM yyyy")));
        page.setMode(CalendarPage::Mode::Week);
        page.previous();
        QCOMPARE(page.anchor(), today.addDays(-7));
        QCOMPARE(page.hourly()->rowCount(), 7);
        QCOMPARE(page.hourly()->date(0).dayOfWeek(), int(page.weekStart()));
        QVERIFY(waitLoaded(&page) || page.loader()->hasLoaded());
    }

    // A day with more meetings than its month cell holds shows "+N more", and Enter on that day
    // opens the day's list with the first meeting current.
    void shouldOfferMoreInFullMonthCells()
    {
        WorkspaceFixture fixture(m_temp.db(), Profile{m_mentor, Role::Mentor});
        for (int i = 0; i < 8; ++i) {
            Meeting single;
            single.relationshipId = m_relationships.at(i % m_relationships.size());
            single.startLocal = QStringLiteral("2026-08-12T%1:00:00").arg(8 + i, 2, 10, QLatin1Char('0'));
            single.timezone = QStringLiteral("Europe/Berlin");
            single.durationMinutes = 30;
            QVERIFY(fixture.edits->planMeeting(single).ok());
        }
        CalendarPage page(fixture.context);
        page.resize(1024, 640);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setMode(CalendarPage::Mode::Month);
        page.setAnchor(QDate(2026, 8, 12));
        QTRY_VERIFY(page.loader()->hasLoaded() && !page.loader()->isLoading());
        QTRY_VERIFY(page.occurrences()->rowCount() >= 8);
        const QDate full(2026, 8, 12);
        QVERIFY(page.monthView()->hiddenOn(full) > 0);
        QCOMPARE(page.monthView()->hiddenOn(full.addDays(1)), 0);
        page.monthView()->setSelectedDate(full);
        page.monthView()->setFocus();
        QTest::keyClick(page.monthView(), Qt::Key_Return);
        QTRY_VERIFY(page.monthView()->popup());
        DayListPopup *popup = page.monthView()->popup();
        QVERIFY(popup->list()->count() >= 8);
        QCOMPARE(popup->list()->currentRow(), 0);
        popup->close();
        for (int i = 0; i < 8; ++i)
            fixture.stack->undo();
    }

    // Dragging one occurrence of a weekly series (answering "Only This One") makes an override
    // for it and leaves the others; undo puts it back. Delete cancels an occurrence; undo too.
    void shouldMoveOneOccurrenceAndCancelUndoably()
    {
        WorkspaceFixture fixture(m_temp.db(), Profile{m_mentor, Role::Mentor});
        Meeting series;
        series.relationshipId = m_relationships.first();
        series.kind = MeetingKind::Series;
        series.title = QStringLiteral("Drag me");
        series.startLocal = QStringLiteral("2026-06-01T07:00:00");
        series.timezone = QStringLiteral("Europe/Berlin");
        series.durationMinutes = 45;
        series.rrules = {QStringLiteral("FREQ=DAILY;COUNT=4")};
        QVERIFY(fixture.edits->planMeeting(series).ok());
        CalendarPage page(fixture.context);
        page.resize(1200, 800);
        page.show();
        page.setMode(CalendarPage::Mode::Week);
        page.setAnchor(QDate(2026, 6, 1));
        QTRY_VERIFY(page.loader()->hasLoaded() && !page.loader()->isLoading());
        const QTimeZone berlin("Europe/Berlin");
        const QDateTime second(QDate(2026, 6, 2), QTime(7, 0), berlin);
        const int row = rowOfStart(*page.occurrences(), second);
        QVERIFY(row >= 0);
        const QString key = page.occurrences()->itemAt(row).key();
        const Id seriesId = *page.occurrences()->itemAt(row).occurrence.seriesId;
        answerNextBox(QStringLiteral("Only This One"));
        page.moveEntry(row, second.addSecs(3 * 3600), 30);
        QTRY_VERIFY(rowOfStart(*page.occurrences(), second.addSecs(3 * 3600)) >= 0);
        const AgendaEntry moved =
            page.occurrences()->itemAt(rowOfStart(*page.occurrences(), second.addSecs(3 * 3600)));
        QCOMPARE(moved.key(), key);
        QVERIFY(moved.occurrence.overrideId.has_value());
        QCOMPARE(moved.occurrence.endUtc - moved.occurrence.startUtc, qint64(30 * 60));
        for (const int day : {1, 3, 4})
            QVERIFY(rowOfStart(*page.occurrences(), QDateTime(QDate(2026, 6, day), QTime(7, 0), berlin)) >=
                    0);
        fixture.stack->undo();
        QTRY_VERIFY(rowOfStart(*page.occurrences(), second) >= 0);
        QVERIFY(!page.occurrences()->itemAt(rowOfStart(*page.occurrences(), second)).occurrence.overrideId);

        // Delete on the selected occurrence in the agenda cancels it, undoably.
        page.setMode(CalendarPage::Mode::Agenda);
        QTRY_VERIFY(!page.loader()->isLoading());
        QTRY_VERIFY(rowOfStart(*page.occurrences(), second) >= 0);
        const int target = rowOfStart(*page.occurrences(), second);
        page.agendaView()->setCurrentIndex(page.occurrences()->index(target, 0));
        QTest::keyClick(page.agendaView(), Qt::Key_Delete);
        QTRY_COMPARE(page.occurrences()->itemAt(rowOfStart(*page.occurrences(), second)).occurrence.status,
                     OccurrenceStatus::Cancelled);
        fixture.stack->undo();
        QTRY_COMPARE(page.occurrences()->itemAt(rowOfStart(*page.occurrences(), second)).occurrence.status,
                     OccurrenceStatus::Planned);
        QVERIFY(fixture.edits->deleteMeeting(seriesId).ok());
    }

    // A mentor with two meetings at once (two mentees) gets the conflict mark on both.
    void shouldMarkDoubleBookings()
    {
        WorkspaceFixture fixture(m_temp.db(), Profile{m_mentor, Role::Mentor});
        QList<Id> planned;
        for (int i = 0; i < 2; ++i) {
            Meeting single;
            single.relationshipId = m_relationships.at(i);
            single.startLocal =
                i == 0 ? QStringLiteral("2026-07-07T10:00:00") : QStringLiteral("2026-07-07T10:30:00");
            single.timezone = QStringLiteral("Europe/Berlin");
            single.durationMinutes = 60;
            auto done = fixture.edits->planMeeting(single);
            QVERIFY(done.ok());
        }
        CalendarPage page(fixture.context);
        page.resize(1200, 800);
        page.show();
        page.setMode(CalendarPage::Mode::Day);
        page.setAnchor(QDate(2026, 7, 7));
        QTRY_VERIFY(page.loader()->hasLoaded() && !page.loader()->isLoading());
        const QTimeZone berlin("Europe/Berlin");
        const int first = rowOfStart(*page.occurrences(), QDateTime(QDate(2026, 7, 7), QTime(10, 0), berlin));
        const int second =
            rowOfStart(*page.occurrences(), QDateTime(QDate(2026, 7, 7), QTime(10, 30), berlin));
        QVERIFY(first >= 0 && second >= 0);
        QVERIFY(page.occurrences()->itemAt(first).conflict);
        QVERIFY(page.occurrences()->itemAt(second).conflict);
        // Side by side in the day view, each at least the readable width.
        const QRectF a = page.timeGrid()->rectOf(first);
        const QRectF b = page.timeGrid()->rectOf(second);
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        QVERIFY(!a.intersects(b));
        QVERIFY(a.width() >= page.timeGrid()->minimumEventWidth() - 2);
        fixture.stack->undo();
        fixture.stack->undo();
    }

    // The filters narrow what the page shows (statuses through the popup's boxes, a mentee by the
    // page's API), come back when the calendar is opened again on this database, and not on another.
    void shouldFilterAndRememberPerDatabase()
    {
        WorkspaceFixture fixture(m_temp.db(), Profile{m_mentor, Role::Mentor});
        const QDate week = Clock::today();
        {
            CalendarPage page(fixture.context);
            page.resize(1200, 800);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            page.setMode(CalendarPage::Mode::Month);
            page.setAnchor(week);
            QTRY_VERIFY(page.loader()->hasLoaded() && !page.loader()->isLoading());
            QCOMPARE(page.filter().activeCount(), 0);
            const int everything = page.occurrences()->rowCount();
            QVERIFY(everything > 0);
            QSet<Id> mentees;
            int held = 0;
            for (int row = 0; row < everything; ++row) {
                mentees << page.occurrences()->itemAt(row).menteeId;
                held += page.occurrences()->itemAt(row).occurrence.status == OccurrenceStatus::Held;
            }
            QVERIFY(mentees.size() >= 2);

            // Through the popup: only held meetings.
            page.filterButton()->showPopup();
            QFrame *popup = page.filterButton()->popup();
            QTRY_VERIFY(popup->isVisible());
            for (const char *name :
                 {"calendarFilterPlanned", "calendarFilterCancelled", "calendarFilterUnlogged"}) {
                auto *box = popup->findChild<QCheckBox *>(QLatin1String(name));
                QVERIFY(box);
                box->click();
            }
            popup->close();
            QCOMPARE(page.filter().statuses, int(CalendarFilter::Status::Held));
            QVERIFY(page.filterButton()->text().contains(QLatin1String("1")));
            QTRY_VERIFY(!page.loader()->isLoading());
            QTRY_COMPARE(page.occurrences()->rowCount(), held);
            for (int row = 0; row < page.occurrences()->rowCount(); ++row)
                QCOMPARE(page.occurrences()->itemAt(row).occurrence.status, OccurrenceStatus::Held);

            // One mentee, every status.
            CalendarFilter one;
            one.mentee = *mentees.cbegin();
            page.setFilter(one);
            QTRY_VERIFY(!page.loader()->isLoading());
            QTRY_VERIFY(page.occurrences()->rowCount() > 0 && page.occurrences()->rowCount() < everything);
            for (int row = 0; row < page.occurrences()->rowCount(); ++row)
                QCOMPARE(page.occurrences()->itemAt(row).menteeId, *one.mentee);
            // The page says what narrows it, by name once the pickers' entries have come.
            QTRY_VERIFY(page.filterButton()->summary().startsWith(QStringLiteral("Showing mentee ")));
        }
        // Reopened on this database: the same filter, and the same occurrences.
        {
            CalendarPage page(fixture.context);
            QVERIFY(page.filter().mentee.has_value());
            QCOMPARE(page.filter().statuses, CalendarFilter::AllStatuses);
            QCOMPARE(page.filterButton()->filter().mentee, page.filter().mentee);
        }
        // Another database: nothing filtered.
        {
            TempDatabase other;
            WorkspaceFixture elsewhere(other.db(), Profile{m_mentor, Role::Mentor});
            {
                CalendarPage page(elsewhere.context);
                QCOMPARE(page.filter().activeCount(), 0);
            }
            // The page's loads end before their database goes.
            BackgroundJob::drain();
        }
        // Cleared (the other tests share this database).
        CalendarPage page(fixture.context);
        page.setFilter(CalendarFilter{});
        QCOMPARE(page.filter().activeCount(), 0);
        CalendarPage again(fixture.context);
        QCOMPARE(again.filter().activeCount(), 0);
    }

    // Dragging a meeting onto another one of the same mentor asks first, naming the mentor and the
    // other meeting; Cancel leaves it, Move Anyway moves it. Planning there warns in the dialog.
    void shouldWarnBeforeDoubleBooking()
    {
        WorkspaceFixture fixture(m_temp.db(), Profile{m_mentor, Role::Mentor});
        const QTimeZone berlin("Europe/Berlin");
        for (int i = 0; i < 2; ++i) {
            Meeting single;
            single.relationshipId = m_relationships.at(i);
            single.startLocal =
                i == 0 ? QStringLiteral("2026-09-15T10:00:00") : QStringLiteral("2026-09-15T13:00:00");
            single.timezone = QStringLiteral("Europe/Berlin");
            single.durationMinutes = 60;
            QVERIFY(fixture.edits->planMeeting(single).ok());
        }
        CalendarPage page(fixture.context);
        page.resize(1200, 800);
        page.show();
        page.setMode(CalendarPage::Mode::Day);
        page.setAnchor(QDate(2026, 9, 15));
        QTRY_VERIFY(page.loader()->hasLoaded() && !page.loader()->isLoading());
        const QDateTime ten(QDate(2026, 9, 15), QTime(10, 0), berlin);
        const QDateTime one(QDate(2026, 9, 15), QTime(13, 0), berlin);
        QTRY_VERIFY(rowOfStart(*page.occurrences(), one) >= 0);
        const AgendaEntry first = page.occurrences()->itemAt(rowOfStart(*page.occurrences(), ten));
        const AgendaEntry second = page.occurrences()->itemAt(rowOfStart(*page.occurrences(), one));
        QString asked;
        auto answer = [&asked](const QString &button) {
            whenDialogOpens([&asked, button](QWidget *dialog) {
                auto *box = qobject_cast<QMessageBox *>(dialog);
                if (!box)
                    return;
                asked = box->objectName() + QLatin1Char('|') + box->informativeText();
                for (QAbstractButton *b : box->buttons())
                    if (b->text() == button) {
                        b->click();
                        return;
                    }
                box->reject();
            });
        };
        answer(QStringLiteral("Cancel"));
        page.moveEntry(rowOfStart(*page.occurrences(), one), ten.addSecs(30 * 60), 60);
        QVERIFY2(asked.startsWith(QStringLiteral("calendarConflictPrompt|")), qPrintable(asked));
        QVERIFY2(asked.contains(first.mentorName + QStringLiteral(" already has a meeting then: with ") +
                                first.menteeName),
                 qPrintable(asked));
        QVERIFY2(asked.contains(QStringLiteral("10:00–")), qPrintable(asked));
        QTest::qWait(200);
        QVERIFY(rowOfStart(*page.occurrences(), one) >= 0); // not moved

        asked.clear();
        answer(QStringLiteral("Move Anyway"));
        page.moveEntry(rowOfStart(*page.occurrences(), one), ten.addSecs(30 * 60), 60);
        QVERIFY(!asked.isEmpty());
        QTRY_VERIFY(rowOfStart(*page.occurrences(), ten.addSecs(30 * 60)) >= 0);
        QTRY_VERIFY(page.occurrences()->itemAt(rowOfStart(*page.occurrences(), ten)).conflict);
        fixture.stack->undo();
        QTRY_VERIFY(rowOfStart(*page.occurrences(), one) >= 0);

        // A move to a free time asks nothing.
        asked.clear();
        page.moveEntry(rowOfStart(*page.occurrences(), one), one.addSecs(3600), 60);
        QTRY_VERIFY(rowOfStart(*page.occurrences(), one.addSecs(3600)) >= 0);
        QVERIFY(asked.isEmpty());
        fixture.stack->undo();

        // Planning the second relationship's meeting at 10:15 warns inside the dialog.
        PlanMeetingDialog dialog(fixture.context, second.occurrence.relationshipId);
        QVERIFY(dialog.loadError().isEmpty());
        dialog.setStart(ten.addSecs(15 * 60));
        QVERIFY2(
            dialog.overlapWarning().startsWith(first.mentorName + QStringLiteral(" already has a meeting")),
            qPrintable(dialog.overlapWarning()));
        dialog.setStart(ten.addSecs(-3 * 3600));
        QCOMPARE(dialog.overlapWarning(), QString());
        fixture.stack->undo();
        fixture.stack->undo();
    }

    // A chip's tooltip says who, the mode, the agenda's start and, for a meeting kept in New York,
    // the time there beside the viewer's (Berlin).
    void shouldExplainAMeetingInItsTooltip()
    {
        WorkspaceFixture fixture(m_temp.db(), Profile{m_mentor, Role::Mentor});
        Meeting single;
        single.relationshipId = m_relationships.first();
        single.title = QStringLiteral("CV review");
        single.mode = MeetingMode::Phone;
        single.agenda = QStringLiteral("Go through the CV draft\nthen practise the interview questions");
        single.startLocal = QStringLiteral("2026-10-06T09:00:00");
        single.timezone = QStringLiteral("America/New_York");
        single.durationMinutes = 45;
        QVERIFY(fixture.edits->planMeeting(single).ok());
        CalendarPage page(fixture.context);
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setMode(CalendarPage::Mode::Day);
        page.setAnchor(QDate(2026, 10, 6));
        QTRY_VERIFY(page.loader()->hasLoaded() && !page.loader()->isLoading());
        const QDateTime start(QDate(2026, 10, 6), QTime(9, 0), QTimeZone("America/New_York"));
        QTRY_VERIFY(rowOfStart(*page.occurrences(), start) >= 0);
        const int row = rowOfStart(*page.occurrences(), start);
        const AgendaEntry entry = page.occurrences()->itemAt(row);
        const QString tip = page.occurrences()->tooltipOf(row, Role::Mentor);
        QVERIFY2(tip.contains(entry.menteeName.toHtmlEscaped()), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("Mode: Phone")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("Agenda: Go through the CV draft then practise")),
                 qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("New York")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("CV review")), qPrintable(tip));
        // The chip in the day view shows exactly that.
        page.timeGrid()->scrollToHour(14);
        const QRectF chip = page.timeGrid()->rectOf(row);
        QVERIFY(!chip.isEmpty());
        QWidget *viewport = page.timeGrid()->viewport();
        const QPoint at = chip.center().toPoint();
        QHelpEvent help(QEvent::ToolTip, at, viewport->mapToGlobal(at));
        QCoreApplication::sendEvent(viewport, &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), tip);
        QToolTip::hideText();
        fixture.stack->undo();
    }

    // An edit of one meeting reaches the page as the notifier's precise change: only the
    // relationships around it are read again (a meeting of an unrelated pair changed behind the
    // notifier's back stays as shown), every other row keeps its persistent index, and the week
    // view draws the meeting at its new time.
    void shouldFollowOneMeetingsChangePrecisely()
    {
        auto relationships = RelationshipQueries(m_temp.db().connection()).relationships();
        QVERIFY(relationships.ok());
        const Relationship *mine = nullptr;
        const Relationship *other = nullptr;
        for (const Relationship &r : std::as_const(*relationships))
            if (r.id == m_relationships.first())
                mine = &r;
        QVERIFY(mine);
        for (const Relationship &r : std::as_const(*relationships))
            if (r.mentorId != mine->mentorId && r.mentorId != mine->menteeId &&
                r.menteeId != mine->mentorId && r.menteeId != mine->menteeId)
                other = &r;
        QVERIFY(other);
        WorkspaceFixture fixture(m_temp.db(), Profile{1, Role::Coordinator});
        const QTimeZone berlin("Europe/Berlin");
        auto plan = [&](Id relationship, const QTime &time) {
            Meeting single;
            single.relationshipId = relationship;
            single.startLocal = QDateTime(QDate(2027, 9, 15), time).toString(Qt::ISODate);
            single.timezone = QStringLiteral("Europe/Berlin");
            single.durationMinutes = 60;
            auto done = fixture.edits->planMeeting(single);
            return done.ok() ? done->primaryId : Id(0);
        };
        const Id moving = plan(mine->id, QTime(8, 0));
        const Id unrelated = plan(other->id, QTime(13, 0));
        QVERIFY(moving != 0 && unrelated != 0);
        CalendarPage page(fixture.context);
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setMode(CalendarPage::Mode::Week);
        page.setAnchor(QDate(2027, 9, 15));
        QTRY_VERIFY(page.loader()->hasLoaded() && !page.loader()->isLoading());
        OccurrenceModel *model = page.occurrences();
        const QDateTime before(QDate(2027, 9, 15), QTime(8, 0), berlin);
        QTRY_VERIFY(rowOfStart(*model, before) >= 0);
        QHash<QString, QPersistentModelIndex> persistent;
        for (int row = 0; row < model->rowCount(); ++row)
            persistent.insert(model->itemAt(row).key(), QPersistentModelIndex(model->index(row, 0)));
        const QString key = model->itemAt(rowOfStart(*model, before)).key();
        page.timeGrid()->scrollToHour(6);
        const QRectF was = page.timeGrid()->rectOf(rowOfStart(*model, before));
        QVERIFY(!was.isEmpty());

        QSqlQuery retitle(m_temp.db().connection());
        QVERIFY(retitle.prepare(QStringLiteral("UPDATE meeting SET title = 'Behind its back' WHERE id = ?")));
        retitle.addBindValue(unrelated);
        QVERIFY(retitle.exec());
        QSignalSpy reset(model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
        const QDateTime after = before.addSecs(2 * 3600);
        page.moveEntry(rowOfStart(*model, before), after, 60);
        QTRY_VERIFY(rowOfStart(*model, after) >= 0);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 0);
        for (auto it = persistent.cbegin(); it != persistent.cend(); ++it) {
            QVERIFY(it->isValid());
            QCOMPARE(model->itemAt(it->row()).key(), it.key());
        }
        QCOMPARE(persistent.value(key).row(), rowOfStart(*model, after));
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->itemAt(row).occurrence.meetingId == unrelated)
                QVERIFY(model->itemAt(row).occurrence.title.isEmpty());
        const QRectF now = page.timeGrid()->rectOf(rowOfStart(*model, after));
        QVERIFY(!now.isEmpty());
        QVERIFY(now.top() > was.bottom()); // drawn two hours lower
        fixture.stack->undo();
        QTRY_VERIFY(rowOfStart(*model, before) >= 0);
        QVERIFY(fixture.edits->deleteMeeting(moving).ok());
        QVERIFY(fixture.edits->deleteMeeting(unrelated).ok());
    }

private:
    std::unique_ptr<PinnedClock> m_clock;
    TempDatabase m_temp;
    Id m_mentor = 0;
    QList<Id> m_relationships;
};

TRELLIS_REGISTER_TEST(CalendarPageTest);

#include "calendarpagetest.moc"
