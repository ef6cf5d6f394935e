#pragma once

#include "domain/profile.h"
#include "models/datasource.h"

#include <optional>

namespace trellis {

class Edits;

// What every page of the workspace needs, owned by the composition root (app/gui): the open
// database as an opaque DataSource (with the notifier that announces its changes), the named
// edits and the profile. Every edit goes through `edits` (one function per user edit, each one
// undo step); pages construct no service. Reads go through `data`: a page hands it to its
// ModelLoader (or a small reader in ui/models) and never touches the database itself.
struct WorkspaceContext {
    DataSource data;
    Edits *edits = nullptr;
    std::optional<Profile> profile;

    DataSource dataSource() const { return data; }
    // Whether a database is open (a page without one shows nothing and offers no edits).
    bool hasDatabase() const { return data.isValid(); }
};

} // namespace trellis
