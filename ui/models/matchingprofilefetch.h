#pragma once

#include "domain/enums.h"
#include "matching/matchingprofile.h"
#include "util/result.h"

#include <optional>

namespace trellis {

class Database;
class LoadRequest;

// A cohort's programme and the matching profile saved with it (none before the first save).
struct StoredMatchingProfile {
    Id cohortId = 0;
    Id programmeId = 0;
    std::optional<MatchingProfile> profile;
};

// The Matching page's read of the chosen cohort's profile, on a ModelLoader's worker (watching
// settings and cohorts). Holds only the cohort id.
class MatchingProfileFetch {
public:
    explicit MatchingProfileFetch(Id cohortId)
        : m_cohortId(cohortId)
    {}

    [[nodiscard]] Result<StoredMatchingProfile> operator()(Database &database,
                                                           const LoadRequest &request) const;

private:
    Id m_cohortId = 0;
};

} // namespace trellis
