#include "commands/settingsedits.h"

#include "commands/edithistory.h"
#include "services/peopleservice.h"
#include "storage/database.h"
#include "storage/profilestore.h"
#include "storage/settingsstore.h"

#include <QCoreApplication>

#include <utility>

namespace trellis {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SettingsEdits", text);
}

Status changedElsewhere()
{
    return Error{tr("The setting was changed elsewhere since (another Trellis or program has this database "
                    "open); going back would overwrite that change.")};
}

// The stored text of each key (none: not stored).
using StoredSettings = QList<std::pair<QString, std::optional<QString>>>;

StoredSettings storedSettings(const QSqlDatabase &db, const QStringList &keys)
{
    StoredSettings stored;
    const SettingsStore store(db);
    for (const QString &key : keys)
        stored.append({key, store.value(key)});
    return stored;
}

Status restoreSettings(QSqlDatabase db, const StoredSettings &stored)
{
    if (!db.transaction())
        return Error{tr("Cannot save the preferences: the database is busy.")};
    SettingsStore store(db);
    for (const auto &[key, value] : stored) {
        if (Status s = value ? store.setValue(key, *value) : store.remove(key); !s) {
            db.rollback();
            return s;
        }
    }
    if (!db.commit()) {
        db.rollback();
        return Error{tr("Cannot save the preferences: the database refused the change.")};
    }
    return {};
}

QStringList preferenceKeys()
{
    QStringList keys;
    for (const char *key : {DatabasePreferences::CadenceKey, DatabasePreferences::MeetingMinutesKey,
                            DatabasePreferences::ReminderKey, DatabasePreferences::ExportNotesKey,
                            DatabasePreferences::ExportAttendeesKey})
        keys.append(QLatin1String(key));
    return keys;
}

} // namespace

SettingsEdits::SettingsEdits(Database &db, EditHistory &history, PeopleService &people,
                             ProfileAnnouncer announce)
    : m_db(db)
    , m_history(history)
    , m_people(people)
    , m_announce(std::move(announce))
{}

Status SettingsEdits::writeProfile(const std::optional<Profile> &profile)
{
    // PeopleService checks that the person exists and has the role.
    const Status written = profile ? m_people.setProfile(*profile) : ProfileStore(m_db.connection()).clear();
    if (written && m_announce)
        m_announce(profile);
    return written;
}

Result<ChangeSet> SettingsEdits::setProfile(const Profile &profile)
{
    const std::optional<Profile> before = ProfileStore(m_db.connection()).profile();
    if (before == profile)
        return ChangeSet{};
    const auto isStored = [this](std::optional<Profile> expected) {
        return [this, expected]() -> Status {
            return ProfileStore(m_db.connection()).profile() == expected ? Status{} : changedElsewhere();
        };
    };
    SettingCommand::Steps steps{[this, profile] { return writeProfile(profile); },
                                [this, before] { return writeProfile(before); }, isStored(profile),
                                isStored(before)};
    if (Status done = m_history.performSetting(EditKind::SetProfile,
                                               EditHistory::textsOf(EditKind::SetProfile), std::move(steps));
        !done)
        return done.error();
    return ChangeSet{};
}

Result<ChangeSet> SettingsEdits::savePreferences(const DatabasePreferences &preferences)
{
    const DatabasePreferences before = Preferences::load(m_db.connection());
    if (before == preferences)
        return ChangeSet{};
    const StoredSettings stored = storedSettings(m_db.connection(), preferenceKeys());
    const auto isStored = [this](DatabasePreferences expected) {
        return [this, expected]() -> Status {
            return Preferences::load(m_db.connection()) == expected ? Status{} : changedElsewhere();
        };
    };
    // Preferences::save validates: an invalid value is refused (failed()) before anything is pushed.
    SettingCommand::Steps steps{
        [this, preferences] { return Preferences::save(m_db.connection(), preferences); },
        [this, stored] { return restoreSettings(m_db.connection(), stored); }, isStored(preferences),
        isStored(before)};
    if (Status done = m_history.performSetting(
            EditKind::SavePreferences, EditHistory::textsOf(EditKind::SavePreferences), std::move(steps));
        !done)
        return done.error();
    return ChangeSet{};
}

} // namespace trellis
