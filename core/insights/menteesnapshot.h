#pragma once

#include "domain/enums.h"
#include "insights/relationshipsnapshot.h"

#include <QList>
#include <QSqlDatabase>

namespace trellis {

class Database;

// What the mentee workspace shows of one person: each relationship in which they are the
// mentee, read without private notes (the column is never selected) and with only the feedback a
// mentee may see (Feedback::isVisibleTo).
struct MenteeSnapshot {
    QList<RelationshipSnapshot> relationships; // the current one first, then by id

    [[nodiscard]] static Result<MenteeSnapshot> load(QSqlDatabase db, Id menteeId);
    // The same on the calling thread's connection of `database` (what a ModelLoader's fetch calls).
    [[nodiscard]] static Result<MenteeSnapshot> load(Database &database, Id menteeId);
    // Whether a change of the rows `ids` of `entity` can show in `menteeId`'s snapshot: they belong
    // to (or name the people of) one of their relationships as mentee — or one of them is gone, so
    // whose it was cannot be told.
    [[nodiscard]] static Result<bool> touchedBy(Database &database, Id menteeId, Entity entity,
                                                const QList<Id> &ids);
};

} // namespace trellis
