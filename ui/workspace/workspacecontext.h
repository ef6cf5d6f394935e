#pragma once

#include "domain/profile.h"

#include <optional>

namespace trellis {

class ChangeNotifier;
class Database;
class Edits;

// What every page of the workspace needs, owned by the composition root (app/gui): the open
// database (for reading), the change notifier, the named edits and the profile. Every edit goes
// through `edits` (one function per user edit, each one undo step); pages construct no service.
struct WorkspaceContext {
    Database *database = nullptr;
    ChangeNotifier *notifier = nullptr;
    Edits *edits = nullptr;
    std::optional<Profile> profile;
};

} // namespace trellis
