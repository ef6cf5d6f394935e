#include "coordinator/cohortpage.h"

#include "changenotifier.h"
#include "demo/demogenerator.h"
#include "models/backgroundjob.h"
#include "models/relationshiptablemodel.h"
#include "services/relationshipservice.h"
#include "storage/relationshipqueries.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "util/clock.h"
#include "widgets/pagescaffold.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QTest>

using namespace trellis;
using namespace trellis::test;

class CohortPageTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldFollowEditsOfTheChosenCohortRowByRow()
    {
        // GIVEN the coordinator's cohort page on the small demo, showing the latest cohort
        PinnedClock clock(QDateTime(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC));
        TempDatabase temp;
        QVERIFY(DemoGenerator::generate(temp.db(), DemoOptions{}).ok());
        ChangeNotifier notifier;
        WorkspaceContext context{DataSource(&temp.db(), &notifier), nullptr, Profile{1, Role::Coordinator}};
        {
            CohortPage page(context);
            QSignalSpy loaded(&page, &CohortPage::loaded);
            QVERIFY(loaded.wait(20000));
            auto *scaffold = page.findChild<PageScaffold *>();
            QCOMPARE(scaffold->body(), PageScaffold::Body::Content);
            const qint64 shown = page.cohortId();
            QVERIFY(shown > 0);
            RelationshipTableModel *model = page.model();
            const int pairs = model->rowCount();
            QVERIFY(pairs > 1);
            QCOMPARE(page.kpiText(QStringLiteral("pairs")), QString::number(pairs));
            for (const RelationshipOverviewEntry &entry : model->entries())
                QCOMPARE(entry.row.cohortId, std::optional<qint64>(shown));

            // WHEN one pair logs a call, and another moves to the other cohort
            QList<int> changedRows;
            int resets = 0;
            connect(model, &QAbstractItemModel::dataChanged, this,
                    [&](const QModelIndex &from, const QModelIndex &to) {
                        for (int row = from.row(); row <= to.row(); ++row)
                            changedRows.append(row);
                    });
            connect(model, &QAbstractItemModel::modelReset, this, [&] { ++resets; });
            const RelationshipOverviewEntry called = model->itemAt(0);
            const RelationshipOverviewEntry leaving = model->itemAt(1);
            auto otherCohort = page.findChild<QComboBox *>(QStringLiteral("cohortChoice"))
                                   ->itemData(1, Qt::UserRole)
                                   .toLongLong();
            QVERIFY(otherCohort > 0 && otherCohort != shown);
            RelationshipService service(temp.db(), &notifier);
            Contact contact;
            contact.relationshipId = called.row.relationshipId;
            contact.occurredAt = QDateTime(QDate(2026, 3, 10), QTime(8, 0), Qt::UTC);
            contact.channel = ContactChannel::Call;
            QVERIFY(service.logContact(contact).ok());
            auto relationship =
                RelationshipQueries(temp.db().connection()).relationship(leaving.row.relationshipId);
            QVERIFY(relationship.ok());
            relationship->cohortId = otherCohort;
            QVERIFY(service.updateRelationship(*relationship).ok());
            QVERIFY(loaded.wait(10000));
            QTest::qWait(300);

            // THEN in one load the called pair's row changed, the other left, and the KPIs follow
            QCOMPARE(loaded.count(), 2);
            QCOMPARE(resets, 0);
            QCOMPARE(model->rowCount(), pairs - 1);
            QCOMPARE(model->rowOf(leaving.row.relationshipId), -1);
            QCOMPARE(changedRows, QList<int>{model->rowOf(called.row.relationshipId)});
            QCOMPARE(model->itemAt(model->rowOf(called.row.relationshipId)).health.lastContactDate,
                     QDate(2026, 3, 10));
            QCOMPARE(page.kpiText(QStringLiteral("pairs")), QString::number(pairs - 1));

            // WHEN the other cohort is chosen THEN its pairs are shown, the moved one among them
            page.setCohort(otherCohort);
            QVERIFY(loaded.wait(10000));
            QCOMPARE(page.cohortId(), otherCohort);
            QVERIFY(model->rowOf(leaving.row.relationshipId) >= 0);
        }
        BackgroundJob::drain();
    }
};

TRELLIS_REGISTER_TEST(CohortPageTest);

#include "cohortpagetest.moc"
