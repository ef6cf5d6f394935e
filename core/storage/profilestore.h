#pragma once

#include "domain/profile.h"
#include "util/result.h"

#include <QSqlDatabase>

#include <optional>

namespace trellis {

class RowStore;

// The profile in the settings table ("profile.person_id", "profile.role").
// SettingsService::setProfile is the undoable edit; setProfile() here writes it outside any
// ChangeSet (first-run set-up, tests).
class ProfileStore {
public:
    explicit ProfileStore(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // None when no profile was chosen yet (or it is unreadable).
    [[nodiscard]] std::optional<Profile> profile() const;
    [[nodiscard]] Status setProfile(const Profile &profile);
    [[nodiscard]] Status clear();

    // Inside an edit (both keys or neither).
    [[nodiscard]] static Status write(RowStore &rows, const Profile &profile);
    [[nodiscard]] static Status erase(RowStore &rows);

private:
    QSqlDatabase m_db;
};

} // namespace trellis
