#include "mentee/menteegoalspage.h"

#include "demo/demogenerator.h"
#include "models/actionitemlistmodel.h"
#include "models/backgroundjob.h"
#include "models/modelloader.h"
#include "services/relationshipservice.h"
#include "storage/relationshipqueries.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "ui/workspacefixture.h"
#include "util/clock.h"
#include "widgets/pagescaffold.h"
#include "widgets/placeholdertreeview.h"

#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace trellis;
using namespace trellis::test;

class MenteeGoalsPageTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldReloadOnlyForTheMenteesOwnChangesAndMarkActionsDone()
    {
        // GIVEN the mentee workspace of an active relationship with open action items, loaded
        PinnedClock clock(QDateTime(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC));
        TempDatabase temp;
        QVERIFY(DemoGenerator::generate(temp.db(), DemoOptions{}).ok());
        const RelationshipQueries queries(temp.db().connection());
        auto relationships = queries.relationships();
        QVERIFY(relationships.ok());
        Relationship mine;
        Relationship other;
        for (const Relationship &r : std::as_const(*relationships)) {
            if (r.status != RelationshipStatus::Active)
                continue;
            auto items = queries.actionItems(r.id);
            QVERIFY(items.ok());
            const bool open = std::any_of(items->cbegin(), items->cend(),
                                          [](const ActionItem &item) { return !item.isDone(); });
            if (!mine.id && open)
                mine = r;
            else if (!other.id && r.menteeId != mine.menteeId)
                other = r;
        }
        QVERIFY(mine.id && other.id);
        WorkspaceFixture fixture(temp.db(), Profile{mine.menteeId, Role::Mentee});
        {
            MenteeGoalsPage page(fixture.context);
            page.loader()->setThrottle(30);
            QSignalSpy loaded(&page, &MenteeGoalsPage::loaded);
            QVERIFY(loaded.wait(20000));
            QCOMPARE(page.findChild<PageScaffold *>()->body(), PageScaffold::Body::Content);
            auto *actions = page.findChild<PlaceholderTreeView *>(QStringLiteral("menteeActionsTree"));
            QVERIFY(actions && !actions->showsPlaceholder());
            auto *model = qobject_cast<ActionItemListModel *>(actions->model());
            QVERIFY(model);
            const int before = model->rowCount();
            QVERIFY(before > 0);
            int announced = 0;
            connect(model, &QAbstractItemModel::dataChanged, this, [&] { ++announced; });
            connect(model, &QAbstractItemModel::modelReset, this, [&] { announced += 100; });

            // WHEN another mentee's relationship gets an action item
            RelationshipService service(temp.db(), fixture.notifier.get());
            ActionItem elsewhere;
            elsewhere.relationshipId = other.id;
            elsewhere.title = QStringLiteral("Not mine");
            QVERIFY(service.createActionItem(elsewhere).ok());
            QVERIFY(loaded.wait(10000));

            // THEN nothing of the page changed
            QCOMPARE(model->rowCount(), before);
            QCOMPARE(announced, 0);

            // WHEN the mentee checks their first open action item
            int row = -1;
            for (int r = 0; r < model->rowCount() && row < 0; ++r)
                if (!model->itemAt(r).isDone())
                    row = r;
            QVERIFY(row >= 0);
            const Id actionId = model->itemAt(row).id;
            QVERIFY(model->setData(model->index(row, 0), Qt::Checked, Qt::CheckStateRole));
            QVERIFY(loaded.wait(10000));

            // THEN it is done in the database, in one undo step, and still shown done
            auto stored = queries.actionItems(mine.id);
            QVERIFY(stored.ok());
            const auto found = std::find_if(stored->cbegin(), stored->cend(),
                                            [&](const ActionItem &item) { return item.id == actionId; });
            QVERIFY(found != stored->cend());
            QCOMPARE(found->doneOn, std::optional<QDate>(QDate(2026, 3, 10)));
            QCOMPARE(fixture.stack->count(), 1);
            const int shown = model->rowOf(actionId);
            QCOMPARE(model->index(shown, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
            QCOMPARE(model->rowCount(), before);
        }
        BackgroundJob::drain();
    }
};

TRELLIS_REGISTER_TEST(MenteeGoalsPageTest);

#include "menteegoalspagetest.moc"
