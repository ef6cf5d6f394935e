#pragma once

#include "domain/person.h"

#include <QHash>
#include <QList>

namespace trellis {

// A mentee and a mentor a run must pair (a lock) or must not pair (an exclusion).
struct MatchPair {
    Id menteeId = 0;
    Id mentorId = 0;
    bool operator==(const MatchPair &) const = default;
};

// What a matching run decides over: who is still to be paired, who has room, and the
// coordinator's rulings. Read from a database by MatchingInputQuery; built by hand in tests.
struct MatchingInput {
    QList<Person> mentees;          // still to be paired (in no proposed, active or paused relationship)
    QList<Person> mentors;          // with room
    QHash<Id, int> freeCapacity;    // mentor id → places left (a mentor missing here has none)
    QHash<Id, QList<Id>> wishes;    // mentee id → mentor ids, most wanted first
    QList<MatchPair> locked;        // pairs the coordinator fixed: kept as they are
    QList<MatchPair> excluded;      // pairs that must not happen
    QHash<Id, Id> managerOf;        // person id → their manager's id, for everyone (reporting lines)
    QHash<Id, QString> mentorNames; // every mentor, with room or not (to name wishes and exclusions)
};

} // namespace trellis
