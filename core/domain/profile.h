#pragma once

#include "domain/enums.h"
#include "util/result.h"

namespace trellis {

// Who uses this database: a person and the role they work in. Stored in the settings
// table under "profile.person_id" and "profile.role" (ProfileStore).
struct Profile {
    static constexpr const char *PersonIdKey = "profile.person_id";
    static constexpr const char *RoleKey = "profile.role";

    Id personId = 0;
    Role role = Role::Mentor;

    [[nodiscard]] Status validate() const;
    bool operator==(const Profile &) const = default;
};

} // namespace trellis
