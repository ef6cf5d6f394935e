#include "storage/dataversion.h"

#include <QSqlQuery>

namespace trellis {

std::optional<qint64> DataVersion::read(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

} // namespace trellis
