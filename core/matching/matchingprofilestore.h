#pragma once

#include "domain/enums.h"
#include "matching/matchingprofile.h"
#include "util/result.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace trellis {

class RowStore;

// Where a programme's matching profile lives: one per-database setting row
// ("matching.profile.<programme id>", the profile as JSON), so it is undoable like every other
// setting and the GUI and `trellis-cli match` read the same one.
class MatchingProfileStore {
public:
    static QString keyOf(Id programmeId);
    // The programme's stored profile, or nothing when none was saved (or it cannot be read).
    [[nodiscard]] static std::optional<MatchingProfile> load(QSqlDatabase db, Id programmeId);
    // Inside an edit (SettingsService::saveMatchingProfile).
    [[nodiscard]] static Status write(RowStore &rows, Id programmeId, const MatchingProfile &profile);
};

} // namespace trellis
