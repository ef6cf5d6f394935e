#include "coordinator/cohortpage.h"
#include "coordinator/programmespage.h"
#include "demo/demogenerator.h"
#include "mentee/menteegoalspage.h"
#include "mentor/mymenteespage.h"
#include "models/backgroundjob.h"
#include "models/menteefiltermodel.h"
#include "models/programmetreemodel.h"
#include "models/relationshiptablemodel.h"
#include "relationships/relationshipspage.h"
#include "services/peopleservice.h"
#include "storage/relationshipqueries.h"
#include "storage/rosterqueries.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "ui/workspacefixture.h"
#include "util/clock.h"
#include "widgets/pagescaffold.h"
#include "workspace/mainwindow.h"
#include "workspace/workspacebuilder.h"

#include <QDir>
#include <QTabWidget>
#include <QTest>

using namespace trellis;
using namespace trellis::test;

namespace {

// Saves `widget` as `name`-WxH.png into `dir` when a directory is given.
void save(QWidget *widget, const QString &dir, const QString &name, const QSize &size)
{
    if (dir.isEmpty())
        return;
    QVERIFY(widget->grab().save(
        QDir(dir).filePath(QStringLiteral("%1-%2x%3.png").arg(name).arg(size.width()).arg(size.height()))));
}

} // namespace

