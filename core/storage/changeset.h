#pragma once

#include "domain/enums.h"

#include <QList>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace trellis {

// One row's change: its table and id, the whole row before (none: inserted) and
// after (none: removed). Values are keyed by column name, NULL as an invalid QVariant.
struct RowChange {
    QString table;
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
    // Ids of `table`'s rows changed in the given way, in order.
    QList<Id> ids(const QString &table, ChangeKind kind) const;
    bool operator==(const ChangeSet &) const = default;
};

} // namespace trellis
