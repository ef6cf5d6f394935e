#pragma once

#include "insights/relationshipsnapshot.h"
#include "util/result.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

namespace trellis {

class Database;
class LoadRequest;

// The loader's fetch for a page that shows one relationship (RelationshipPage): a full load reads
// the snapshot; a partial load reads it again only when the change touches this relationship — a
// row the snapshot shows (also a removed one), a new row of the relationship, a person it names,
// its programme or cohort — and otherwise returns nothing, so that an edit of another
// relationship costs one small owner query and no re-read.
class RelationshipSnapshotFetch final {
public:
    // The ids, by entity, of the rows a snapshot shows.
    using Shown = QHash<Entity, QSet<Id>>;

    // The entities whose rows a snapshot shows.
    static QList<Entity> watchedEntities();
    static Shown shownBy(const RelationshipSnapshot &snapshot);

    // On the loader's worker: the snapshot of `relationshipId` as `viewer` may see it, or nothing when
    // `request` is a partial load that does not touch it (`shown`: what the page shows now).
    [[nodiscard]] static Result<std::optional<RelationshipSnapshot>>
    fetch(Database &database, Id relationshipId, bool includePrivateNotes, Role viewer, const Shown &shown,
          const LoadRequest &request);
    // Whether the partial `request` touches the relationship (used by fetch()).
    [[nodiscard]] static Result<bool> touches(Database &database, Id relationshipId, const Shown &shown,
                                              const LoadRequest &request);
};

} // namespace trellis
