#include "changenotifier.h"
#include "commands/edits.h"
#include "coordinator/rosterpage.h"
#include "dialogs/persondialog.h"
#include "models/rostertablemodel.h"
#include "services/peopleservice.h"
#include "storage/database.h"
#include "storage/entityreader.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "workspace/mainwindow.h"
#include "workspace/workspacebuilder.h"

#include <QAction>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>
#include <QUndoStack>

using namespace trellis;
using namespace trellis::test;

// The named edits through the window (issue 8, items 1 and 2): a coordinator adds a person on the
// roster page, the status bar says so in the edits' one wording, another Trellis changes that
// person, and Edit ▸ Undo is refused in the status bar instead of overwriting the change.
class EditsWindowTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldSayWhatAnEditDidAndRefuseAnUndoThatNoLongerApplies()
    {
        // GIVEN the coordinator's workspace in the window
        TempDatabase temp;
        Person coco;
        coco.displayName = QStringLiteral("Coco Coordinator");
        coco.isCoordinator = true;
        const Id coordinator = PeopleService(temp.db()).createPerson(coco)->primaryId;
        ChangeNotifier notifier;
        MainWindow window;
        window.setDatabase(&temp.db());
        Edits edits(temp.db(), &notifier, window.undoStack());
        WorkspaceContext context{DataSource(&temp.db(), &notifier), &edits,
                                 Profile{coordinator, Role::Coordinator}};
        WorkspaceBuilder::populate(window, context);
        window.showPlace(QStringLiteral("roster"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *page = window.findChild<RosterPage *>(QStringLiteral("rosterPage"));
        QVERIFY(page);
        QTRY_COMPARE(page->model()->rowCount(), 1);

        // WHEN a person is added through the roster page's dialog
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("rosterAdd")), Qt::LeftButton);
        PersonDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = page->findChild<PersonDialog *>()) && dialog->isVisible());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("personName")),
                         QStringLiteral("Emmy Noether"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("personSave")), Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());

        // THEN it is one undo step, and the status bar says what happened and how to undo it
        QCOMPARE(window.undoStack()->count(), 1);
        QCOMPARE(window.undoStack()->undoText(), QStringLiteral("Add person “Emmy Noether”"));
        const QString done = window.statusBar()->currentMessage();
        QVERIFY2(done.startsWith(QStringLiteral("Person added: “Emmy Noether” — ")) &&
                     done.endsWith(QStringLiteral("undoes it")),
                 qPrintable(done));
        QTRY_COMPARE(page->model()->rowCount(), 2);
        Id emmy = 0;
        for (const Person &person : page->model()->people()) {
            if (person.displayName == QLatin1String("Emmy Noether"))
                emmy = person.id;
        }
        QVERIFY(emmy > 0);

        // WHEN another Trellis on the same file changes her, and Edit ▸ Undo is triggered
        auto other = Database::open(temp.path());
        QVERIFY(other.ok());
        Person changed = *EntityReader(other.value()->connection()).get<Person>(emmy);
        changed.email = QStringLiteral("emmy@example.org");
        QVERIFY(PeopleService(*other.value()).updatePerson(changed).ok());
        auto *undo = window.findChild<QAction *>(QStringLiteral("undoAction"));
        QVERIFY(undo && undo->isEnabled());
        undo->trigger();

        // THEN the undo is refused in the status bar, her row keeps the other change, and the
        // stack holds nothing it could no longer undo
        const QString refused = window.statusBar()->currentMessage();
        QVERIFY2(refused.startsWith(QStringLiteral("Undo Add person “Emmy Noether” refused — ")) &&
                     refused.contains(QStringLiteral("changed elsewhere")),
                 qPrintable(refused));
        QCOMPARE(EntityReader(temp.db().connection()).get<Person>(emmy)->email,
                 QStringLiteral("emmy@example.org"));
        QCOMPARE(window.undoStack()->count(), 0);
        QTRY_VERIFY(!undo->isEnabled());
        window.setDatabase(nullptr);
    }
};

TRELLIS_REGISTER_TEST(EditsWindowTest);

#include "editswindowtest.moc"
