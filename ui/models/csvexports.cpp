#include "models/csvexports.h"

#include "io/rosterexporter.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace trellis {

namespace {

Error noDatabase()
{
    return Error{QCoreApplication::translate("CsvExports", "No database is open.")};
}

} // namespace

Result<int> CsvExports::writeRoster(const DataSource &data, const QString &path)
{
    if (!data.isValid())
        return noDatabase();
    return RosterExporter::writeRoster(data.database()->connection(), path);
}

Result<int> CsvExports::writeRelationships(const DataSource &data, const QString &path)
{
    if (!data.isValid())
        return noDatabase();
    return RosterExporter::writeRelationships(data.database()->connection(), path);
}

} // namespace trellis
