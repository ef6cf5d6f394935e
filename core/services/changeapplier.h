#pragma once

#include "services/servicecontext.h"

namespace trellis {

// Undo and redo: applies a ChangeSet (or its inverse) with explicit ids, in one transaction,
// and announces it. Returns what was actually applied (its inverse undoes it).
class ChangeApplier {
public:
    explicit ChangeApplier(Database &db, ChangeNotifier *notifier = nullptr)
        : m_context(db, notifier)
    {}

    [[nodiscard]] Result<ChangeSet> apply(const ChangeSet &changes) const;

private:
    ServiceContext m_context;
};

} // namespace trellis
