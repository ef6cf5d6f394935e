#pragma once

#include "domain/profile.h"
#include "models/datasource.h"

#include <optional>

namespace trellis {

class ChangeNotifier;
class Database;
class EditFacade;

// What every page of the workspace needs, owned by the composition root (app/gui):
// the open database, the change notifier, the undoable-edit facade and the profile.
// Pages construct the (cheap, stateless) services they use from database + notifier,
// and route every edit through `edits` so that it lands on the undo stack.
// Reads go through `data` (see dataSource()): a page hands it to its ModelLoader and never
// touches the database itself.
struct WorkspaceContext {
    WorkspaceContext() = default;
    // `data` is made of the database and the notifier.
    WorkspaceContext(Database *db, ChangeNotifier *changes, EditFacade *editFacade,
                     std::optional<Profile> who = std::nullopt)
        : database(db)
        , notifier(changes)
        , edits(editFacade)
        , profile(std::move(who))
        , data(db, changes)
    {}

    Database *database = nullptr; // on its way out: pages migrate to dataSource()
    ChangeNotifier *notifier = nullptr;
    EditFacade *edits = nullptr;
    std::optional<Profile> profile;
    DataSource data;

    // `data`, or one made of `database` and `notifier` while contexts are still filled that way.
    DataSource dataSource() const { return data.isValid() ? data : DataSource(database, notifier); }
};

} // namespace trellis
