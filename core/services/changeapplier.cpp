#include "services/changeapplier.h"

namespace trellis {

Result<ChangeSet> ChangeApplier::apply(const ChangeSet &changes) const
{
    return m_context.run([&](RowStore &rows) -> Result<Id> {
        if (auto s = rows.apply(changes); !s)
            return s.error();
        return changes.primaryId;
    });
}

} // namespace trellis
