#include "changenotifier.h"
#include "commands/edits.h"
#include "coordinator/cohortpage.h"
#include "coordinator/programmespage.h"
#include "coordinator/rosterpage.h"
#include "dialogs/pairingdialog.h"
#include "dialogs/programmedialog.h"
#include "dialogs/rosterimportdialog.h"
#include "models/programmetreemodel.h"
#include "models/relationshiptablemodel.h"
#include "models/rostertablemodel.h"
#include "services/peopleservice.h"
#include "services/relationshipservice.h"
#include "storage/catalogquery.h"
#include "testlib/databasedump.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "workspace/mainwindow.h"
#include "workspace/workspacebuilder.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace trellis;
using namespace trellis::test;

namespace {

qint64 countOf(Database &db, const QString &table)
{
    auto counts = CatalogQuery(db.connection()).entityCounts();
    for (const auto &count : *counts) {
        if (count.name == table)
            return count.count;
    }
    return -1;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// A coordinator's database: a programme with a cohort, and the coordinator.
struct CoordinatorSetup {
    TempDatabase temp;
    ChangeNotifier notifier;
    Id cohort = 0;
    Id coordinator = 0;

    CoordinatorSetup()
    {
        PeopleService people(temp.db());
        Programme programme;
        programme.name = QStringLiteral("Graduate mentoring");
        programme.defaultCadenceDays = 21;
        const Id programmeId = people.createProgramme(programme)->primaryId;
        Cohort c;
        c.programmeId = programmeId;
        c.name = QStringLiteral("Spring 2026");
        c.startDate = QDate(2026, 3, 1);
        cohort = people.createCohort(c)->primaryId;
        Person coco;
        coco.displayName = QStringLiteral("Coco Coordinator");
        coco.isCoordinator = true;
        coordinator = people.createPerson(coco)->primaryId;
    }
};

template <typename T>
T *waitForDialog(QWidget *parent)
{
    T *dialog = nullptr;
    [&] { QTRY_VERIFY((dialog = parent->findChild<T *>()) && dialog->isVisible()); }();
    return dialog;
}

} // namespace

class CoordinatorJourneyTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldShowTheCoordinatorPlaces()
    {
        CoordinatorSetup setup;
        MainWindow window;
        window.setDatabase(&setup.temp.db());
        Edits edits(setup.temp.db(), &setup.notifier, window.undoStack());
        WorkspaceContext context{DataSource(&setup.temp.db(), &setup.notifier), &edits,
                                 Profile{setup.coordinator, Role::Coordinator}};
        WorkspaceBuilder::populate(window, context);
        QStringList places;
        auto *list = window.findChild<QListWidget *>(QStringLiteral("places"));
        for (int i = 0; i < list->count(); ++i)
            places << list->item(i)->data(Qt::UserRole + 1).toString();
        QVERIFY2(places.contains(QStringLiteral("cohort")), qPrintable(places.join(QLatin1Char(','))));
        QVERIFY(places.contains(QStringLiteral("roster")));
        QVERIFY(places.contains(QStringLiteral("programmes")));
        window.setDatabase(nullptr);
    }

