#include "charts/activitychart.h"
#include "charts/chartimage.h"
#include "charts/chartpanel.h"
#include "charts/goalchart.h"
#include "goals/goalspanel.h"
#include "insights/relationshipsnapshot.h"
#include "models/displaytexts.h"
#include "models/progresshistorymodel.h"
#include "testlib/sampledata.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "ui/workspacefixture.h"
#include "util/clock.h"
#include "widgets/placeholdertreeview.h"

#include <QAreaSeries>
#include <QBarSet>
#include <QChartView>
#include <QDateTimeAxis>
#include <QDialog>
#include <QFile>
#include <QImageReader>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

using namespace trellis;
using namespace trellis::test;

namespace {

const QDate Start(2025, 3, 1);
const QDate Today(2026, 3, 10);

// A goal with a year of monthly updates (0 → 100 %, due 30 Apr 2026), entered out of order.
GoalPace yearOfProgress()
{
    Goal goal;
    goal.id = 5;
    goal.title = QStringLiteral("Land a product role");
    goal.dueDate = QDate(2026, 4, 30);
    goal.status = GoalStatus::InProgress;
    QList<ProgressUpdate> updates;
    const QList<double> values = {5, 8, 15, 20, 22, 30, 41, 45, 52, 60, 66, 70};
    for (int i = 0; i < values.size(); ++i) {
        ProgressUpdate update;
        update.id = 100 + (i * 7) % 12; // entry order differs from date order
        update.goalId = 5;
        update.recordedOn = Start.addMonths(i).addDays(9);
        update.value = values.at(i);
        update.note = i == 6 ? QStringLiteral("Portfolio review went well") : QString();
        updates.prepend(update);
    }
    return GoalPace::of(goal, updates, Start);
}

ActivitySeries activity()
{
    ChartFacts facts;
    ChartFacts::Relationship r;
    r.id = 1;
    r.status = QStringLiteral("active");
    r.proposedOn = Start.addDays(-10);
    r.startDate = Start;
    r.cadenceDays = 14;
    r.mentorName = QStringLiteral("Ada Lovelace");
    r.menteeName = QStringLiteral("Charles Babbage");
    facts.relationships = {r};
    Id id = 1;
    for (int m = 0; m < 12; ++m) {
        const QDate month = Today.addMonths(-m);
        for (int k = 0; k < m % 3; ++k)
            facts.meetings.append(
                {id++, 1,
                 QDateTime(QDate(month.year(), month.month(), 3 + 7 * k), QTime(12, 0)).toSecsSinceEpoch(),
                 45, QStringLiteral("Check-in")});
    }
    std::sort(facts.meetings.begin(), facts.meetings.end(),
              [](const auto &a, const auto &b) { return a.startUtc < b.startUtc; });
    facts.contacts = {{1, 1, QDateTime(QDate(2026, 2, 20), QTime(12, 0)).toSecsSinceEpoch()}};
    return ActivitySeries::of(facts, Today);
}

} // namespace

class ChartTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void goalChartHasItsSeriesAndPoints()
    {
        GoalChart chart;
        const GoalPace pace = yearOfProgress();
        chart.setGoal(pace, Today);
        QVERIFY(chart.progressSeries());
        QVERIFY(chart.paceSeries());
        QVERIFY(chart.targetSeries());
        QVERIFY(chart.dueSeries());
        QVERIFY(chart.aheadSeries());
        QVERIFY(chart.behindSeries());
        // One point per update, in date order.
        QCOMPARE(chart.progressSeries()->count(), 12);
        QCOMPARE(chart.progressSeries()->at(0).y(), 5.0);
        QCOMPARE(chart.progressSeries()->at(11).y(), 70.0);
        QVERIFY(chart.progressSeries()->pointsVisible());
        // The pace runs from the start value at the start to the target at the due date.
        QCOMPARE(chart.paceSeries()->at(0), QPointF(GoalChart::xOf(Start), 0));
        QCOMPARE(chart.paceSeries()->at(1), QPointF(GoalChart::xOf(*pace.goal.dueDate), 100));
        QCOMPARE(chart.dueSeries()->at(0).x(), GoalChart::xOf(QDate(2026, 4, 30)));
    }

    void goalChartAxesCoverTheDataAndTheDueDate()
    {
        GoalChart chart;
        chart.setGoal(yearOfProgress(), Today);
        auto *x = qobject_cast<QDateTimeAxis *>(chart.axes(Qt::Horizontal).value(0));
        auto *y = qobject_cast<QValueAxis *>(chart.axes(Qt::Vertical).value(0));
        QVERIFY(x && y);
        QVERIFY(x->min().date() <= Start);
        QVERIFY(x->max().date() >= QDate(2026, 4, 30));
        QVERIFY(y->min() <= 0);
        QVERIFY(y->max() >= 100);
    }

    void goalChartTipAndTableSayTheSameAsTheSeries()
    {
        GoalChart chart;
        chart.setGoal(yearOfProgress(), Today);
        const QString tip = chart.tipFor(6);
        QVERIFY2(tip.contains(QStringLiteral("10 Sept 2025")) || tip.contains(QStringLiteral("10 Sep 2025")),
                 qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("41")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("Portfolio review went well")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("Expected")), qPrintable(tip));
        // Hovering a point sets the same text.
        Q_EMIT chart.progressSeries()->hovered(chart.progressSeries()->at(6), true);
        QCOMPARE(chart.tipText(), tip);

        const ChartTable table = chart.table();
        QCOMPARE(table.rows.size(), chart.progressSeries()->count());
        QCOMPARE(table.rows.at(6).at(1), DisplayTexts::measure(chart.pace().goal, 41));
        QCOMPARE(table.rows.at(6).at(4), QStringLiteral("Portfolio review went well"));
    }

    void goalChartWithoutUpdatesSaysSo()
    {
        Goal goal;
        goal.title = QStringLiteral("No due date");
        GoalChart chart;
        chart.setGoal(GoalPace::of(goal, {}, std::nullopt), Today);
        QVERIFY(!chart.emptyText().isEmpty());
        QCOMPARE(chart.progressSeries()->count(), 0);
        QVERIFY(!chart.paceSeries());
        QVERIFY(!chart.dueSeries());
        ChartPanel panel(new GoalChart);
        QVERIFY(panel.findChild<QLabel *>(QStringLiteral("chartEmpty")));
    }

    void clickingAPointAsksForThatUpdate()
    {
        GoalChart chart;
        chart.setGoal(yearOfProgress(), Today);
        QSignalSpy spy(&chart, &GoalChart::updateActivated);
        Q_EMIT chart.progressSeries()->clicked(chart.progressSeries()->at(3));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().first().value<Id>(), chart.pace().points.at(3).updateId);
    }

    void contactChartBarsAndTableEqualTheSeries()
    {
        ActivityChart chart(ActivityChart::Kind::Contact);
        const ActivitySeries series = activity();
        chart.setSeries(series);
        auto *bars = qobject_cast<QStackedBarSeries *>(chart.mainSeries());
        QVERIFY(bars);
        QCOMPARE(bars->count(), 2);
        QBarSet *held = bars->barSets().at(0);
        QCOMPARE(held->count(), series.months.size());
        for (int i = 0; i < series.months.size(); ++i)
            QCOMPARE(int(held->at(i)), series.months.at(i).meetingsHeld);
        const ChartTable table = chart.table();
        QCOMPARE(table.rows.size(), series.months.size());
        for (int i = 0; i < series.months.size(); ++i)
            QCOMPARE(table.rows.at(i).at(1), QString::number(series.months.at(i).meetingsHeld));
        // The cadence line and the hours line are there too.
        QCOMPARE(chart.QChart::series().size(), 3);
        // The tip of February 2026 (11th month) tells meetings and contacts.
        const QString tip = chart.tipFor(0, 10);
        QVERIFY2(tip.contains(QStringLiteral("Feb 2026")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("1 contact")), qPrintable(tip));
    }

    void everyKindBuildsFromTheSameSeries()
    {
        const ActivitySeries series = activity();
        for (const ActivityChart::Kind kind :
             {ActivityChart::Kind::Contact, ActivityChart::Kind::Status, ActivityChart::Kind::Completion,
              ActivityChart::Kind::Adherence, ActivityChart::Kind::Hours, ActivityChart::Kind::Feedback}) {
            ActivityChart chart(kind);
            chart.setSeries(series);
            QVERIFY(chart.mainSeries());
            QVERIFY(!chart.table().rows.isEmpty());
            QCOMPARE(ActivityChart::kindNamed(ActivityChart::kindName(kind)), std::optional(kind));
        }
    }

    void statusClickNamesTheBucketAndDate()
    {
        ActivityChart chart(ActivityChart::Kind::Status);
        chart.setSeries(activity());
        auto *bars = qobject_cast<QStackedBarSeries *>(chart.mainSeries());
        QVERIFY(bars);
        QSignalSpy spy(&chart, &ActivityChart::statusActivated);
        Q_EMIT bars->clicked(11, bars->barSets().at(2));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().at(0).value<StatusBucket>(), StatusBucket::Overdue);
        QCOMPARE(spy.first().at(1).toDate(), Today);
    }

    void legendTogglesASeries()
    {
        GoalChart chart;
        chart.setGoal(yearOfProgress(), Today);
        QLegendMarker *marker = chart.legend()->markers(chart.paceSeries()).value(0);
        QVERIFY(marker);
        Q_EMIT marker->clicked();
        QVERIFY(!chart.paceSeries()->isVisible());
        Q_EMIT marker->clicked();
        QVERIFY(chart.paceSeries()->isVisible());
    }

    void panelShowsTheTableAndSavesImages()
    {
        auto *chart = new GoalChart;
        ChartPanel panel(chart);
        chart->setGoal(yearOfProgress(), Today);
        panel.refresh();
        panel.resize(700, 400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(panel.chartView()->isVisible());
        panel.setShowTable(true);
        QVERIFY(panel.tableView()->isVisible());
        QCOMPARE(panel.tableModel()->rowCount(), 12);
        QCOMPARE(panel.tableModel()->item(6, 4)->text(), QStringLiteral("Portfolio review went well"));
        panel.setShowTable(false);

        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("goal.png"));
        const QString svg = dir.filePath(QStringLiteral("goal.svg"));
        QVERIFY(ChartImage::write(panel.chartView(), png).ok());
        QVERIFY(ChartImage::write(panel.chartView(), svg).ok());
        QCOMPARE(QImageReader(png).size(), panel.chartView()->size());
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("<svg"));
        QVERIFY(!ChartImage::write(panel.chartView(), dir.filePath(QStringLiteral("goal.gif"))).ok());
    }

    void paletteChangeRecoloursTheChart()
    {
        auto *chart = new GoalChart;
        ChartPanel panel(chart);
        chart->setGoal(yearOfProgress(), Today);
        QPalette dark = panel.palette();
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
        panel.setPalette(dark);
        QCOMPARE(chart->backgroundBrush().color(), QColor(0x1e, 0x1e, 0x1e));
        QVERIFY(chart->colours().dark);
        QCOMPARE(chart->progressSeries()->count(), 12); // rebuilt with its data
    }

    void clickingAPointSelectsTheUpdateInTheHistory()
    {
        TempDatabase temp;
        const SampleData data = SampleData::create(temp.db());
        WorkspaceFixture fixture(temp.db());
        auto snapshot = RelationshipSnapshot::load(temp.db(), data.relationship, false);
        QVERIFY(snapshot.ok());
        GoalsPanel panel(fixture.context);
        panel.setPaceStart(snapshot->relationship.startDate);
        panel.setGoals(snapshot->goals, data.relationship, data.mentor);
        panel.selectGoal(data.goal);
        panel.show();
        GoalChart *chart = panel.goalChart();
        const GoalDetails *details = snapshot->goal(data.goal);
        QVERIFY(details);
        QCOMPARE(chart->progressSeries()->count(), details->history.size());
        QVERIFY(chart->progressSeries()->count() >= 2);
        Q_EMIT chart->progressSeries()->clicked(chart->progressSeries()->at(0));
        auto *history = panel.findChild<PlaceholderTreeView *>(QStringLiteral("progressHistory"));
        QVERIFY(history);
        const QModelIndex current = history->currentIndex();
        QVERIFY(current.isValid());
        QCOMPARE(panel.historyModel()->itemAt(current.row()).id, chart->pace().points.at(0).updateId);
    }
};

TRELLIS_REGISTER_TEST(ChartTest);
#include "charttest.moc"
