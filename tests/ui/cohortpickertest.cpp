#include "widgets/cohortpicker.h"

#include "models/backgroundjob.h"
#include "services/peopleservice.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "ui/workspacefixture.h"
#include "widgets/searchablecombobox.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace trellis;
using namespace trellis::test;

namespace {

Id addCohort(PeopleService &people, Id programme, const QString &name, const QDate &start)
{
    Cohort cohort;
    cohort.programmeId = programme;
    cohort.name = name;
    cohort.startDate = start;
    auto made = people.createCohort(cohort);
    return made.ok() ? made->primaryId : 0;
}

} // namespace

// The one cohort picker of the Cohort, Matching and Reports pages (issue 14, item 4): real cohorts
// only or with "Every relationship", a cohort asked for before the choices load chosen once they
// do, the first chosen otherwise, and the page's object name on the box.
class CohortPickerTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldOfferRealCohortsOrEveryRelationshipAndKeepTheWantedOne()
    {
        TempDatabase temp;
        PeopleService people(temp.db());
        Programme programme;
        programme.name = QStringLiteral("Leadership programme for new managers");
        const Id programmeId = people.createProgramme(programme)->primaryId;
        const Id spring = addCohort(people, programmeId, QStringLiteral("Spring"), QDate(2026, 3, 1));
        const Id autumn = addCohort(people, programmeId, QStringLiteral("Autumn"), QDate(2026, 9, 1));
        QVERIFY(spring && autumn);
        WorkspaceFixture fixture(temp.db());
        {
            // Real cohorts: no "Every relationship"; the wanted cohort chosen once loaded
            CohortPicker picker(fixture.context.dataSource(), CohortPicker::Choices::RealCohorts,
                                QStringLiteral("someCohort"));
            picker.setCohort(spring);
            QSignalSpy changed(&picker, &CohortPicker::cohortChanged);
            QTRY_VERIFY_WITH_TIMEOUT(picker.isLoaded(), 15000);
            QCOMPARE(picker.box()->objectName(), QStringLiteral("someCohort"));
            QCOMPARE(picker.box()->count(), 2);
            QCOMPARE(picker.cohortCount(), 2);
            QCOMPARE(picker.cohortId(), spring);
            QVERIFY(changed.count() >= 1);
            // The full label is the tip, under the purpose; the line shows its start
            picker.setPurpose(QStringLiteral("The cohort the report is about"));
            QVERIFY(picker.box()->toolTip().startsWith(QStringLiteral("The cohort the report is about\n")));
            QVERIFY(picker.box()->toolTip().contains(QStringLiteral("Spring")));
            QCOMPARE(picker.box()->lineEdit()->cursorPosition(), 0);
            picker.setCohort(autumn);
            QCOMPARE(picker.cohortId(), autumn);
            // Without dates: programme and cohort in the line, the dates still in the tip
            const QString full = picker.box()->currentText();
            QCOMPARE(full.count(QStringLiteral(" · ")), 2);
            picker.setShowDates(false);
            QCOMPARE(picker.box()->currentText(),
                     QStringLiteral("Leadership programme for new managers · Autumn"));
            QVERIFY(picker.box()->toolTip().endsWith(full));
            QCOMPARE(picker.box()->findText(QStringLiteral("Leadership programme for new managers · Spring")),
                     picker.box()->findData(spring));
        }
        BackgroundJob::drain();
        {
            // With every relationship: one more entry (id 0), and the first (newest) chosen
            CohortPicker picker(fixture.context.dataSource(), CohortPicker::Choices::WithEveryRelationship,
                                QStringLiteral("allCohorts"));
            QTRY_VERIFY_WITH_TIMEOUT(picker.isLoaded(), 15000);
            QCOMPARE(picker.box()->count(), 3);
            QCOMPARE(picker.cohortCount(), 2);
            QVERIFY(picker.hasChoice());
            QCOMPARE(picker.cohortId(), autumn);
            picker.setCohort(0);
            QCOMPARE(picker.cohortId(), 0);
            QVERIFY(picker.hasChoice());
        }
        BackgroundJob::drain();
    }
};

TRELLIS_REGISTER_TEST(CohortPickerTest);

#include "cohortpickertest.moc"
