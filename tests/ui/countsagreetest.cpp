#include "commands/edits.h"
#include "coordinator/cohortpage.h"
#include "demo/demogenerator.h"
#include "insights/relationshipoverview.h"
#include "mentor/mymenteespage.h"
#include "models/menteelistmodel.h"
#include "models/relationshiptablemodel.h"
#include "relationships/relationshipspage.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "ui/screenshotchecks.h"
#include "ui/workspacefixture.h"
#include "util/clock.h"
#include "widgets/pagescaffold.h"
#include "workspace/mainwindow.h"
#include "workspace/workspacebuilder.h"

#include <QLabel>
#include <QRegularExpression>
#include <QTest>

using namespace trellis;
using namespace trellis::test;

namespace {

const QDateTime Now(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);

// The numbers of a summary line, in order ("Active: 3 · Needing attention: 2" → 3, 2).
QList<int> numbers(const QString &text)
{
    QList<int> result;
    auto it = QRegularExpression(QStringLiteral("\\d+")).globalMatch(text);
    while (it.hasNext())
        result.append(it.next().captured().toInt());
    return result;
}

int kpi(QWidget *page, const QString &key)
{
    auto *label = page->findChild<QLabel *>(QStringLiteral("kpi_") + key);
    return label ? label->text().toInt() : -1;
}

} // namespace

// Issue 9, item 4: two pages that show the same relationships say the same counts (Today and
// All relationships of a mentor; a mentee's relationships), and the Cohort cards of the status
// partition add up to the pairs, with "at risk" apart.
class CountsAgreeTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<PinnedClock> m_clock;
    std::unique_ptr<TempDatabase> m_temp;
    QList<RelationshipOverviewEntry> m_all;

    // The workspace of `profile` on the demo, shown.
    std::unique_ptr<MainWindow> open(WorkspaceFixture &fixture)
    {
        auto window = std::make_unique<MainWindow>();
        window->resize(1280, 800);
        window->setDatabase(&m_temp->db());
        WorkspaceBuilder::populate(*window, fixture.context);
        window->show();
        return window;
    }

