#include "workspace/mainwindow.h"

#include "storage/database.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTest>

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
};

TRELLIS_REGISTER_TEST(MainWindowTest);

#include "mainwindowtest.moc"
