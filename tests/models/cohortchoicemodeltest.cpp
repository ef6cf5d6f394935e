#include "models/cohortchoicemodel.h"

#include "changenotifier.h"
#include "models/backgroundjob.h"
#include "models/modelloader.h"
#include "services/peopleservice.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QSignalSpy>
#include <QTest>

using namespace trellis;
using namespace trellis::test;

// The cohort page's choice of cohort, live under the model tester and in a combo box.
class CohortChoiceModelTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldListTheLatestCohortFirstAndFollowEdits()
    {
        // GIVEN a programme with two cohorts, loaded into a combo box
        TempDatabase temp;
        ChangeNotifier notifier;
        PeopleService service(temp.db(), &notifier);
        Programme programme;
        programme.name = QStringLiteral("Graduates");
        programme.id = service.createProgramme(programme)->primaryId;
        Cohort spring{0, programme.id, QStringLiteral("Spring"), QDate(2026, 3, 1), std::nullopt};
        Cohort autumn{0, programme.id, QStringLiteral("Autumn"), QDate(2026, 9, 1), QDate(2026, 12, 31)};
        spring.id = service.createCohort(spring)->primaryId;
        autumn.id = service.createCohort(autumn)->primaryId;
        {
            CohortChoiceModel model;
            QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            ModelLoader loader(DataSource(&temp.db(), &notifier), CohortChoiceModel::watchedEntities());
            loader.setThrottle(20);
            loader.setLoad(&CohortChoiceModel::fetch, &model, &CohortChoiceModel::apply);
            QComboBox combo;
            combo.setModel(&model);
            QSignalSpy loaded(&loader, &ModelLoader::loaded);
            loader.reload();
            QVERIFY(loaded.wait());

            // THEN the latest cohort comes first and is chosen, "Every relationship" last
            QCOMPARE(model.rowCount(), 3);
            QVERIFY(combo.currentText().startsWith(QStringLiteral("Graduates · Autumn · ")));
            QCOMPARE(combo.currentData().toLongLong(), autumn.id);
            QVERIFY(combo.itemText(1).startsWith(QStringLiteral("Graduates · Spring · ")));
            QCOMPARE(combo.itemData(2).toLongLong(), 0);
            QVERIFY(!model.index(0, 0).data(CohortChoiceModel::DatesRole).toString().isEmpty());

            // WHEN the programme is renamed and a cohort added
            QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
            QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
            programme.name = QStringLiteral("Leaders");
            QVERIFY(service.updateProgramme(programme).ok());
            Cohort winter{0, programme.id, QStringLiteral("Winter"), QDate(2026, 1, 10), std::nullopt};
            QVERIFY(service.createCohort(winter).ok());
            QVERIFY(loaded.wait());

            // THEN the labels change in place, the new cohort is inserted, the choice stays
            QCOMPARE(reset.count(), 0);
            QVERIFY(changed.count() >= 1);
            QCOMPARE(model.rowCount(), 4);
            QCOMPARE(combo.currentData().toLongLong(), autumn.id);
            QVERIFY(combo.currentText().startsWith(QStringLiteral("Leaders · Autumn · ")));
            QVERIFY(combo.itemText(2).startsWith(QStringLiteral("Leaders · Winter · ")));
        }
        BackgroundJob::drain();
    }
};

TRELLIS_REGISTER_TEST(CohortChoiceModelTest);

#include "cohortchoicemodeltest.moc"
