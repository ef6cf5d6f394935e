#pragma once

#include "domain/profile.h"
#include "models/datasource.h"

#include <optional>

namespace trellis {

class ChangeNotifier;
class Database;
class Edits;

// What every page of the workspace needs, owned by the composition root (app/gui): the open
// database (for reading), the change notifier, the named edits and the profile. Every edit goes
// through `edits` (one function per user edit, each one undo step); pages construct no service.
// Reads go through `data` (see dataSource()): a page hands it to its ModelLoader and never
// touches the database itself.
struct WorkspaceContext {
    WorkspaceContext() = default;
    // `data` is made of the database and the notifier.
    WorkspaceContext(Database *db, ChangeNotifier *changes, Edits *namedEdits,
                     std::optional<Profile> who = std::nullopt)
        : database(db)
        , notifier(changes)
        , edits(namedEdits)
        , profile(std::move(who))
        , data(db, changes)
    {}

    Database *database = nullptr; // on its way out: pages migrate to dataSource()
    ChangeNotifier *notifier = nullptr;
    Edits *edits = nullptr;
    std::optional<Profile> profile;
    DataSource data;

    // `data`, or one made of `database` and `notifier` while contexts are still filled that way.
    DataSource dataSource() const { return data.isValid() ? data : DataSource(database, notifier); }
};

} // namespace trellis
