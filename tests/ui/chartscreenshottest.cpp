#include "charts/activitychartsview.h"
#include "charts/chartpanel.h"
#include "charts/goalchart.h"
#include "coordinator/cohortpage.h"
#include "demo/demogenerator.h"
#include "goals/goalspanel.h"
#include "mentor/progresspage.h"
#include "models/backgroundjob.h"
#include "models/relationshiptablemodel.h"
#include "relationships/relationshipoverviewtab.h"
#include "relationships/relationshippage.h"
#include "storage/relationshipqueries.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "ui/screenshotchecks.h"
#include "ui/workspacefixture.h"
#include "util/clock.h"
#include "widgets/apppalette.h"
#include "workspace/mainwindow.h"
#include "workspace/workspacebuilder.h"

#include <QChartView>
#include <QDir>
#include <QLineSeries>
#include <QScrollArea>
#include <QTabWidget>
#include <QTest>

using namespace trellis;
using namespace trellis::test;

namespace {

void save(QWidget *widget, const QString &dir, const QString &name)
{
    if (dir.isEmpty())
        return;
    QVERIFY(widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

// The chart's words read at 4.5:1 on its background, and it is drawn (not the empty sentence).
QString checkChart(ChartPanel *panel)
{
    if (!panel || !panel->chartView()->isVisible())
        return QStringLiteral("the chart is not shown");
    const ChartPalette &c = panel->chart()->colours();
    for (const QColor &text : {c.text, c.secondary}) {
        const double ratio = ScreenshotChecks::contrast(text, c.background);
        if (ratio < 4.5)
            return QStringLiteral("chart text %1 on %2 is %3:1")
                .arg(text.name(), c.background.name())
                .arg(ratio);
    }
    return {};
}

} // namespace

// The charts on the small demo (a year of history) in light and dark at 1440×900 and 1024×700: a
// goal with a year of progress, a relationship's overview, the mentor's Progress place and every
// cohort chart. With TRELLIS_SCREENSHOT_DIR set, each is saved for a person to look at.
class ChartScreenshotTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_clock = std::make_unique<PinnedClock>(QDateTime(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC));
        QVERIFY(DemoGenerator::generate(m_temp.db(), DemoOptions{}).ok());
        // The active relationship with the goal that has the most updates.
        const RelationshipQueries queries(m_temp.db().connection());
        auto relationships = queries.relationships();
        QVERIFY(relationships.ok());
        qsizetype most = 0;
        for (const Relationship &r : std::as_const(*relationships)) {
            if (r.status != RelationshipStatus::Active)
                continue;
            if (!m_coordinatorCohort && r.cohortId)
                m_coordinatorCohort = *r.cohortId;
            auto goals = queries.goals(r.id);
            QVERIFY(goals.ok());
            for (const GoalWithProgress &goal : std::as_const(*goals)) {
                auto history = queries.progressHistory(goal.goal.id);
                QVERIFY(history.ok());
                if (history->size() > most) {
                    most = history->size();
                    m_relationship = r.id;
                    m_mentor = r.mentorId;
                    m_goal = goal.goal.id;
                }
            }
        }
        QVERIFY(m_goal);
        QVERIFY2(most >= 6, "the demo should have a goal with months of progress");
        m_dir = qEnvironmentVariable("TRELLIS_SCREENSHOT_DIR");
        if (!m_dir.isEmpty())
            QDir().mkpath(m_dir);
        m_palette = QApplication::palette();
    }

    void cleanupTestCase()
    {
        QApplication::setPalette(m_palette);
        BackgroundJob::drain();
        m_clock.reset();
    }