    void shouldImportARosterThroughTheDialogAndPairTwoPeople()
    {
        // GIVEN a coordinator's roster page on a database with a programme and a cohort
        CoordinatorSetup setup;
        Database &db = setup.temp.db();
        QUndoStack stack;
        Edits edits(db, &setup.notifier, &stack);
        WorkspaceContext context{DataSource(&db, &setup.notifier), &edits,
                                 Profile{setup.coordinator, Role::Coordinator}};
        RosterPage page(context);
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_COMPARE(page.model()->rowCount(), 1);
        const QString before = dumpDatabase(db.connection());

        // WHEN the coordinator imports a malformed file through the dialog
        const QString bad = setup.temp.file(QStringLiteral("bad.csv"));
        writeFile(bad, "Name;E-mail;Role;Capacity\n"
                       "Maria Costa;maria@example.org;mentor;1\n"
                       "Ana Lopez;ana@example;mentee;\n");
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("rosterImport")), Qt::LeftButton);
        auto *dialog = waitForDialog<RosterImportDialog>(&page);
        QVERIFY(dialog);
        QSignalSpy planned(dialog, &RosterImportDialog::planned);
        auto *file = dialog->findChild<QLineEdit *>(QStringLiteral("importFile"));
        QTest::keyClicks(file, bad);
        QTest::keyClick(file, Qt::Key_Return);
        QVERIFY(planned.wait(10000));

        // THEN the row and field are named, Import stays disabled and nothing is written
        auto *importButton = dialog->findChild<QPushButton *>(QStringLiteral("importButton"));
        auto *summary = dialog->findChild<QLabel *>(QStringLiteral("importSummary"));
        QVERIFY2(summary->text().contains(QStringLiteral("bad.csv, line 3, email")),
                 qPrintable(summary->text()));
        QVERIFY(!importButton->isEnabled());
        auto *preview = dialog->findChild<QTableView *>(QStringLiteral("importPreview"));
        QCOMPARE(preview->model()->rowCount(), 2);
        QVERIFY(preview->model()->index(1, 5).data().toString().contains(QStringLiteral("email")));
        QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("mapping_email"))->currentText(),
                 QStringLiteral("E-mail"));
        QCOMPARE(dumpDatabase(db.connection()), before);
        QCOMPARE(stack.count(), 0);

        // WHEN a good file is chosen instead and imported
        const QString good = setup.temp.file(QStringLiteral("good.csv"));
        writeFile(good, "Name;E-mail;Role;Capacity;Manager\n"
                        "Maria Costa;maria@example.org;mentor;1;Coco Coordinator\n"
                        "Ana Lopez;ana@example.org;mentee;;Maria Costa\n"
                        "Ben Okafor;ben@example.org;mentee;;\n");
        file->clear();
        QTest::keyClicks(file, good);
        QTest::keyClick(file, Qt::Key_Return);
        QVERIFY(planned.wait(10000));
        QVERIFY2(importButton->isEnabled(), qPrintable(summary->text()));
        QVERIFY(summary->text().contains(QStringLiteral("3 people will be added")));
        QSignalSpy imported(dialog, &RosterImportDialog::imported);
        QTest::mouseClick(importButton, Qt::LeftButton);
        QVERIFY(imported.wait(10000));

        // THEN three people are added in one undo step and the roster shows them
        QCOMPARE(imported.first().first().toInt(), 3);
        QCOMPARE(countOf(db, QStringLiteral("person")), 4);
        QCOMPARE(stack.count(), 1);
        QCOMPARE(stack.undoText(), QStringLiteral("Import roster"));
        QTRY_COMPARE(page.model()->rowCount(), 4);

        // WHEN the coordinator pairs Maria (capacity 1) with Ana
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("rosterPair")), Qt::LeftButton);
        auto *pairing = waitForDialog<PairingDialog>(&page);
        QVERIFY(pairing);
        auto *mentor = pairing->findChild<QComboBox *>(QStringLiteral("pairingMentor"));
        auto *mentee = pairing->findChild<QComboBox *>(QStringLiteral("pairingMentee"));
        mentor->setCurrentIndex(mentor->findText(QStringLiteral("Maria Costa"), Qt::MatchStartsWith));
        mentee->setCurrentIndex(mentee->findText(QStringLiteral("Ana Lopez")));
        QCOMPARE(pairing->findChild<QSpinBox *>(QStringLiteral("pairingCadence"))->value(), 21);
        auto *pair = pairing->findChild<QPushButton *>(QStringLiteral("pairingPair"));
        QVERIFY(pair->isEnabled());
        QTest::mouseClick(pair, Qt::LeftButton);

        // THEN one relationship is added as one undo step, which undo removes and redo restores
        QTRY_VERIFY(!pairing->isVisible());
        QCOMPARE(countOf(db, QStringLiteral("relationship")), 1);
        QCOMPARE(stack.count(), 2);
        QCOMPARE(stack.undoText(), QStringLiteral("Pair mentor and mentee"));
        stack.undo();
        QCOMPARE(countOf(db, QStringLiteral("relationship")), 0);
        QCOMPARE(countOf(db, QStringLiteral("person")), 4);
        stack.redo();
        QCOMPARE(countOf(db, QStringLiteral("relationship")), 1);

        // WHEN the coordinator tries to give Maria a second mentee
        QTRY_VERIFY([&] {
            for (const Person &person : page.model()->people())
                if (person.displayName == QLatin1String("Maria Costa"))
                    return page.model()->mentorLoad(person.id) == 1;
            return false;
        }());
        QTRY_VERIFY(page.findChildren<PairingDialog *>().isEmpty()); // the first one deleted itself on close
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("rosterPair")), Qt::LeftButton);
        auto *second = waitForDialog<PairingDialog>(&page);
        QVERIFY(second);
        mentor = second->findChild<QComboBox *>(QStringLiteral("pairingMentor"));
        mentee = second->findChild<QComboBox *>(QStringLiteral("pairingMentee"));
        mentor->setCurrentIndex(mentor->findText(QStringLiteral("Maria Costa"), Qt::MatchStartsWith));
        mentee->setCurrentIndex(mentee->findText(QStringLiteral("Ben Okafor")));

        // THEN the refusal names her and the numbers, and Pair is disabled
        const QString message = second->findChild<QLabel *>(QStringLiteral("pairingMessage"))->text();
        QVERIFY2(message.contains(QStringLiteral("Maria Costa is at capacity: 1 of 1 mentees")),
                 qPrintable(message));
        QVERIFY(!second->findChild<QPushButton *>(QStringLiteral("pairingPair"))->isEnabled());
        second->reject();
        QCOMPARE(countOf(db, QStringLiteral("relationship")), 1);
        QCOMPARE(stack.count(), 2);
    }

    void shouldShowTheCohortsPairsAndKpis()
    {
        CoordinatorSetup setup;
        Database &db = setup.temp.db();
        PeopleService people(db);
        Person mentor;
        mentor.displayName = QStringLiteral("Maria");
        mentor.isMentor = true;
        mentor.capacity = 2;
        Person mentee;
        mentee.displayName = QStringLiteral("Ana");
        mentee.isMentee = true;
        Edits::Pairing pairing;
        pairing.mentorId = people.createPerson(mentor)->primaryId;
        pairing.menteeId = people.createPerson(mentee)->primaryId;
        pairing.cohortId = setup.cohort;
        pairing.active = true;
        QVERIFY(RelationshipService(db).pair(pairing).ok());
        QUndoStack stack;
        Edits edits(db, &setup.notifier, &stack);
        WorkspaceContext context{DataSource(&db, &setup.notifier), &edits,
                                 Profile{setup.coordinator, Role::Coordinator}};
        CohortPage page(context);
        page.show();
        QTRY_COMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.cohortId(), setup.cohort);
        QTRY_COMPARE(page.kpiText(QStringLiteral("pairs")), QStringLiteral("1"));
        QCOMPARE(page.kpiText(QStringLiteral("onTrack")), QStringLiteral("1"));
        QCOMPARE(page.findChild<QTableView *>(QStringLiteral("cohortTable"))->model()->rowCount(), 1);
    }

    void shouldCreateAProgrammeAsOneUndoStep()
    {
        CoordinatorSetup setup;
        Database &db = setup.temp.db();
        QUndoStack stack;
        Edits edits(db, &setup.notifier, &stack);
        WorkspaceContext context{DataSource(&db, &setup.notifier), &edits,
                                 Profile{setup.coordinator, Role::Coordinator}};
        ProgrammesPage page(context);
        page.show();
        QTRY_COMPARE(page.model()->rowCount(), 1);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("programmesNew")), Qt::LeftButton);
        auto *dialog = waitForDialog<ProgrammeDialog>(&page);
        auto *save = dialog->findChild<QPushButton *>(QStringLiteral("programmeSave"));
        QVERIFY(!save->isEnabled()); // no name yet
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("programmeName")),
                         QStringLiteral("Reverse"));
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(countOf(db, QStringLiteral("programme")), 2);
        QTRY_COMPARE(page.model()->rowCount(), 2);
        stack.undo();
        QCOMPARE(countOf(db, QStringLiteral("programme")), 1);
        QTRY_COMPARE(page.model()->rowCount(), 1);
    }
};

TRELLIS_REGISTER_TEST(CoordinatorJourneyTest);

#include "coordinatorjourneytest.moc"
