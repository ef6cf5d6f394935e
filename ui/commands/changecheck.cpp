#include "commands/changecheck.h"

#include "services/changeapplier.h"

namespace trellis {

Status ChangeCheck::stillApplies(const ChangeSet &changes) const
{
    // The storage layer compares every row with what the ChangeSet expects, in a rolled-back
    // transaction, and names the record that was changed elsewhere.
    return m_applier.check(changes);
}

} // namespace trellis
