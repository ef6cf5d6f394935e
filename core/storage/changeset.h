#pragma once

#include "domain/enums.h"

#include <QList>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace trellis {

// One row's change: what kind of row (its Entity) and its id, the whole row before (none: inserted)
// and after (none: removed). The row values are storage's business (keyed by column name, NULL as an
// invalid QVariant): callers look at entity, id and kind().
struct RowChange {
    Entity entity = Entity::Person;
    Id id = 0;
    std::optional<QVariantMap> before;
    std::optional<QVariantMap> after;

    ChangeKind kind() const;
    bool operator==(const RowChange &) const = default;
};

// What one edit did, in the order it was done (children before their parents when
// removing), so that applying inverse() restores every row with its id.
struct ChangeSet {
    QList<RowChange> changes;
    Id primaryId = 0; // the row the edit is about (the new row for a create), 0 if none

    bool isEmpty() const { return changes.isEmpty(); }
    ChangeSet inverse() const;
    // Ids of `entity`'s rows changed in the given way, in order.
    QList<Id> ids(Entity entity, ChangeKind kind) const;
    bool operator==(const ChangeSet &) const = default;
};

} // namespace trellis
