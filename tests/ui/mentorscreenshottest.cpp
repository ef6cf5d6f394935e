#include "changenotifier.h"
#include "commands/edits.h"
#include "demo/demogenerator.h"
#include "dialogs/logcontactdialog.h"
#include "dialogs/logmeetingdialog.h"
#include "dialogs/planmeetingdialog.h"
#include "mentor/mymenteespage.h"
#include "models/backgroundjob.h"
#include "models/menteefiltermodel.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "ui/screenshotchecks.h"
#include "util/clock.h"
#include "workspace/mainwindow.h"
#include "workspace/workspacebuilder.h"

#include <QLineEdit>
#include <QScrollArea>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace trellis;
using namespace trellis::test;
using namespace trellis::test::ScreenshotChecks;

// The mentor's page and its three dialogs (Log meeting, Plan meeting, Log contact) on the small
// demo, in a light and a dark palette, in a 1440×900 and a 1024×700 window: each is drawn at the
// size asked for, fits the window, shows its key widgets inside it and keeps its text readable
// (contrast of the palette's colours and of the drawn pixels). With TRELLIS_SCREENSHOT_DIR set,
// each is saved there for a person to look at.
class MentorScreenshotTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_clock = std::make_unique<PinnedClock>(QDateTime(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC));
        auto generated = DemoGenerator::generate(m_temp.db(), DemoOptions{});
        QVERIFY(generated.ok());
        m_mentor = generated->profilePersonId;
    }
    void cleanupTestCase()
    {
        BackgroundJob::drain();
        m_clock.reset();
    }

    void shouldRenderThePageAndItsDialogsReadably_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addColumn<QSize>("size");
        QTest::newRow("light 1440x900") << false << QSize(1440, 900);
        QTest::newRow("light 1024x700") << false << QSize(1024, 700);
        QTest::newRow("dark 1440x900") << true << QSize(1440, 900);
        QTest::newRow("dark 1024x700") << true << QSize(1024, 700);
    }

    void shouldRenderThePageAndItsDialogsReadably()
    {
        QFETCH(bool, dark);
        QFETCH(QSize, size);
        const PaletteScope palette(dark ? darkPalette() : lightPalette());
        const QString shot = suffix(dark, size);
        ChangeNotifier notifier;
        MainWindow window;
        Edits edits(m_temp.db(), &notifier, window.undoStack());
        window.setDatabase(&m_temp.db());
        WorkspaceContext context{DataSource(&m_temp.db(), &notifier), &edits,
                                 Profile{m_mentor, Role::Mentor}};
        WorkspaceBuilder::populate(window, context);
        window.setProfileText(QStringLiteral("Mentor"));
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *page = window.findChild<MyMenteesPage *>(QStringLiteral("myMenteesPage"));
        QVERIFY(page);
        QTRY_VERIFY(page->filterModel()->rowCount() > 0);
        QTest::qWait(100);
        QCOMPARE(window.size(), size);
        QString problem =
            renderAndCheck(&window, {QStringLiteral("myMenteesPage")}, QStringLiteral("mentor-page") + shot);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const qint64 first = page->selectedRelationship();
        QVERIFY(first > 0);

        // A dialog opened from the window must fit inside it.
        const auto fits = [&size](QWidget *dialog) {
            return dialog->width() <= size.width() && dialog->height() <= size.height();
        };

        LogMeetingDialog log(context, first, &window);
        QVERIFY2(log.loadError().isEmpty(), qPrintable(log.loadError()));
        log.selectUnlogged(0);
        log.addActionItem();
        log.findChild<QLineEdit *>(QStringLiteral("actionTitle_0"))
            ->setText(QStringLiteral("Send the CV draft"));
        log.addActionItem();
        log.resize(std::min(log.width(), size.width() - 40), std::min(log.height(), size.height() - 60));
        log.show();
        QVERIFY(QTest::qWaitForWindowExposed(&log));
        QTest::qWait(50);
        QVERIFY(fits(&log));
        // The outcomes column shows all it holds: its scroll area has no horizontal scroll bar
        auto *outcomes = log.findChild<QScrollArea *>(QStringLiteral("logMeetingOutcomes"));
        QVERIFY2(outcomes->widget()->width() <= outcomes->viewport()->width(),
                 qPrintable(QStringLiteral("%1 > %2")
                                .arg(outcomes->widget()->width())
                                .arg(outcomes->viewport()->width())));
        problem = renderAndCheck(&log,
                                 {QStringLiteral("logMeetingPlanned"), QStringLiteral("logMeetingDate"),
                                  QStringLiteral("logMeetingTime"), QStringLiteral("logMeetingMode"),
                                  QStringLiteral("logMeetingOutcomes"), QStringLiteral("logMeetingSave")},
                                 QStringLiteral("log-meeting") + shot);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        log.hide();

        PlanMeetingDialog plan(context, first, &window);
        QVERIFY2(plan.loadError().isEmpty(), qPrintable(plan.loadError()));
        plan.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plan));
        QTest::qWait(50);
        QVERIFY(fits(&plan));
        problem = renderAndCheck(&plan,
                                 {QStringLiteral("planMeetingTitle"), QStringLiteral("planMeetingDate"),
                                  QStringLiteral("planMeetingTime"), QStringLiteral("planMeetingZone"),
                                  QStringLiteral("planMeetingRepeat"), QStringLiteral("planMeetingAgenda"),
                                  QStringLiteral("planMeetingSave")},
                                 QStringLiteral("plan-meeting") + shot);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        plan.hide();

        LogContactDialog contact(context, first, &window);
        contact.show();
        QVERIFY(QTest::qWaitForWindowExposed(&contact));
        QTest::qWait(50);
        QVERIFY(fits(&contact));
        problem = renderAndCheck(&contact,
                                 {QStringLiteral("logContactDate"), QStringLiteral("logContactChannel"),
                                  QStringLiteral("logContactSummary"), QStringLiteral("logContactSave")},
                                 QStringLiteral("log-contact") + shot);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        contact.hide();
        window.setDatabase(nullptr);
    }

private:
    std::unique_ptr<PinnedClock> m_clock;
    TempDatabase m_temp;
    Id m_mentor = 0;
};

TRELLIS_REGISTER_TEST(MentorScreenshotTest);

#include "mentorscreenshottest.moc"
