#include "demo/demogenerator.h"
#include "insights/relationshipsnapshot.h"
#include "mentee/menteegoalspage.h"
#include "models/backgroundjob.h"
#include "relationships/relationshippage.h"
#include "storage/relationshipqueries.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "ui/screenshotchecks.h"
#include "ui/workspacefixture.h"
#include "util/clock.h"
#include "workspace/mainwindow.h"
#include "workspace/workspacebuilder.h"

#include <QTabWidget>
#include <QTest>

#include <memory>

using namespace trellis;
using namespace trellis::test;
using namespace trellis::test::ScreenshotChecks;

// The relationship page (every tab, as the mentor sees it) and the mentee workspace (goals and
// past meetings) on the small demo, in a light and a dark palette, in a 1440×900 and a 1024×700
// window: each grab has the window's size and shows something, the page's key widgets are
// visible and inside the window, and its labels are readable (palette and drawn pixels). With
// TRELLIS_SCREENSHOT_DIR set, each is saved there for a person to look at.
class ScreenshotTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_clock = std::make_unique<PinnedClock>(QDateTime(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC));
        QVERIFY(DemoGenerator::generate(m_temp.db(), DemoOptions{}).ok());
        auto relationships = RelationshipQueries(m_temp.db().connection()).relationships();
        QVERIFY(relationships.ok());
        QVERIFY(!relationships->isEmpty());
        // An active relationship with a meeting coming up and goals, as most are.
        m_chosen = relationships->first();
        bool found = false;
        for (const Relationship &r : std::as_const(*relationships)) {
            auto snapshot = RelationshipSnapshot::load(m_temp.db(), r.id, false);
            if (r.status == RelationshipStatus::Active && snapshot && snapshot->nextMeeting() &&
                snapshot->goals.size() >= 2) {
                m_chosen = r;
                found = true;
                break;
            }
        }
        QVERIFY(found);
    }
    void cleanupTestCase()
    {
        BackgroundJob::drain();
        m_clock.reset();
    }

    void shouldRenderThePagesReadably_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addColumn<QSize>("size");
        QTest::newRow("light 1440x900") << false << QSize(1440, 900);
        QTest::newRow("light 1024x700") << false << QSize(1024, 700);
        QTest::newRow("dark 1440x900") << true << QSize(1440, 900);
        QTest::newRow("dark 1024x700") << true << QSize(1024, 700);
    }

    void shouldRenderThePagesReadably()
    {
        QFETCH(bool, dark);
        QFETCH(QSize, size);
        const PaletteScope palette(dark ? darkPalette() : lightPalette());
        const QString shot = suffix(dark, size);
        {
            WorkspaceFixture fixture(m_temp.db(), Profile{m_chosen.mentorId, Role::Mentor});
            MainWindow window;
            window.setDatabase(&m_temp.db());
            WorkspaceBuilder::populate(window, fixture.context);
            window.resize(size);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *page = window.findChild<RelationshipPage *>();
            QVERIFY(page);
            QSignalSpy loaded(page, &RelationshipPage::loaded);
            window.openRelationship(m_chosen.id);
            QVERIFY(loaded.wait(15000));
            QTest::qWait(100);
            QCOMPARE(window.size(), size);
            auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("relationshipTabs"));
            QVERIFY(tabs);
            for (int tab = 0; tab < RelationshipPage::TabCount; ++tab) {
                page->showTab(RelationshipPage::Tab(tab));
                QTest::qWait(50);
                QCOMPARE(tabs->currentIndex(), tab);
                // The tab's own page is shown and has room, not only the header above it.
                QWidget *shown = tabs->currentWidget();
                QVERIFY(shown->isVisible());
                QVERIFY(window.rect().contains(QRect(shown->mapTo(&window, QPoint(0, 0)), shown->size())));
                QVERIFY(shown->height() >= 120);
                const QString problem =
                    renderAndCheck(&window,
                                   {QStringLiteral("relationshipPage"), QStringLiteral("relationshipHeader"),
                                    QStringLiteral("relationshipNames"), QStringLiteral("relationshipTabs")},
                                   QStringLiteral("relationship-tab%1").arg(tab) + shot);
                QVERIFY2(problem.isEmpty(), qPrintable(problem));
            }
            window.setDatabase(nullptr);
        }
        {
            WorkspaceFixture fixture(m_temp.db(), Profile{m_chosen.menteeId, Role::Mentee});
            MainWindow window;
            window.setDatabase(&m_temp.db());
            WorkspaceBuilder::populate(window, fixture.context);
            window.resize(size);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *page = window.findChild<MenteeGoalsPage *>();
            QVERIFY(page);
            QTRY_VERIFY(!page->snapshot().relationships.isEmpty());
            QTest::qWait(100);
            QCOMPARE(window.size(), size);
            QString problem =
                renderAndCheck(&window,
                               {QStringLiteral("menteeGoalsPage"), QStringLiteral("menteeSummary"),
                                QStringLiteral("menteeAgendaEditor"), QStringLiteral("menteeActionsTree"),
                                QStringLiteral("menteeTabs")},
                               QStringLiteral("mentee-goals") + shot);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            page->findChild<QTabWidget *>(QStringLiteral("menteeTabs"))->setCurrentIndex(1);
            QTest::qWait(50);
            problem = renderAndCheck(&window,
                                     {QStringLiteral("menteeTabs"), QStringLiteral("menteePastMeetings"),
                                      QStringLiteral("menteePastNotes")},
                                     QStringLiteral("mentee-past") + shot);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            window.setDatabase(nullptr);
        }
    }

private:
    std::unique_ptr<PinnedClock> m_clock;
    TempDatabase m_temp;
    Relationship m_chosen;
};

TRELLIS_REGISTER_TEST(ScreenshotTest);

#include "screenshottest.moc"
