#pragma once

#include "domain/profile.h"
#include "services/preferences.h"
#include "services/servicecontext.h"

#include <optional>

namespace trellis {

struct MatchingProfile;

// Edits of the database's own settings: the profile (who uses this database, in which role) and
// the preferences shared by everyone who opens it. Like every other edit, each is one
// transaction returning its ChangeSet, so undo and redo go through ChangeApplier. (Preferences
// of the person at this computer — window, language, week start — stay in QSettings.)
class SettingsService {
public:
    explicit SettingsService(Database &db, ChangeNotifier *notifier = nullptr)
        : m_context(db, notifier)
    {}

    // The person must exist and have the role.
    [[nodiscard]] Result<ChangeSet> setProfile(const Profile &profile);
    // No profile any more (the next start asks again).
    [[nodiscard]] Result<ChangeSet> clearProfile();
    // All values or none.
    [[nodiscard]] Result<ChangeSet> savePreferences(const DatabasePreferences &preferences);

    // A programme's matching profile (weights, rules, minimum), used by the Matching page and
    // `trellis-cli match` for its cohorts. The programme must exist.
    [[nodiscard]] Result<ChangeSet> saveMatchingProfile(Id programmeId, const MatchingProfile &profile);

    [[nodiscard]] std::optional<Profile> profile() const;
    [[nodiscard]] DatabasePreferences preferences() const;

private:
    ServiceContext m_context;
};

} // namespace trellis
