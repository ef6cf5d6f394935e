#pragma once

#include "matching/matchinginput.h"
#include "util/result.h"

#include <QSqlDatabase>

namespace trellis {

// The input of a matching run from a database: the mentees in no proposed, active or paused
// relationship, the mentors with places left (capacity minus such relationships), everyone's
// manager, the mentees' wish lists and the pairs that must never be made. Reads through the storage layer's
// queries (RosterQueries); writes nothing.
class MatchingInputQuery {
public:
    [[nodiscard]] static Result<MatchingInput> load(QSqlDatabase db);
};

} // namespace trellis
