#pragma once

#include "services/servicecontext.h"

namespace trellis {

// Undo and redo: applies a ChangeSet (or its inverse) with explicit ids, in one transaction,
// and announces it. Returns what was actually applied (its inverse undoes it). When another
// Trellis or program changed one of its rows meanwhile, nothing is written and the error says
// which record ("The goal “Ship the CV” was changed elsewhere since this edit …").
class ChangeApplier {
public:
    explicit ChangeApplier(Database &db, ChangeNotifier *notifier = nullptr)
        : m_context(db, notifier)
    {}

    [[nodiscard]] Result<ChangeSet> apply(const ChangeSet &changes) const;
    // Whether apply(changes) would succeed now, with the same error if not; writes nothing
    // (a dry run rolled back). The undo stack rechecks its next step with it after "changed elsewhere".
    [[nodiscard]] Status check(const ChangeSet &changes) const;
    // How many of `steps`, applied one after the other, would succeed now (a dry run rolled back):
    // the undo stack's steps from the top, to keep those still possible after "changed elsewhere".
    [[nodiscard]] qsizetype applicableSteps(const QList<ChangeSet> &steps) const;

private:
    ServiceContext m_context;
};

} // namespace trellis
