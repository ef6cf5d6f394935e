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

Status ChangeApplier::check(const ChangeSet &changes) const
{
    return EditTransaction::tryOut(m_context.connection(),
                                   [&](RowStore &rows) { return rows.apply(changes); });
}

qsizetype ChangeApplier::applicableSteps(const QList<ChangeSet> &steps) const
{
    qsizetype applicable = 0;
    (void)EditTransaction::tryOut(m_context.connection(), [&](RowStore &rows) -> Status {
        for (const ChangeSet &step : steps) {
            if (auto s = rows.apply(step); !s)
                return s;
            ++applicable;
        }
        return {};
    });
    return applicable;
}

} // namespace trellis
