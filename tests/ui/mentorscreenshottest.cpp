#include "changenotifier.h"
#include "commands/edits.h"
#include "demo/demogenerator.h"
#include "dialogs/logcontactdialog.h"
#include "dialogs/logmeetingdialog.h"
#include "dialogs/planmeetingdialog.h"
#include "mentor/mymenteespage.h"
#include "models/menteefiltermodel.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "workspace/mainwindow.h"
#include "workspace/workspacebuilder.h"

#include <QLineEdit>
#include <QTest>
#include <QUndoStack>

using namespace trellis;
using namespace trellis::test;

// Not a check: with TRELLIS_SCREENSHOT_DIR set, saves the mentor page and its dialogs at
// 1440×900 and 1024×700 (window sizes) for a person to look at; skipped otherwise.
class MentorScreenshotTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldSaveScreenshotsWhenAsked()
    {
        const QString dir = qEnvironmentVariable("TRELLIS_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("TRELLIS_SCREENSHOT_DIR is not set");
        TempDatabase temp;
        auto generated = DemoGenerator::generate(temp.db(), DemoOptions{});
        QVERIFY(generated.ok());
        ChangeNotifier notifier;
        MainWindow window;
        Edits edits(temp.db(), &notifier, window.undoStack());
        window.setDatabase(&temp.db());
        WorkspaceContext context{&temp.db(), &notifier, &edits,
                                 Profile{generated->profilePersonId, Role::Mentor}};
        WorkspaceBuilder::populate(window, context);
        window.setProfileText(QStringLiteral("Mentor"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *page = window.findChild<MyMenteesPage *>(QStringLiteral("myMenteesPage"));
        QTRY_VERIFY(page->filterModel()->rowCount() > 0);
        const qint64 first = page->selectedRelationship();
        for (const QSize &size : {QSize(1440, 900), QSize(1024, 700)}) {
            const QString suffix = QStringLiteral("%1x%2.png").arg(size.width()).arg(size.height());
            window.resize(size);
            QTest::qWait(100);
            QVERIFY(window.grab().save(dir + QStringLiteral("/mentor-page-") + suffix));

            LogMeetingDialog log(context, first, &window);
            log.selectUnlogged(0);
            log.addActionItem();
            log.findChild<QLineEdit *>(QStringLiteral("actionTitle_0"))
                ->setText(QStringLiteral("Send the CV draft"));
            log.addActionItem();
            log.resize(std::min(log.width(), size.width() - 40), std::min(log.height(), size.height() - 60));
            log.show();
            QTest::qWait(100);
            QVERIFY(log.grab().save(dir + QStringLiteral("/log-meeting-") + suffix));
            log.hide();

            PlanMeetingDialog plan(context, first, &window);
            plan.show();
            QTest::qWait(50);
            QVERIFY(plan.grab().save(dir + QStringLiteral("/plan-meeting-") + suffix));
            plan.hide();
            LogContactDialog contact(context, first, &window);
            contact.show();
            QTest::qWait(50);
            QVERIFY(contact.grab().save(dir + QStringLiteral("/log-contact-") + suffix));
            contact.hide();
        }
    }
};

TRELLIS_REGISTER_TEST(MentorScreenshotTest);

#include "mentorscreenshottest.moc"
