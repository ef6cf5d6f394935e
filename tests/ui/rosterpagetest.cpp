#include "coordinator/rosterpage.h"

#include "changenotifier.h"
#include "models/backgroundjob.h"
#include "models/modelloader.h"
#include "models/rostertablemodel.h"
#include "services/peopleservice.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "widgets/pagescaffold.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace trellis;
using namespace trellis::test;

namespace {

// Waits for the loaders' worker threads when a test ends.
struct JobDrain {
    JobDrain() = default;
    ~JobDrain() { BackgroundJob::drain(); }
    Q_DISABLE_COPY_MOVE(JobDrain)
};

} // namespace

class RosterPageTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldShowTheEmptyRosterWithAnImportButton()
    {
        // GIVEN a database with nobody in it
        TempDatabase temp;
        const JobDrain drain; // before `temp` closes: no worker still holds its connection
        ChangeNotifier notifier;
        WorkspaceContext context;
        context.data = DataSource(&temp.db(), &notifier);
        RosterPage page(context);
        auto *scaffold = page.findChild<PageScaffold *>();
        QVERIFY(scaffold);
        QCOMPARE(scaffold->body(), PageScaffold::Body::Loading);

        // WHEN it has loaded
        QSignalSpy loaded(&page, &RosterPage::loaded);
        QVERIFY(loaded.wait());

        // THEN the empty state invites an import
        QCOMPARE(scaffold->body(), PageScaffold::Body::Empty);
        QVERIFY(scaffold->stateText().startsWith(QStringLiteral("Nobody is on the roster yet")));
        QCOMPARE(page.findChild<QPushButton *>(QStringLiteral("rosterEmptyImport"))->text(),
                 QStringLiteral("Import Roster…"));

        // WHEN somebody is added through a service
        Person maria;
        maria.displayName = QStringLiteral("Maria Costa");
        maria.isMentor = true;
        maria.capacity = 2;
        QVERIFY(PeopleService(temp.db(), &notifier).createPerson(maria).ok());
        QVERIFY(loaded.wait());

        // THEN the table and the summary show her, loaded as a partial load
        QCOMPARE(scaffold->body(), PageScaffold::Body::Content);
        QCOMPARE(page.model()->rowCount(), 1);
        const QString summary = page.findChild<QLabel *>(QStringLiteral("rosterSummary"))->text();
        QVERIFY2(summary.startsWith(QStringLiteral("1 person")) &&
                     summary.contains(QStringLiteral("· 1 mentor")) &&
                     summary.endsWith(QStringLiteral("1 with room for a mentee")),
                 qPrintable(summary));

        // WHEN a search matches nobody, and is cleared again
        auto *search = page.findChild<QLineEdit *>(QStringLiteral("rosterSearch"));
        QTest::keyClicks(search, QStringLiteral("zzz"));
        QCOMPARE(scaffold->body(), PageScaffold::Body::Empty);
        QCOMPARE(scaffold->stateText(), QStringLiteral("Nobody matches this search."));
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("rosterEmptyImport"))->isVisibleTo(scaffold));
        search->clear();
        QCOMPARE(scaffold->body(), PageScaffold::Body::Content);

        // For the UI review: TRELLIS_SCREENSHOT_DIR=dir saves the page
        const QString dir = qEnvironmentVariable("TRELLIS_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            page.resize(1024, 700);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            QVERIFY(page.grab().save(QDir(dir).filePath(QStringLiteral("roster-1024x700.png"))));
        }
    }
};

TRELLIS_REGISTER_TEST(RosterPageTest);

#include "rosterpagetest.moc"
