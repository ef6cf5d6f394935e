#include "search/finddialog.h"
#include "settings/profilesettingspage.h"
#include "settings/settingsdialog.h"
#include "settings/settingspage.h"
#include "storage/profilestore.h"
#include "testlib/sampledata.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "ui/workspacefixture.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace trellis;
using namespace trellis::test;

namespace {

// A dark palette in the way desktop dark themes give one (Fusion's roles, light text on dark).
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2e);
    const QColor base(0x1f, 0x1f, 0x22);
    const QColor text(0xe8, 0xe8, 0xea);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0xa0));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xff));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x70, 0x70, 0x75));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x70, 0x70, 0x75));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x70, 0x70, 0x75));
    return p;
}

// Saves `widget` as `name`.png into `dir` when a directory is given.
void save(QWidget *widget, const QString &dir, const QString &name)
{
    const QPixmap shot = widget->grab();
    QVERIFY(!shot.isNull());
    if (!dir.isEmpty())
        QVERIFY(shot.save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

} // namespace

// The settings dialog's pages and the find dialog, in a light and a dark palette: each reaches its
// content (the profile page its roster, the find dialog its results). With TRELLIS_SCREENSHOT_DIR
// set, each is also saved there for a person to look at.
class SettingsScreenshotTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { QSettings().clear(); }
    void cleanup() { QApplication::setPalette(QPalette()); }

    void shouldRenderTheSettingsPagesAndTheFindDialog_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void shouldRenderTheSettingsPagesAndTheFindDialog()
    {
        QFETCH(bool, dark);
        QApplication::setPalette(dark ? darkPalette() : QPalette());
        const QString dir = qEnvironmentVariable("TRELLIS_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QDir().mkpath(dir);
        const QString theme = dark ? QStringLiteral("dark") : QStringLiteral("light");

        TempDatabase temp;
        const SampleData d = SampleData::create(temp.db());
        QVERIFY(ProfileStore(temp.db().connection()).setProfile({d.mentor, Role::Mentor}).ok());
        WorkspaceFixture fixture(temp.db(), Profile{d.mentor, Role::Mentor});

        // Every page of the preferences, the profile page once its roster is shown
        std::unique_ptr<SettingsDialog> settings(SettingsDialog::withStandardPages(fixture.context));
        settings->show();
        QVERIFY(QTest::qWaitForWindowExposed(settings.get()));
        auto *profile = settings->findChild<ProfileSettingsPage *>();
        QVERIFY(profile);
        QVERIFY(QTest::qWaitFor([profile] { return profile->isLoaded(); }, 10000));
        QVERIFY(!settings->findChild<QLabel *>(QStringLiteral("profileLoading"))->isVisible());
        for (int page = 0; page < settings->pages().size(); ++page) {
            settings->showPage(page);
            QTest::qWait(20);
            QVERIFY(settings->pages().at(page)->isVisible());
            save(settings.get(), dir,
                 QStringLiteral("settings-%1-%2").arg(settings->pages().at(page)->objectName(), theme));
        }
        settings->reject();

        // The find dialog: its hint, then grouped results
        FindDialog find(fixture.context.dataSource());
        find.show();
        QVERIFY(QTest::qWaitForWindowExposed(&find));
        save(&find, dir, QStringLiteral("find-empty-%1").arg(theme));
        QSignalSpy shown(&find, &FindDialog::resultsShown);
        find.setText(QStringLiteral("lovel"));
        find.searchNow();
        QVERIFY(shown.wait(5000));
        QVERIFY(find.findChild<QTreeView *>(QStringLiteral("findResults"))->isVisible());
        save(&find, dir, QStringLiteral("find-results-%1").arg(theme));
        shown.clear();
        find.setText(QStringLiteral("zzzzqx"));
        find.searchNow();
        QVERIFY(shown.wait(5000));
        QVERIFY(find.findChild<QLabel *>(QStringLiteral("findStatus"))->isVisible());
        save(&find, dir, QStringLiteral("find-nothing-%1").arg(theme));
    }
};

TRELLIS_REGISTER_TEST(SettingsScreenshotTest);

#include "settingsscreenshottest.moc"
