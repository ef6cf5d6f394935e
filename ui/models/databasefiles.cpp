#include "models/databasefiles.h"

#include "storage/database.h"

#include <QCoreApplication>

namespace trellis {

QString DatabaseFiles::pathOf(const DataSource &data)
{
    return data.isValid() ? data.database()->path() : QString();
}

QString DatabaseFiles::defaultPath()
{
    return Database::defaultPath();
}

Status DatabaseFiles::backUp(const DataSource &data, const QString &outPath)
{
    if (!data.isValid())
        return Error{QCoreApplication::translate("DatabaseFiles", "No database is open.")};
    return data.database()->backupTo(outPath);
}

} // namespace trellis
