#pragma once

#include "domain/profile.h"
#include "services/preferences.h"
#include "storage/changeset.h"
#include "util/result.h"

#include <functional>
#include <optional>

namespace trellis {

class Database;
class EditHistory;
class PeopleService;

// The edits of values kept in the database's settings table: the profile and the database's
// preferences, behind Edits::setProfile / Edits::savePreferences. They have no ChangeSet yet
// (ProfileStore, Preferences::save), so each is a SettingCommand that keeps the stored value before
// and after, checks it before undo/redo, and puts back exactly what was stored (unwritten
// defaults stay unwritten). When SettingsService::setProfile / savePreferences return
// Result<ChangeSet>, Edits performs them like every other edit and this class goes.
class SettingsEdits {
public:
    using ProfileAnnouncer = std::function<void(const std::optional<Profile> &profile)>;

    SettingsEdits(Database &db, EditHistory &history, PeopleService &people, ProfileAnnouncer announce);

    // Unchanged values push nothing; the ChangeSet is always empty (no rows change).
    [[nodiscard]] Result<ChangeSet> setProfile(const Profile &profile);
    [[nodiscard]] Result<ChangeSet> savePreferences(const DatabasePreferences &preferences);

private:
    Status writeProfile(const std::optional<Profile> &profile);

    Database &m_db;
    EditHistory &m_history;
    PeopleService &m_people;
    ProfileAnnouncer m_announce;
};

} // namespace trellis
