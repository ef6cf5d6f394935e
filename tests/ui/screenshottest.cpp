#include "demo/demogenerator.h"
#include "mentee/menteegoalspage.h"
#include "relationships/relationshippage.h"
#include "storage/relationshipqueries.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "ui/workspacefixture.h"
#include "util/clock.h"
#include "workspace/mainwindow.h"
#include "workspace/workspacebuilder.h"

#include <QApplication>
#include <QDir>
#include <QPalette>
#include <QTabWidget>
#include <QTest>

using namespace trellis;
using namespace trellis::test;

namespace {

// A dark palette (as a dark desktop theme gives one), to see the pages' own colours on it.
QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Base, QColor(0x1f, 0x21, 0x24));
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2d));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3c));
    p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9d, 0xa3));
    p.setColor(QPalette::ToolTipBase, QColor(0x35, 0x37, 0x3c));
    p.setColor(QPalette::ToolTipText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

} // namespace

// Not a check: renders the relationship page and the mentee workspace on the small demo at
// 1440×900 and 1024×700 into $TRELLIS_SCREENSHOT_DIR (skipped when it is not set), so the
// pages can be looked at as a user would.
class ScreenshotTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldRenderThePages()
    {
        const QString dir = qEnvironmentVariable("TRELLIS_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("TRELLIS_SCREENSHOT_DIR is not set");
        QDir().mkpath(dir);
        PinnedClock clock(QDateTime(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC));
        TempDatabase temp;
        QVERIFY(DemoGenerator::generate(temp.db(), DemoOptions{}).ok());
        auto relationships = RelationshipQueries(temp.db().connection()).relationships();
        QVERIFY(relationships.ok());
        // An active relationship with a meeting coming up and goals, as most are.
        Relationship chosen = relationships->first();
        for (const Relationship &r : std::as_const(*relationships)) {
            auto snapshot = RelationshipSnapshot::load(temp.db().connection(), r.id, false);
            if (r.status == RelationshipStatus::Active && snapshot && snapshot->nextMeeting() &&
                snapshot->goals.size() >= 2) {
                chosen = r;
                break;
            }
        }

        // The relationship page in a light and a dark palette.
        const QPalette light = QApplication::palette();
        for (const bool dark : {false, true}) {
            QApplication::setPalette(dark ? darkPalette() : light);
            for (const QSize size : {QSize(1440, 900), QSize(1024, 700)}) {
                const QString suffix = QStringLiteral("%1-%2x%3.png")
                                           .arg(dark ? QStringLiteral("-dark") : QString())
                                           .arg(size.width())
                                           .arg(size.height());
                WorkspaceFixture fixture(temp.db(), Profile{chosen.mentorId, Role::Mentor});
                MainWindow window;
                window.setDatabase(&temp.db());
                WorkspaceBuilder::populate(window, fixture.context);
                window.resize(size);
                window.show();
                auto *page = window.findChild<RelationshipPage *>();
                QSignalSpy loaded(page, &RelationshipPage::loaded);
                window.openRelationship(chosen.id);
                QVERIFY(loaded.wait(15000));
                QTest::qWait(100);
                for (int tab = 0; tab < RelationshipPage::TabCount; ++tab) {
                    page->showTab(RelationshipPage::Tab(tab));
                    QTest::qWait(50);
                    window.grab().save(dir + QStringLiteral("/relationship-tab%1").arg(tab) + suffix);
                }
                window.setDatabase(nullptr);
            }
        }
        QApplication::setPalette(light);

        for (const QSize size : {QSize(1440, 900), QSize(1024, 700)}) {
            const QString suffix = QStringLiteral("-%1x%2.png").arg(size.width()).arg(size.height());
            {
                WorkspaceFixture fixture(temp.db(), Profile{chosen.menteeId, Role::Mentee});
                MainWindow window;
                window.setDatabase(&temp.db());
                WorkspaceBuilder::populate(window, fixture.context);
                window.resize(size);
                window.show();
                auto *page = window.findChild<MenteeGoalsPage *>();
                QVERIFY(waitLoaded(page));
                QTest::qWait(100);
                window.grab().save(dir + QStringLiteral("/mentee-goals") + suffix);
                page->findChild<QTabWidget *>(QStringLiteral("menteeTabs"))->setCurrentIndex(1);
                QTest::qWait(50);
                window.grab().save(dir + QStringLiteral("/mentee-past") + suffix);
                window.setDatabase(nullptr);
            }
        }
    }
};

TRELLIS_REGISTER_TEST(ScreenshotTest);

#include "screenshottest.moc"
