#include "models/settingsreader.h"

#include "models/databasefiles.h"
#include "models/loadrequest.h"
#include "models/pairingchoices.h"
#include "models/profilechoices.h"
#include "models/usersettings.h"
#include "services/preferences.h"
#include "storage/database.h"
#include "storage/profilestore.h"
#include "testlib/sampledata.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"

#include <QSettings>
#include <QTest>

using namespace trellis;
using namespace trellis::test;

// The small readers widgets call instead of core/storage: what they read is what is stored, and
// without a database they give the defaults rather than touching one.
class SettingsReaderTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { QSettings().clear(); }

    void shouldReadTheStoredProfileAndPreferences()
    {
        TempDatabase temp;
        const SampleData d = SampleData::create(temp.db());
        const SettingsReader reader(DataSource(&temp.db(), nullptr));
        QCOMPARE(reader.profile(), std::nullopt);
        QCOMPARE(reader.preferences(), DatabasePreferences{});

        DatabasePreferences stored;
        stored.cadenceDays = 28;
        stored.reminderMinutes.reset();
        QVERIFY(Preferences::save(temp.db().connection(), stored).ok());
        QVERIFY(ProfileStore(temp.db().connection()).setProfile({d.mentee, Role::Mentee}).ok());
        QCOMPARE(reader.preferences(), stored);
        QCOMPARE(reader.profile(), std::optional<Profile>({d.mentee, Role::Mentee}));

        // No database: the defaults
        const SettingsReader none{DataSource()};
        QCOMPARE(none.profile(), std::nullopt);
        QCOMPARE(none.preferences(), DatabasePreferences{});
    }

    void shouldKeepUserPreferencesInQSettings()
    {
        UserPreferences chosen;
        chosen.weekStart = Qt::Saturday;
        chosen.language = QStringLiteral("de");
        UserSettings::save(chosen);
        QCOMPARE(UserSettings::load(), chosen);
        QCOMPARE(QSettings().value(QLatin1String(UserPreferences::WeekStartKey)).toInt(), int(Qt::Saturday));
        chosen.language.clear();
        UserSettings::save(chosen);
        QVERIFY(!QSettings().contains(QLatin1String(UserPreferences::LanguageKey)));
    }

    void shouldReadTheChoicesOfTheProfileAndPairingDialogs()
    {
        TempDatabase temp;
        const SampleData d = SampleData::create(temp.db());
        QVERIFY(ProfileStore(temp.db().connection()).setProfile({d.mentor, Role::Mentor}).ok());
        const DataSource data(&temp.db(), nullptr);

        auto profiles = ProfileChoices::fetch(temp.db(), LoadRequest{});
        QVERIFY(profiles.ok());
        QCOMPARE(profiles->profile, std::optional<Profile>({d.mentor, Role::Mentor}));
        QList<Id> people;
        for (const Person &person : std::as_const(profiles->people))
            people.append(person.id);
        for (const Id id : {d.manager, d.mentor, d.mentee, d.loner})
            QVERIFY2(people.contains(id), qPrintable(QString::number(id)));

        auto pairing = PairingChoices::read(data);
        QVERIFY(pairing.ok());
        QCOMPARE(pairing->people.size(), profiles->people.size());
        QVERIFY(pairing->mentorLoads.value(d.mentor) >= 1); // the sample's active relationship
        QCOMPARE(pairing->programmes.size(), 1);
        QCOMPARE(pairing->programmes.first().id, d.programme);
        QCOMPARE(pairing->cohorts.size(), 1);
        QCOMPARE(pairing->cohorts.first().id, d.cohort);
        QVERIFY(!PairingChoices::read(DataSource()).ok());
    }

    void shouldNameAndBackUpTheOpenFile()
    {
        TempDatabase temp;
        const DataSource data(&temp.db(), nullptr);
        QCOMPARE(DatabaseFiles::pathOf(data), temp.path());
        QCOMPARE(DatabaseFiles::pathOf(DataSource()), QString());
        QVERIFY(!DatabaseFiles::defaultPath().isEmpty());
        const QString copy = temp.path() + QStringLiteral(".copy.sqlite");
        QVERIFY(DatabaseFiles::backUp(data, copy).ok());
        QVERIFY(QFile::exists(copy));
        QFile::remove(copy);
        QVERIFY(!DatabaseFiles::backUp(DataSource(), copy).ok());
    }
};

TRELLIS_REGISTER_TEST(SettingsReaderTest);

#include "settingsreadertest.moc"
