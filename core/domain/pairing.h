#pragma once

#include "domain/enums.h"

#include <optional>

namespace trellis {

// A mentor and a mentee to pair, and on what terms (RelationshipService::pair, Edits::pair).
struct Pairing {
    Id mentorId = 0;
    Id menteeId = 0;
    std::optional<Id> programmeId;  // its default cadence and duration apply
    std::optional<Id> cohortId;     // the programme is taken from the cohort when not given
    bool active = false;            // active from today, or proposed
    std::optional<int> cadenceDays; // overrides the programme's default
};

} // namespace trellis
