#include "workspace/mainwindow.h"

#include "storage/database.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"

#include <QAction>
#include <QHash>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTest>
#include <QUndoCommand>
#include <QUndoStack>

using namespace trellis;

class MainWindowTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldShowMenusAndTheOpenDatabase()
    {
        // GIVEN the window with no database
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *empty = window.findChild<QWidget *>(QStringLiteral("welcomePage"));
        QVERIFY(empty);
        QVERIFY(empty->isVisible());
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("backupAction"))->isEnabled());
        for (const char *action : {"findAction", "importCalendarAction", "exportCalendarAction"})
            QVERIFY2(!window.findChild<QAction *>(QLatin1String(action))->isEnabled(), action);
        QVERIFY(window.findChild<QAction *>(QStringLiteral("preferencesAction"))->isEnabled());
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("findAction"))->shortcut(),
                 QKeySequence(QKeySequence::Find));
        for (const char *menu : {"fileMenu", "editMenu", "viewMenu", "helpMenu"})
            QVERIFY2(window.findChild<QMenu *>(QLatin1String(menu)), menu);

        // WHEN a database is set
        test::TempDatabase temp;
        window.setDatabase(&temp.db());

        // THEN the title names the file and backup becomes possible
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("test.sqlite")));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("backupAction"))->isEnabled());
        for (const char *action : {"findAction", "importCalendarAction", "exportCalendarAction"})
            QVERIFY2(window.findChild<QAction *>(QLatin1String(action))->isEnabled(), action);
        QVERIFY(window.findChild<QWidget *>(QStringLiteral("profileChip"))->isVisible());
        window.setDatabase(nullptr);
    }

    void shouldListEachRedoKeyOnceWhateverThePlatformBinds()
    {
        const QKeySequence ctrlShiftZ(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
        const QKeySequence ctrlY(Qt::CTRL | Qt::Key_Y);
        // KDE and GNOME bind Ctrl+Shift+Z already: it must not come twice (ambiguous, never fires)
        QCOMPARE(MainWindow::redoShortcuts({ctrlShiftZ}), (QList<QKeySequence>{ctrlShiftZ, ctrlY}));
        // Windows binds Ctrl+Y and Ctrl+Shift+Z
        QCOMPARE(MainWindow::redoShortcuts({ctrlY, ctrlShiftZ}), (QList<QKeySequence>{ctrlY, ctrlShiftZ}));
        // a platform without a binding still gets both
        QCOMPARE(MainWindow::redoShortcuts({}), (QList<QKeySequence>{ctrlShiftZ, ctrlY}));
    }

    void shouldGiveEveryShortcutOneOwnerAndRedoWithCtrlShiftZ()
    {
        // GIVEN the window and every action it has
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QHash<QString, QString> owners;
        for (const QAction *action : window.findChildren<QAction *>()) {
            const QString name = action->objectName().isEmpty() ? action->text() : action->objectName();
            for (const QKeySequence &keys : action->shortcuts()) {
                const QString key = keys.toString(QKeySequence::PortableText);
                // THEN no key sequence is listed twice, by one action or by two
                QVERIFY2(
                    !owners.contains(key),
                    qPrintable(QStringLiteral("%1 is owned by %2 and %3").arg(key, owners.value(key), name)));
                owners.insert(key, name);
            }
        }
        QVERIFY(owners.contains(QStringLiteral("Ctrl+Shift+Z")));

        // AND Ctrl+Shift+Z redoes an undone step
        struct Step : QUndoCommand {
            int *value;
            explicit Step(int *v)
                : value(v)
            {
                setText(QStringLiteral("step"));
            }
            void redo() override { ++*value; }
            void undo() override { --*value; }
        };
        int value = 0;
        window.undoStack()->push(new Step(&value));
        window.undoStack()->undo();
        QCOMPARE(value, 0);
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(value, 1);
        // AND Ctrl+Z undoes it again
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(value, 0);
    }
};

TRELLIS_REGISTER_TEST(MainWindowTest);

#include "mainwindowtest.moc"
