#include "services/preferences.h"

#include "storage/settingsstore.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace trellis;
using namespace trellis::test;

class PreferencesTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldGiveDefaultsForANewDatabase()
    {
        TempDatabase temp;
        QCOMPARE(Preferences::load(temp.db().connection()), DatabasePreferences{});
    }

    void shouldRoundTripDatabasePreferences()
    {
        // GIVEN a database WHEN preferences are saved, the database closed and opened again
        TempDatabase temp;
        DatabasePreferences saved;
        saved.cadenceDays = 21;
        saved.meetingMinutes = 45;
        saved.reminderMinutes.reset();
        saved.exportIncludeNotes = true;
        saved.exportIncludeAttendees = true;
        QVERIFY(Preferences::save(temp.db().connection(), saved).ok());
        const QString path = temp.path();
        temp.close();
        auto reopened = Database::open(path);
        QVERIFY(reopened.ok());

        // THEN the same values come back, stored under their keys in the settings table
        QCOMPARE(Preferences::load(reopened.value()->connection()), saved);
        const SettingsStore store(reopened.value()->connection());
        QCOMPARE(store.value(QString::fromLatin1(DatabasePreferences::CadenceKey)), QStringLiteral("21"));
        QCOMPARE(store.value(QString::fromLatin1(DatabasePreferences::ReminderKey)), QStringLiteral("none"));
    }

    void shouldRefuseInvalidValuesAndKeepTheOldOnes_data()
    {
        QTest::addColumn<int>("cadence");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<int>("reminder");
        QTest::newRow("cadence zero") << 0 << 60 << 10;
        QTest::newRow("cadence over a year") << 366 << 60 << 10;
        QTest::newRow("meeting too short") << 14 << 4 << 10;
        QTest::newRow("negative reminder") << 14 << 60 << -5;
    }

    void shouldRefuseInvalidValuesAndKeepTheOldOnes()
    {
        QFETCH(int, cadence);
        QFETCH(int, minutes);
        QFETCH(int, reminder);
        TempDatabase temp;
        DatabasePreferences bad;
        bad.cadenceDays = cadence;
        bad.meetingMinutes = minutes;
        bad.reminderMinutes = reminder;
        const Status saved = Preferences::save(temp.db().connection(), bad);
        QVERIFY(!saved.ok());
        QVERIFY(!saved.errorMessage().isEmpty());
        QCOMPARE(Preferences::load(temp.db().connection()), DatabasePreferences{});
    }

    void shouldFallBackToDefaultsForUnreadableValues()
    {
        TempDatabase temp;
        SettingsStore store(temp.db().connection());
        QVERIFY(store.setValue(QString::fromLatin1(DatabasePreferences::CadenceKey), QStringLiteral("often"))
                    .ok());
        QVERIFY(
            store.setValue(QString::fromLatin1(DatabasePreferences::MeetingMinutesKey), QStringLiteral("-3"))
                .ok());
        QCOMPARE(Preferences::load(temp.db().connection()), DatabasePreferences{});
    }

    void shouldRoundTripUserPreferences()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("user.ini"));
        {
            QSettings settings(file, QSettings::IniFormat);
            UserPreferences preferences;
            preferences.weekStart = Qt::Sunday;
            preferences.language = QStringLiteral("de");
            Preferences::saveUser(settings, preferences);
        }
        const QSettings again(file, QSettings::IniFormat);
        const UserPreferences loaded = Preferences::loadUser(again);
        QCOMPARE(loaded.weekStart, Qt::Sunday);
        QCOMPARE(loaded.language, QStringLiteral("de"));
    }
};

TRELLIS_REGISTER_TEST(PreferencesTest);

#include "preferencestest.moc"
