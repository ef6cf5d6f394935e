#include "settings/settingsdialog.h"

#include "commands/editcommand.h"
#include "services/preferences.h"
#include "settings/profilesettingspage.h"
#include "settings/settingspage.h"
#include "storage/profilestore.h"
#include "storage/settingsstore.h"
#include "testlib/sampledata.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "ui/workspacefixture.h"
#include "workspace/workspacecontext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace trellis;
using namespace trellis::test;

namespace {

template <typename T>
T *child(QWidget *parent, const char *name)
{
    auto *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no widget %s", name);
    return found;
}

// The profile page reads the roster off the GUI thread: waits until it shows it.
bool waitForProfiles(SettingsDialog &dialog)
{
    auto *page = dialog.findChild<ProfileSettingsPage *>();
    return page && QTest::qWaitFor([page] { return page->isLoaded(); }, 10000);
}

void selectData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
}

} // namespace

class SettingsDialogTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { QSettings().clear(); }

    void shouldListThePagesOnTheLeft()
    {
        TempDatabase temp;
        WorkspaceFixture fixture(temp.db());
        WorkspaceContext context = fixture.context;
        std::unique_ptr<SettingsDialog> dialog(SettingsDialog::withStandardPages(context));
        auto *list = child<QListWidget>(dialog.get(), "settingsPages");
        QStringList titles;
        for (int row = 0; row < list->count(); ++row)
            titles.append(list->item(row)->text());
        QCOMPARE(titles, (QStringList{QStringLiteral("Profile"), QStringLiteral("Meetings"),
                                      QStringLiteral("Library"), QStringLiteral("Appearance"),
                                      QStringLiteral("Calendar"), QStringLiteral("Language"),
                                      QStringLiteral("Privacy")}));
        // Clicking a page shows it, with where its values are kept.
        list->setCurrentRow(4);
        QCOMPARE(child<QLabel>(dialog.get(), "settingsPageTitle")->text(), QStringLiteral("Calendar"));
        QVERIFY(child<QLabel>(dialog.get(), "settingsPageScope")
                    ->text()
                    .contains(QStringLiteral("this computer")));
        list->setCurrentRow(6);
        QVERIFY(child<QLabel>(dialog.get(), "settingsPageScope")
                    ->text()
                    .contains(QStringLiteral("this database")));
        QVERIFY(child<QLabel>(dialog.get(), "privateNotesNeverExported")
                    ->text()
                    .contains(QStringLiteral("never")));
        QVERIFY(
            child<QLabel>(dialog.get(), "languageRestartHint")->text().contains(QStringLiteral("next time")));

        // Without a database only the per-user pages are offered.
        std::unique_ptr<SettingsDialog> bare(SettingsDialog::withStandardPages(WorkspaceContext{}));
        QCOMPARE(bare->pages().size(), 3); // Appearance, Calendar, Language
    }

    void shouldKeepDatabaseValuesInTheDatabaseAndUserValuesInQSettings()
    {
        // GIVEN a database and the dialog on it
        TempDatabase temp;
        SampleData::create(temp.db());
        WorkspaceFixture fixture(temp.db());
        WorkspaceContext context = fixture.context;
        std::unique_ptr<SettingsDialog> dialog(SettingsDialog::withStandardPages(context));
        QVERIFY(waitForProfiles(*dialog));

        // WHEN every value is changed through the widgets and OK is pressed
        child<QSpinBox>(dialog.get(), "defaultCadence")->setValue(21);
        child<QSpinBox>(dialog.get(), "defaultMeetingLength")->setValue(45);
        selectData(child<QComboBox>(dialog.get(), "defaultReminder"), -1);
        child<QSpinBox>(dialog.get(), "attachmentLimit")->setValue(10);
        selectData(child<QComboBox>(dialog.get(), "weekStart"), int(Qt::Sunday));
        auto *languages = child<QListWidget>(dialog.get(), "languages");
        languages->setCurrentRow(1); // English
        child<QCheckBox>(dialog.get(), "exportIncludeNotes")->setChecked(true);
        const Status applied = dialog->applyPages();
        QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.errorMessage()));
        dialog->accept();
        QCOMPARE(dialog->result(), int(QDialog::Accepted));

        // THEN the database holds its values…
        const DatabasePreferences stored = Preferences::load(temp.db().connection());
        QCOMPARE(stored.cadenceDays, 21);
        QCOMPARE(stored.meetingMinutes, 45);
        QCOMPARE(stored.reminderMinutes, std::nullopt);
        QCOMPARE(stored.attachmentLimitMb, 10);
        QVERIFY(stored.exportIncludeNotes);
        QVERIFY(!stored.exportIncludeAttendees);
        // …and QSettings the user's, each only there
        const QSettings settings;
        const UserPreferences user = Preferences::loadUser(settings);
        QCOMPARE(user.weekStart, Qt::Sunday);
        QCOMPARE(user.language, QStringLiteral("en"));
        QVERIFY(
            !SettingsStore(temp.db().connection()).value(QString::fromLatin1(UserPreferences::WeekStartKey)));
        for (const QString &key : settings.allKeys())
            QVERIFY2(!key.startsWith(QLatin1String("defaults")) && !key.startsWith(QLatin1String("export")),
                     qPrintable(key));

        // … saved as undoable edits, one per page that changed a database value (the profile
        // page saves the first profile too)
        QCOMPARE(fixture.stack->count(), 4);
        QCOMPARE(fixture.stack->text(0), QStringLiteral("Change profile"));
        QCOMPARE(fixture.stack->undoText(), QStringLiteral("Change preferences"));

        // AND a new dialog shows the saved values
        std::unique_ptr<SettingsDialog> again(SettingsDialog::withStandardPages(context));
        QCOMPARE(child<QSpinBox>(again.get(), "defaultCadence")->value(), 21);
        QCOMPARE(child<QSpinBox>(again.get(), "defaultMeetingLength")->value(), 45);
        QCOMPARE(child<QComboBox>(again.get(), "defaultReminder")->currentData().toInt(), -1);
        QCOMPARE(child<QSpinBox>(again.get(), "attachmentLimit")->value(), 10);
        QCOMPARE(child<QComboBox>(again.get(), "weekStart")->currentData().toInt(), int(Qt::Sunday));
        QCOMPARE(child<QListWidget>(again.get(), "languages")->currentRow(), 1);
        QVERIFY(child<QCheckBox>(again.get(), "exportIncludeNotes")->isChecked());

        // WHEN the steps are undone THEN the database's defaults are back
        fixture.stack->undo();
        fixture.stack->undo();
        fixture.stack->undo();
        QCOMPARE(Preferences::load(temp.db().connection()), DatabasePreferences{});
    }

    void shouldCancelWithoutSaving()
    {
        TempDatabase temp;
        WorkspaceFixture fixture(temp.db());
        WorkspaceContext context = fixture.context;
        std::unique_ptr<SettingsDialog> dialog(SettingsDialog::withStandardPages(context));
        child<QSpinBox>(dialog.get(), "defaultCadence")->setValue(30);
        selectData(child<QComboBox>(dialog.get(), "weekStart"), int(Qt::Wednesday));
        dialog->reject();
        QCOMPARE(Preferences::load(temp.db().connection()).cadenceDays, DatabasePreferences{}.cadenceDays);
        QVERIFY(!QSettings().contains(QString::fromLatin1(UserPreferences::WeekStartKey)));
    }

    void shouldSaveANewProfileAndSaySo()
    {
        // GIVEN a mentor profile
        TempDatabase temp;
        const SampleData d = SampleData::create(temp.db());
        QVERIFY(ProfileStore(temp.db().connection()).setProfile({d.mentor, Role::Mentor}).ok());
        WorkspaceFixture fixture(temp.db());
        WorkspaceContext context = fixture.context;
        context.profile = Profile{d.mentor, Role::Mentor};
        std::unique_ptr<SettingsDialog> dialog(SettingsDialog::withStandardPages(context));
        QSignalSpy changed(dialog.get(), &SettingsDialog::profileChanged);
        QVERIFY(waitForProfiles(*dialog));

        // WHEN OK is pressed without a change THEN nothing is announced
        QVERIFY(dialog->applyPages().ok());
        QCOMPARE(changed.count(), 0);

        // WHEN the role becomes mentee and the mentee is chosen
        selectData(child<QComboBox>(dialog.get(), "profileRole"), int(Role::Mentee));
        selectData(child<QComboBox>(dialog.get(), "profilePerson"), d.mentee);
        QVERIFY(dialog->applyPages().ok());
        dialog->accept();

        // THEN the profile is stored and announced once
        QCOMPARE(changed.count(), 1);
        const Profile expected{d.mentee, Role::Mentee};
        QCOMPARE(changed.first().first().value<Profile>(), expected);
        QCOMPARE(ProfileStore(temp.db().connection()).profile(), std::optional<Profile>(expected));
    }

    void shouldSaveDatabaseValuesAsOneUndoableChangeOfTheirRows()
    {
        // GIVEN a profile and a cadence stored before the dialog opens
        TempDatabase temp;
        const SampleData d = SampleData::create(temp.db());
        QVERIFY(ProfileStore(temp.db().connection()).setProfile({d.mentor, Role::Mentor}).ok());
        DatabasePreferences before;
        before.cadenceDays = 21;
        QVERIFY(Preferences::save(temp.db().connection(), before).ok());
        WorkspaceFixture fixture(temp.db());
        std::unique_ptr<SettingsDialog> dialog(SettingsDialog::withStandardPages(fixture.context));
        QVERIFY(waitForProfiles(*dialog));
        QCOMPARE(child<QSpinBox>(dialog.get(), "defaultCadence")->value(), 21);

        // WHEN the cadence is changed in the dialog and OK is pressed
        child<QSpinBox>(dialog.get(), "defaultCadence")->setValue(30);
        dialog->accept();
        QCOMPARE(Preferences::load(temp.db().connection()).cadenceDays, 30);

        // THEN it is one step of the edit path, its ChangeSet the settings row that changed
        QCOMPARE(fixture.stack->count(), 1);
        const auto *step = dynamic_cast<const EditCommand *>(fixture.stack->command(0));
        QVERIFY(step);
        QCOMPARE(step->kind(), EditKind::SavePreferences);
        QCOMPARE(step->changes().changes.size(), 1);
        QCOMPARE(step->changes().changes.first().entity, Entity::Setting);

        // WHEN it is undone THEN the stored cadence is back; redo saves it again
        fixture.stack->undo();
        QCOMPARE(Preferences::load(temp.db().connection()).cadenceDays, 21);
        QCOMPARE(Preferences::load(temp.db().connection()), before);
        fixture.stack->redo();
        QCOMPARE(Preferences::load(temp.db().connection()).cadenceDays, 30);
    }

    void shouldUndoAProfileChosenInTheDialogAndAnnounceIt()
    {
        // GIVEN a mentor profile and the dialog
        TempDatabase temp;
        const SampleData d = SampleData::create(temp.db());
        QVERIFY(ProfileStore(temp.db().connection()).setProfile({d.mentor, Role::Mentor}).ok());
        WorkspaceFixture fixture(temp.db());
        std::unique_ptr<SettingsDialog> dialog(SettingsDialog::withStandardPages(fixture.context));
        QVERIFY(waitForProfiles(*dialog));
        QSignalSpy announced(fixture.edits.get(), &Edits::profileChanged);

        // WHEN the mentee is chosen and OK pressed, then the step undone
        selectData(child<QComboBox>(dialog.get(), "profileRole"), int(Role::Mentee));
        selectData(child<QComboBox>(dialog.get(), "profilePerson"), d.mentee);
        dialog->accept();
        QCOMPARE(fixture.stack->count(), 1);
        QCOMPARE(announced.count(), 1);
        fixture.stack->undo();

        // THEN the mentor profile is back, and the window is told (it rebuilds the workspace)
        const std::optional<Profile> mentor = Profile{d.mentor, Role::Mentor};
        QCOMPARE(ProfileStore(temp.db().connection()).profile(), mentor);
        QCOMPARE(announced.count(), 2);
        QCOMPARE(announced.last().first().value<std::optional<Profile>>(), mentor);
    }
};

TRELLIS_REGISTER_TEST(SettingsDialogTest);

#include "settingsdialogtest.moc"
