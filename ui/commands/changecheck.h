#pragma once

#include "storage/changeset.h"
#include "util/result.h"

namespace trellis {

class ChangeApplier;
class Database;

// Whether a ChangeSet still applies to the database as it is now: every row it changes or removes
// is still as the ChangeSet expects (its `before`), and every row it inserts is still absent.
// Undo and redo ask first, so a change that another Trellis (or program) made meanwhile to the same
// rows is never overwritten; EditHistory asks again when the notifier reports such a change.
//
// The storage layer is gaining the same check next to apply() (ChangeApplier::check, which also
// refuses inside the transaction). Once it is there, stillApplies() becomes
// `return m_applier.check(changes);` and this class keeps its callers unchanged.
class ChangeCheck {
public:
    ChangeCheck(Database &db, const ChangeApplier &applier)
        : m_db(db)
        , m_applier(applier)
    {}

    [[nodiscard]] Status stillApplies(const ChangeSet &changes) const;

private:
    Database &m_db;
    const ChangeApplier &m_applier;
};

} // namespace trellis
