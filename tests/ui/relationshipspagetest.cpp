#include "relationships/relationshipspage.h"

#include "changenotifier.h"
#include "demo/demogenerator.h"
#include "models/backgroundjob.h"
#include "models/modelloader.h"
#include "models/relationshiptablemodel.h"
#include "services/relationshipservice.h"
#include "storage/profilestore.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "util/clock.h"
#include "widgets/pagescaffold.h"

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
        context.data = DataSource(&temp.db(), nullptr);
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

    void shouldUpdateOnlyTheEditedRowsOnceForABurstOfEdits()
    {
        // GIVEN the coordinator's table of every relationship, loaded
        PinnedClock clock(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
        test::TempDatabase temp;
        QVERIFY(DemoGenerator::generate(temp.db(), DemoOptions{}).ok());
        ChangeNotifier notifier;
        WorkspaceContext context{DataSource(&temp.db(), &notifier), nullptr, Profile{1, Role::Coordinator}};
        {
            RelationshipsPage page(context);
            QSignalSpy loaded(&page, &RelationshipsPage::loaded);
            QVERIFY(loaded.wait(20000));
            QCOMPARE(page.findChild<PageScaffold *>()->body(), PageScaffold::Body::Content);
            RelationshipTableModel *model = page.model();
            QCOMPARE(model->rowCount(), 30);
            QList<int> changedRows;
            int structural = 0;
            connect(model, &QAbstractItemModel::dataChanged, this,
                    [&](const QModelIndex &from, const QModelIndex &to) {
                        for (int row = from.row(); row <= to.row(); ++row)
                            changedRows.append(row);
                    });
            connect(model, &QAbstractItemModel::modelReset, this, [&] { ++structural; });
            connect(model, &QAbstractItemModel::layoutChanged, this, [&] { ++structural; });
            connect(model, &QAbstractItemModel::rowsInserted, this, [&] { ++structural; });
            connect(model, &QAbstractItemModel::rowsRemoved, this, [&] { ++structural; });

            // WHEN two contacts and an action item are added to one relationship in a burst
            const Id chosen = model->itemAt(5).row.relationshipId;
            const int openBefore = model->itemAt(5).health.openActionItems;
            const QDateTime lastCall(QDate(2026, 11, 19), QTime(11, 0), Qt::UTC);
            RelationshipService service(temp.db(), &notifier);
            for (int i = 0; i < 2; ++i) {
                Contact contact;
                contact.relationshipId = chosen;
                contact.occurredAt = QDateTime(QDate(2026, 11, 19), QTime(10 + i, 0), Qt::UTC);
                contact.channel = ContactChannel::Call;
                QVERIFY(service.logContact(contact).ok());
            }
            ActionItem action;
            action.relationshipId = chosen;
            action.title = QStringLiteral("Send the CV");
            QVERIFY(service.createActionItem(action).ok());
            QVERIFY(loaded.wait(10000));
            QTest::qWait(400);

            // THEN one load re-read that row alone, in place
            QCOMPARE(loaded.count(), 2);
            QCOMPARE(changedRows, QList<int>{5});
            QCOMPARE(structural, 0);
            QCOMPARE(model->itemAt(5).row.relationshipId, chosen);
            QVERIFY(model->itemAt(5).health.lastContactUtc >= lastCall.toSecsSinceEpoch());
            QCOMPARE(model->itemAt(5).health.openActionItems, openBefore + 1);
        }
        BackgroundJob::drain();
    }
};

TRELLIS_REGISTER_TEST(RelationshipsPageTest);

#include "relationshipspagetest.moc"