// The workspace pages of every role on the small demo, inside the main window (1440×900 and
// 1024×700): each must reach its content, not a loading, empty or failed state. With
// TRELLIS_SCREENSHOT_DIR set, each page is also saved there for a person to look at.
class PageScreenshotTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_clock = std::make_unique<PinnedClock>(QDateTime(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC));
        QVERIFY(DemoGenerator::generate(m_temp.db(), DemoOptions{}).ok());
        auto people = RosterQueries(m_temp.db().connection()).search();
        QVERIFY(people.ok());
        for (const Person &person : std::as_const(*people)) {
            if (person.isCoordinator && !m_coordinator)
                m_coordinator = person.id;
        }
        QVERIFY(m_coordinator);
        auto relationships = RelationshipQueries(m_temp.db().connection()).relationships();
        QVERIFY(relationships.ok());
        for (const Relationship &r : std::as_const(*relationships)) {
            if (r.status == RelationshipStatus::Active) {
                m_mentor = r.mentorId;
                m_mentee = r.menteeId;
                break;
            }
        }
        QVERIFY(m_mentor && m_mentee);
        m_dir = qEnvironmentVariable("TRELLIS_SCREENSHOT_DIR");
        if (!m_dir.isEmpty())
            QDir().mkpath(m_dir);
    }
    void cleanupTestCase()
    {
        BackgroundJob::drain();
        m_clock.reset();
    }

    void shouldRenderTheCoordinatorPages()
    {
        for (const QSize size : {QSize(1440, 900), QSize(1024, 700)}) {
            WorkspaceFixture fixture(m_temp.db(), Profile{m_coordinator, Role::Coordinator});
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
            QTRY_VERIFY(cohort->kpiText(QStringLiteral("pairs")) != QStringLiteral("—"));
            checkContent(cohort);
            QTest::qWait(100);
            save(&window, m_dir, QStringLiteral("page-cohort"), size);

            auto *programmes = window.findChild<ProgrammesPage *>();
            QVERIFY(programmes);
            window.showPlace(QStringLiteral("programmes"));
            QTRY_VERIFY(programmes->model()->rowCount() > 0);
            checkContent(programmes);
            QTest::qWait(100);
            save(&window, m_dir, QStringLiteral("page-programmes"), size);

            auto *relationships = window.findChild<RelationshipsPage *>();
            QVERIFY(relationships);
            window.showPlace(QStringLiteral("relationships"));
            QTRY_VERIFY(relationships->model()->rowCount() > 0);
            checkContent(relationships);
            QTest::qWait(100);
            save(&window, m_dir, QStringLiteral("page-relationships"), size);
            window.setDatabase(nullptr);
        }
    }

    void shouldRenderTheMentorPages()
    {
        for (const QSize size : {QSize(1440, 900), QSize(1024, 700)}) {
            WorkspaceFixture fixture(m_temp.db(), Profile{m_mentor, Role::Mentor});
            MainWindow window;
            window.setDatabase(&m_temp.db());
            WorkspaceBuilder::populate(window, fixture.context);
            window.resize(size);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));

            auto *today = window.findChild<MyMenteesPage *>();
            QVERIFY(today);
            QTRY_VERIFY(today->filterModel()->rowCount() > 0);
            checkContent(today);
            QTest::qWait(100);
            save(&window, m_dir, QStringLiteral("page-mymentees"), size);

            auto *relationships = window.findChild<RelationshipsPage *>();
            window.showPlace(QStringLiteral("relationships"));
            QTRY_VERIFY(relationships->model()->rowCount() > 0);
            checkContent(relationships);
            QTest::qWait(100);
            save(&window, m_dir, QStringLiteral("page-relationships-mentor"), size);
            window.setDatabase(nullptr);
        }
    }

    void shouldRenderTheMenteePage()
    {
        for (const QSize size : {QSize(1440, 900), QSize(1024, 700)}) {
            WorkspaceFixture fixture(m_temp.db(), Profile{m_mentee, Role::Mentee});
            MainWindow window;
            window.setDatabase(&m_temp.db());
            WorkspaceBuilder::populate(window, fixture.context);
            window.resize(size);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *goals = window.findChild<MenteeGoalsPage *>();
            QVERIFY(goals);
            QTRY_VERIFY(!goals->snapshot().relationships.isEmpty());
            checkContent(goals);
            QTest::qWait(100);
            save(&window, m_dir, QStringLiteral("page-menteegoals"), size);
            goals->findChild<QTabWidget *>(QStringLiteral("menteeTabs"))->setCurrentIndex(1);
            QTest::qWait(50);
            save(&window, m_dir, QStringLiteral("page-menteepast"), size);
            window.setDatabase(nullptr);
        }
    }

    void shouldShowEachPagesEmptyStateOnAnEmptyDatabase()
    {
        // GIVEN a database with one person of each role and nothing else
        TempDatabase empty;
        PeopleService people(empty.db());
        Id ids[3] = {};
        const Role roles[3] = {Role::Coordinator, Role::Mentor, Role::Mentee};
        for (int i = 0; i < 3; ++i) {
            Person person;
            person.displayName = QStringLiteral("Person %1").arg(i);
            person.isCoordinator = roles[i] == Role::Coordinator;
            person.isMentor = roles[i] == Role::Mentor;
            person.isMentee = roles[i] == Role::Mentee;
            person.capacity = person.isMentor ? 2 : 0;
            ids[i] = people.createPerson(person)->primaryId;
        }
        const QSize size(1024, 700);
        const auto expectEmpty = [](QWidget *page, const QString &startsWith) {
            auto *scaffold = page->findChild<PageScaffold *>();
            QVERIFY(scaffold);
            QTRY_COMPARE(scaffold->body(), PageScaffold::Body::Empty);
            QVERIFY2(scaffold->stateText().startsWith(startsWith), qPrintable(scaffold->stateText()));
        };
        for (int i = 0; i < 3; ++i) {
            WorkspaceFixture fixture(empty.db(), Profile{ids[i], roles[i]});
            MainWindow window;
            window.setDatabase(&empty.db());
            WorkspaceBuilder::populate(window, fixture.context);
            window.resize(size);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            if (roles[i] == Role::Coordinator) {
                expectEmpty(window.findChild<CohortPage *>(), QStringLiteral("No relationships yet"));
                QTest::qWait(50);
                save(&window, m_dir, QStringLiteral("empty-cohort"), size);
                window.showPlace(QStringLiteral("programmes"));
                expectEmpty(window.findChild<ProgrammesPage *>(), QStringLiteral("No programmes yet"));
                QTest::qWait(50);
                save(&window, m_dir, QStringLiteral("empty-programmes"), size);
                window.showPlace(QStringLiteral("relationships"));
                expectEmpty(window.findChild<RelationshipsPage *>(), QStringLiteral("No relationships yet"));
                QTest::qWait(50);
                save(&window, m_dir, QStringLiteral("empty-relationships"), size);
            } else if (roles[i] == Role::Mentor) {
                expectEmpty(window.findChild<MyMenteesPage *>(), QStringLiteral("No mentees yet"));
                QTest::qWait(50);
                save(&window, m_dir, QStringLiteral("empty-mymentees"), size);
            } else {
                expectEmpty(window.findChild<MenteeGoalsPage *>(),
                            QStringLiteral("You are not in a mentoring relationship yet"));
                QTest::qWait(50);
                save(&window, m_dir, QStringLiteral("empty-menteegoals"), size);
            }
            window.setDatabase(nullptr);
        }
        BackgroundJob::drain(); // before `empty` closes: no worker still holds its connection
    }

private:
    // The page's scaffold (once it has one) shows the content.
    static void checkContent(QWidget *page)
    {
        if (auto *scaffold = page->findChild<PageScaffold *>())
            QTRY_COMPARE(scaffold->body(), PageScaffold::Body::Content);
    }

    std::unique_ptr<PinnedClock> m_clock;
    TempDatabase m_temp;
    QString m_dir;
    Id m_coordinator = 0;
    Id m_mentor = 0;
    Id m_mentee = 0;
};

TRELLIS_REGISTER_TEST(PageScreenshotTest);

#include "pagescreenshottest.moc"
