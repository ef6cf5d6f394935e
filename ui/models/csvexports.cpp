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

RelationshipScope scopeFor(const std::optional<Profile> &profile)
{
    if (!profile)
        return RelationshipScope::all();
    switch (profile->role) {
    case Role::Mentor:
        return RelationshipScope::mentor(profile->personId).seenBy(Role::Mentor);
    case Role::Mentee:
        return RelationshipScope::mentee(profile->personId).seenBy(Role::Mentee);
    case Role::Coordinator:
        break;
    }
    return RelationshipScope::all();
}

} // namespace

Result<int> CsvExports::writeRoster(const DataSource &data, const QString &path)
{
    if (!data.isValid())
        return noDatabase();
    return RosterExporter::writeRoster(data.database()->connection(), path);
}

Result<int> CsvExports::writeRelationships(const DataSource &data, const QString &path,
                                           const std::optional<Profile> &profile)
{
    if (!data.isValid())
        return noDatabase();
    return RosterExporter::writeRelationships(data.database()->connection(), path, scopeFor(profile));
}

} // namespace trellis
