#include "relationships/relationshipspage.h"

#include "demo/demogenerator.h"
#include "storage/profilestore.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "util/clock.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace trellis;

class RelationshipsPageTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldListTheMentorsRelationshipsAndFilterThem()
    {
        // GIVEN the small demo, whose profile is a mentor
        PinnedClock clock(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
        test::TempDatabase temp;
        DemoOptions options;
        QVERIFY(DemoGenerator::generate(temp.db(), options).ok());
        WorkspaceContext context;
        context.database = &temp.db();
        context.profile = ProfileStore(temp.db().connection()).profile();
        QVERIFY(context.profile);
        QCOMPARE(context.profile->role, Role::Mentor);

        // WHEN the page loads (off the GUI thread)
        RelationshipsPage page(context);
        QSignalSpy loaded(&page, &RelationshipsPage::loaded);
        page.resize(1200, 700);
        page.show();
        QVERIFY(loaded.wait(20000));

        // THEN it shows that mentor's relationships only
        auto *table = page.findChild<QTableView *>(QStringLiteral("relationshipsTable"));
        QVERIFY(table);
        QVERIFY(table->isVisible());
        const int all = table->model()->rowCount();
        QVERIFY(all > 0);
        QVERIFY(all < 30);

        // AND the search box narrows the list, and a filter with no match shows the empty state
        auto *search = page.findChild<QLineEdit *>(QStringLiteral("relationshipsSearch"));
        const QString name = table->model()->index(0, 0).data().toString();
        QTest::keyClicks(search, name);
        QVERIFY(table->model()->rowCount() >= 1);
        QVERIFY(table->model()->rowCount() <= all);
        search->clear();
        QTest::keyClicks(search, QStringLiteral("zzzz-no-such-name"));
        QCOMPARE(table->model()->rowCount(), 0);
        QVERIFY(page.findChild<QWidget *>(QStringLiteral("relationshipsEmpty"))->isVisible());
        search->clear();
        QCOMPARE(table->model()->rowCount(), all);

        // AND activating a row names its relationship
        QSignalSpy activated(&page, &RelationshipsPage::relationshipActivated);
        table->setCurrentIndex(table->model()->index(0, 0));
        QTest::keyClick(table->viewport(), Qt::Key_Return);
        QTest::keyClick(table, Qt::Key_Return);
        QVERIFY(activated.count() >= 1);
        QVERIFY(activated.first().first().toLongLong() > 0);
    }
};

TRELLIS_REGISTER_TEST(RelationshipsPageTest);

#include "relationshipspagetest.moc"
