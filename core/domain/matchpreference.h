#pragma once

#include "domain/enums.h"
#include "util/result.h"

#include <QList>

namespace trellis {

// A mentee's wish for a mentor (rank 1 = most wanted), or a pair that must never be made
// (rank 0). Matching reads them (MatchingInput::wishes, ::excluded); one row per pair.
struct MatchPreference {
    Id id = 0;
    Id menteeId = 0;
    Id mentorId = 0;
    MatchPreferenceKind kind = MatchPreferenceKind::Wish;
    int rank = 0;

    [[nodiscard]] Status validate() const;
    bool operator==(const MatchPreference &) const = default;
};

// What a coordinator sets for one mentee: the wish list, most wanted first, and the mentors they
// must never be paired with. A mentor in both lists is refused (MatchPreferences::validate).
struct MatchPreferences {
    Id menteeId = 0;
    QList<Id> wishes;
    QList<Id> never;

    [[nodiscard]] Status validate() const;
    bool operator==(const MatchPreferences &) const = default;
};

} // namespace trellis
