#pragma once

#include "storage/changeset.h"
#include "util/result.h"

namespace trellis {

class ChangeApplier;

// Whether a ChangeSet still applies to the database as it is now: every row it changes or removes
// is still as the ChangeSet expects (its `before`), and every row it inserts is still absent.
// Undo and redo ask first, so a change that another Trellis (or program) made meanwhile to the same
// rows is never overwritten; EditHistory asks again when the notifier reports such a change.
// The comparison itself is the storage layer's (ChangeApplier::check, the same one apply() runs
// inside its transaction before writing).
class ChangeCheck {
public:
    explicit ChangeCheck(const ChangeApplier &applier)
        : m_applier(applier)
    {}

    [[nodiscard]] Status stillApplies(const ChangeSet &changes) const;

private:
    const ChangeApplier &m_applier;
};

} // namespace trellis
