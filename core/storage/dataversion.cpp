#include "storage/dataversion.h"

#include "storage/sqldialect.h"

namespace trellis {

std::optional<qint64> DataVersion::read(const QSqlDatabase &db)
{
    return SqlDialect::of(db).dataVersion(db);
}

} // namespace trellis
