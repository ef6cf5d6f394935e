#include "storage/changeset.h"

#include <algorithm>

namespace trellis {

ChangeKind RowChange::kind() const
{
    if (!before)
        return ChangeKind::Inserted;
    if (!after)
        return ChangeKind::Removed;
    return ChangeKind::Updated;
}

ChangeSet ChangeSet::inverse() const
{
    ChangeSet result;
    result.primaryId = primaryId;
    result.changes.reserve(changes.size());
    for (auto it = changes.crbegin(); it != changes.crend(); ++it)
        result.changes.append(RowChange{it->entity, it->id, it->after, it->before});
    return result;
}

QList<Id> ChangeSet::ids(Entity entity, ChangeKind kind) const
{
    QList<Id> result;
    for (const RowChange &change : changes) {
        if (change.entity == entity && change.kind() == kind && !result.contains(change.id))
            result.append(change.id);
    }
    return result;
}

} // namespace trellis
