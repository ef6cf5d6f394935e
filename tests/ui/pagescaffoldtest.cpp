#include "widgets/pagescaffold.h"

#include "changenotifier.h"
#include "models/backgroundjob.h"
#include "models/modelloader.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <memory>

using namespace trellis;

namespace {

// Waits for the loaders' worker threads when a test ends.
struct JobDrain {
    JobDrain() = default;
    ~JobDrain() { BackgroundJob::drain(); }
    Q_DISABLE_COPY_MOVE(JobDrain)
};

} // namespace

class PageScaffoldTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldShowLoadingThenEmptyThenContentFromTheLoader()
    {
        // GIVEN a scaffold following a loader, empty while the loaded count is zero
        test::TempDatabase temp;
        const JobDrain drain; // before `temp` closes: no worker still holds its connection
        ChangeNotifier notifier;
        ModelLoader loader(DataSource(&temp.db(), &notifier), {Entity::Person});
        int count = -1;
        auto next = std::make_shared<std::atomic<int>>(0);
        loader.setLoad([next](Database &, const LoadRequest &) -> Result<int> { return next->load(); },
                       [&count](int value, const LoadRequest &) { count = value; });
        PageScaffold scaffold(QStringLiteral("Things"));
        auto *content = new QLabel(QStringLiteral("the list"));
        scaffold.setContent(content);
        scaffold.follow(
            &loader,
            [&count]() -> std::optional<PageScaffold::EmptyState> {
                if (count == 0)
                    return PageScaffold::EmptyState{QStringLiteral("flag"), QStringLiteral("Nothing yet."),
                                                    QStringLiteral("Add One…")};
                return std::nullopt;
            },
            QStringLiteral("Loading things…"));
        scaffold.show();
        QCOMPARE(scaffold.titleLabel()->text(), QStringLiteral("Things"));
        QVERIFY(scaffold.titleLabel()->font().bold());

        // WHEN the first load starts and ends with nothing
        QSignalSpy loaded(&loader, &ModelLoader::loaded);
        loader.reload();
        QCOMPARE(scaffold.body(), PageScaffold::Body::Loading);
        QCOMPARE(scaffold.stateText(), QStringLiteral("Loading things…"));
        QVERIFY(loaded.wait());

        // THEN the empty state shows its sentence and its one button
        QCOMPARE(scaffold.body(), PageScaffold::Body::Empty);
        QCOMPARE(scaffold.stateText(), QStringLiteral("Nothing yet."));
        QVERIFY(scaffold.emptyButton()->isVisible());
        QCOMPARE(scaffold.emptyButton()->text(), QStringLiteral("Add One…"));

        // WHEN a later load finds something, the content shows, with no "Loading…" in between
        next->store(3);
        loader.reload();
        QCOMPARE(scaffold.body(), PageScaffold::Body::Empty);
        QVERIFY(loaded.wait());
        QCOMPARE(scaffold.body(), PageScaffold::Body::Content);
        QVERIFY(content->isVisible());
    }

    void shouldShowAFailureWithTryAgain()
    {
        test::TempDatabase temp;
        const JobDrain drain; // before `temp` closes: no worker still holds its connection
        ModelLoader loader(DataSource(&temp.db(), nullptr), {});
        auto fail = std::make_shared<std::atomic<bool>>(true);
        loader.setLoad(
            [fail](Database &, const LoadRequest &) -> Result<int> {
                if (fail->load())
                    return Error{QStringLiteral("Cannot read the database: disk I/O error")};
                return 1;
            },
            [](int, const LoadRequest &) {});
        PageScaffold scaffold(QStringLiteral("Things"));
        scaffold.setContent(new QLabel(QStringLiteral("the list")));
        scaffold.follow(&loader, [] { return std::optional<PageScaffold::EmptyState>(); });
        scaffold.show();
        QSignalSpy failed(&loader, &ModelLoader::failed);
        loader.reload();
        QVERIFY(failed.wait());
        QCOMPARE(scaffold.body(), PageScaffold::Body::Failed);
        QVERIFY(scaffold.stateText().contains(QStringLiteral("disk I/O error")));
        auto *retry = scaffold.findChild<QPushButton *>(QStringLiteral("pageRetry"));
        QVERIFY(retry && retry->isVisible());
        QVERIFY(!scaffold.emptyButton()->isVisible());

        // WHEN Try Again is pressed after the cause went away
        fail->store(false);
        QSignalSpy loaded(&loader, &ModelLoader::loaded);
        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY(loaded.wait());
        QCOMPARE(scaffold.body(), PageScaffold::Body::Content);
    }

    void shouldPlaceWidgetsBesideTheTitleAndBetweenTitleAndFilters()
    {
        // GIVEN a scaffold with a filter, two widgets beside the title and a header
        PageScaffold scaffold(QStringLiteral("Cohort"));
        auto *filter = new QLabel(QStringLiteral("filter"));
        scaffold.filterRow()->addWidget(filter);
        auto *choice = new QLabel(QStringLiteral("choice"));
        auto *dates = new QLabel(QStringLiteral("dates"));
        scaffold.addBesideTitle(choice, 8);
        scaffold.addBesideTitle(dates);
        auto *kpis = new QLabel(QStringLiteral("kpis"));
        scaffold.addHeader(kpis);
        scaffold.setSummary(QStringLiteral("summary"));
        scaffold.resize(800, 400);
        scaffold.show();
        QVERIFY(QTest::qWaitForWindowExposed(&scaffold));

        // THEN the title row reads title, choice, dates … summary, and the header sits between the
        // title row and the filter row, above the body
        const int titleRight = scaffold.titleLabel()->geometry().right();
        QVERIFY(choice->geometry().left() >= titleRight + 8);
        QVERIFY(dates->geometry().left() > choice->geometry().right());
        QVERIFY(scaffold.summaryLabel()->geometry().left() > dates->geometry().right());
        QVERIFY(kpis->geometry().top() > scaffold.titleLabel()->geometry().bottom());
        QVERIFY(filter->geometry().top() > kpis->geometry().bottom());
        QVERIFY(scaffold.statePanel()->mapTo(&scaffold, QPoint(0, 0)).y() > filter->geometry().bottom());
        QCOMPARE(choice->parentWidget(), &scaffold);
    }
};

TRELLIS_REGISTER_TEST(PageScaffoldTest);

#include "pagescaffoldtest.moc"
