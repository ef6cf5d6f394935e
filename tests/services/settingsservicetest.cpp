#include "changenotifier.h"
#include "services/servicebundle.h"
#include "storage/settingsstore.h"
#include "testlib/databasedump.h"
#include "testlib/sampledata.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "util/clock.h"

#include <QSignalSpy>
#include <QTest>

using namespace trellis;
using namespace trellis::test;

#define VERIFY_OK(result)                                                                                    \
    QVERIFY2((result).ok(), qPrintable((result).ok() ? QString() : (result).errorMessage()))

Q_DECLARE_METATYPE(trellis::Entity)
Q_DECLARE_METATYPE(trellis::ChangeKind)

// The profile and the per-database preferences are edits like any other: a ChangeSet each,
// undone by ChangeApplier, announced by the notifier, refused when changed elsewhere.
class SettingsServiceTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<Entity>();
        qRegisterMetaType<ChangeKind>();
    }

    void shouldSetChangeAndClearTheProfileUndoably()
    {
        PinnedClock clock(QDateTime(QDate(2025, 5, 15), QTime(12, 0), Qt::UTC));
        TempDatabase temp;
        const SampleData d = SampleData::create(temp.db());
        ChangeNotifier notifier;
        ServiceBundle s(temp.db(), &notifier);
        QSignalSpy spy(&notifier, &ChangeNotifier::changed);

        // WHEN a profile is set THEN it is stored as two settings rows and announced as the profile
        auto set = s.settings.setProfile({d.mentor, Role::Mentor});
        VERIFY_OK(set);
        QCOMPARE(set->ids(Entity::Setting, ChangeKind::Inserted).size(), 2);
        QCOMPARE(s.settings.profile(), std::optional<Profile>(Profile{d.mentor, Role::Mentor}));
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(0).at(0).value<Entity>(), Entity::Setting);
        QCOMPARE(spy.at(1).at(0).value<Entity>(), Entity::Profile);
        QCOMPARE(spy.at(1).at(1).value<QList<qint64>>(), QList<qint64>{d.mentor});
        const QString withMentor = dumpDatabase(temp.db().connection());

        // WHEN it changes and the change is undone THEN the first profile is back
        auto changed = s.settings.setProfile({d.mentee, Role::Mentee});
        VERIFY_OK(changed);
        QCOMPARE(changed->ids(Entity::Setting, ChangeKind::Updated).size(), 2);
        VERIFY_OK(s.applier.apply(changed->inverse()));
        QCOMPARE(s.settings.profile(), std::optional<Profile>(Profile{d.mentor, Role::Mentor}));
        QCOMPARE(dumpDatabase(temp.db().connection()), withMentor);

        // WHEN it is cleared THEN there is none; undo brings it back
        auto cleared = s.settings.clearProfile();
        VERIFY_OK(cleared);
        QCOMPARE(cleared->ids(Entity::Setting, ChangeKind::Removed).size(), 2);
        QCOMPARE(s.settings.profile(), std::optional<Profile>());
        VERIFY_OK(s.applier.apply(cleared->inverse()));
        QCOMPARE(s.settings.profile(), std::optional<Profile>(Profile{d.mentor, Role::Mentor}));
        QCOMPARE(dumpDatabase(temp.db().connection()), withMentor);
    }

    void shouldRefuseAProfileWhoseRoleThePersonHasNot()
    {
        TempDatabase temp;
        const SampleData d = SampleData::create(temp.db());
        ServiceBundle s(temp.db());
        const QString dump = dumpDatabase(temp.db().connection());
        auto refused = s.settings.setProfile({d.mentee, Role::Mentor});
        QVERIFY(!refused);
        QVERIFY(refused.errorMessage().contains(QLatin1String("Charles Babbage")));
        QVERIFY(!s.settings.setProfile({d.mentee + 1000, Role::Mentee}));
        QCOMPARE(dumpDatabase(temp.db().connection()), dump);
        // The older entry point forwards to the same edit.
        QVERIFY(!s.people.setProfile({d.mentee, Role::Mentor}));
        VERIFY_OK(s.people.setProfile({d.mentee, Role::Mentee}));
        QCOMPARE(s.settings.profile(), std::optional<Profile>(Profile{d.mentee, Role::Mentee}));
    }

    void shouldSavePreferencesUndoablyAndRefuseInvalidOnes()
    {
        TempDatabase temp;
        ServiceBundle s(temp.db());
        DatabasePreferences preferences;
        preferences.cadenceDays = 21;
        preferences.reminderMinutes.reset();
        auto saved = s.settings.savePreferences(preferences);
        VERIFY_OK(saved);
        QCOMPARE(s.settings.preferences(), preferences);
        // Saving the same values again changes nothing.
        auto again = s.settings.savePreferences(preferences);
        VERIFY_OK(again);
        QVERIFY(again->isEmpty());

        DatabasePreferences bad = preferences;
        bad.meetingMinutes = 2;
        QVERIFY(!s.settings.savePreferences(bad));
        QCOMPARE(s.settings.preferences(), preferences);

        VERIFY_OK(s.applier.apply(saved->inverse()));
        QCOMPARE(s.settings.preferences(), DatabasePreferences{});
    }

    void shouldRefuseToUndoPreferencesChangedElsewhere()
    {
        // GIVEN preferences saved here, then changed in another window
        TempDatabase temp;
        ServiceBundle s(temp.db());
        DatabasePreferences preferences;
        preferences.cadenceDays = 21;
        auto saved = s.settings.savePreferences(preferences);
        VERIFY_OK(saved);
        auto other = Database::open(temp.path());
        VERIFY_OK(other);
        preferences.cadenceDays = 7;
        VERIFY_OK(SettingsService(*other.value()).savePreferences(preferences));
        const QString dump = dumpDatabase(temp.db().connection());

        // WHEN undone THEN refused, naming the setting, and nothing changes
        auto undone = s.applier.apply(saved->inverse());
        QVERIFY(!undone);
        QCOMPARE(undone.errorMessage(),
                 QStringLiteral("The setting “defaults.cadence_days” was changed elsewhere since this edit "
                                "(another Trellis window or program?); this step cannot be undone."));
        QCOMPARE(dumpDatabase(temp.db().connection()), dump);
        QCOMPARE(s.settings.preferences().cadenceDays, 7);
    }
};

TRELLIS_REGISTER_TEST(SettingsServiceTest);

#include "settingsservicetest.moc"