    void shouldDrawTheMentorsCharts_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addColumn<QSize>("size");
        for (const bool dark : {false, true})
            for (const QSize size : {QSize(1440, 900), QSize(1024, 700)})
                QTest::addRow("%s %dx%d", dark ? "dark" : "light", size.width(), size.height())
                    << dark << size;
    }

    void shouldDrawTheMentorsCharts()
    {
        QFETCH(bool, dark);
        QFETCH(QSize, size);
        QApplication::setPalette(dark ? AppPalette::dark() : AppPalette::light());
        const QString suffix = QStringLiteral("%1-%2x%3")
                                   .arg(dark ? QStringLiteral("dark") : QStringLiteral("light"))
                                   .arg(size.width())
                                   .arg(size.height());
        WorkspaceFixture fixture(m_temp.db(), Profile{m_mentor, Role::Mentor});
        MainWindow window;
        window.setDatabase(&m_temp.db());
        WorkspaceBuilder::populate(window, fixture.context);
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        window.openRelationship(m_relationship);
        auto *page = window.findChild<RelationshipPage *>();
        QVERIFY(page);
        QTRY_VERIFY(page->snapshot().has_value() && page->snapshot()->relationship.id == m_relationship);
        auto *overview = page->findChild<RelationshipOverviewTab *>();
        QVERIFY(overview);
        QTest::qWait(100);
        const QString overviewProblem = checkChart(overview->activityPanel());
        QVERIFY2(overviewProblem.isEmpty(), qPrintable(overviewProblem));
        save(&window, m_dir, QStringLiteral("chart-relationship-") + suffix);
        // Scrolled to the chart, as one reads it.
        overview->ensureWidgetVisible(overview->activityPanel());
        QTest::qWait(50);
        save(&window, m_dir, QStringLiteral("chart-relationship-scrolled-") + suffix);

        page->showTab(RelationshipPage::GoalsTab);
        auto *goals = page->findChild<GoalsPanel *>();
        QVERIFY(goals);
        goals->selectGoal(m_goal);
        QTest::qWait(100);
        QVERIFY(goals->goalChart()->progressSeries()->count() >= 6);
        const QString goalProblem = checkChart(goals->chartPanel());
        QVERIFY2(goalProblem.isEmpty(), qPrintable(goalProblem));
        save(&window, m_dir, QStringLiteral("chart-goal-") + suffix);

        window.showPlace(QStringLiteral("progress"));
        auto *progress = window.findChild<ProgressPage *>();
        QVERIFY(progress);
        QTRY_VERIFY(!progress->charts()->chart()->series().facts.relationships.isEmpty());
        QTest::qWait(100);
        const QString progressProblem = checkChart(progress->charts()->panel());
        QVERIFY2(progressProblem.isEmpty(), qPrintable(progressProblem));
        save(&window, m_dir, QStringLiteral("chart-progress-") + suffix);
        window.setDatabase(nullptr);
    }

    void shouldDrawTheCohortCharts_data() { shouldDrawTheMentorsCharts_data(); }

    void shouldDrawTheCohortCharts()
    {
        QFETCH(bool, dark);
        QFETCH(QSize, size);
        QApplication::setPalette(dark ? AppPalette::dark() : AppPalette::light());
        const QString suffix = QStringLiteral("%1-%2x%3")
                                   .arg(dark ? QStringLiteral("dark") : QStringLiteral("light"))
                                   .arg(size.width())
                                   .arg(size.height());
        WorkspaceFixture fixture(m_temp.db(), Profile{m_mentor, Role::Coordinator});
        MainWindow window;
        window.setDatabase(&m_temp.db());
        WorkspaceBuilder::populate(window, fixture.context);
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *cohort = window.findChild<CohortPage *>();
        QVERIFY(cohort);
        window.showPlace(QStringLiteral("cohort"));
        QTRY_VERIFY(cohort->model()->rowCount() > 0);
        cohort->tabs()->setCurrentWidget(cohort->charts());
        QTRY_VERIFY(!cohort->charts()->chart()->series().facts.relationships.isEmpty());
        // Today's bar is the cards' partition: the same pairs in the same buckets.
        const PortfolioCounts now = cohort->charts()->chart()->series().statuses.last().counts;
        QCOMPARE(QString::number(now.total), cohort->kpiText(QStringLiteral("pairs")));
        QCOMPARE(QString::number(now.onTrack), cohort->kpiText(QStringLiteral("onTrack")));
        QCOMPARE(QString::number(now.overdue), cohort->kpiText(QStringLiteral("overdue")));
        using K = ActivityChart::Kind;
        for (const K kind : {K::Status, K::Completion, K::Adherence, K::Hours}) {
            cohort->charts()->setKind(kind);
            QTest::qWait(80);
            const QString problem = checkChart(cohort->charts()->panel());
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            save(&window, m_dir,
                 QStringLiteral("chart-cohort-%1-").arg(ActivityChart::kindName(kind)) + suffix);
        }
        window.setDatabase(nullptr);
    }

private:
    TempDatabase m_temp;
    std::unique_ptr<PinnedClock> m_clock;
    QString m_dir;
    QPalette m_palette;
    Id m_relationship = 0;
    Id m_mentor = 0;
    Id m_goal = 0;
    Id m_coordinatorCohort = 0;
};

TRELLIS_REGISTER_TEST(ChartScreenshotTest);
#include "chartscreenshottest.moc"
