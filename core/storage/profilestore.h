#pragma once

#include "domain/profile.h"
#include "util/result.h"

#include <QSqlDatabase>

#include <optional>

namespace trellis {

// The profile in the settings table ("profile.person_id", "profile.role").
class ProfileStore {
public:
    explicit ProfileStore(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // None when no profile was chosen yet (or it is unreadable).
    [[nodiscard]] std::optional<Profile> profile() const;
    [[nodiscard]] Status setProfile(const Profile &profile);
    [[nodiscard]] Status clear();

private:
    QSqlDatabase m_db;
};

} // namespace trellis
