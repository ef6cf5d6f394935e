#pragma once

#include "domain/profile.h"

#include <optional>

namespace trellis {

class ChangeNotifier;
class Database;
class EditFacade;

// What every page of the workspace needs, owned by the composition root (app/gui):
// the open database, the change notifier, the undoable-edit facade and the profile.
// Pages construct the (cheap, stateless) services they use from database + notifier,
// and route every edit through `edits` so that it lands on the undo stack.
struct WorkspaceContext {
    Database *database = nullptr;
    ChangeNotifier *notifier = nullptr;
    EditFacade *edits = nullptr;
    std::optional<Profile> profile;
};

} // namespace trellis
