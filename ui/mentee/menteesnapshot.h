#pragma once

#include "relationships/relationshipsnapshot.h"

#include <QList>
#include <QSqlDatabase>

namespace trellis {

// What the mentee workspace shows of one person: each relationship in which they are the
// mentee, read without private notes (the column is never selected).
struct MenteeSnapshot {
    QList<RelationshipSnapshot> relationships; // the current one first, then by id

    [[nodiscard]] static Result<MenteeSnapshot> load(QSqlDatabase db, Id menteeId);
};

} // namespace trellis