private Q_SLOTS:
    void init()
    {
        m_clock = std::make_unique<PinnedClock>(Now);
        m_temp = std::make_unique<TempDatabase>();
        DemoOptions options;
        QVERIFY(DemoGenerator::generate(m_temp->db(), options).ok());
        auto all = RelationshipOverview::load(m_temp->db().connection(), RelationshipScope::all());
        QVERIFY(all.ok());
        m_all = *all;
    }

    void cleanup()
    {
        m_temp.reset();
        m_clock.reset();
    }

    void shouldCountTheSameOnTodayAndAllRelationships()
    {
        // GIVEN a mentor with a relationship that is both overdue and at risk (it was counted
        // twice on one page and once on the other)
        qint64 mentor = 0;
        for (const RelationshipOverviewEntry &e : std::as_const(m_all))
            if (e.health.state == CadenceState::Overdue && e.health.isAtRisk()) {
                mentor = e.row.mentorId;
                break;
            }
        QVERIFY2(mentor != 0, "the small demo has an overdue relationship at risk");
        WorkspaceFixture fixture(m_temp->db(), Profile{mentor, Role::Mentor});
        auto window = open(fixture);
        auto *today = window->findChild<MyMenteesPage *>(QStringLiteral("myMenteesPage"));
        auto *relationships = window->findChild<RelationshipsPage *>(QStringLiteral("relationshipsPage"));
        QVERIFY(today && relationships);
        relationships->reload();
        QTRY_VERIFY(today->model()->rowCount() > 0);
        QTRY_VERIFY(relationships->model()->rowCount() > 0);
        auto *todaySummary = today->findChild<PageScaffold *>()->summaryLabel();
        auto *allSummary = relationships->findChild<QLabel *>(QStringLiteral("relationshipsSummary"));
        QTRY_VERIFY(!todaySummary->text().isEmpty());
        QTRY_VERIFY(!allSummary->text().isEmpty());

        // THEN both say the same active and needing-attention counts, the PortfolioCounts ones
        QList<RelationshipOverviewEntry> mine;
        for (const RelationshipOverviewEntry &e : std::as_const(m_all))
            if (e.row.mentorId == mentor)
                mine.append(e);
        const PortfolioCounts counts = PortfolioCounts::of(mine);
        QVERIFY(counts.needingAttention > 0);
        QCOMPARE(numbers(allSummary->text()), (QList<int>{counts.active(), counts.needingAttention}));
        QCOMPARE(numbers(todaySummary->text()), (QList<int>{counts.active(), counts.needingAttention}));
    }

    void shouldNeverSayMoreNeedAttentionThanAreActiveForAMentee()
    {
        // GIVEN each mentee of an overdue relationship at risk
        QSet<qint64> mentees;
        for (const RelationshipOverviewEntry &e : std::as_const(m_all))
            if (e.health.state == CadenceState::Overdue && e.health.isAtRisk())
                mentees.insert(e.row.menteeId);
        QVERIFY(!mentees.isEmpty());
        const qint64 mentee = *mentees.cbegin();
        WorkspaceFixture fixture(m_temp->db(), Profile{mentee, Role::Mentee});
        auto window = open(fixture);
        auto *relationships = window->findChild<RelationshipsPage *>(QStringLiteral("relationshipsPage"));
        QVERIFY(relationships);
        relationships->reload();
        QTRY_VERIFY(relationships->model()->rowCount() > 0);
        auto *summary = relationships->findChild<QLabel *>(QStringLiteral("relationshipsSummary"));
        QTRY_VERIFY(numbers(summary->text()).value(0) > 0);
        const QList<int> shown = numbers(summary->text());
        QCOMPARE(shown.size(), 2);
        // THEN needing attention is a part of the active ones ("Active: 1 · Needing attention: 2" was not)
        QVERIFY2(shown.at(1) <= shown.at(0), qPrintable(summary->text()));
        QVERIFY(shown.at(1) >= 1);
    }

    void shouldAddUpTheCohortCards()
    {
        // GIVEN the coordinator's Cohort page over every pair
        WorkspaceFixture fixture(m_temp->db(), Profile{1, Role::Coordinator});
        auto window = open(fixture);
        auto *cohort = window->findChild<CohortPage *>(QStringLiteral("cohortPage"));
        QVERIFY(cohort);
        QTRY_VERIFY(cohort->model()->rowCount() > 0);
        QTRY_COMPARE(kpi(cohort, QStringLiteral("pairs")), cohort->model()->rowCount());
        const int pairs = kpi(cohort, QStringLiteral("pairs"));
        // THEN the partition cards add up to the pairs …
        int sum = 0;
        for (const QString &key :
             {QStringLiteral("onTrack"), QStringLiteral("dueSoon"), QStringLiteral("overdue"),
              QStringLiteral("paused"), QStringLiteral("notActive")}) {
            const int n = kpi(cohort, key);
            QVERIFY2(n >= 0, qPrintable(key));
            sum += n;
        }
        QCOMPARE(sum, pairs);
        // … and "at risk" is a part of the active ones, shown as such
        const int atRisk = kpi(cohort, QStringLiteral("atRisk"));
        const PortfolioCounts counts = PortfolioCounts::of(cohort->model()->entries());
        QCOMPARE(atRisk, counts.atRisk);
        QVERIFY(atRisk > 0);
        QVERIFY(atRisk <= kpi(cohort, QStringLiteral("onTrack")) + kpi(cohort, QStringLiteral("dueSoon")) +
                              kpi(cohort, QStringLiteral("overdue")));
        const QList<QLabel *> caption =
            cohort->findChild<QWidget *>(QStringLiteral("kpiCard_atRisk"))->findChildren<QLabel *>();
        QVERIFY(std::any_of(caption.cbegin(), caption.cend(),
                            [](QLabel *l) { return l->text() == QStringLiteral("of which at risk"); }));
    }

    // The pages whose counts changed, in light and dark at both sizes: each reaches its content
    // and (with TRELLIS_SCREENSHOT_DIR set) is saved for a person to look at.
    void shouldShowTheCountPages_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addColumn<QSize>("size");
        QTest::newRow("light 1440x900") << false << QSize(1440, 900);
        QTest::newRow("light 1024x700") << false << QSize(1024, 700);
        QTest::newRow("dark 1440x900") << true << QSize(1440, 900);
        QTest::newRow("dark 1024x700") << true << QSize(1024, 700);
    }

    void shouldShowTheCountPages()
    {
        QFETCH(bool, dark);
        QFETCH(QSize, size);
        using namespace ScreenshotChecks;
        const PaletteScope palette(dark ? darkPalette() : lightPalette());
        const QString shot = suffix(dark, size);
        qint64 mentor = 0;
        qint64 mentee = 0;
        for (const RelationshipOverviewEntry &e : std::as_const(m_all))
            if (e.health.state == CadenceState::Overdue && e.health.isAtRisk()) {
                mentor = e.row.mentorId;
                mentee = e.row.menteeId;
                break;
            }
        QVERIFY(mentor && mentee);
        const auto grab = [&](Role role, qint64 person, const QString &place, const QString &name) {
            WorkspaceFixture fixture(m_temp->db(), Profile{person, role});
            auto window = open(fixture);
            window->resize(size);
            QVERIFY(QTest::qWaitForWindowExposed(window.get()));
            window->showPlace(place);
            auto *summary = window->findChild<QLabel *>(QStringLiteral("relationshipsSummary"));
            QTRY_VERIFY(!summary->text().isEmpty() || place != QLatin1String("relationships"));
            if (auto *cohort = window->findChild<CohortPage *>())
                QTRY_VERIFY(cohort->kpiText(QStringLiteral("pairs")) != QStringLiteral("—"));
            QTest::qWait(300);
            QCOMPARE(window->size(), size);
            QVERIFY(checkImage(window->grab().toImage(), size).isEmpty());
            saveIfAsked(window->grab().toImage(), name + shot);
            window->setDatabase(nullptr);
        };
        grab(Role::Mentor, mentor, QStringLiteral("today"), QStringLiteral("counts-today"));
        grab(Role::Mentor, mentor, QStringLiteral("relationships"),
             QStringLiteral("counts-relationships-mentor"));
        grab(Role::Mentee, mentee, QStringLiteral("relationships"),
             QStringLiteral("counts-relationships-mentee"));
        grab(Role::Coordinator, 1, QStringLiteral("cohort"), QStringLiteral("counts-cohort"));
        grab(Role::Coordinator, 1, QStringLiteral("relationships"), QStringLiteral("counts-relationships"));
    }
};

TRELLIS_REGISTER_TEST(CountsAgreeTest);

#include "countsagreetest.moc"
