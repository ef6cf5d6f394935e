#include "services/servicecontext.h"

#include "changenotifier.h"
#include "storage/database.h"

namespace trellis {

Result<ChangeSet> ServiceContext::run(const EditTransaction::Edit &edit) const
{
    auto changes = EditTransaction::run(connection(), edit);
    if (changes && m_notifier)
        m_notifier->announce(*changes);
    return changes;
}

QSqlDatabase ServiceContext::connection() const
{
    return m_db.connection();
}

} // namespace trellis
